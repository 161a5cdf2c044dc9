"""Calls per second of N concurrent async run() calls, against plain httpx.AsyncClient.

argv: kind origin calls rounds. Rounds alternate client and plain httpx (default pool);
the plain side replays the exact request the client sent for one run().
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any

import adapters
from common import Exchange, captured_requests, main_guard


async def gather_rate(make_call: Callable[[], Awaitable[Any]], calls: int) -> float:
    start = time.perf_counter()
    results = await asyncio.gather(*(make_call() for _ in range(calls)), return_exceptions=True)
    elapsed = time.perf_counter() - start
    failures = [r for r in results if isinstance(r, BaseException)]
    if failures:
        raise RuntimeError(f"{len(failures)}/{calls} calls failed, first: {failures[0]!r}")
    return calls / elapsed


async def measure() -> dict[str, Any]:
    import httpx

    kind, origin = sys.argv[1], sys.argv[2]
    calls, rounds = int(sys.argv[3]), int(sys.argv[4])
    adapter = adapters.make(kind, origin)
    with captured_requests() as seen:
        await adapter.arun(adapters.FAST_MODEL)
    if not seen:
        raise RuntimeError("no request reached an httpx transport")
    exchange = Exchange(seen[0])
    sdk_call = lambda: adapter.arun(adapters.FAST_MODEL)  # noqa: E731
    async with httpx.AsyncClient() as plain:
        base_call = lambda: exchange.areplay(plain)  # noqa: E731
        await gather_rate(sdk_call, min(calls, 100))
        await gather_rate(base_call, min(calls, 100))
        sdk_rates, base_rates = [], []
        for _ in range(rounds):
            sdk_rates.append(await gather_rate(sdk_call, calls))
            base_rates.append(await gather_rate(base_call, calls))
    return {
        "sdk_calls_per_s": statistics.median(sdk_rates),
        "httpx_calls_per_s": statistics.median(base_rates),
        "sdk_rounds": sdk_rates,
        "httpx_rounds": base_rates,
        "exchange": exchange.describe(),
    }


if __name__ == "__main__":
    main_guard(lambda: asyncio.run(measure()))
