"""``python -m replicate.testing serve``: run the local Replicate-compatible server.

The first line printed is the base URL (``http://127.0.0.1:PORT/v1``); with ``--tls`` it is
``https://`` and the next line is ``CA bundle: <path>``, the CA certificate to trust. The
server then runs until interrupted (Ctrl-C or SIGTERM). Its models are deterministic local
stand-ins.
"""

from __future__ import annotations

import argparse
import errno
import signal
import sys
import threading
from types import FrameType


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m replicate.testing",
        description="A local Replicate-compatible HTTP server with deterministic stand-in "
        "models (replicate/hello-world, anthropic/claude-sonnet-4, google/nano-banana, "
        "stability-ai/sdxl, minimax/video-01). They are small local functions, not the "
        "real models.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve until interrupted; prints the base URL")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=0, help="0 picks a free port (default)")
    serve.add_argument("--token", default="r8_test", help="API token clients must send")
    serve.add_argument("--any-token", action="store_true", help="accept any bearer token")
    serve.add_argument("--speed", type=float, default=1.0, help="model clock speed-up factor")
    serve.add_argument("--page-size", type=int, default=20, help="items per list page")
    serve.add_argument(
        "--tls",
        action="store_true",
        help="serve https with a certificate made for this run; prints 'CA bundle: <path>'",
    )
    serve.add_argument(
        "--output-data-uris",
        action="store_true",
        help="give output files as data: URIs instead of URLs",
    )
    serve.add_argument(
        "--quiet", action="store_true", help="do not log requests (one line each on stderr)"
    )
    return parser


SERVER_EXTRA = "pip install 'replicate[server]'"


def main(argv: list[str] | None = None) -> int:
    options = _parser().parse_args(argv)
    try:
        from ._server import LocalServer
    except ModuleNotFoundError as error:
        missing = error.name or "a dependency"
        return _fail(f"the local server needs {missing}, from the server extra: {SERVER_EXTRA}")

    server = LocalServer(
        None if options.any_token else options.token,
        host=options.host,
        port=options.port,
        speed=options.speed,
        page_size=options.page_size,
        output_data_uris=options.output_data_uris,
        tls=options.tls,
        log_requests=not options.quiet,
    )
    stop = threading.Event()

    def on_signal(number: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    try:
        server.start()
    except OSError as error:
        if error.errno != errno.EADDRINUSE:
            raise
        return _fail(
            f"port {options.port} on {options.host} is already in use: "
            "stop what holds it, or pick another with --port (0 picks a free one)"
        )
    print(server.base_url, flush=True)
    if server.ca_bundle is not None:
        print(f"CA bundle: {server.ca_bundle}", flush=True)
    print(
        f"Serving local stand-in models; token: {options.token if not options.any_token else 'any'}"
        "; stop with Ctrl-C.",
        file=sys.stderr,
        flush=True,
    )
    while not stop.wait(0.5):
        pass
    server.stop()
    return 0


def _fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr, flush=True)
    return 1


if __name__ == "__main__":
    sys.exit(main())
