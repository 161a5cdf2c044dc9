"""Warm per-call time of one client call against the same exchange sent by plain httpx.

argv: kind origin metric(run|use|get) calls budget_seconds. The client's call runs once
under capture; its first request is then replayed by a plain `httpx.Client`. The two
alternate in short blocks (about 20 ms each) so that drift on a shared machine hits both
alike; the ratio is the median over adjacent block pairs of (client median / httpx median).
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

import adapters
from common import first_exchange, main_guard, summary_us

PREDICTION_ID = "benchfastprediction0000001"


def client_call(adapter: adapters.Adapter, metric: str) -> Callable[[], Any]:
    if metric == "run":
        return lambda: adapter.run(adapters.FAST_MODEL)
    if metric == "get":
        return lambda: adapter.get(PREDICTION_ID)
    if metric == "use":
        function = adapter.use(adapters.FAST_MODEL)
        function()  # the first call may fetch the model and its schema: not timed
        return function
    raise ValueError(f"unknown metric {metric}")


def time_calls(call: Callable[[], Any], count: int, into: list[int]) -> None:
    clock = time.perf_counter_ns
    for _ in range(count):
        start = clock()
        call()
        into.append(clock() - start)


def body() -> dict[str, Any]:
    import httpx

    kind, origin, metric = sys.argv[1], sys.argv[2], sys.argv[3]
    calls, budget = int(sys.argv[4]), float(sys.argv[5])
    adapter = adapters.make(kind, origin)
    call = client_call(adapter, metric)
    exchange, sent = first_exchange(call)
    plain = httpx.Client()
    baseline: Callable[[], Any] = lambda: exchange.replay(plain)  # noqa: E731

    warm_sdk: list[int] = []
    warm_base: list[int] = []
    warm_until = time.perf_counter() + min(1.0, budget / 10)
    while time.perf_counter() < warm_until and len(warm_sdk) < 200:
        time_calls(call, 5, warm_sdk)
        time_calls(baseline, 5, warm_base)
    per_call = max(sorted(warm_sdk)[len(warm_sdk) // 2], 1) / 1e9
    block = max(1, min(100, int(0.02 / per_call)))

    sdk: list[int] = []
    base: list[int] = []
    paired: list[float] = []  # per pair of adjacent blocks: median client / median httpx
    deadline = time.perf_counter() + budget
    while len(sdk) < calls or len(base) < calls:
        sdk_block: list[int] = []
        base_block: list[int] = []
        time_calls(call, block, sdk_block)
        time_calls(baseline, block, base_block)
        sdk += sdk_block
        base += base_block
        paired.append(statistics.median(sdk_block) / statistics.median(base_block))
        if time.perf_counter() > deadline and len(sdk) >= 20:
            break
    plain.close()
    return {
        "ratio": statistics.median(paired),
        "pairs": paired,
        "sdk": summary_us(sdk),
        "httpx": summary_us(base),
        "exchange": exchange.describe(),
        "requests_per_call": len(sent),
        "sent": sent,
    }


if __name__ == "__main__":
    main_guard(body)
