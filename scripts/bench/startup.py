"""Cold `import replicate` and cold start (import + one fast run), each against plain httpx.

Fresh processes only. Each round runs, per client, the client and plain httpx back to back
in that client's venv (the order alternating between rounds); the ratio is the median of
the per-round ratios, so drift on a shared machine hits both sides alike. One untimed
warm-up round first writes the bytecode caches. The httpx baseline is per venv: httpx
imports click and rich when they are installed (our .venv has them for the CLI extra).
"""

from __future__ import annotations

from typing import Any

from bench.cells import HTTPX, Cell, Context, Row, failed, median
from bench.clients import Client

Samples = dict[str, list[tuple[float, float]]]  # client label -> (sdk s, httpx s) per round


def _collect(
    ctx: Context, repeats: int, script: str, variants: dict[str, list[str]], per_run: float
) -> tuple[Samples, dict[str, Cell]]:
    """(client, plain httpx) seconds per round for each client, run back to back (the order
    alternating between rounds); a client's failure becomes its cell."""
    pairs: Samples = {}
    broken: dict[str, Cell] = {}

    def once(client: Client, variant: str) -> float | None:
        args = [a.replace("{kind}", client.kind) for a in variants[variant]]
        result = ctx.snippet(client, script, args, timeout=per_run)
        if result.get("ok"):
            return float(result["seconds"])
        if client.label not in broken or variant == "sdk":
            broken[client.label] = failed(result)
        return None

    for round_number in range(repeats + 1):  # round 0 is the warm-up (bytecode caches)
        if round_number and ctx.remaining() < 60:
            break
        order = ("sdk", "httpx") if round_number % 2 else ("httpx", "sdk")
        for client in ctx.clients:
            if client.label in broken:
                continue
            seconds = {variant: once(client, variant) for variant in order}
            sdk, base = seconds["sdk"], seconds["httpx"]
            if round_number and sdk is not None and base is not None:
                pairs.setdefault(client.label, []).append((sdk, base))
    return pairs, broken


def _row(ctx: Context, pairs: Samples, broken: dict[str, Cell]) -> Row:
    row: Row = {}
    for client in ctx.clients:
        rounds = pairs.get(client.label)
        if not rounds:
            row[client.label] = broken.get(client.label, Cell("error", "error: no samples"))
            continue
        sdk_ms = median([sdk for sdk, _ in rounds]) * 1000
        base_ms = median([base for _, base in rounds]) * 1000
        ratio = median([sdk / base for sdk, base in rounds])
        detail: dict[str, Any] = {
            "ratio_is": "median over rounds of (client s / plain httpx s), run back to back",
            "median_ms": sdk_ms,
            "httpx_median_ms": base_ms,
            "samples_ms": [sdk * 1000 for sdk, _ in rounds],
            "httpx_samples_ms": [base * 1000 for _, base in rounds],
        }
        row[client.label] = Cell("ok", f"{ratio:.2f}x ({sdk_ms:.0f} ms)", ratio, detail)
    beside = ctx.ours.label if ctx.ours.label in pairs else next(iter(pairs), None)
    if beside is None:
        row[HTTPX] = Cell("error", "error: no baseline")
        return row
    base_ms = median([base for _, base in pairs[beside]]) * 1000
    detail = {"measured_beside": beside, "samples_ms": [b * 1000 for _, b in pairs[beside]]}
    row[HTTPX] = Cell("ok", f"{base_ms:.0f} ms", base_ms, detail)
    return row


def cold_import(ctx: Context, repeats: int = 15) -> Row:
    variants = {"sdk": ["replicate"], "httpx": ["httpx"]}
    samples, broken = _collect(ctx, repeats, "cold_import.py", variants, per_run=30)
    return _row(ctx, samples, broken)


def cold_start(ctx: Context, repeats: int = 11) -> Row:
    origin = ctx.fast_origin
    variants = {"sdk": ["{kind}", origin], "httpx": ["httpx", origin]}
    samples, broken = _collect(ctx, repeats, "cold_start.py", variants, per_run=30)
    return _row(ctx, samples, broken)
