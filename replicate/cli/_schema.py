"""A model version's OpenAPI schema: read once per command, kept on disk by version id.

A version never changes, so its schema is cached for good under
`$XDG_CACHE_HOME/replicate/schemas/<version id>.json` (`~/.cache` when unset). A pinned
reference then costs no request at all; an unpinned one reads the model (which names its
latest version and carries that version's schema) once per command.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._refs import ModelRef
from ._values import lookup, plain

if TYPE_CHECKING:
    from ._context import Context

__all__ = ["cache_directory", "output_concatenates", "output_schema", "version_schema"]

CACHE_VARIABLE = "XDG_CACHE_HOME"
_VERSION_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{0,99}")


def cache_directory() -> Path:
    base = os.environ.get(CACHE_VARIABLE) or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "replicate" / "schemas"


def version_schema(context: Context, ref: ModelRef) -> Any:
    """The `openapi_schema` of the version `ref` names (its model's latest when unpinned).

    None for a bare version id: the API cannot look one up without its model.
    """
    if ref.owner is None or ref.name is None:
        return None
    key = f"{ref.model}:{ref.version or ''}"
    if key not in context.schemas:
        context.schemas[key] = _read(ref.version) if ref.version else None
        if context.schemas[key] is None:
            context.schemas[key] = _fetch(context, ref)
    return context.schemas[key]


def _fetch(context: Context, ref: ModelRef) -> Any:
    assert ref.owner is not None and ref.name is not None
    models = context.client.models
    version: Any
    if ref.version:
        version = models.versions.get(
            model_owner=ref.owner, model_name=ref.name, version_id=ref.version
        )
    else:
        version = models.get(model_owner=ref.owner, model_name=ref.name).latest_version
    fields = plain(version)
    document = lookup(fields, "openapi_schema")
    ident = lookup(fields, "id")
    if isinstance(ident, str) and isinstance(document, dict):
        _write(ident, document)
    return document


def _path(version_id: str) -> Path | None:
    return cache_directory() / f"{version_id}.json" if _VERSION_ID.fullmatch(version_id) else None


def _read(version_id: str) -> Any:
    path = _path(version_id)
    try:
        return None if path is None else json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None  # not cached yet, or unreadable: ask the API


def _write(version_id: str, document: dict[str, Any]) -> None:
    path = _path(version_id)
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(json.dumps(document), encoding="utf-8")
        partial.replace(path)  # whole or not at all, even with commands running side by side
    except OSError:
        pass  # a read-only home: the cache is only an optimisation


def output_schema(context: Context, ref: ModelRef) -> dict[str, Any]:
    """The Output schema of the version `ref` names ({} when unknown)."""
    schema = lookup(version_schema(context, ref), "components.schemas.Output")
    return schema if isinstance(schema, dict) else {}


def output_concatenates(context: Context, ref: ModelRef) -> bool:
    """True when the model streams text pieces meant to be joined (`x-cog-array-display`)."""
    from .._errors import ReplicateError

    try:
        schema = output_schema(context, ref)
    except ReplicateError:
        return False
    return schema.get("x-cog-array-display") == "concatenate"
