"""`make demo`: the SDK's main job, end to end, the way a user would do it.

It starts the local Replicate-compatible server (replicate.testing) on a free port as a
separate process, then with the public SDK:

1. runs replicate/hello-world and prints its output;
2. streams anthropic/claude-sonnet-4's tokens as they arrive;
3. generates an image with google/nano-banana and saves it as a PNG (checked: signature
   and IHDR header);
4. starts minimax/video-01 (slow) in the background and cancels it;

and always stops the server, also when a step fails. Nothing leaves 127.0.0.1: the
models are the local server's deterministic stand-ins.

    python scripts/demo.py [--output-dir demo-output]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import queue
import secrets
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from rich.console import Console
from rich.markup import escape
from rich.panel import Panel

import replicate

SERVER_START_TIMEOUT = 30.0
SERVER_STOP_TIMEOUT = 5.0
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

console = Console(highlight=False)


class DemoError(Exception):
    """A step did not do what it should; the message says which and how."""


# The local server, as a subprocess -----------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextlib.contextmanager
def local_server(token: str) -> Iterator[str]:
    """Start `python -m replicate.testing serve`, yield its base URL, stop it on the way out."""
    command = [sys.executable, "-m", "replicate.testing", "serve", "--port", str(free_port())]
    command += ["--token", token]
    with tempfile.TemporaryFile("w+") as log:
        server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=log, text=True)
        try:
            yield _base_url(server, log)
        finally:
            _stop(server)
            console.print("\n[dim]Local server stopped.[/]")


def _base_url(server: subprocess.Popen[str], log: IO[str]) -> str:
    """The base URL the server prints on its first line, once it takes connections."""
    assert server.stdout is not None
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: lines.put(server.stdout.readline()), daemon=True).start()
    try:
        first_line = lines.get(timeout=SERVER_START_TIMEOUT).strip()
    except queue.Empty:
        first_line = ""
    if not first_line.startswith("http"):
        log.seek(0)
        last = log.read().strip().splitlines()[-1:]
        detail = last[0] if last else f"exit status {server.poll()}"
        raise DemoError(f"the local server did not start: {detail}")
    _wait_until_listening(first_line)
    return first_line


def _wait_until_listening(base_url: str) -> None:
    host_port = base_url.split("//", 1)[1].split("/", 1)[0]
    host, _, port = host_port.rpartition(":")
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    while True:
        try:
            socket.create_connection((host, int(port)), timeout=1).close()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise DemoError(f"the local server at {base_url} does not answer") from None
            time.sleep(0.05)


def _stop(server: subprocess.Popen[str]) -> None:
    if server.poll() is None:
        server.terminate()
        try:
            server.wait(timeout=SERVER_STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    if server.stdout is not None:
        server.stdout.close()


# The steps ------------------------------------------------------------------------------


def step(number: int, title: str, code: str) -> None:
    console.print()
    console.print(f"[bold cyan]{number}.[/] [bold]{title}[/]")
    console.print(f"   [dim]{escape(code)}[/]", soft_wrap=True)


def done(message: str) -> None:
    console.print(f"   [green]✓[/] {message}")


def run_hello_world(client: replicate.Replicate) -> None:
    step(1, "Run a model", 'client.run("replicate/hello-world", input={"text": "Alice"})')
    output = client.run("replicate/hello-world", input={"text": "Alice"})
    if not isinstance(output, str) or not output:
        raise DemoError(f"hello-world returned {output!r}, expected a greeting")
    console.print(f"   [bold]→[/] {escape(output)}")
    done("one call, one answer")


def stream_tokens(client: replicate.Replicate) -> None:
    prompt = "a haiku about fast code"
    step(
        2,
        "Stream a language model",
        f'client.stream("anthropic/claude-sonnet-4", input={{"prompt": "{prompt}"}})',
    )
    console.print("   [bold]→[/] ", end="")
    tokens = 0
    started = time.monotonic()
    for event in client.stream("anthropic/claude-sonnet-4", input={"prompt": prompt}):
        if getattr(event, "event", "output") != "output":
            continue
        console.file.write(str(event).replace("\n", "\n     "))
        console.file.flush()
        tokens += 1
    console.print()
    if tokens == 0:
        raise DemoError("the stream ended without a single token")
    done(f"{tokens} tokens, printed as they arrived ({time.monotonic() - started:.1f} s)")


def generate_image(client: replicate.Replicate, output_dir: Path) -> Path:
    prompt = "a banana on a rocket"
    step(
        3,
        "Generate an image and save it",
        f'client.run("google/nano-banana", input={{"prompt": "{prompt}"}}).save(...)',
    )
    output = client.run("google/nano-banana", input={"prompt": prompt})
    image = output[0] if isinstance(output, list) else output
    if not hasattr(image, "save"):
        raise DemoError(f"nano-banana returned {output!r}, expected a file")
    output_dir.mkdir(parents=True, exist_ok=True)
    path = Path(image.save(output_dir / "nano-banana.png"))
    width, height = check_png(path)
    done(
        f"saved [bold]{escape(str(path))}[/] ({width}x{height} PNG, {path.stat().st_size:,} bytes)"
    )
    return path


def check_png(path: Path) -> tuple[int, int]:
    """(width, height) of a PNG file, after checking its signature and IHDR header."""
    with path.open("rb") as handle:
        head = handle.read(24)
    if head[:8] != PNG_SIGNATURE:
        raise DemoError(f"{path} is not a PNG (its signature is {head[:8]!r})")
    length, kind = struct.unpack(">I4s", head[8:16])
    if kind != b"IHDR" or length != 13:
        raise DemoError(f"{path} has no IHDR header where a PNG's first chunk belongs")
    width, height = struct.unpack(">II", head[16:24])
    if width == 0 or height == 0:
        raise DemoError(f"{path} claims to be {width}x{height} pixels")
    return width, height


def start_and_cancel(client: replicate.Replicate) -> None:
    step(
        4,
        "Start a slow model in the background, then cancel it",
        'client.models.predictions.create(model_owner="minimax", model_name="video-01", ...)'
        "; client.predictions.cancel(prediction_id=...)",
    )
    prediction = client.models.predictions.create(
        model_owner="minimax", model_name="video-01", input={"prompt": "a cat surfing at dusk"}
    )
    console.print(f"   started [bold]{prediction.id}[/] (status: {status(prediction)})")
    canceled = client.predictions.cancel(prediction_id=prediction.id)
    final = client.predictions.get(prediction_id=prediction.id)
    if status(final) != "canceled":
        raise DemoError(f"prediction {prediction.id} is {status(final)!r} after cancel")
    console.print(f"   canceled: status is now [bold]{status(canceled)}[/]")
    done("it will not run (or bill) any further")


def status(prediction: Any) -> str:
    value = prediction.status
    return str(getattr(value, "value", value))


# Main -----------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run the SDK's main job against a local server.")
    parser.add_argument("--output-dir", type=Path, default=Path("demo-output"))
    args = parser.parse_args(argv)

    started = time.monotonic()
    console.print(
        Panel.fit(
            "[bold]Replicate Python SDK demo[/]\n"
            "[dim]against a local Replicate-compatible server (replicate.testing);\n"
            "its models are deterministic stand-ins, nothing leaves this machine[/]",
            border_style="cyan",
        )
    )
    token = f"r8_demo_{secrets.token_hex(8)}"
    try:
        with local_server(token) as base_url:
            console.print(f"[dim]Local server: {base_url}[/]")
            with replicate.Replicate(base_url=base_url, bearer_token=token) as client:
                run_hello_world(client)
                stream_tokens(client)
                generate_image(client, args.output_dir)
                start_and_cancel(client)
    except KeyboardInterrupt:
        console.print("\n[red]demo interrupted[/]")
        return 130
    except (DemoError, replicate.ReplicateError, OSError) as error:
        console.print()
        console.print(f"[bold red]demo failed:[/] {escape(str(error))}")
        return 1
    console.print()
    console.print(f"[bold green]All four steps worked[/] in {time.monotonic() - started:.1f} s.")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    sys.exit(main())
