"""Memory and tracked objects per in-flight async run(), with 1,000 of them at once.

argv: kind calls. A holding server (this file with argv "serve", in its own process)
reads each request and answers only after HOLD seconds, so every call is in flight when
the sample is taken: Python memory (tracemalloc) and `gc.get_objects()` above what the
process held before the calls, divided by the number of calls. The process then ends
without unwinding the calls (cancelling 1,000 requests queued in one httpcore pool takes
a minute). Kind "httpx" is a plain httpx.AsyncClient posting the same request.
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import subprocess
import sys
import time
import tracemalloc
from typing import Any

import adapters
from common import main_guard

HOLD = 30.0  # seconds the server keeps every request waiting (longer than any sample)
SETTLE = 1.0  # seconds the calls get to reach the server before the sample


def prediction(origin: str) -> bytes:
    url = f"{origin}/v1/predictions/benchfastprediction0000001"
    stamp = "2024-01-01T00:00:00.000000Z"
    return json.dumps(
        {
            "id": "benchfastprediction0000001",
            "model": adapters.FAST_MODEL,
            "version": "0" * 64,
            "input": adapters.INPUT,
            "logs": "",
            "output": "hello world",
            "data_removed": False,
            "error": None,
            "status": "succeeded",
            "source": "api",
            "created_at": stamp,
            "started_at": stamp,
            "completed_at": stamp,
            "metrics": {"predict_time": 0.01},
            "urls": {"get": url, "cancel": f"{url}/cancel", "web": url},
        }
    ).encode()


async def serve() -> None:
    """Answer every request HOLD seconds after it arrived; print the port first."""

    async def one_connection(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n"):
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":", 1)[1])
                await reader.readexactly(length)
                await asyncio.sleep(HOLD)
                writer.write(
                    b"HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n"
                    + f"Content-Length: {len(body)}\r\n\r\n".encode()
                    + body
                )
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            writer.close()

    server = await asyncio.start_server(one_connection, "127.0.0.1", 0, backlog=4096)
    port = server.sockets[0].getsockname()[1]
    body = prediction(f"http://127.0.0.1:{port}")
    print(port, flush=True)
    async with server:
        await server.serve_forever()


async def measure(kind: str, origin: str, calls: int) -> dict[str, Any]:
    import httpx

    if kind == "httpx":
        plain = httpx.AsyncClient(timeout=None)
        headers = {"Authorization": f"Bearer {adapters.TOKEN}", "Prefer": "wait"}
        url = f"{origin}/v1/models/{adapters.FAST_MODEL}/predictions"

        async def call() -> Any:
            response = await plain.post(url, json={"input": adapters.INPUT}, headers=headers)
            return response.json()
    else:
        adapter = adapters.make(kind, origin)

        def call() -> Any:
            return adapter.arun(adapters.FAST_MODEL)

        # Build the client (and import what it imports) before the baseline.
        probe = asyncio.ensure_future(call())
        await asyncio.sleep(0.2)
        probe.cancel()
        await asyncio.gather(probe, return_exceptions=True)
    gc.collect()
    tracemalloc.start()
    objects_before = len(gc.get_objects())
    memory_before = tracemalloc.get_traced_memory()[0]
    tasks = [asyncio.ensure_future(call()) for _ in range(calls)]
    await asyncio.sleep(SETTLE)
    objects = len(gc.get_objects()) - objects_before
    memory = tracemalloc.get_traced_memory()[0] - memory_before
    finished = sum(task.done() for task in tasks)
    return {
        "kb_per_call": memory / calls / 1024,
        "objects_per_call": objects / calls,
        "finished_early": finished,
        "calls": calls,
    }


def body() -> dict[str, Any]:
    kind, calls = sys.argv[1], int(sys.argv[2])
    server = subprocess.Popen(
        [sys.executable, __file__, "serve"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None
        origin = f"http://127.0.0.1:{int(server.stdout.readline())}"
        started = time.perf_counter()
        loop = asyncio.new_event_loop()
        result = loop.run_until_complete(measure(kind, origin, calls))
        result["seconds"] = time.perf_counter() - started
        return result
    finally:
        server.kill()
        server.wait()


if __name__ == "__main__":
    if sys.argv[1:] == ["serve"]:
        asyncio.run(serve())
    else:
        main_guard(body)
        os._exit(0)  # the calls are still pending: do not unwind them
