"""`key=value` arguments → a model input, typed by the model's schema.

With the version's schema at hand, each value becomes the type its field declares:
strings stay text (`text=123` is "123"), integers, numbers and booleans are parsed, arrays
and objects are read as JSON (an array field also takes a single item). Only `format: uri`
fields (or arrays of them) take files: a value naming a file is uploaded, a URL is passed
on, anything else is an error before anything is sent.
`key=@path` always means a file. Without a schema (a bare version id) a value is read as
JSON when it parses and kept as text otherwise, and one naming an existing file uploads it;
a field the schema leaves open (`anyOf` …) is read the same way, but uploads only `@path`.
"""

from __future__ import annotations

import json
import math
import mimetypes
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, cast

from .._errors import InputValidationError
from .._input_check import InputSchema, check_input
from ._errors import CLIError, UsageError

if TYPE_CHECKING:
    from ._context import Context

_TRUE = frozenset({"true", "yes", "on", "1"})
_FALSE = frozenset({"false", "no", "off", "0"})
_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://|data:")


@dataclass(frozen=True, slots=True)
class LocalFile:
    """An input value that is a file on this machine, still to be uploaded."""

    path: Path


def split_inputs(assignments: Sequence[str]) -> dict[str, str]:
    """`key=value …` as raw text by key; mistakes of form (and missing `@files`) are usage
    errors found before anything is asked of the API."""
    raw: dict[str, str] = {}
    for assignment in assignments:
        key, equals, value = assignment.partition("=")
        key = key.strip()
        if not equals or not key:
            raise UsageError(f"expected key=value, got {assignment!r}")
        if key in raw:
            raise UsageError(f"input {key!r} is given twice (give an array as JSON: [1, 2])")
        if value.startswith("@"):
            _file(key, value[1:])
        raw[key] = value
    return raw


def parse_inputs(
    raw: dict[str, str], schema: InputSchema | None = None, *, model: str = "the model"
) -> dict[str, Any]:
    """The inputs, converted as `schema` says and checked against it."""
    inputs = {
        key: parse_value(key, value, schema.field(key) if schema is not None else None)
        for key, value in raw.items()
    }
    if schema is not None:
        try:
            check_input(schema, _as_paths(inputs), model=model)
        except InputValidationError as error:
            raise UsageError(str(error)) from None
    return inputs


def parse_value(key: str, raw: str, field: dict[str, Any] | None = None) -> Any:
    """One `key=value`'s value, as the field's schema (if any) says."""
    if raw.startswith("@"):
        return _file(key, raw[1:])
    if field is None:
        return LocalFile(Path(raw)) if raw and _is_file(Path(raw)) else _guess(raw)
    kind = _kind(field)
    if kind == "array":
        items = field.get("items")
        items = items if isinstance(items, dict) else {}
        if raw.lstrip().startswith("["):
            parsed = _json(raw)
            if isinstance(parsed, list):
                return [_item(key, item, items) for item in parsed]
        return [parse_value(key, raw, items)]
    if kind == "string":
        return _file_or_url(key, raw) if field.get("format") == "uri" else raw
    if kind == "integer":
        return _number(raw, int)
    if kind == "number":
        return _number(raw, float)
    if kind == "boolean":
        lowered = raw.strip().lower()
        return True if lowered in _TRUE else False if lowered in _FALSE else raw
    return _guess(raw)  # objects, and anything else: JSON when it parses


def _item(key: str, item: Any, schema: dict[str, Any]) -> Any:
    """One item of a JSON array given for an array field (file names become files)."""
    if isinstance(item, str) and schema.get("format") == "uri":
        return _file_or_url(key, item)
    return item


def _kind(field: dict[str, Any] | None) -> str | None:
    kind = field.get("type") if field is not None else None
    return kind if isinstance(kind, str) and not _is_union(field) else None


def _is_union(field: dict[str, Any] | None) -> bool:
    return field is not None and any(k in field for k in ("anyOf", "oneOf", "allOf"))


def _file_or_url(key: str, raw: str) -> Any:
    if _URL.match(raw):
        return raw  # http(s)://, data:, s3:// …: for the model to fetch
    return _file(key, raw)


def _file(key: str, name: str) -> LocalFile:
    path = Path(name).expanduser()
    if not _is_file(path):
        raise UsageError(f"input {key!r}: no such file: {name} (give a file that exists, or a URL)")
    return LocalFile(path)


def _number(raw: str, kind: type[int] | type[float]) -> Any:
    """The number `raw` spells, or `raw` itself for the schema check to report."""
    try:
        number = kind(raw.strip())
    except ValueError:
        parsed = _json(raw)  # `1e3` or `3.0` for an integer
        return parsed if isinstance(parsed, int | float) and not isinstance(parsed, bool) else raw
    return number if math.isfinite(number) else raw  # nan and inf are not JSON


def _guess(raw: str) -> Any:
    parsed = _json(raw)
    return raw if parsed is _NOT_JSON else parsed


_NOT_JSON: Any = object()


def _json(raw: str) -> Any:
    try:
        return json.loads(raw, parse_constant=_reject_constant)
    except ValueError:
        return _NOT_JSON


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")  # NaN/Infinity stay text


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except (OSError, ValueError):  # names too long for the OS, NUL bytes …
        return False


def _as_paths(value: Any) -> Any:
    """The inputs with LocalFiles as Paths, which the schema check knows are files."""
    if isinstance(value, LocalFile):
        return value.path
    if isinstance(value, list):
        return [_as_paths(item) for item in value]
    if isinstance(value, dict):
        return {key: _as_paths(item) for key, item in value.items()}
    return value


def upload_files(context: Context, inputs: dict[str, Any]) -> dict[str, Any]:
    """The inputs with every LocalFile uploaded (with progress) and replaced by its URL."""
    return {key: _uploaded(context, value) for key, value in inputs.items()}


def _uploaded(context: Context, value: Any) -> Any:
    if isinstance(value, LocalFile):
        return upload(context, value.path)
    if isinstance(value, list):
        return [_uploaded(context, item) for item in value]
    return value


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
