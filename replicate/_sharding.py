"""The default async connection pool, and how many requests a pool may have in flight.

httpcore rescans every connection of a pool (a `getpeername` syscall and a poll for each
idle one) whenever a request comes or goes, so one pool of 100 connections under load
spends most of its CPU scanning. `ShardedTransport` splits the same limit over many
small pools: each scan covers a few connections, and the total stays `max_connections`.
"""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator

import httpx

__all__ = ["ShardedTransport", "in_flight_limit"]

SHARD_SIZE = 2  # connections per pool: small pools measured fastest (1-4)


def _split(total: int, parts: int) -> list[int]:
    """`total` in `parts` near-equal shares adding up to it."""
    return [total // parts + (1 if i < total % parts else 0) for i in range(parts)]


class ShardedTransport(httpx.AsyncBaseTransport):
    """`limits.max_connections` spread over pools of `shard_size` connections (sharing one
    SSL context).

    A request takes a free connection slot, the most recently freed first (so a warm
    connection is reused); only when every slot is taken (streams, which the in-flight
    gate does not hold back) does it queue on the least busy pool. Every pool keeps its
    connections alive: an idle connection no longer slows the others down.
    """

    def __init__(self, *, limits: httpx.Limits, shard_size: int = SHARD_SIZE) -> None:
        total = limits.max_connections or 100
        # What the pools really keep: every connection may stay alive.
        self.limits = httpx.Limits(
            max_connections=total,
            max_keepalive_connections=total,
            keepalive_expiry=limits.keepalive_expiry,
        )
        verify = httpx.create_ssl_context()
        self._sizes = _split(total, max(1, total // shard_size))
        self.shards = [
            httpx.AsyncHTTPTransport(
                verify=verify,
                limits=httpx.Limits(
                    max_connections=size,
                    max_keepalive_connections=size,
                    keepalive_expiry=limits.keepalive_expiry,
                ),
            )
            for size in self._sizes
        ]
        self._busy = [0] * len(self.shards)  # requests started and not yet closed, per pool
        # One entry per free slot; the last one is taken first.
        self._free = [i for i in reversed(range(len(self.shards))) for _ in range(self._sizes[i])]

    def _take(self) -> int:
        index = self._free.pop() if self._free else self._busy.index(min(self._busy))
        self._busy[index] += 1
        return index

    def _give_back(self, index: int) -> None:
        self._busy[index] -= 1
        if self._busy[index] < self._sizes[index]:
            self._free.append(index)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        index = self._take()
        try:
            response = await self.shards[index].handle_async_request(request)
        except BaseException:
            self._give_back(index)
            raise
        stream = response.stream
        assert isinstance(stream, httpx.AsyncByteStream)
        response.stream = _Counted(stream, self, index)
        return response

    async def aclose(self) -> None:
        for shard in self.shards:
            await shard.aclose()


class _Counted(httpx.AsyncByteStream):
    """A response body that gives its connection slot back when closed."""

    __slots__ = ("_index", "_owner", "_stream")

    def __init__(self, stream: httpx.AsyncByteStream, owner: ShardedTransport, index: int) -> None:
        self._stream = stream
        self._owner = owner
        self._index = index

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._stream.__aiter__()

    async def aclose(self) -> None:
        if self._index >= 0:
            self._owner._give_back(self._index)
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
