"""Total deadlines: a server trickling its answer one byte at a time cannot hold a call
past its timeout, since each byte would restart a per-read timeout.
"""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

import replicate

from ._figures import FIGURES
from ._rawhttp import RawServer, Request, prediction

pytestmark = [
    pytest.mark.timeout(30),
]

BYTE_EVERY = 0.3  # a per-read timeout of 1 s never fires at this pace
BODY = json.dumps(prediction("trickled", status="processing", pad="x" * 200)).encode()
GRACE = 2.5  # what a deadline may overrun by (the cancel after it, scheduling)


def _trickle(request: Request, connection: socket.socket) -> None:
    body = BODY
    head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n"
    connection.sendall(head.encode() + b"\r\n")
    for index in range(len(body)):
        connection.sendall(body[index : index + 1])
        time.sleep(BYTE_EVERY)


@pytest.fixture
def trickler() -> Iterator[RawServer]:
    with RawServer(_trickle) as raw:
        FIGURES.trickles_tried += 1
        yield raw


def _client(raw: RawServer, **options: Any) -> replicate.Replicate:
    return replicate.Replicate(bearer_token="r8_trickle", base_url=raw.base_url, **options)


def _ends_within(limit: float, call: Callable[[], Any]) -> BaseException:
    started = time.monotonic()
    with pytest.raises(replicate.ReplicateError) as caught:
        call()
    assert time.monotonic() - started < limit
    return caught.value


def test_run_timeout_bounds_a_trickled_create(trickler: RawServer) -> None:
    with _client(trickler, max_retries=0) as client:
        _ends_within(2.0 + GRACE, lambda: client.run("acme/model", input={}, timeout=2.0))


def test_client_timeout_bounds_a_trickled_get(trickler: RawServer) -> None:
    with _client(trickler, timeout=1.0, max_retries=0) as client:
        error = _ends_within(1.0 + GRACE, lambda: client.predictions.get(prediction_id="t"))
    assert isinstance(error, replicate.APITimeoutError)


def test_request_timeout_bounds_a_trickled_get(trickler: RawServer) -> None:
    with _client(trickler, max_retries=0) as client:
        _ends_within(1.0 + GRACE, lambda: client.get("/predictions/t", timeout=1.0))


def test_a_timeout_object_bounds_the_whole_exchange_by_its_longest_part(
    trickler: RawServer,
) -> None:
    timeout = httpx.Timeout(1.5, read=1.0)
    with _client(trickler, timeout=timeout, max_retries=0) as client:
        _ends_within(1.5 + GRACE, lambda: client.predictions.get(prediction_id="t"))


def test_async_run_timeout_bounds_a_trickled_create(trickler: RawServer) -> None:
    import asyncio

    async def main() -> None:
        async with replicate.AsyncReplicate(
            bearer_token="r8_trickle", base_url=trickler.base_url, max_retries=0
        ) as client:
            await client.run("acme/model", input={}, timeout=2.0)

    _ends_within(2.0 + GRACE, lambda: asyncio.run(main()))
