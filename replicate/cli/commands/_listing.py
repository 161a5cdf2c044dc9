"""Shared by the list commands: walking pages up to a limit."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import islice
from typing import Any


def first(items: Iterable[Any], limit: int) -> list[Any]:
    """The first `limit` items (all of them when limit is 0), fetching pages only as needed."""
    return list(items) if limit <= 0 else list(islice(items, limit))
