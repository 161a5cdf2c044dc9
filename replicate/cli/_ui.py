"""Terminal output: results on stdout, progress and notes on stderr.

Keeping stdout for results only means `replicate run ... > out.txt` or `--json | jq`
get nothing but the answer. rich is imported the first time something is drawn.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from functools import cached_property
from typing import TYPE_CHECKING, Any

from ._values import cell, lookup, plain

if TYPE_CHECKING:
    from rich.console import Console

Column = tuple[str, str]
UNLIMITED_WIDTH = 100_000  # (header, dotted key in the record)


def _is_terminal(stream: Any) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and os.environ.get("TERM") != "dumb"


class UI:
    """Everything a command prints goes through here."""

    @property
    def interactive(self) -> bool:
        """True when stderr is a terminal, so spinners and progress bars can be drawn."""
        return _is_terminal(sys.stderr)

    @cached_property
    def out(self) -> Console:
        from rich.console import Console

        # Piped output keeps whole lines (no folding at 80 columns) for grep and friends.
        width = None if _is_terminal(sys.stdout) else UNLIMITED_WIDTH
        return Console(file=sys.stdout, highlight=False, width=width)

    @cached_property
    def err(self) -> Console:
        from rich.console import Console

        return Console(file=sys.stderr, highlight=False)

    # Results (stdout) ---------------------------------------------------------------

    def write(self, text: str) -> None:
        """Model output or other raw text, printed exactly as given."""
        sys.stdout.write(text)
        sys.stdout.flush()

    def json(self, value: Any) -> None:
        sys.stdout.write(json.dumps(plain(value), indent=2, ensure_ascii=False) + "\n")
        sys.stdout.flush()

    def json_line(self, value: Any) -> None:
        sys.stdout.write(json.dumps(plain(value), ensure_ascii=False) + "\n")
        sys.stdout.flush()

    def table(self, items: Sequence[Any], columns: Sequence[Column], *, empty: str) -> None:
        """One row per item; cells are looked up by dotted keys in each item's fields."""
        if not items:
            self.note(empty)
            return
        from rich.table import Table
        from rich.text import Text

        table = Table(box=None, header_style="bold", pad_edge=False)
        for header, _ in columns:
            table.add_column(header, overflow="fold")
        for item in items:
            record = plain(item)
            table.add_row(*(Text(cell(lookup(record, key))) for _, key in columns))
        self.out.print(table)

    def record(self, item: Any, *, keys: Sequence[str] | None = None) -> None:
        """One object as aligned `field  value` lines (every field, or only `keys`)."""
        from rich.table import Table
        from rich.text import Text

        fields = plain(item)
        if not isinstance(fields, Mapping):
            self.write(f"{cell(fields)}\n")
            return
        table = Table(box=None, show_header=False, pad_edge=False)
        table.add_column(style="bold", no_wrap=True)
        table.add_column(overflow="fold")
        for key in keys if keys is not None else list(fields):
            value = lookup(fields, key)
            if value is not None and value != "" and value != {}:
                table.add_row(key, Text(cell(value, limit=None)))
        self.out.print(table)

    # Notes and progress (stderr) ----------------------------------------------------

    def note(self, message: str) -> None:
        """A short line for the person at the terminal (rich markup allowed)."""
        self.err.print(message, soft_wrap=True)

    def status(self, text: str) -> AbstractContextManager[object]:
        """A spinner with `text` while the block runs (only on a terminal)."""
        if not self.interactive:
            return nullcontext()
        return self.err.status(text, spinner="dots")

    @contextmanager
    def transfer(self, description: str, total: int | None) -> Iterator[Callable[[int], None]]:
        """A byte-progress bar; the block calls the yielded function with each chunk's size."""
        if not self.interactive:
            yield lambda _size: None
            return
        from rich.progress import (
            BarColumn,
            DownloadColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
            TransferSpeedColumn,
        )

        progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            DownloadColumn(),
            TransferSpeedColumn(),
            TimeRemainingColumn(),
            console=self.err,
            transient=True,
        )
        with progress:
            task = progress.add_task(description, total=total)
            yield lambda size: progress.advance(task, size)
