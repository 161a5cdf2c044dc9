"""Targets for our SDK, the printed table and the JSON file."""

from __future__ import annotations

import json
import operator
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.cells import HTTPX, Row


@dataclass(frozen=True)
class Target:
    text: str
    check: Callable[[float, float], bool]
    limit: float
    # Also at least `factor` times another column's value in the same row (label, factor).
    versus: tuple[str, float] | None = None

    def passes(self, value: float, row: Row | None = None) -> bool:
        if not self.check(value, self.limit):
            return False
        if self.versus is None or row is None:
            return True
        label, factor = self.versus
        other = row.get(label)
        if other is None or other.status != "ok" or other.value is None:
            return True  # nothing to compare with: the absolute limit decides
        return value >= factor * other.value


def _at_most(limit: float, unit: str) -> Target:
    return Target(f"<= {limit:g}{unit}", operator.le, limit)


def _at_least(limit: float, unit: str) -> Target:
    return Target(f">= {limit:g}{unit}", operator.ge, limit)


# Row titles in print order, with the target our SDK must meet (None: reported only).
ROWS: dict[str, Target | None] = {
    "import replicate (cold)": _at_most(1.2, "x"),
    "cold start (import + 1 run)": _at_most(1.15, "x"),
    "run() per call": _at_most(1.08, "x"),
    "use() per call, after first": _at_most(1.1, "x"),
    "predictions.get per call": _at_most(1.05, "x"),
    "requests: run() fast model by name": _at_most(1, ""),
    "requests: run() fast model by version": _at_most(1, ""),
    "requests: run() 3 s model": None,
    "requests: use() first call": None,
    "requests: use() later call": _at_most(1, ""),
    "async run() x1000, default backend": _at_least(1.3, "x"),
    "async run() x1000, aiohttp backend": Target(
        ">= 3x and >= 1.5x 2.0.0b4's", operator.ge, 3.0, ("2.0.0b4", 1.5)
    ),
    "memory per in-flight run() (x1000)": _at_most(12, " KB"),
    "tracked objects per in-flight run() (x1000)": None,
    "walk 5,000 listed predictions, per item": _at_most(1.2, "x"),
    "run() 10 MB output: time": None,
    "run() 10 MB output: peak growth": None,
    "run() 100,000-item output: time": None,
    "run() 100,000-item output: peak growth": None,
    "upload 200 MB: peak growth": _at_most(32, " MB"),
    "download 200 MB: peak growth": _at_most(32, " MB"),
    "CLI `replicate run` cold start": None,
}
WIDTH = 34  # longest cell text shown; the JSON keeps everything


def verdict(title: str, row: Row, ours: str) -> bool | None:
    target = ROWS.get(title)
    cell = row.get(ours)
    if target is None or cell is None or cell.status != "ok" or cell.value is None:
        return None
    return target.passes(cell.value, row)


def _shorten(text: str) -> str:
    return text if len(text) <= WIDTH else text[: WIDTH - 1] + "…"


def table(rows: dict[str, Row], labels: list[str], ours: str) -> str:
    """The table as aligned plain text, for the terminal."""
    header, lines = _cells(rows, labels, ours)
    widths = [max(len(r[i]) for r in [header, *lines]) for i in range(len(header))]
    render = lambda r: "  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True))  # noqa: E731
    rule = "  ".join("-" * w for w in widths)
    return "\n".join([render(header), rule, *(render(r) for r in lines)])


def markdown(rows: dict[str, Row], labels: list[str], ours: str) -> str:
    """The same table in Markdown, ready to paste into the README."""
    header, lines = _cells(rows, labels, ours)
    render = lambda r: "| " + " | ".join(c.replace("|", "\\|") for c in r) + " |"  # noqa: E731
    rule = "|" + "|".join("---" for _ in header) + "|"
    return "\n".join([render(header), rule, *(render(r) for r in lines)]) + "\n"


def _cells(rows: dict[str, Row], labels: list[str], ours: str) -> tuple[list[str], list[list[str]]]:
    header = ["metric", *labels, "httpx baseline", "target (ours)"]
    lines: list[list[str]] = []
    for title, target in ROWS.items():
        row = rows.get(title, {})
        cells = []
        for label in labels:
            cell = row.get(label)
            text = _shorten(cell.display) if cell else "error: not measured"
            if label == ours:
                passed = verdict(title, row, ours)
                text += {True: " PASS", False: " FAIL", None: ""}[passed]
            cells.append(text)
        base = row.get(HTTPX)
        cells.append(_shorten(base.display) if base else "-")
        cells.append(target.text if target else "(info)")
        lines.append([title, *cells])
    return header, lines


def write_json(path: Path, rows: dict[str, Row], ours: str, meta: dict[str, Any]) -> None:
    document = {
        **meta,
        "targets": {t: (target.text if target else None) for t, target in ROWS.items()},
        "ours_passes": {t: verdict(t, rows.get(t, {}), ours) for t in ROWS},
        "rows": {t: {label: c.as_json() for label, c in row.items()} for t, row in rows.items()},
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
