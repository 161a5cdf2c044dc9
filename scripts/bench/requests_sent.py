"""HTTP requests each route sends, read from the counting server around every step."""

from __future__ import annotations

import queue
import subprocess
import tempfile
import threading
from collections import Counter
from typing import IO

from bench.cells import HTTPX, Cell, Context, Row
from bench.clients import Client
from bench.runner import SNIPPETS, clean_env, work_dir

STEPS = {
    "run_name": "requests: run() fast model by name",
    "run_version": "requests: run() fast model by version",
    "run_slow": "requests: run() 3 s model",
    "use_first": "requests: use() first call",
    "use_later": "requests: use() later call",
}
STEP_TIMEOUT = {"run_slow": 40.0}


class _Lines:
    """Lines of a child's stdout, readable with a timeout."""

    def __init__(self, stream: IO[str]) -> None:
        self.queue: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._pump, args=(stream,), daemon=True).start()

    def _pump(self, stream: IO[str]) -> None:
        for line in stream:
            self.queue.put(line.rstrip("\n"))
        self.queue.put(None)

    def next(self, timeout: float) -> str | None:
        try:
            return self.queue.get(timeout=timeout)
        except queue.Empty:
            raise TimeoutError(f"no answer within {timeout:.0f} s") from None


def _cell_for(state: str, reason: str, delta: Counter[str]) -> Cell:
    if state == "missing":
        return Cell("n/a", f"n/a: {reason}")
    if state != "ok":
        return Cell("error", f"error: {reason}")
    total = sum(delta.values())
    return Cell("ok", str(total), float(total), {"requests": dict(delta)})


def _await_done(lines: _Lines, step: str) -> str:
    """Skip whatever the client prints until the step's DONE line; return 'state reason'."""
    prefix = f"DONE {step} "
    while True:
        line = lines.next(timeout=STEP_TIMEOUT.get(step, 20.0))
        if line is None:
            raise RuntimeError(f"snippet exited during {step}")
        if line.startswith(prefix):
            return line[len(prefix) :]


def _walk(ctx: Context, client: Client, process: subprocess.Popen[str]) -> dict[str, Cell]:
    assert process.stdout is not None and process.stdin is not None
    lines = _Lines(process.stdout)
    cells: dict[str, Cell] = {}
    while True:
        line = lines.next(timeout=60)
        if line is None or line == "END":
            break
        if line.startswith("SETUP "):
            state, _, reason = line[len("SETUP ") :].partition(" ")
            return {step: _cell_for(state, reason, Counter()) for step in STEPS}
        if not line.startswith("STEP "):
            continue
        step = line[len("STEP ") :]
        before = ctx.counting.snapshot()
        process.stdin.write("go\n")
        process.stdin.flush()
        done = _await_done(lines, step)
        after = ctx.counting.snapshot()
        state, _, reason = done.partition(" ")
        cells[step] = _cell_for(state, reason, after - before)
    return cells


def _one_client(ctx: Context, client: Client) -> dict[str, Cell]:
    args = [client.kind, ctx.counting.origin, ctx.counting.version_id]
    with tempfile.TemporaryFile("w+") as stderr:
        process = subprocess.Popen(
            [str(client.python), str(SNIPPETS / "counts.py"), *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            cwd=work_dir(ctx.bench_dir),
            env=clean_env(),
        )
        try:
            return _walk(ctx, client, process)
        finally:
            if process.poll() is None:
                process.kill()
            process.wait(timeout=10)


def requests_sent(ctx: Context) -> dict[str, Row]:
    rows: dict[str, Row] = {title: {} for title in STEPS.values()}
    for client in ctx.clients:
        try:
            cells = _one_client(ctx, client) if ctx.remaining() > 30 else {}
        except Exception as exc:
            cells = {s: Cell("error", f"error: {type(exc).__name__}: {exc}"[:200]) for s in STEPS}
        for step, title in STEPS.items():
            cell = cells.get(step, Cell("error", "error: step not reached"))
            if step == "run_slow" and not ctx.counting.has_slow_model and cell.status == "ok":
                cell = Cell("n/a", "n/a: needs the local server's 3 s model")
            rows[title][client.label] = cell
    for title in STEPS.values():
        rows[title][HTTPX] = Cell("ok", "1", 1.0, {"source": ctx.counting.source})
    return rows
