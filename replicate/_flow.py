"""Write a multi-step operation once, run it sync or async.

A flow is a generator that yields the I/O it needs (`Send`, `Sleep`, `Upload`) and
receives the result (or has the error thrown into it). `drive` runs a flow with a
`Replicate` client, `adrive` with an `AsyncReplicate`; the decisions in between
(when to poll, when a prediction is finished, when to cancel) exist only once.
"""

from __future__ import annotations

import time
from collections.abc import Generator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

if TYPE_CHECKING:
    from ._client import AsyncReplicate, Replicate

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Send:
    """An API request; the flow receives the (read) httpx.Response."""

    method: str
    url: str
    json: Any = None
    headers: dict[str, str] | None = None
    timeout: httpx.Timeout | None = None

    def kwargs(self) -> dict[str, Any]:
        kwargs: dict[str, Any] = {}
        if self.json is not None:
            kwargs["json"] = self.json
        if self.headers:
            kwargs["headers"] = self.headers
        if self.timeout is not None:
            kwargs["timeout"] = self.timeout
        return kwargs


@dataclass(frozen=True, slots=True)
class Sleep:
    seconds: float


@dataclass(frozen=True, slots=True)
class Upload:
    """Upload one file input through `files.create`; the flow receives its URL."""

    arguments: dict[str, Any]


Action = Send | Sleep | Upload
Flow = Generator[Action, Any, T]


def drive(client: Replicate, flow: Flow[T]) -> T:
    transport = client._transport
    result: Any = None
    error: Exception | None = None
    while True:
        try:
            action = flow.send(result) if error is None else flow.throw(error)
        except StopIteration as stop:
            value: T = stop.value
            return value
        result = error = None
        try:
            if isinstance(action, Send):
                result = transport.request(action.method, action.url, **action.kwargs())
            elif isinstance(action, Sleep):
                time.sleep(action.seconds)
            else:
                result = _file_url(client.files.create(**action.arguments))
        except Exception as failure:
            error = failure


async def adrive(client: AsyncReplicate, flow: Flow[T]) -> T:
    transport = client._transport
    result: Any = None
    error: Exception | None = None
    while True:
        try:
            action = flow.send(result) if error is None else flow.throw(error)
        except StopIteration as stop:
            value: T = stop.value
            return value
        result = error = None
        try:
            if isinstance(action, Send):
                result = await transport.request(action.method, action.url, **action.kwargs())
            elif isinstance(action, Sleep):
                await _async_sleep(action.seconds)
            else:
                result = _file_url(await client.files.create(**action.arguments))
        except Exception as failure:
            error = failure


async def _async_sleep(seconds: float) -> None:
    import asyncio  # here, not at the top: `import replicate` must not pay for asyncio

    await asyncio.sleep(seconds)


def _file_url(file: Any) -> str:
    url: str = file.urls.get
    return url
