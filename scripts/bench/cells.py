"""Results as table cells, and the context every measurement receives."""

from __future__ import annotations

import statistics
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from bench.clients import Client
from bench.counters import RequestCounts
from bench.nginx_server import Nginx
from bench.runner import run_snippet

HTTPX = "httpx"  # the column of plain-httpx baselines


@dataclass
class Cell:
    status: str  # ok | n/a | error
    display: str
    value: float | None = None
    detail: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


Row = dict[str, Cell]  # column label -> cell


def failed(result: dict[str, Any]) -> Cell:
    reason = str(result.get("error", "unknown failure"))
    if result.get("missing"):
        return Cell("n/a", f"n/a: {reason}")
    return Cell("error", f"error: {reason}")


def error_cell(exc: BaseException) -> Cell:
    kind = "" if type(exc) is RuntimeError else f"{type(exc).__name__}: "
    return Cell("error", f"error: {kind}{exc}"[:200])


def median(values: list[float]) -> float:
    return float(statistics.median(values))


@dataclass
class Context:
    repo: Path
    bench_dir: Path
    clients: list[Client]
    nginx: Nginx | None  # None when it could not be installed or started
    counts: RequestCounts | None  # None when neither counting source is available
    big_file: Path
    deadline: float  # time.monotonic() value by which the whole run must end
    notes: dict[str, str] = field(default_factory=dict)

    @property
    def fast_origin(self) -> str:
        """The fixed-answer nginx, or an error that becomes the cell of whatever needed it."""
        if self.nginx is None:
            raise RuntimeError(f"nginx unavailable: {self.notes.get('nginx', 'not started')}")
        return self.nginx.fast_origin

    @property
    def counting(self) -> RequestCounts:
        if self.counts is None:
            raise RuntimeError(f"no request counter: {self.notes.get('request_counts', '?')}")
        return self.counts

    def remaining(self) -> float:
        return self.deadline - time.monotonic()

    def snippet(
        self, client: Client, script: str, args: list[str], timeout: float
    ) -> dict[str, Any]:
        timeout = max(5.0, min(timeout, self.remaining()))
        return run_snippet(client.python, script, args, bench_dir=self.bench_dir, timeout=timeout)

    @property
    def ours(self) -> Client:
        return next(c for c in self.clients if c.kind == "ours")
