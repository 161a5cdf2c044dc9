"""Load: 1,000 concurrent async predictions through one AsyncReplicate, over loopback.

Every run must come back with its own output, the server must have created exactly one
prediction per run (even with a burst of 429s in the middle), the connection pool must
never hold more connections than its limit, and closing the client must close them all.

The 1,000 runs are started at once, unthrottled: the client itself keeps no more requests
in flight than its pool has connections (left to httpcore's own queue, 900 waiting requests
cost ~25 s of re-scanning; plain httpx pays that).
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpcore
import httpx
import pytest

import replicate
from replicate.testing import LocalServer

from ._figures import FIGURES

RUNS = 1000
RATE_LIMITED = 50
ECHO = "hostile/echo"

pytestmark = [pytest.mark.usefixtures("fast_retries"), pytest.mark.timeout(60)]


class Pools:
    """The httpcore pools under the client's transport (the default one shards its limit
    over a few), seen as one."""

    def __init__(self, client: replicate.AsyncReplicate) -> None:
        transport = client._http._transport
        shards = getattr(transport, "shards", [transport])
        self.pools = [shard._pool for shard in shards]
        assert all(isinstance(p, httpcore.AsyncConnectionPool) for p in self.pools)
        self.limit = sum(p._max_connections for p in self.pools)

    @property
    def connections(self) -> list[Any]:
        return [c for pool in self.pools for c in pool.connections]


class PoolWatch:
    """Samples the pool while runs are in flight: the most connections ever open, and every
    connection object ever seen (to check each one is closed at the end)."""

    def __init__(self, pool: Pools) -> None:
        self.pool = pool
        self.most_open = 0
        self.seen: dict[int, Any] = {}

    def sample(self) -> None:
        connections = self.pool.connections
        open_now = [c for c in connections if not c.is_closed()]
        self.most_open = max(self.most_open, len(open_now))
        for connection in connections:
            self.seen[id(connection)] = connection

    async def watch(self, done: asyncio.Event) -> None:
        while not done.is_set():
            self.sample()
            await asyncio.sleep(0.005)


async def test_a_thousand_concurrent_runs_share_one_bounded_pool(server: LocalServer) -> None:
    server.register_model(ECHO, lambda text="x": f"echo {text}")
    # A burst of rate limiting in the middle of it all: retried, never duplicated.
    server.faults.inject(
        "POST /v1/models/{model_owner}/{model_name}/predictions",
        status=429,
        retry_after="0",
        times=RATE_LIMITED,
    )
    client = replicate.AsyncReplicate(bearer_token=server.token, base_url=server.base_url)
    pool = Pools(client)
    limit = pool.limit
    assert limit == 100
    watch = PoolWatch(pool)
    done = asyncio.Event()
    watcher = asyncio.create_task(watch.watch(done))

    results = await asyncio.gather(
        *(client.run(ECHO, input={"text": str(i)}) for i in range(RUNS)), return_exceptions=True
    )
    done.set()
    await watcher
    watch.sample()

    errors = [r for r in results if isinstance(r, BaseException)]
    assert errors == [], f"{len(errors)} runs failed, first: {errors[:1]!r}"
    assert results == [f"echo {i}" for i in range(RUNS)]
    created = server.counters.predictions_created
    FIGURES.add_creates(created=created, intended=RUNS)
    assert created == RUNS
    assert server.counters.faults_injected == RATE_LIMITED

    FIGURES.pool_peak_connections = max(FIGURES.pool_peak_connections, watch.most_open)
    over_limit = max(0, watch.most_open - limit)
    await client.close()
    still_open = [c for c in watch.seen.values() if not c.is_closed()]
    FIGURES.leaks += over_limit + len(still_open) + len(pool.connections)
    assert watch.most_open <= limit
    assert watch.seen, "no connection was ever seen: the pool check would be empty"
    assert still_open == [] and pool.connections == []


async def test_an_abandoned_burst_leaves_the_pool_usable(server: LocalServer) -> None:
    # Cancel 200 runs half-way (as a caller's timeout would): the pool must not keep
    # connections checked out, and the next runs must go through.
    server.register_model("hostile/slow", lambda text="x": text, run_time=0.5)
    server.register_model(ECHO, lambda text="x": f"echo {text}")
    client = replicate.AsyncReplicate(bearer_token=server.token, base_url=server.base_url)
    pool = Pools(client)
    tasks = [
        asyncio.create_task(client.run("hostile/slow", input={"text": str(i)})) for i in range(200)
    ]
    await asyncio.sleep(0.2)
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    busy = [c for c in pool.connections if not c.is_idle() and not c.is_closed()]
    FIGURES.leaks += len(busy)
    assert busy == [], f"{len(busy)} connections still checked out after cancellation"
    assert await client.run(ECHO, input={"text": "after"}) == "echo after"
    await client.close()
    assert pool.connections == []


async def test_a_thousand_concurrent_runs_over_aiohttp(server: LocalServer) -> None:
    # The same load and the same 429 burst through DefaultAioHttpClient: one prediction per
    # run, and never more connections checked out of aiohttp's pool than its limit.
    server.register_model(ECHO, lambda text="x": f"echo {text}")
    server.faults.inject(
        "POST /v1/models/{model_owner}/{model_name}/predictions",
        status=429,
        retry_after="0",
        times=RATE_LIMITED,
    )
    http = replicate.DefaultAioHttpClient(limits=httpx.Limits(max_connections=50))
    client = replicate.AsyncReplicate(
        bearer_token=server.token, base_url=server.base_url, http_client=http
    )
    most_busy = 0

    async def watch(done: asyncio.Event) -> None:
        nonlocal most_busy
        while not done.is_set():
            session = http._transport._session  # type: ignore[attr-defined]
            if session is not None:
                most_busy = max(most_busy, len(session.connector._acquired))
            await asyncio.sleep(0.005)

    done = asyncio.Event()
    watcher = asyncio.create_task(watch(done))
    results = await asyncio.gather(
        *(client.run(ECHO, input={"text": str(i)}) for i in range(RUNS)), return_exceptions=True
    )
    done.set()
    await watcher
    errors = [r for r in results if isinstance(r, BaseException)]
    assert errors == [], f"{len(errors)} runs failed, first: {errors[:1]!r}"
    assert results == [f"echo {i}" for i in range(RUNS)]
    created = server.counters.predictions_created
    FIGURES.add_creates(created=created, intended=RUNS)
    assert created == RUNS
    assert 0 < most_busy <= 50
    await http.aclose()
