"""Peak memory growth of one 200 MB upload or download (argv: kind origin mode path url).

Growth is the larger of: the rise of the RSS high-water mark (getrusage) across the
transfer, and the highest RSS a sampler thread saw (every 2 ms) above the RSS at the start.
"""

from __future__ import annotations

import os
import resource
import sys
import threading
import time
from typing import Any

from common import main_guard

PAGE = os.sysconf("SC_PAGE_SIZE")
MB = 1024 * 1024


def current_rss() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * PAGE


def max_rss() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


class Sampler(threading.Thread):
    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak = current_rss()
        self.running = True

    def run(self) -> None:
        while self.running:
            self.peak = max(self.peak, current_rss())
            time.sleep(0.002)


def plain_httpx(mode: str, origin: str, path: str, url: str, sink: Any) -> int:
    import httpx

    client = httpx.Client(headers={"Authorization": "Bearer r8_bench"}, timeout=None)
    if mode == "upload":
        with open(path, "rb") as content:
            files = {"content": (os.path.basename(path), content, "application/octet-stream")}
            client.post(f"{origin}/v1/files", files=files).raise_for_status()
        return os.path.getsize(path)
    total = 0
    with client.stream("GET", url) as response:
        response.raise_for_status()
        for chunk in response.iter_bytes():
            sink.write(chunk)
            total += len(chunk)
    return total


class Transfer:
    """The transfer as the client under test does it, and which of its APIs that is."""

    def __init__(self, kind: str, origin: str, mode: str, path: str, url: str) -> None:
        self.kind, self.origin, self.mode, self.path, self.url = kind, origin, mode, path, url
        self.adapter: Any = None
        if kind == "httpx":
            import httpx  # noqa: F401  (imported before the baseline is taken)
        else:
            import adapters

            self.adapter = adapters.make(kind, origin)

    def __call__(self, sink: Any) -> int:
        if self.adapter is None:
            return plain_httpx(self.mode, self.origin, self.path, self.url, sink)
        if self.mode == "download":
            return int(self.adapter.download(self.url, sink))
        self.adapter.upload(self.path)
        return os.path.getsize(self.path)

    @property
    def via(self) -> str:
        if self.adapter is None:
            return "plain httpx"
        return self.adapter.download_via if self.mode == "download" else "files.create"


def body() -> dict[str, Any]:
    kind, origin, mode, path, url = sys.argv[1:6]
    transfer = Transfer(kind, origin, mode, path, url)
    with open(os.devnull, "wb") as sink:
        before_max, before_now = max_rss(), current_rss()
        sampler = Sampler()
        sampler.start()
        moved = transfer(sink)
        sampler.running = False
        sampler.join()
        after_max = max_rss()
    if mode == "download" and moved != os.path.getsize(path):
        raise RuntimeError(f"downloaded {moved} bytes, expected {os.path.getsize(path)}")
    # The high-water mark alone misses growth that stays under an earlier peak (imports);
    # the sampler alone may miss a short spike: take the larger of the two.
    high_water = (after_max - before_max) / MB
    sampled = (max(sampler.peak, current_rss()) - before_now) / MB
    return {
        "growth_mb": max(high_water, sampled),
        "high_water_growth_mb": high_water,
        "sampled_growth_mb": sampled,
        "bytes": moved,
        "via": transfer.via,
    }


if __name__ == "__main__":
    main_guard(body)
