"""Serve an ASGI app on a loopback port with uvicorn, from a daemon thread, over http or https."""

from __future__ import annotations

import asyncio
import socket
import ssl
import threading
from typing import Any

import uvicorn

from ._tls import SessionCertificates

__all__ = ["Loopback"]


class Loopback:
    """One ASGI app on ``host:port`` (``port=0`` picks a free one); ``tls=True`` serves https."""

    def __init__(self, app: Any, *, host: str, port: int, tls: bool) -> None:
        self.app = app
        self.host = host
        self._requested_port = port
        self.certificates = SessionCertificates(host) if tls else None
        self._socket: socket.socket | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self) -> None:
        """Bind the port and serve; returns once it accepts requests."""
        if self._thread is not None:
            return
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind((self.host, self._requested_port))
        self._socket = sock
        tls: dict[str, Any] = {}
        if self.certificates is not None:
            tls = {
                "ssl_certfile": self.certificates.certfile,
                "ssl_keyfile": self.certificates.keyfile,
            }
        config = uvicorn.Config(
            self.app,
            log_level="warning",
            access_log=False,
            lifespan="off",
            loop="asyncio",
            http="h11",
            ws="none",
            proxy_headers=False,
            server_header=False,
            timeout_graceful_shutdown=1,
            **tls,
        )
        self._server = uvicorn.Server(config)
        ready = threading.Event()
        self._thread = threading.Thread(
            target=self._serve, args=(ready,), name="replicate-testing-server", daemon=True
        )
        self._thread.start()
        ready.wait(10)
        if not self._server.started:
            self.stop()
            raise RuntimeError("the local Replicate server did not start")

    def _serve(self, ready: threading.Event) -> None:
        assert self._server is not None and self._socket is not None
        server, sock = self._server, self._socket

        async def main() -> None:
            task = asyncio.get_running_loop().create_task(server.serve(sockets=[sock]))
            while not server.started and not task.done():
                await asyncio.sleep(0.005)
            ready.set()
            await task

        try:
            asyncio.run(main())
        finally:
            ready.set()

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        if self._socket is not None:
            self._socket.close()
        self._thread = self._server = self._socket = None

    # -- addresses ------------------------------------------------------------------------

    @property
    def port(self) -> int:
        if self._socket is None:
            raise RuntimeError("the server is not running; call start() first")
        return int(self._socket.getsockname()[1])

    @property
    def origin(self) -> str:
        """``http[s]://HOST:PORT``."""
        scheme = "http" if self.certificates is None else "https"
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{scheme}://{host}:{self.port}"

    @property
    def ca_bundle(self) -> str | None:
        """Path of the CA certificate (PEM) that signed the server's, or None without TLS."""
        return None if self.certificates is None else self.certificates.ca_bundle

    def ssl_context(self) -> ssl.SSLContext | None:
        """A client SSL context trusting the server, or None without TLS."""
        return None if self.certificates is None else self.certificates.client_context()
