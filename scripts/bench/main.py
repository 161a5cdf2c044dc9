"""`make bench`: our SDK against replicate 1.0.7, 2.0.0b4 and plain httpx, in one run.

Progress goes to stderr; the table goes to stdout (and, as Markdown, to .bench/results.md)
and every figure to .bench/results.json.
"""

from __future__ import annotations

import os
import platform
import signal
import sys
import time
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from types import FrameType

from bench import fixtures, scale
from bench.cells import HTTPX, Context, Row, error_cell
from bench.clients import OFFICIAL_VERSIONS, all_clients, describe_environment
from bench.counters import RequestCounts, open_counts
from bench.nginx_server import Nginx, ensure_nginx_installed, running_nginx
from bench.report import markdown, table, write_json
from bench.requests_sent import STEPS, requests_sent
from bench.startup import cold_import, cold_start
from bench.transfers import TITLES, transfers
from bench.warm import per_call, throughput

TIME_BUDGET = 290.0  # seconds for the whole run, setup included


def ensure_big_file(data_dir: Path) -> Path:
    """A 200 MB file of zeros (sparse, so it costs no disk and no time to make)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / fixtures.BIG_FILE_NAME
    if not path.exists() or path.stat().st_size != fixtures.BIG_FILE_SIZE:
        with open(path, "wb") as out:
            out.truncate(fixtures.BIG_FILE_SIZE)
    return path


def _log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def _stop_on_sigterm() -> None:
    def handler(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, handler)


Measurement = tuple[list[str], Callable[[], dict[str, Row]]]


def _measurements(ctx: Context) -> list[Measurement]:
    """Each measurement with the titles of the rows it fills (filled with errors if it fails)."""

    def one(title: str, measure: Callable[[], Row]) -> Measurement:
        return [title], lambda: {title: measure()}

    return [
        one("import replicate (cold)", lambda: cold_import(ctx, repeats=8)),
        one("cold start (import + 1 run)", lambda: cold_start(ctx, repeats=6)),
        one("run() per call", lambda: per_call(ctx, "run")),
        one("predictions.get per call", lambda: per_call(ctx, "get")),
        one("use() per call, after first", lambda: per_call(ctx, "use")),
        (list(STEPS.values()), lambda: requests_sent(ctx)),
        one("async run() x1000, default backend", lambda: throughput(ctx)),
        one(scale.AIOHTTP_ROW, lambda: scale.aiohttp_throughput(ctx)),
        (list(scale.INFLIGHT_ROWS.values()), lambda: scale.inflight(ctx)),
        one(scale.WALK_ROW, lambda: scale.walk(ctx)),
        (list(TITLES.values()), lambda: transfers(ctx)),
        (list(scale.OUTPUT_ROWS.values()), lambda: scale.outputs(ctx)),
        one(scale.CLI_ROW, lambda: scale.cli_cold_start(ctx)),
    ]


def _start_servers(
    stack: ExitStack, bench_dir: Path, notes: dict[str, str]
) -> tuple[Nginx | None, RequestCounts | None]:
    """nginx and the request counter; either may be missing, with the reason in `notes`."""
    nginx: Nginx | None = None
    try:
        binary = ensure_nginx_installed()
        nginx = stack.enter_context(running_nginx(binary, bench_dir / "nginx", bench_dir / "data"))
    except Exception as exc:
        notes["nginx"] = f"{type(exc).__name__}: {exc}"[:200]
    try:
        counts, fallback_reason = open_counts(stack, nginx)
    except Exception as exc:
        notes["request_counts"] = f"{type(exc).__name__}: {exc}"[:200]
        return nginx, None
    notes["request_counts"] = counts.source
    if fallback_reason:
        notes["local_server_unavailable"] = fallback_reason
    return nginx, counts


def run(repo: Path, started: float) -> tuple[dict[str, Row], list[str], dict[str, object]]:
    bench_dir = repo / ".bench"
    rows: dict[str, Row] = {}
    load_before = os.getloadavg()
    with ExitStack() as stack:
        _log("checking the official clients' virtualenvs, nginx and the local server")
        clients, problems = all_clients(repo, bench_dir)
        big_file = ensure_big_file(bench_dir / "data")
        notes: dict[str, str] = {}
        nginx, counts = _start_servers(stack, bench_dir, notes)
        ctx = Context(
            repo=repo,
            bench_dir=bench_dir,
            clients=clients,
            nginx=nginx,
            counts=counts,
            big_file=big_file,
            deadline=started + TIME_BUDGET,
            notes=notes,
        )
        where = nginx.fast_origin if nginx else "unavailable"
        _log(f"nginx: {where}; request counts: {notes['request_counts']}")
        for titles, measure in _measurements(ctx):
            _log(f"{titles[0]} ({time.monotonic() - started:.0f} s elapsed)")
            try:
                rows.update(measure())
            except Exception as exc:
                rows.update({t: {c.label: error_cell(exc) for c in clients} for t in titles})
    labels = ["ours", *OFFICIAL_VERSIONS.values()]
    for row in rows.values():
        for label, reason in problems.items():
            row[label] = error_cell(RuntimeError(reason))
    meta: dict[str, object] = {
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "load_average_1m": {"start": load_before[0], "end": os.getloadavg()[0]},
        "notes": ctx.notes,
        "columns": {**{c.label: str(c.python) for c in clients}, HTTPX: "plain httpx"},
        "environments": {c.label: describe_environment(c) for c in clients},
    }
    return rows, labels, meta


def main() -> int:
    started = time.monotonic()
    repo = Path(__file__).resolve().parents[2]
    _stop_on_sigterm()
    try:
        rows, labels, meta = run(repo, started)
    except KeyboardInterrupt:
        _log("interrupted; servers stopped")
        return 130
    meta["duration_s"] = round(time.monotonic() - started, 1)
    meta["generated_at"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    print(table(rows, labels, "ours"))
    results = repo / ".bench" / "results.json"
    write_json(results, rows, "ours", meta)
    (results.parent / "results.md").write_text(markdown(rows, labels, "ours"))
    _log(f"done in {meta['duration_s']} s; figures in {results}")
    return 0
