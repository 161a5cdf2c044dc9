"""Peak memory growth while uploading (files.create) and downloading a 200 MB file."""

from __future__ import annotations

from bench import fixtures
from bench.cells import HTTPX, Cell, Context, Row, failed
from bench.clients import Client


def _measure(ctx: Context, client: Client, kind: str, mode: str, origin: str) -> Cell:
    if ctx.remaining() < 20:
        return Cell("error", "error: skipped, out of time")
    url = f"{ctx.nginx.fast_origin}/files/{fixtures.BIG_FILE_NAME}"
    args = [kind, origin, mode, str(ctx.big_file), url]
    result = ctx.snippet(client, "memory.py", args, timeout=90)
    if not result.get("ok"):
        return failed(result)
    growth = float(result["growth_mb"])
    return Cell("ok", f"{growth:.1f} MB", growth, result)


def transfers(ctx: Context, upload_origin: str) -> dict[str, Row]:
    rows: dict[str, Row] = {}
    origins = {"upload": upload_origin, "download": ctx.nginx.fast_origin}
    for mode, title in (
        ("upload", "upload 200 MB: peak growth"),
        ("download", "download 200 MB: peak growth"),
    ):
        row: Row = {}
        for client in ctx.clients:
            row[client.label] = _measure(ctx, client, client.kind, mode, origins[mode])
        row[HTTPX] = _measure(ctx, ctx.ours, "httpx", mode, origins[mode])
        rows[title] = row
    return rows


def choose_upload_origin(ctx: Context) -> str:
    """The local server when it accepts a small upload; the fixed-answer nginx otherwise."""
    import httpx

    if ctx.counts.has_slow_model:  # i.e. the counting source is the local server
        try:
            response = httpx.post(
                f"{ctx.counts.origin}/v1/files",
                headers={"Authorization": f"Bearer {fixtures.TOKEN}"},
                files={"content": ("probe.bin", b"probe", "application/octet-stream")},
                timeout=10,
            )
            response.raise_for_status()
            ctx.notes["upload_server"] = "replicate.testing.LocalServer"
            return ctx.counts.origin
        except httpx.HTTPError as exc:
            ctx.notes["upload_server_fallback"] = f"local server refused upload: {exc}"[:160]
    ctx.notes["upload_server"] = "nginx (reads and discards the body)"
    return ctx.nginx.fast_origin
