"""The live line shown on a terminal while a prediction runs.

    ⠋ stability-ai/sdxl  abc123  processing  4.2s
      45%|████▌     | 9/20 [00:01<00:02]            ← the last log line
      ━━━━━━━━━━━━━━━━━━╸━━━━━━━━━━━━━━━━━━━━━  9/20  ← when that line counts steps

Nothing of it is drawn unless stderr is a terminal.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console, RenderableType

__all__ = ["Progress", "last_log_line", "log_progress", "show_progress"]

# tqdm's default bar: "45%|████▌     | 9/20 [00:01<00:02, 5.00it/s]"
_TQDM = re.compile(r"(\d{1,3})%\|[^|]*\|\s*(\d+)/(\d+)")


def last_log_line(logs: str | None) -> str:
    """The last non-blank line of a prediction's logs (tqdm redraws with '\\r')."""
    for line in reversed(re.split(r"[\r\n]+", logs or "")):
        if line.strip():
            return line.strip()
    return ""


def log_progress(line: str) -> tuple[int, int] | None:
    """(done, total) when `line` is a tqdm-style progress line, else None."""
    match = _TQDM.search(line)
    if match is None:
        return None
    done, total = int(match.group(2)), int(match.group(3))
    return (min(done, total), total) if total > 0 else None


@dataclass
class Progress:
    """What is known about the prediction being waited for."""

    model: str
    started: float
    id: str = ""
    status: str = "starting"
    line: str = ""

    def update(self, prediction: Any) -> None:
        """Take id, status and last log line from a prediction's fields."""
        self.id = str(prediction.get("id") or self.id)
        self.status = str(prediction.get("status") or self.status)
        self.line = last_log_line(prediction.get("logs")) or self.line

    def renderable(self) -> RenderableType:
        from rich.console import Group
        from rich.progress_bar import ProgressBar
        from rich.spinner import Spinner
        from rich.table import Table
        from rich.text import Text

        elapsed = time.monotonic() - self.started
        head = Text.assemble(
            (self.model, "bold"),
            "  ",
            (self.id or "creating…", "cyan"),
            "  ",
            (self.status, "yellow"),
            f"  {elapsed:.1f}s",
        )
        parts: list[RenderableType] = [Spinner("dots", text=head)]
        if self.line:
            parts.append(Text(f"  {self.line}", style="dim", overflow="ellipsis", no_wrap=True))
        counted = log_progress(self.line)
        if counted is not None:
            done, total = counted
            bar = Table.grid(padding=(0, 1))
            bar.add_row(
                Text(" "), ProgressBar(total=total, completed=done, width=40), f"{done}/{total}"
            )
            parts.append(bar)
        return Group(*parts)


@contextmanager
def show_progress(console: Console | None, progress: Progress) -> Iterator[None]:
    """Keep `progress` drawn on `console` (None: draw nothing) while the block runs."""
    if console is None:
        yield
        return
    from rich.live import Live

    class _Current:
        def __rich__(self) -> RenderableType:
            return progress.renderable()

    with Live(_Current(), console=console, transient=True, refresh_per_second=8):
        yield
