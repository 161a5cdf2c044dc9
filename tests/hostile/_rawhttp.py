"""A raw HTTP/1.1 server on 127.0.0.1 that answers however a test wants, byte by byte.

    with RawServer(answer) as raw:        # answer(request, connection) writes the reply
        raw.base_url                      # "http://127.0.0.1:PORT/v1"

``answer`` gets a ``Request`` (method, path, headers, body, peer port) and the connected
socket; it writes bytes (``reply()`` builds a whole response) or trickles them. Connections
are kept alive until the client closes them; every request is recorded in ``requests``.
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    peer_port: int


Answer = Callable[[Request, socket.socket], None]


def prediction(ident: str, **fields: Any) -> dict[str, Any]:
    """A minimal prediction body the SDK's model accepts."""
    body = {"id": ident, "status": "succeeded", "version": "v", "input": {}}
    urls = {"get": f"http://127.0.0.1/v1/predictions/{ident}", "cancel": "x"}
    return {**body, "created_at": "2026-01-01T00:00:00Z", "urls": urls, **fields}


def reply(body: bytes | Any, status: int = 200, headers: dict[str, str] | None = None) -> bytes:
    """A complete response; a non-bytes body is sent as JSON."""
    if not isinstance(body, bytes):
        body = json.dumps(body).encode()
    lines = [f"HTTP/1.1 {status} X", f"Content-Length: {len(body)}"]
    lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
    if not headers or "Content-Type" not in headers:
        lines.append("Content-Type: application/json")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


class RawServer:
    def __init__(self, answer: Answer) -> None:
        self.answer = answer
        self.requests: list[Request] = []
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._open: list[socket.socket] = []
        self._closed = threading.Event()

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self._listener.getsockname()[1]}"

    @property
    def base_url(self) -> str:
        return f"{self.origin}/v1"

    def __enter__(self) -> RawServer:
        threading.Thread(target=self._accept, daemon=True).start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._closed.set()
        self._listener.close()
        for connection in list(self._open):
            connection.close()

    def _accept(self) -> None:
        while not self._closed.is_set():
            try:
                connection, _ = self._listener.accept()
            except OSError:
                return
            self._open.append(connection)
            threading.Thread(target=self._serve, args=(connection,), daemon=True).start()

    def _serve(self, connection: socket.socket) -> None:
        buffer = b""
        peer = connection.getpeername()[1]
        try:
            while not self._closed.is_set():
                while b"\r\n\r\n" not in buffer:
                    chunk = connection.recv(65536)
                    if not chunk:
                        return
                    buffer += chunk
                head, _, buffer = buffer.partition(b"\r\n\r\n")
                line, *fields = head.decode("latin-1").split("\r\n")
                headers = {
                    name.strip().lower(): value.strip()
                    for name, _, value in (field.partition(":") for field in fields)
                }
                size = int(headers.get("content-length", "0"))
                while len(buffer) < size:
                    chunk = connection.recv(65536)
                    if not chunk:
                        return
                    buffer += chunk
                body, buffer = buffer[:size], buffer[size:]
                method, path, _ = line.split(" ", 2)
                request = Request(method, path, headers, body, peer)
                self.requests.append(request)
                self.answer(request, connection)
        except OSError:
            return
        finally:
            connection.close()
