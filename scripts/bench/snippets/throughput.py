"""Calls per second of N concurrent async run() calls, against plain httpx.AsyncClient.

argv: kind origin calls rounds budget_seconds. Rounds alternate client and plain httpx
(default pool and timeouts, except no pool timeout: on a loaded machine 1,000 requests
queued in one httpcore pool outwait its 5 s and fail, which made the baseline a lottery);
the plain side replays the exact request the client sent for one run().
Kind "httpx-aiohttp" is plain httpx over the httpx-aiohttp transport replaying our request.
A round's rate counts successful calls only; failures (pool or connect timeouts) are
reported, not raised. No new round starts once the budget is spent (a loaded machine can
make rounds slow).
"""

from __future__ import annotations

import asyncio
import gc
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any

import adapters
from common import Exchange, captured_requests, main_guard

# The aiohttp kinds send what their default-backend twin sends: the request to replay is
# captured there (the capture hooks httpx's own transport).
CAPTURED_AS = {"ours-aiohttp": "ours", "v2-aiohttp": "v2", "httpx-aiohttp": "ours"}


class Rates:
    """Successful calls per second of each round, and how many calls failed in all."""

    def __init__(self) -> None:
        self.per_round: list[float] = []
        self.failed = 0
        self.first_failure = ""

    async def round(self, make_call: Callable[[], Awaitable[Any]], calls: int) -> None:
        gc.collect()  # every round starts from the same heap
        start = time.perf_counter()
        results = await asyncio.gather(*(make_call() for _ in range(calls)), return_exceptions=True)
        elapsed = time.perf_counter() - start
        failures = [r for r in results if isinstance(r, BaseException)]
        if failures and not self.first_failure:
            self.first_failure = repr(failures[0])[:160]
        self.failed += len(failures)
        self.per_round.append((calls - len(failures)) / elapsed)

    def summary(self) -> dict[str, Any]:
        return {
            "calls_per_s": statistics.median(self.per_round),
            "rounds": self.per_round,
            "failed_calls": self.failed,
            "first_failure": self.first_failure,
        }


async def measure() -> dict[str, Any]:
    import httpx

    kind, origin = sys.argv[1], sys.argv[2]
    calls, rounds, budget = int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5])
    with captured_requests() as seen:
        await adapters.make(CAPTURED_AS.get(kind, kind), origin).arun(adapters.FAST_MODEL)
    if not seen:
        raise RuntimeError("no request reached an httpx transport")
    exchange = Exchange(seen[0])
    sdk_call: Callable[[], Awaitable[Any]]
    if kind == "httpx-aiohttp":
        from httpx_aiohttp import AiohttpTransport

        over_aiohttp = httpx.AsyncClient(transport=AiohttpTransport())
        sdk_call = lambda: exchange.areplay(over_aiohttp)  # noqa: E731
    else:
        adapter = adapters.make(kind, origin)
        sdk_call = lambda: adapter.arun(adapters.FAST_MODEL)  # noqa: E731
    async with httpx.AsyncClient(timeout=httpx.Timeout(5.0, pool=None)) as plain:
        base_call = lambda: exchange.areplay(plain)  # noqa: E731
        # Untimed: open connections with a smaller burst first (a cold httpx pool facing
        # 1,000 queued requests can starve its own connects), then one full round.
        warm_sdk, warm_base = Rates(), Rates()
        for burst in (min(calls, 100), calls):
            await warm_sdk.round(sdk_call, burst)
            await warm_base.round(base_call, burst)
        sdk, base = Rates(), Rates()
        deadline = time.perf_counter() + budget
        for _ in range(rounds):
            if sdk.per_round and time.perf_counter() > deadline:
                break
            for rates, call in ((sdk, sdk_call), (base, base_call)):
                failed_before = rates.failed
                await rates.round(call, calls)
                if rates.failed > failed_before:  # a collapsed pool: reopen it, untimed
                    await Rates().round(call, min(calls, 100))
    paired = [a / b for a, b in zip(sdk.per_round, base.per_round, strict=False) if b]
    return {
        "ratio": statistics.median(paired) if paired else None,
        "sdk": sdk.summary(),
        "httpx": base.summary(),
        "warmup_failed": {"sdk": warm_sdk.failed, "httpx": warm_base.failed},
        "exchange": exchange.describe(),
    }


if __name__ == "__main__":
    main_guard(lambda: asyncio.run(measure()))
