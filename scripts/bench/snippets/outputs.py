"""One run() whose output is big: a 10 MB string or 100,000 short strings.

argv: kind origin model repeats. Kind "httpx" posts the same create with plain httpx
and decodes the JSON. Reports the median seconds per run and the peak memory growth of
the first run (RSS high-water rise or the highest RSS sampled, whichever is larger; one
mode per process, so the high-water mark is this client's own).
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

import adapters
from common import main_guard
from memory import MB, Sampler, current_rss, max_rss


def plain_run(origin: str, model: str) -> Callable[[], Any]:
    import httpx

    client = httpx.Client()
    headers = {"Authorization": f"Bearer {adapters.TOKEN}", "Prefer": "wait"}
    url = f"{origin}/v1/models/{model}/predictions"

    def call() -> Any:
        response = client.post(url, json={"input": adapters.INPUT}, headers=headers)
        response.raise_for_status()
        return response.json()["output"]

    return call


def body() -> dict[str, Any]:
    kind, origin, model, repeats = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    if kind == "httpx":
        call = plain_run(origin, model)
    else:
        adapter = adapters.make(kind, origin)
        call = lambda: adapter.run(model)  # noqa: E731
    sampler = Sampler()
    start_rss, start_max = current_rss(), max_rss()
    sampler.start()
    started = time.perf_counter()
    output = call()
    first = time.perf_counter() - started
    sampler.running = False
    sampler.join()
    growth = max(max_rss() - start_max, sampler.peak - start_rss) / MB
    size = len(output)
    del output
    times = [first]
    for _ in range(repeats - 1):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return {"seconds": statistics.median(times), "growth_mb": growth, "output_len": size}


if __name__ == "__main__":
    main_guard(body)
