"""Rows about scale: the aiohttp backends, walking a long listing, big outputs, memory and
objects per in-flight call, and the CLI's cold start.

All against the fixed-answer nginx except the in-flight figures, whose snippet brings its
own server that holds every answer back (so every call is in flight when sampled).
"""

from __future__ import annotations

import statistics
import subprocess
import time
from pathlib import Path
from typing import Any

from bench import fixtures
from bench.cells import HTTPX, Cell, Context, Row, failed, median
from bench.clients import Client
from bench.runner import SNIPPETS, clean_env, work_dir
from bench.warm import throughput

AIOHTTP_ROW = "async run() x1000, aiohttp backend"
WALK_ROW = "walk 5,000 listed predictions, per item"
OUTPUT_ROWS = {
    (fixtures.BIG_TEXT_MODEL, "time"): "run() 10 MB output: time",
    (fixtures.BIG_TEXT_MODEL, "memory"): "run() 10 MB output: peak growth",
    (fixtures.BIG_LIST_MODEL, "time"): "run() 100,000-item output: time",
    (fixtures.BIG_LIST_MODEL, "memory"): "run() 100,000-item output: peak growth",
}
INFLIGHT_ROWS = {
    "kb_per_call": "memory per in-flight run() (x1000)",
    "objects_per_call": "tracked objects per in-flight run() (x1000)",
}
CLI_ROW = "CLI `replicate run` cold start"


def _by_kind(ctx: Context, kind: str) -> Client | None:
    return next((c for c in ctx.clients if c.kind == kind), None)


def aiohttp_throughput(ctx: Context) -> Row:
    """Ours and v2 over their aiohttp backends, and plain httpx over httpx-aiohttp (in the
    baseline column), each as a ratio to plain httpx's default pool in the same process."""
    runs: dict[str, tuple[Client, str]] = {ctx.ours.label: (ctx.ours, "ours-aiohttp")}
    v2 = _by_kind(ctx, "v2")
    if v2 is not None:
        runs[v2.label] = (v2, "v2-aiohttp")
    runs[HTTPX] = (ctx.ours, "httpx-aiohttp")
    row = throughput(ctx, runs)
    v1 = _by_kind(ctx, "v1")
    if v1 is not None:
        row[v1.label] = Cell("n/a", "n/a: no aiohttp backend")
    base = row[HTTPX]
    if base.status == "ok":
        base.display = f"httpx-aiohttp {base.display}"
    return row


def walk(ctx: Context, rounds: int = 5) -> Row:
    row: Row = {}
    baselines: list[float] = []
    for client in ctx.clients:
        if ctx.remaining() < 20:
            row[client.label] = Cell("error", "error: skipped, out of time")
            continue
        result = ctx.snippet(client, "walk.py", [client.kind, ctx.fast_origin, str(rounds)], 60)
        if not result.get("ok"):
            row[client.label] = failed(result)
            continue
        ratio, per_item = result["ratio"], result["sdk_us_per_item"]
        row[client.label] = Cell("ok", f"{ratio:.2f}x ({per_item:.1f} µs)", ratio, result)
        baselines.append(result["httpx_us_per_item"])
    row[HTTPX] = (
        Cell("ok", f"{median(baselines):.1f} µs", median(baselines), {"per_client": baselines})
        if baselines
        else Cell("error", "error: no baseline")
    )
    return row


def outputs(ctx: Context, repeats: int = 5) -> dict[str, Row]:
    """Time (ratio to plain httpx in the same venv) and peak memory growth of one run()."""
    rows: dict[str, Row] = {title: {} for title in OUTPUT_ROWS.values()}
    origin = ctx.fast_origin
    for model in (fixtures.BIG_TEXT_MODEL, fixtures.BIG_LIST_MODEL):
        time_row, memory_row = rows[OUTPUT_ROWS[model, "time"]], rows[OUTPUT_ROWS[model, "memory"]]
        plain: dict[str, Any] = {}
        for client in ctx.clients:
            if ctx.remaining() < 20:
                time_row[client.label] = Cell("error", "error: skipped, out of time")
                continue
            found = {
                kind: ctx.snippet(client, "outputs.py", [kind, origin, model, str(repeats)], 60)
                for kind in (client.kind, "httpx")
            }
            sdk, base = found[client.kind], found["httpx"]
            if not (sdk.get("ok") and base.get("ok")):
                broken = failed(sdk if not sdk.get("ok") else base)
                time_row[client.label] = memory_row[client.label] = broken
                continue
            ratio = sdk["seconds"] / base["seconds"]
            shown = f"{ratio:.2f}x ({sdk['seconds'] * 1000:.0f} ms)"
            time_row[client.label] = Cell("ok", shown, ratio, {"sdk": sdk, "httpx": base})
            growth = float(sdk["growth_mb"])
            memory_row[client.label] = Cell("ok", f"{growth:.1f} MB", growth, sdk)
            plain.setdefault("beside", base)
        base = plain.get("beside")
        if base is None:
            time_row[HTTPX] = memory_row[HTTPX] = Cell("error", "error: no baseline")
            continue
        time_row[HTTPX] = Cell("ok", f"{base['seconds'] * 1000:.0f} ms", base["seconds"], base)
        memory_row[HTTPX] = Cell("ok", f"{base['growth_mb']:.1f} MB", base["growth_mb"], base)
    return rows


def inflight(ctx: Context, calls: int = 1000) -> dict[str, Row]:
    """Python memory and tracked objects per in-flight call, `calls` of them at once.

    The processes run side by side: these are sizes, not times, and plain httpx (like the
    official clients) needs ~12 s of CPU just to queue 1,000 requests in one httpcore pool.
    """
    from concurrent.futures import ThreadPoolExecutor

    rows: dict[str, Row] = {title: {} for title in INFLIGHT_ROWS.values()}
    runs = [(c.label, c, c.kind) for c in ctx.clients] + [(HTTPX, ctx.ours, "httpx")]
    with ThreadPoolExecutor(len(runs)) as pool:
        futures = {
            label: pool.submit(ctx.snippet, client, "inflight.py", [kind, str(calls)], 90)
            for label, client, kind in runs
        }
        results = {label: future.result() for label, future in futures.items()}
    for label, result in results.items():
        for key, title in INFLIGHT_ROWS.items():
            if not result.get("ok"):
                rows[title][label] = failed(result)
                continue
            value = float(result[key])
            shown = f"{value:.1f} KB" if key == "kb_per_call" else f"{value:.0f}"
            rows[title][label] = Cell("ok", shown, value, result)
    return rows


def _seconds(command: list[str], env: dict[str, str], cwd: Path) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, cwd=cwd, check=True, capture_output=True, timeout=60)
    return time.perf_counter() - started


def cli_cold_start(ctx: Context, repeats: int = 9) -> Row:
    """`replicate run bench/fast text=world` in a fresh process against a one-shot plain
    httpx script doing the same create (also a fresh process), run back to back."""
    ours = ctx.ours
    cli = ours.python.parent / "replicate"
    origin = ctx.fast_origin
    env = clean_env({"REPLICATE_API_TOKEN": fixtures.TOKEN, "REPLICATE_BASE_URL": f"{origin}/v1"})
    commands = {
        "sdk": [str(cli), "run", fixtures.FAST_MODEL, "text=world"],
        "httpx": [str(ours.python), str(SNIPPETS / "cold_start.py"), "httpx", origin],
    }
    cwd = work_dir(ctx.bench_dir)
    pairs: list[tuple[float, float]] = []
    try:
        for number in range(repeats + 1):  # the first round only warms the bytecode caches
            if number and ctx.remaining() < 15:
                break
            order = ("sdk", "httpx") if number % 2 else ("httpx", "sdk")
            seconds = {side: _seconds(commands[side], env, cwd) for side in order}
            if number:
                pairs.append((seconds["sdk"], seconds["httpx"]))
    except (OSError, subprocess.SubprocessError) as exc:
        return {ours.label: Cell("error", f"error: {type(exc).__name__}: {exc}"[:200])}
    if not pairs:
        return {ours.label: Cell("error", "error: skipped, out of time")}
    ratio = statistics.median(a / b for a, b in pairs)
    sdk_ms = median([a for a, _ in pairs]) * 1000
    base_ms = median([b for _, b in pairs]) * 1000
    detail = {"ratio_is": "median over rounds of (CLI s / one-shot httpx s)", "pairs": pairs}
    row: Row = {ours.label: Cell("ok", f"{ratio:.2f}x ({sdk_ms:.0f} ms)", ratio, detail)}
    for client in ctx.clients:
        if client is not ours:
            row[client.label] = Cell("n/a", "n/a: measured for ours only")
    row[HTTPX] = Cell("ok", f"{base_ms:.0f} ms", base_ms)
    return row
