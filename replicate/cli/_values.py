"""Turning SDK objects into plain JSON values, and those into short table cells."""

from __future__ import annotations

import enum
import json
import os
from collections.abc import Mapping
from typing import Any

CELL_LIMIT = 80


def plain(value: Any) -> Any:
    """A JSON-ready copy: models via `to_dict()`, files as their URL, enums as their value."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, enum.Enum):
        return plain(value.value)
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return plain(to_dict())
    if isinstance(value, Mapping):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if isinstance(value, os.PathLike):
        return os.fspath(value)
    url = getattr(value, "url", None)  # FileOutput and other things that live at a URL
    if isinstance(url, str):
        return url
    return str(value)


def lookup(record: Any, dotted: str) -> Any:
    """`lookup(d, "current_release.number")` → d["current_release"]["number"], or None."""
    for key in dotted.split("."):
        if not isinstance(record, Mapping):
            return None
        record = record.get(key)
    return record


def cell(value: Any, *, limit: int | None = CELL_LIMIT) -> str:
    """A value as table text: strings as they are, everything else as compact JSON."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    if limit is not None and len(text) > limit:
        text = text[: limit - 1] + "…"
    return text
