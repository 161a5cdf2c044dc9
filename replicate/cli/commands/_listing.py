"""Shared by the commands: walking pages up to a limit, and showing what came back.

Under `--json` every helper prints the value as the API gave it; otherwise a table, a record
or a note, with `view` (when given) reshaping each item first (say, adding `owner/name`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from itertools import islice
from typing import Any

from .._context import Context
from .._ui import Column


def first(items: Iterable[Any], limit: int) -> list[Any]:
    """The first `limit` items (all of them when limit is 0), fetching pages only as needed."""
    return list(items) if limit <= 0 else list(islice(items, limit))


def show_table(
    context: Context,
    items: Sequence[Any],
    columns: Sequence[Column],
    *,
    empty: str,
    view: Callable[[Any], Any] | None = None,
) -> None:
    if context.json:
        context.ui.json(items)
    else:
        rows = items if view is None else [view(item) for item in items]
        context.ui.table(rows, columns, empty=empty)


def show_record(
    context: Context, item: Any, keys: Sequence[str], *, view: Callable[[Any], Any] | None = None
) -> None:
    if context.json:
        context.ui.json(item)
    else:
        context.ui.record(item if view is None else view(item), keys=keys)


def show_deleted(context: Context, what: str, name: str) -> None:
    if context.json:
        context.ui.json({"deleted": name})
    else:
        context.ui.note(f"Deleted {what} {name}.")
