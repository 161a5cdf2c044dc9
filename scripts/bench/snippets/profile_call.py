"""Where one warm client call spends its time: cProfile over many calls (argv: kind origin
metric calls). Prints the costliest functions as file:function with µs per call, first those
in the SDK's own files (replicate/, replicate_api/), then everything."""

from __future__ import annotations

import cProfile
import pstats
import sys
import time
from typing import Any

import adapters
from common import first_exchange
from percall import client_call


def rows(stats: pstats.Stats, calls: int) -> list[tuple[float, float, int, str]]:
    found = []
    for (path, line, name), (_, ncalls, tottime, cumtime, _) in stats.stats.items():  # type: ignore[attr-defined]
        where = f"{path}:{line}:{name}"
        found.append((tottime * 1e6 / calls, cumtime * 1e6 / calls, ncalls, where))
    return found


def show(title: str, found: list[tuple[float, float, int, str]], key: int, limit: int) -> None:
    print(f"\n{title}")
    print(f"{'self µs/call':>13} {'cum µs/call':>12} {'calls':>8}  function")
    for own, cum, ncalls, where in sorted(found, key=lambda r: -r[key])[:limit]:
        print(f"{own:13.1f} {cum:12.1f} {ncalls:8d}  {where}")


def main() -> None:
    import httpx

    kind, origin, metric, calls = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    if metric == "arun":
        return main_async(kind, origin, calls)
    adapter = adapters.make(kind, origin)
    call = client_call(adapter, metric)
    exchange, sent = first_exchange(call)
    plain = httpx.Client()
    for _ in range(200):
        call()
        exchange.replay(plain)
    timings: dict[str, float] = {}
    for name, fn in (("sdk", call), ("httpx", lambda: exchange.replay(plain))):
        start = time.perf_counter()
        for _ in range(calls):
            fn()
        timings[name] = (time.perf_counter() - start) * 1e6 / calls
    print(f"requests per call: {sent}")
    print(f"unprofiled mean: sdk {timings['sdk']:.1f} µs, plain httpx {timings['httpx']:.1f} µs")
    found = profiled(call, calls)
    baseline = profiled(lambda: exchange.replay(plain), calls)
    own = [r for r in found if "/replicate/" in r[3] or "/replicate_api/" in r[3]]
    show("SDK files, by cumulative time", own, 1, 25)
    show("SDK files, by own time", own, 0, 25)
    show("all functions, by own time", found, 0, 30)
    show_difference(found, baseline)


def profiled(call: Any, calls: int) -> list[tuple[float, float, int, str]]:
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(calls):
        call()
    profiler.disable()
    return rows(pstats.Stats(profiler), calls)


def show_difference(
    sdk: list[tuple[float, float, int, str]], plain: list[tuple[float, float, int, str]]
) -> None:
    """Own time per call that the SDK spends beyond plain httpx, function by function."""
    own_plain = {where: (own, ncalls) for own, _, ncalls, where in plain}
    extra = []
    for own, _, ncalls, where in sdk:
        before, before_calls = own_plain.get(where, (0.0, 0))
        extra.append((own - before, ncalls - before_calls, where))
    total_sdk = sum(r[0] for r in sdk)
    total_plain = sum(r[0] for r in plain)
    print(f"\nprofiled totals: sdk {total_sdk:.1f} µs/call, plain {total_plain:.1f} µs/call")
    print("largest extra own time of the SDK call over the plain call (profiled)")
    print(f"{'extra µs/call':>14} {'extra calls':>12}  function")
    for delta, ncalls, where in sorted(extra, key=lambda r: -r[0])[:30]:
        print(f"{delta:14.1f} {ncalls:12d}  {where}")


def main_async(kind: str, origin: str, calls: int) -> None:
    """The same for `calls` concurrent async run() calls against plain httpx.AsyncClient."""
    import asyncio

    import httpx
    from common import Exchange, captured_requests

    adapter = adapters.make(kind, origin)

    async def measure() -> tuple[list[Any], list[Any]]:
        with captured_requests() as seen:
            await adapter.arun(adapters.FAST_MODEL)
        exchange = Exchange(seen[0])
        async with httpx.AsyncClient(timeout=120) as plain:  # profiling slows everything
            sdk = lambda: adapter.arun(adapters.FAST_MODEL)  # noqa: E731
            base = lambda: exchange.areplay(plain)  # noqa: E731
            for burst in (100, calls):
                await asyncio.gather(*(sdk() for _ in range(burst)))
                await asyncio.gather(*(base() for _ in range(burst)))
            results = []
            for call in (sdk, base):
                start = time.perf_counter()
                await asyncio.gather(*(call() for _ in range(calls)))
                print(f"unprofiled: {calls / (time.perf_counter() - start):.0f} calls/s")
                profiler = cProfile.Profile()
                profiler.enable()
                await asyncio.gather(*(call() for _ in range(calls)))
                profiler.disable()
                results.append(rows(pstats.Stats(profiler), calls))
            return results[0], results[1]

    found, baseline = asyncio.run(measure())
    own = [r for r in found if "/replicate/" in r[3] or "/replicate_api/" in r[3]]
    show("SDK files, by own time", own, 0, 25)
    show("all functions, by own time", found, 0, 30)
    show_difference(found, baseline)


if __name__ == "__main__":
    main()
