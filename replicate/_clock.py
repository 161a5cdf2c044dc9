"""The one clock: flows, the transport, downloads and event streams read and sleep on it.

Every deadline, poll delay and retry pause goes through these three names, so a test
(or anything else that wants to run time forward) replaces them here and only here.
Log timings use `time.perf_counter` directly: they measure, they decide nothing.
"""

from __future__ import annotations

import time

__all__ = ["async_sleep", "monotonic", "sleep"]

monotonic = time.monotonic
sleep = time.sleep


async def async_sleep(seconds: float) -> None:
    import asyncio  # imported here: `import replicate` must not pay for asyncio

    await asyncio.sleep(seconds)
