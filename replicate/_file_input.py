"""Files into a prediction: paths, open binary files and bytes anywhere in an input.

`find_files` finds them; the caller uploads each (sync or async) or turns it into a
`data:` URI (`data_uri`), and `replace_files` swaps each one for its URL, copying only
the containers on the way to a file. An input without files is returned as it is.
"""

from __future__ import annotations

import base64
import io
import mimetypes
from collections.abc import Callable
from pathlib import Path, PurePath
from typing import IO, Any

from ._file_output import FileOutput

__all__ = ["FileInput", "data_uri", "find_files", "is_file_input", "replace_files", "upload_args"]

# `file_encoding_strategy="base64"` inlines files up to this size; larger ones are uploaded.
MAX_DATA_URI_BYTES = 1024 * 1024

FileInput = PurePath | bytes | bytearray | IO[bytes]
_SCALARS = (str, int, float, bool, type(None))


def is_file_input(value: Any) -> bool:
    """A path, bytes, or an object with `read()` (an open file, BytesIO …); FileOutputs too."""
    if isinstance(value, PurePath | bytes | bytearray | FileOutput):
        return True
    return isinstance(value, io.IOBase) or (
        callable(getattr(value, "read", None)) and not isinstance(value, _SCALARS)
    )


def find_files(value: Any) -> list[Any]:
    """Every file input inside `value` (nested dicts, lists and tuples), each once."""
    found: dict[int, Any] = {}
    _collect(value, found)
    return list(found.values())


def _collect(value: Any, found: dict[int, Any]) -> None:
    if isinstance(value, _SCALARS):
        return
    if isinstance(value, dict):
        for item in value.values():
            _collect(item, found)
    elif isinstance(value, list | tuple):
        for item in value:
            _collect(item, found)
    elif is_file_input(value):
        found.setdefault(id(value), value)


def replace_files(value: Any, urls: dict[int, str]) -> Any:
    """`value` with each file (keyed by `id()`) replaced by its URL.

    Only the containers on the way to a file are copied; the rest is shared.
    """
    if isinstance(value, _SCALARS):
        return value
    if isinstance(value, dict):
        items = {key: replace_files(item, urls) for key, item in value.items()}
        return value if all(items[key] is item for key, item in value.items()) else items
    if isinstance(value, list | tuple):
        converted = [replace_files(item, urls) for item in value]
        unchanged = all(a is b for a, b in zip(converted, value, strict=True))
        return value if unchanged else converted
    return urls.get(id(value), value)


def upload_args(value: Any) -> dict[str, Any]:
    """Keyword arguments of `files.create` for one file input (not a FileOutput)."""
    if isinstance(value, PurePath):
        return {"content": Path(value), "filename": value.name}
    if isinstance(value, bytes | bytearray):
        return {"content": bytes(value)}
    return {"content": value}


def data_uri(value: Any) -> str | None:
    """A `data:` URI for a small file input, or None when it is too big to inline."""
    content = _small_content(value)
    if content is None:
        return None
    name = value.name if isinstance(value, PurePath) else str(getattr(value, "name", "") or "")
    media_type = mimetypes.guess_type(name)[0] if name else None
    encoded = base64.b64encode(content).decode("ascii")
    return f"data:{media_type or 'application/octet-stream'};base64,{encoded}"


def _small_content(value: Any) -> bytes | None:
    if isinstance(value, bytes | bytearray):
        return bytes(value) if len(value) <= MAX_DATA_URI_BYTES else None
    if isinstance(value, PurePath):
        path = Path(value)
        if path.stat().st_size > MAX_DATA_URI_BYTES:
            return None
        return path.read_bytes()
    start = _tell(value)
    content: bytes = value.read(MAX_DATA_URI_BYTES + 1)
    if len(content) <= MAX_DATA_URI_BYTES:
        return content
    if start is None:
        raise ValueError(
            "A file input is too big for a data: URI and cannot be rewound to upload it instead"
        )
    value.seek(start)
    return None


def _tell(value: Any) -> int | None:
    seekable: Callable[[], bool] | None = getattr(value, "seekable", None)
    if seekable is not None and seekable():
        position: int = value.tell()
        return position
    return None
