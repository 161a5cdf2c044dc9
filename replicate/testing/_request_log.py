"""One line per request on stderr: method, path, status and time taken (for `serve`)."""

from __future__ import annotations

import sys
import time
from typing import TextIO

from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["RequestLog"]


class RequestLog:
    """ASGI middleware writing `POST /v1/predictions 201 3.1ms` when each response ends."""

    def __init__(self, app: ASGIApp, stream: TextIO | None = None) -> None:
        self.app = app
        self.stream = stream

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 0  # 0: no response was sent (the connection was cut)

        async def sending(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, sending)
        finally:
            took = (time.perf_counter() - started) * 1000
            stream = self.stream or sys.stderr
            # The query is left out: signed download links carry their signature there.
            stream.write(f"{scope['method']} {scope['path']} {status or '-'} {took:.1f}ms\n")
            stream.flush()
