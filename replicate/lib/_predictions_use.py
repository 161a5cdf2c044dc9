"""`from replicate.lib._predictions_use import get_path_url`, as the official README writes it."""

from __future__ import annotations

from typing import Any

from .._file_output import FileOutput

__all__ = ["get_path_url"]


def get_path_url(path: Any) -> str | None:
    """The URL of a model's output file (a `FileOutput`), without downloading it;
    None for anything else."""
    return path.url if isinstance(path, FileOutput) else None
