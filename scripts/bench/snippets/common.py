"""Shared by the snippets: result lines, request capture and replay, simple statistics."""

from __future__ import annotations

import json
import statistics
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

RESULT_PREFIX = "BENCH-RESULT "
# Exceptions that mean "this client does not have that yet" rather than "it broke".
MISSING_TYPES: tuple[type[BaseException], ...] = (
    ImportError,
    AttributeError,
    NotImplementedError,
)


def emit(result: dict[str, Any]) -> None:
    print(RESULT_PREFIX + json.dumps(result), flush=True)


def describe(exc: BaseException) -> str:
    text = f"{type(exc).__name__}: {exc}".replace("\n", " ")
    return text[:240]


def is_missing(exc: BaseException) -> bool:
    from adapters import Missing

    return isinstance(exc, (Missing, *MISSING_TYPES))


def main_guard(body: Callable[[], dict[str, Any]]) -> None:
    """Run a snippet body and print exactly one result line, whatever happens."""
    try:
        result = body()
        result.setdefault("ok", True)
    except BaseException as exc:
        traceback.print_exc(file=sys.stderr)
        result = {"ok": False, "missing": is_missing(exc), "error": describe(exc)}
    emit(result)


@contextmanager
def captured_requests() -> Iterator[list[Any]]:
    """Record every request that reaches an httpx transport (sync or async) in the block."""
    import httpx

    seen: list[Any] = []
    sync_send = httpx.HTTPTransport.handle_request
    async_send = httpx.AsyncHTTPTransport.handle_async_request

    def recording_sync(self: Any, request: Any) -> Any:
        request.read()
        seen.append(request)
        return sync_send(self, request)

    async def recording_async(self: Any, request: Any) -> Any:
        await request.aread()
        seen.append(request)
        return await async_send(self, request)

    httpx.HTTPTransport.handle_request = recording_sync  # type: ignore[method-assign]
    httpx.AsyncHTTPTransport.handle_async_request = recording_async  # type: ignore[method-assign]
    try:
        yield seen
    finally:
        httpx.HTTPTransport.handle_request = sync_send  # type: ignore[method-assign]
        httpx.AsyncHTTPTransport.handle_async_request = async_send  # type: ignore[method-assign]


_SKIPPED_HEADERS = {"host", "content-length", "transfer-encoding"}


class Exchange:
    """One captured request, replayed by plain httpx with the same method, URL, headers, body.

    A JSON body is handed to httpx as `json=` (as someone writing plain httpx would, so the
    baseline pays the encoding too); any other body goes as the captured bytes.
    """

    def __init__(self, request: Any) -> None:
        self.method = request.method
        self.url = str(request.url)
        self.headers = [
            (k, v) for k, v in request.headers.multi_items() if k.lower() not in _SKIPPED_HEADERS
        ]
        self.body: dict[str, Any] = {}
        content = request.content
        if content and "json" in request.headers.get("content-type", ""):
            self.body = {"json": json.loads(content)}
        elif content:
            self.body = {"content": content}

    def describe(self) -> str:
        path = self.url.split("://", 1)[-1].split("/", 1)[-1]
        return f"{self.method} /{path}"

    def replay(self, client: Any) -> Any:
        response = client.request(self.method, self.url, headers=self.headers, **self.body)
        response.raise_for_status()
        return response.json()

    async def areplay(self, client: Any) -> Any:
        response = await client.request(self.method, self.url, headers=self.headers, **self.body)
        response.raise_for_status()
        return response.json()


def first_exchange(call: Callable[[], Any]) -> tuple[Exchange, list[str]]:
    """Run `call` once under capture; return its first request and all it sent."""
    with captured_requests() as seen:
        call()
    if not seen:
        raise RuntimeError("no request reached an httpx transport")
    exchanges = [Exchange(r) for r in seen]
    return exchanges[0], [e.describe() for e in exchanges]


def summary_us(samples_ns: list[int]) -> dict[str, float]:
    ordered = sorted(samples_ns)
    return {
        "median_us": statistics.median(ordered) / 1000,
        "mean_us": statistics.fmean(ordered) / 1000,
        "p90_us": ordered[int(len(ordered) * 0.9)] / 1000,
        "n": len(ordered),
    }
