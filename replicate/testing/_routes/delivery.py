"""Server-sent events for streaming runs, and the file-delivery route for outputs.

``/files-delivery/...`` plays the part of Replicate's separate file host: it needs no token
and records the ``Authorization`` header it was sent (``counters.delivery_authorizations``),
so tests can prove a client does not leak its API token to file hosts.
"""

from __future__ import annotations

import asyncio
import pathlib
import time
from collections.abc import AsyncIterator

from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

from .._http import ProblemError
from .._png import render_png
from .._runs import Run
from .._state import ServerState
from ._common import path_param, run_or_404, state_of

RETRY_MILLISECONDS = 1000
KEEPALIVE_SECONDS = 5.0
_CHUNK = 256 * 1024


def format_event(event_id: int, name: str, data: str) -> str:
    lines = "".join(f"data: {line}\n" for line in data.split("\n"))
    return f"id: {event_id}\nevent: {name}\n{lines}\n"


async def _events(state: ServerState, run: Run, after: int) -> AsyncIterator[bytes]:
    """One message per event: ``retry`` first, then events as their time comes."""
    preface = f"retry: {RETRY_MILLISECONDS}\n"
    sent, quiet_since = after, time.time()
    while not state.closing:
        now = time.time()
        events = run.stream_events()
        if sent < len(events) and events[sent][0] <= now:
            _, name, data = events[sent]
            sent += 1
            yield (preface + format_event(sent, name, data)).encode("utf-8")
            preface, quiet_since = "", now
            continue
        if sent >= len(events) and run.is_done(now):
            if preface:  # resumed after the last event: still say how to retry
                yield preface.encode("utf-8")
            return
        if now - quiet_since >= KEEPALIVE_SECONDS:
            yield b": keep-alive\n\n"
            quiet_since = now
        upcoming = events[sent][0] if sent < len(events) else now + 0.05
        await asyncio.sleep(min(max(upcoming - now, 0.0), 0.05))


async def stream(request: Request) -> Response:
    state = state_of(request)
    run = run_or_404(state.predictions, path_param(request, "prediction_id"), "prediction")
    if not run.streaming:
        raise ProblemError(404, f"Prediction {run.id} does not stream its output")
    last_event_id = request.headers.get("last-event-id", "").strip()
    after = int(last_event_id) if last_event_id.isdigit() else 0
    return StreamingResponse(
        _events(state, run, after),
        media_type="text/event-stream",
        headers={"cache-control": "no-store"},
    )


async def _file_chunks(path: pathlib.Path) -> AsyncIterator[bytes]:
    with path.open("rb") as handle:
        while piece := handle.read(_CHUNK):
            yield piece


async def deliver(request: Request) -> Response:
    state = state_of(request)
    state.counters.delivery_authorizations.append(request.headers.get("authorization"))
    key = path_param(request, "key")
    link = state.deliveries.get(f"/files-delivery/{key}")
    if link is None:
        if key.startswith("covers/") and key.endswith(".png"):
            return Response(render_png(key, width=128, height=128), media_type="image/png")
        raise ProblemError(404, "No such file")
    headers = {"content-length": str(link.size())}
    if isinstance(link.data, pathlib.Path):
        return StreamingResponse(
            _file_chunks(link.data), media_type=link.content_type, headers=headers
        )
    return Response(link.data, media_type=link.content_type)


ROUTES = [
    Route("/v1/streams/{prediction_id}", stream, methods=["GET"]),
    Route("/files-delivery/{key:path}", deliver, methods=["GET"]),
]
