"""Write a multi-step operation once, run it sync or async.

A flow is a generator that yields the I/O it needs (`Send`, `Sleep`, `Upload`) and
receives the result (or has the error thrown into it: an interrupt too, so that a flow
can cancel what it started before letting it go on). `drive` runs a flow over a
`SyncTransport`, `adrive` over an `AsyncTransport`; the decisions in between
(when to poll, when a prediction is finished, when to cancel) exist only once.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar
from weakref import WeakKeyDictionary

import httpx

from . import _clock
from ._uploads import async_upload, upload

if TYPE_CHECKING:
    from ._transport import AsyncTransport, SyncTransport, _Transport

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Send:
    """An API request to `url` (a path under the base URL, or absolute); the flow receives
    the (read) httpx.Response."""

    method: str
    url: str
    json: Any = None
    headers: dict[str, str] | None = None
    # The read timeout this request needs at least (a create held open by Prefer: wait).
    min_read: float | None = None
    # A _clock.monotonic() value the request, its retries included, must not outlast.
    deadline: float | None = None

    def kwargs(self, timeout: httpx.Timeout) -> dict[str, Any]:
        kwargs: dict[str, Any] = {}
        if self.json is not None:
            kwargs["json"] = self.json
        if self.headers:
            kwargs["headers"] = self.headers
        read = timeout.read
        if self.min_read is not None and read is not None and read < self.min_read:
            read = self.min_read
        if self.deadline is not None:
            kwargs["deadline"] = self.deadline
            left = max(self.deadline - _clock.monotonic(), 0.001)
            kwargs["timeout"] = httpx.Timeout(
                connect=_cap(timeout.connect, left),
                read=_cap(read, left),
                write=_cap(timeout.write, left),
                pool=_cap(timeout.pool, left),
            )
        elif read != timeout.read:
            kwargs["timeout"] = httpx.Timeout(
                connect=timeout.connect, read=read, write=timeout.write, pool=timeout.pool
            )
        return kwargs


def _cap(seconds: float | None, limit: float) -> float:
    return limit if seconds is None else min(seconds, limit)


@dataclass(frozen=True, slots=True)
class Sleep:
    seconds: float


@dataclass(frozen=True, slots=True)
class Upload:
    """Upload one file input (`_uploads.upload` arguments); the flow receives its URL."""

    arguments: dict[str, Any]


Action = Send | Sleep | Upload
Flow = Generator[Action, Any, T]


def drive(transport: SyncTransport, flow: Flow[T]) -> T:
    base = _base(transport)
    result: Any = None
    error: BaseException | None = None
    while True:
        try:
            action = flow.send(result) if error is None else flow.throw(error)
        except StopIteration as stop:
            value: T = stop.value
            return value
        result = error = None
        try:
            if isinstance(action, Send):
                url = action.url if "://" in action.url else base + action.url
                result = transport.request(action.method, url, **action.kwargs(transport.timeout))
            elif isinstance(action, Sleep):
                _clock.sleep(action.seconds)
            else:
                result = _file_url(upload(transport, **action.arguments))
        except BaseException as failure:  # interrupts too: the flow may cancel what it started
            error = failure


async def adrive(transport: AsyncTransport, flow: Flow[T]) -> T:
    base = _base(transport)
    result: Any = None
    error: BaseException | None = None
    while True:
        try:
            action = flow.send(result) if error is None else flow.throw(error)
        except StopIteration as stop:
            value: T = stop.value
            return value
        result = error = None
        try:
            if isinstance(action, Send):
                url = action.url if "://" in action.url else base + action.url
                result = await transport.request(
                    action.method, url, **action.kwargs(transport.timeout)
                )
            elif isinstance(action, Sleep):
                await _clock.async_sleep(action.seconds)
            else:
                result = _file_url(await async_upload(transport, **action.arguments))
        except BaseException as failure:  # interrupts too: the flow may cancel what it started
            error = failure


_BASES: WeakKeyDictionary[_Transport, str] = WeakKeyDictionary()


def _base(transport: _Transport) -> str:
    """The API base URL without its final slash, to put a flow's "/path" after.

    Flows build their paths only from checked references and quoted ids, and an absolute
    URL spares the transport a URL join (the costliest step of a small request).
    """
    base = _BASES.get(transport)
    if base is None:
        base = _BASES[transport] = str(transport.base_url).rstrip("/")
    return base


def _file_url(file: Any) -> str:
    url: str = file.urls.get
    return url
