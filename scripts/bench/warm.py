"""Warm per-call cost (run, use after its first call, predictions.get) and async throughput.

Both against the fixed-answer nginx. Each snippet replays the client's own request with
plain httpx in the same process, so every ratio compares the same HTTP exchange.
"""

from __future__ import annotations

from typing import Any

from bench.cells import HTTPX, Cell, Context, Row, failed, median
from bench.clients import Client


def per_call(
    ctx: Context, metric: str, calls: int = 1500, budget: float = 4.0, processes: int = 2
) -> Row:
    """Spread over a few processes per client (taken in turns across clients): one process
    can be a little faster or slower for one side throughout (memory layout, hash seeds)."""
    results: dict[str, list[dict[str, Any]]] = {c.label: [] for c in ctx.clients}
    broken: dict[str, Cell] = {}
    share = [str(max(1, calls // processes)), str(budget / processes)]
    for _ in range(processes):
        for client in ctx.clients:
            if client.label in broken:
                continue
            if ctx.remaining() < 40:
                broken[client.label] = Cell("error", "error: skipped, out of time")
                continue
            args = [client.kind, ctx.fast_origin, metric, *share]
            result = ctx.snippet(client, "percall.py", args, timeout=budget + 60)
            if result.get("ok"):
                results[client.label].append(result)
            else:
                broken[client.label] = failed(result)
    row: Row = {}
    baselines: dict[str, float] = {}
    for client in ctx.clients:
        runs = results[client.label]
        if client.label in broken or not runs:
            row[client.label] = broken.get(client.label, Cell("error", "error: no samples"))
            continue
        ratio = median([pair for run in runs for pair in run["pairs"]])
        sdk_us = median([run["sdk"]["median_us"] for run in runs])
        baselines[client.label] = median([run["httpx"]["median_us"] for run in runs])
        detail = {
            "ratio_is": "median over adjacent block pairs of (client median / httpx median)",
            "exchange": runs[0]["exchange"],
            "requests_per_call": runs[0]["requests_per_call"],
            "processes": [{k: v for k, v in run.items() if k != "pairs"} for run in runs],
        }
        row[client.label] = Cell("ok", f"{ratio:.2f}x ({sdk_us:.0f} µs)", ratio, detail)
    row[HTTPX] = _baseline_cell(ctx, baselines, "µs", "{:.0f} µs")
    return row


def throughput(
    ctx: Context,
    runs: dict[str, tuple[Client, str]] | None = None,
    calls: int = 1000,
    rounds: int = 2,
    budget: float = 8.0,
) -> Row:
    """Calls per second of `calls` concurrent async runs, as a ratio to plain httpx in the
    same process. `runs` maps a column to the client (venv) and adapter kind that fill it;
    by default every client with its own default backend, the baseline beside ours."""
    if runs is None:
        runs = {client.label: (client, client.kind) for client in ctx.clients}
    row: Row = {}
    baselines: dict[str, float] = {}
    for label, (client, kind) in runs.items():
        if ctx.remaining() < 30:
            row[label] = Cell("error", "error: skipped, out of time")
            continue
        args = [kind, ctx.fast_origin, str(calls), str(rounds), str(budget)]
        result = ctx.snippet(client, "throughput.py", args, timeout=budget + 90)
        if not result.get("ok"):
            row[label] = failed(result)
            continue
        sdk, base = result["sdk"]["calls_per_s"], result["httpx"]["calls_per_s"]
        if not base or result.get("ratio") is None:
            reason = result["httpx"]["first_failure"]
            row[label] = Cell("error", f"error: plain httpx failed: {reason}", None, result)
            continue
        baselines[label] = base
        ratio = result["ratio"]  # median over rounds of (client rate / httpx rate)
        lost = result["sdk"]["failed_calls"]
        shown = f"{ratio:.2f}x ({sdk:.0f}/s)" + (f", {lost} failed" if lost else "")
        row[label] = Cell("ok", shown, ratio, result)
    if HTTPX not in row:
        row[HTTPX] = _baseline_cell(ctx, baselines, "calls/s", "{:.0f}/s")
    return row


def _baseline_cell(ctx: Context, baselines: dict[str, float], unit: str, shape: str) -> Cell:
    """Show the baseline measured next to our SDK (or next to the first client that ran)."""
    label = ctx.ours.label if ctx.ours.label in baselines else next(iter(baselines), None)
    if label is None:
        return Cell("error", "error: no baseline")
    value = baselines[label]
    detail = {"unit": unit, "measured_beside": label, "per_client": baselines}
    return Cell("ok", shape.format(value), value, detail)
