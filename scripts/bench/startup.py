"""Cold `import replicate` and cold start (import + one fast run), each against plain httpx.

Fresh processes only, interleaved across clients and baselines so that drift on a shared
machine hits all of them alike; one untimed warm-up pass first writes the bytecode caches.
"""

from __future__ import annotations

from typing import Any

from bench.cells import HTTPX, Cell, Context, Row, failed, median
from bench.clients import Client


def _collect(
    ctx: Context, repeats: int, script: str, variants: dict[str, list[str]], per_run: float
) -> tuple[dict[tuple[str, str], list[float]], dict[str, Cell]]:
    """Seconds per (client label, variant); a client's first failure becomes its cell."""
    samples: dict[tuple[str, str], list[float]] = {}
    broken: dict[str, Cell] = {}

    def once(client: Client, variant: str, args: list[str]) -> None:
        result = ctx.snippet(client, script, args, timeout=per_run)
        if result.get("ok"):
            samples.setdefault((client.label, variant), []).append(float(result["seconds"]))
        elif client.label not in broken or variant == "sdk":
            broken[client.label] = failed(result)

    for round_number in range(repeats + 1):  # round 0 is the warm-up
        if round_number and ctx.remaining() < 60:
            break
        for client in ctx.clients:
            for variant, args in variants.items():
                once(client, variant, [a.replace("{kind}", client.kind) for a in args])
        if round_number == 0:
            samples.clear()
    return samples, broken


def _row(
    ctx: Context,
    samples: dict[tuple[str, str], list[float]],
    broken: dict[str, Cell],
) -> Row:
    row: Row = {}
    for client in ctx.clients:
        sdk = samples.get((client.label, "sdk"))
        base = samples.get((client.label, "httpx"))
        if not sdk or not base:
            row[client.label] = broken.get(client.label, Cell("error", "error: no samples"))
            continue
        sdk_ms, base_ms = median(sdk) * 1000, median(base) * 1000
        detail: dict[str, Any] = {
            "median_ms": sdk_ms,
            "httpx_median_ms": base_ms,
            "samples_ms": [s * 1000 for s in sdk],
            "httpx_samples_ms": [s * 1000 for s in base],
        }
        ratio = sdk_ms / base_ms
        row[client.label] = Cell("ok", f"{ratio:.2f}x ({sdk_ms:.0f} ms)", ratio, detail)
    base = samples.get((ctx.ours.label, "httpx")) or next(
        (v for (_, variant), v in samples.items() if variant == "httpx"), None
    )
    if base:
        base_ms = median(base) * 1000
        row[HTTPX] = Cell("ok", f"{base_ms:.0f} ms", base_ms, {"samples_ms": base})
    else:
        row[HTTPX] = Cell("error", "error: no baseline")
    return row


def cold_import(ctx: Context, repeats: int = 9) -> Row:
    variants = {"sdk": ["replicate"], "httpx": ["httpx"]}
    samples, broken = _collect(ctx, repeats, "cold_import.py", variants, per_run=30)
    return _row(ctx, samples, broken)


def cold_start(ctx: Context, repeats: int = 9) -> Row:
    origin = ctx.nginx.fast_origin
    variants = {"sdk": ["{kind}", origin], "httpx": ["httpx", origin]}
    samples, broken = _collect(ctx, repeats, "cold_start.py", variants, per_run=30)
    return _row(ctx, samples, broken)
