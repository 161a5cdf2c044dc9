"""Walking every listed prediction (5,000 in pages of 100) against plain httpx.

argv: kind origin rounds. Rounds alternate the client's own iteration and a plain
httpx.Client that follows the `next` links, decodes each page and touches every item;
the ratio is the median over rounds of (client s / httpx s), shown per item.
"""

from __future__ import annotations

import statistics
import sys
import time
from typing import Any

import adapters
from common import main_guard


def plain_walk(client: Any, origin: str) -> int:
    url: str | None = f"{origin}/v1/predictions"
    headers = {"Authorization": f"Bearer {adapters.TOKEN}"}
    count = 0
    while url:
        response = client.get(url, headers=headers)
        response.raise_for_status()
        page = response.json()
        for _ in page["results"]:
            count += 1
        url = page["next"]
    return count


def body() -> dict[str, Any]:
    import httpx

    kind, origin, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])
    adapter = adapters.make(kind, origin)
    plain = httpx.Client()
    sides = {"sdk": adapter.walk, "httpx": lambda: plain_walk(plain, origin)}
    seconds: dict[str, list[float]] = {"sdk": [], "httpx": []}
    counts = {name: walk() for name, walk in sides.items()}  # warm-up, untimed
    if counts["sdk"] != counts["httpx"]:
        raise RuntimeError(f"the client saw {counts['sdk']} items, plain httpx {counts['httpx']}")
    for number in range(rounds):
        order = ("sdk", "httpx") if number % 2 else ("httpx", "sdk")
        for name in order:
            start = time.perf_counter()
            sides[name]()
            seconds[name].append(time.perf_counter() - start)
    items = counts["sdk"]
    return {
        "items": items,
        "ratio": statistics.median(
            a / b for a, b in zip(seconds["sdk"], seconds["httpx"], strict=True)
        ),
        "sdk_us_per_item": statistics.median(seconds["sdk"]) / items * 1e6,
        "httpx_us_per_item": statistics.median(seconds["httpx"]) / items * 1e6,
    }


if __name__ == "__main__":
    main_guard(body)
