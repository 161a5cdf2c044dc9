"""The outermost ASGI layer: count every request, fire injected faults, check the token.

It is plain ASGI (no Starlette request objects) so that it costs little per request and can
cut a connection in the middle of a response body.
"""

from __future__ import annotations

import asyncio
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ._counters import RouteTable
from ._faults import FaultSpec
from ._http import problem_body
from ._state import ServerState

_UNAUTHENTICATED = (
    b'{"title":"Unauthenticated","detail":"You did not pass a valid authentication token",'
    b'"status":401}'
)
# Routes that take no API token: search (public), event streams, signed downloads.
_OPEN_TEMPLATES = frozenset(
    {"/v1/search", "/v1/streams/{prediction_id}", "/v1/files/{file_id}/download"}
)


class _Dropped(Exception):
    """Raised into the handler once its connection has been cut on purpose."""


async def _cut(send: Send) -> bool:
    """Close the client's TCP connection under uvicorn; False when there is none (ASGI tests)."""
    cycle: Any = getattr(send, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if transport is None:
        return False
    transport.close()
    if hasattr(cycle, "disconnected"):
        cycle.disconnected = True  # so uvicorn does not try to answer on our behalf
    await asyncio.sleep(0)
    return True


def _raise_transport_error(partial: bool) -> None:
    import httpx

    if partial:
        raise httpx.RemoteProtocolError(
            "peer closed connection without sending complete message body (fault injected)"
        )
    raise httpx.RemoteProtocolError(
        "Server disconnected without sending a response (fault injected)."
    )


class FrontDoor:
    """Wraps the Starlette app; see the module docstring."""

    def __init__(self, app: ASGIApp, state: ServerState, table: RouteTable) -> None:
        self.app = app
        self.state = state
        self.table = table

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        method: str = scope["method"]
        path: str = scope["path"]
        template = self.table.template(path)
        self.state.counters.count_request(f"{method} {template or path}")
        fault = self.state.faults.take(method, path, template) if self.state.faults else None
        if fault is not None:
            if fault.delay:
                await asyncio.sleep(fault.delay)
            if fault.answers_instead:
                await self._answer(fault, send)
                return
            if fault.drop == "before_request":
                if not await _cut(send):
                    _raise_transport_error(partial=False)
                return
        needs_token = path.startswith("/v1/") and template not in _OPEN_TEMPLATES
        if needs_token and not self._authorized(scope):
            await self._send(send, 401, _UNAUTHENTICATED, b"application/problem+json")
            return
        if fault is None or fault.drop is None:
            await self.app(scope, receive, send)
            return
        await self._run_and_drop(fault.drop, scope, receive, send)

    def _authorized(self, scope: Scope) -> bool:
        for name, value in scope["headers"]:
            if name == b"authorization":
                scheme, _, token = value.decode("latin-1").partition(" ")
                token = token.strip()
                if scheme.lower() not in ("bearer", "token") or not token:
                    return False
                return self.state.token is None or token == self.state.token
        return False

    @staticmethod
    async def _send(
        send: Send,
        status: int,
        body: bytes,
        content_type: bytes,
        extra: list[tuple[bytes, bytes]] | None = None,
    ) -> None:
        headers = [(b"content-type", content_type), (b"content-length", str(len(body)).encode())]
        headers += extra or []
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    async def _answer(self, fault: FaultSpec, send: Send) -> None:
        status = fault.status or 200
        extra = []
        if fault.retry_after is not None:
            extra.append((b"retry-after", str(fault.retry_after).encode()))
        if fault.body is not None:
            await self._send(send, status, fault.body, b"application/json", extra)
            return
        detail = f"Injected fault: HTTP {status} from replicate.testing"
        await self._send(
            send, status, problem_body(status, detail), b"application/problem+json", extra
        )

    async def _run_and_drop(self, mode: str, scope: Scope, receive: Receive, send: Send) -> None:
        """Run the handler, cutting the connection at the point ``mode`` names."""
        state: dict[str, Any] = {"dropped": False, "cut": False, "events": 0, "partial": False}

        async def drop() -> None:
            state["dropped"] = True
            state["cut"] = await _cut(send)
            raise _Dropped

        async def guarded(message: Message) -> None:
            if state["dropped"]:
                raise _Dropped
            if mode == "before_response":
                await drop()
            if message["type"] != "http.response.body":
                await send(message)
                return
            body: bytes = message.get("body", b"")
            if mode == "mid_body":
                state["partial"] = True
                half = body[: len(body) // 2]
                await send({"type": "http.response.body", "body": half, "more_body": True})
                await drop()
            if b"event:" in body:
                if state["events"] >= 1:
                    state["partial"] = True
                    await drop()
                state["events"] += 1
            await send(message)

        try:
            await self.app(scope, receive, guarded)
        except BaseException:
            if not state["dropped"]:
                raise
        if state["dropped"] and not state["cut"]:
            _raise_transport_error(partial=state["partial"])
