"""Warm per-call cost (run, use after its first call, predictions.get) and async throughput.

Both against the fixed-answer nginx. Each snippet replays the client's own request with
plain httpx in the same process, so every ratio compares the same HTTP exchange.
"""

from __future__ import annotations

from bench.cells import HTTPX, Cell, Context, Row, failed


def per_call(ctx: Context, metric: str, calls: int = 2000, budget: float = 6.0) -> Row:
    row: Row = {}
    baselines: dict[str, float] = {}
    for client in ctx.clients:
        if ctx.remaining() < 40:
            row[client.label] = Cell("error", "error: skipped, out of time")
            continue
        args = [client.kind, ctx.fast_origin, metric, str(calls), str(budget)]
        result = ctx.snippet(client, "percall.py", args, timeout=budget + 60)
        if not result.get("ok"):
            row[client.label] = failed(result)
            continue
        sdk_us, base_us = result["sdk"]["median_us"], result["httpx"]["median_us"]
        baselines[client.label] = base_us
        ratio = result["ratio"]
        row[client.label] = Cell("ok", f"{ratio:.2f}x ({sdk_us:.0f} µs)", ratio, result)
    row[HTTPX] = _baseline_cell(ctx, baselines, "µs", "{:.0f} µs")
    return row


def throughput(ctx: Context, calls: int = 1000, rounds: int = 4, budget: float = 20.0) -> Row:
    row: Row = {}
    baselines: dict[str, float] = {}
    for client in ctx.clients:
        if ctx.remaining() < 30:
            row[client.label] = Cell("error", "error: skipped, out of time")
            continue
        args = [client.kind, ctx.fast_origin, str(calls), str(rounds), str(budget)]
        result = ctx.snippet(client, "throughput.py", args, timeout=budget + 60)
        if not result.get("ok"):
            row[client.label] = failed(result)
            continue
        sdk, base = result["sdk"]["calls_per_s"], result["httpx"]["calls_per_s"]
        if not base or result.get("ratio") is None:
            reason = result["httpx"]["first_failure"]
            row[client.label] = Cell("error", f"error: plain httpx failed: {reason}", None, result)
            continue
        baselines[client.label] = base
        ratio = result["ratio"]  # median over rounds of (client rate / httpx rate)
        lost = result["sdk"]["failed_calls"]
        shown = f"{ratio:.2f}x ({sdk:.0f}/s)" + (f", {lost} failed" if lost else "")
        row[client.label] = Cell("ok", shown, ratio, result)
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
