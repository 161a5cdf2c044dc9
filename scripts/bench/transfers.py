"""Peak memory growth while uploading (files.create) and downloading a 200 MB file.

Uploads go to the local replicate.testing server when it takes a small probe upload (nginx
otherwise, which reads and discards the body); downloads come from nginx's static file.
"""

from __future__ import annotations

from bench import fixtures
from bench.cells import HTTPX, Cell, Context, Row, error_cell, failed
from bench.clients import Client

TITLES = {"upload": "upload 200 MB: peak growth", "download": "download 200 MB: peak growth"}


def _measure(ctx: Context, client: Client, kind: str, mode: str, upload_origin: str) -> Cell:
    if ctx.remaining() < 20:
        return Cell("error", "error: skipped, out of time")
    try:
        origin = upload_origin if mode == "upload" else ctx.fast_origin
        url = f"{ctx.fast_origin}/files/{fixtures.BIG_FILE_NAME}" if mode == "download" else "-"
    except RuntimeError as exc:
        return error_cell(exc)
    args = [kind, origin, mode, str(ctx.big_file), url]
    result = ctx.snippet(client, "memory.py", args, timeout=90)
    if not result.get("ok"):
        return failed(result)
    growth = float(result["growth_mb"])
    return Cell("ok", f"{growth:.1f} MB", growth, result)


def transfers(ctx: Context) -> dict[str, Row]:
    upload_origin = choose_upload_origin(ctx)
    rows: dict[str, Row] = {}
    for mode, title in TITLES.items():
        row: Row = {}
        for client in ctx.clients:
            row[client.label] = _measure(ctx, client, client.kind, mode, upload_origin)
        row[HTTPX] = _measure(ctx, ctx.ours, "httpx", mode, upload_origin)
        rows[title] = row
    return rows


def choose_upload_origin(ctx: Context) -> str:
    """The local server when it accepts a small upload; the fixed-answer nginx otherwise."""
    import httpx

    counts = ctx.counts
    if counts is not None and counts.has_slow_model:  # i.e. the counter is the local server
        try:
            response = httpx.post(
                f"{counts.origin}/v1/files",
                headers={"Authorization": f"Bearer {fixtures.TOKEN}"},
                files={"content": ("probe.bin", b"probe", "application/octet-stream")},
                timeout=10,
            )
            response.raise_for_status()
            ctx.notes["upload_server"] = "replicate.testing.LocalServer"
            return counts.origin
        except httpx.HTTPError as exc:
            ctx.notes["upload_server_fallback"] = f"local server refused upload: {exc}"[:160]
    ctx.notes["upload_server"] = "nginx (reads and discards the body)"
    try:
        return ctx.fast_origin
    except RuntimeError:
        return "http://127.0.0.1:9"  # nothing to upload to: each upload cell reports the error
