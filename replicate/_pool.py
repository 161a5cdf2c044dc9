"""The default async connection pool, and how many requests any pool may have in flight.

httpcore rescans every connection of a pool (a `getpeername` syscall and a poll for each
idle one) whenever a request comes or goes, so one pool of 100 connections under load
spends most of its CPU scanning. `ShardedTransport` splits the same limit over a few
small pools: each scan is a quarter as long, the total stays `max_connections`, and a
request goes to the least busy pool (the first, when all are idle), so connections are
reused as before.
"""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator

import httpx

__all__ = ["ShardedTransport", "in_flight_limit"]

SHARDS = 4


def _split(total: int | None, parts: int) -> list[int | None]:
    """`total` in `parts` near-equal shares adding up to it (None: no limit anywhere)."""
    if total is None:
        return [None] * parts
    return [total // parts + (1 if i < total % parts else 0) for i in range(parts)]


class ShardedTransport(httpx.AsyncBaseTransport):
    """`limits` spread over `shards` httpx pools (all sharing one SSL context)."""

    def __init__(self, *, limits: httpx.Limits, shards: int = SHARDS) -> None:
        if limits.max_connections is not None:
            shards = max(1, min(shards, limits.max_connections))
        self.limits = limits
        verify = httpx.create_ssl_context()
        self.shards = [
            httpx.AsyncHTTPTransport(
                verify=verify,
                limits=httpx.Limits(
                    max_connections=connections,
                    max_keepalive_connections=keepalive,
                    keepalive_expiry=limits.keepalive_expiry,
                ),
            )
            for connections, keepalive in zip(
                _split(limits.max_connections, shards),
                _split(limits.max_keepalive_connections, shards),
                strict=True,
            )
        ]
        self._busy = [0] * shards  # requests started and not yet closed, per shard

    def _least_busy(self) -> int:
        busy = self._busy
        best = 0
        for index in range(1, len(busy)):
            if busy[index] < busy[best]:
                best = index
        return best

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        index = self._least_busy()
        self._busy[index] += 1
        try:
            response = await self.shards[index].handle_async_request(request)
        except BaseException:
            self._busy[index] -= 1
            raise
        stream = response.stream
        assert isinstance(stream, httpx.AsyncByteStream)
        response.stream = _Counted(stream, self._busy, index)
        return response

    async def aclose(self) -> None:
        for shard in self.shards:
            await shard.aclose()


class _Counted(httpx.AsyncByteStream):
    """A response body that marks its shard one request less busy when closed."""

    __slots__ = ("_busy", "_index", "_stream")

    def __init__(self, stream: httpx.AsyncByteStream, busy: list[int], index: int) -> None:
        self._stream = stream
        self._busy = busy
        self._index = index

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._stream.__aiter__()

    async def aclose(self) -> None:
        if self._index >= 0:
            self._busy[self._index] -= 1
            self._index = -1
        await self._stream.aclose()


def in_flight_limit(http: httpx.AsyncClient, default: int) -> int:
    """How many requests to let through `http` at once: its pool's connection limit when
    it can be read (ours, aiohttp's, or a plain httpx transport's), else `default`."""
    transport = http._transport  # the pool for every URL no mount overrides
    limits = getattr(transport, "limits", None)
    if isinstance(limits, httpx.Limits):
        return limits.max_connections or default
    pool = getattr(transport, "_pool", None)
    most = getattr(pool, "_max_connections", None)
    if not isinstance(most, int) or most <= 0 or most >= sys.maxsize:  # httpcore's "None"
        return default
    return most
