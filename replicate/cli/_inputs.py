"""`key=value` arguments → a model input.

A value is read as JSON when it parses (`steps=30`, `scale=7.5`, `hd=true`,
`sizes=[1,2]`, `name='"007"'` for a string that looks like something else) and is
kept as text otherwise. A value naming an existing file, or `key=@path`, is a file
to upload; its URL goes into the input.
"""

from __future__ import annotations

import json
import mimetypes
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, cast

from ._errors import CLIError, UsageError

if TYPE_CHECKING:
    from ._context import Context


@dataclass(frozen=True, slots=True)
class LocalFile:
    """An input value that is a file on this machine, still to be uploaded."""

    path: Path


def parse_inputs(assignments: Sequence[str]) -> dict[str, Any]:
    inputs: dict[str, Any] = {}
    for assignment in assignments:
        key, equals, raw = assignment.partition("=")
        key = key.strip()
        if not equals or not key:
            raise UsageError(f"expected key=value, got {assignment!r}")
        if key in inputs:
            raise UsageError(f"input {key!r} is given twice")
        inputs[key] = parse_value(key, raw)
    return inputs


def parse_value(key: str, raw: str) -> Any:
    if raw.startswith("@"):
        path = Path(raw[1:]).expanduser()
        if not _is_file(path):
            raise UsageError(f"input {key!r}: no such file: {raw[1:]}")
        return LocalFile(path)
    if raw and _is_file(Path(raw)):
        return LocalFile(Path(raw))
    try:
        return json.loads(raw, parse_constant=_reject_constant)
    except ValueError:
        return raw


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")  # NaN/Infinity stay text


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except (OSError, ValueError):  # names too long for the OS, NUL bytes …
        return False


def upload_files(context: Context, inputs: dict[str, Any]) -> dict[str, Any]:
    """The inputs with every LocalFile uploaded (with progress) and replaced by its URL."""
    return {
        key: upload(context, value.path) if isinstance(value, LocalFile) else value
        for key, value in inputs.items()
    }


def upload(context: Context, path: Path, **options: Any) -> str:
    file = upload_file(context, path, **options)
    url = getattr(getattr(file, "urls", None), "get", None)
    if not isinstance(url, str):
        raise CLIError(f"the API stored {path.name} but gave no URL for it")
    return url


def upload_file(
    context: Context,
    path: Path,
    *,
    filename: str | None = None,
    content_type: str | None = None,
    metadata: dict[str, Any] | None = None,
) -> Any:
    """Upload `path` through the files API, drawing a progress bar; returns the File."""
    from ._transfer import ProgressReader

    name = filename or path.name
    kind = content_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
    size = path.stat().st_size
    with path.open("rb") as handle, context.ui.transfer(f"Uploading {name}", size) as advance:
        return context.client.files.create(
            content=cast("BinaryIO", ProgressReader(handle, advance)),
            filename=name,
            content_type=kind,
            metadata=metadata,
        )
