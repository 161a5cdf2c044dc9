"""Checking a model's input against its version's schema before a prediction is created.

The API ignores input keys a model does not declare, so a misspelled key is paid for and
silently dropped. Where the SDK holds the version's OpenAPI schema it checks inputs first:
unknown keys (with a "did you mean"), missing required keys, values of the wrong JSON type
and values outside an enum. It never refuses what the server would accept: whatever it
cannot read with certainty (`anyOf`/`oneOf`, unresolvable `$ref`s, unknown types, open
`additionalProperties`) is let through. Files (paths, bytes, open files) count as strings,
since they are uploaded and sent as URLs. An unpinned model's schema is read again before
an input is refused, since a newer version may take it.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from weakref import WeakKeyDictionary

from ._bodies import response_json
from ._errors import APIResponseError, InputValidationError
from ._flow import Flow, Send
from ._refs import ModelRef

__all__ = [
    "InputSchema",
    "check_flow",
    "check_input",
    "input_problems",
    "input_schema",
    "remember",
    "remembered",
    "resolve",
    "schema_flow",
]

Schema = dict[str, Any]

_MAX_DEPTH = 32
_REF_PREFIX = "#/components/schemas/"
_JSON_TYPES = {
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "true or false",
    "array": "an array",
    "object": "an object",
    "null": "null",
}


@dataclass(frozen=True, slots=True)
class InputSchema:
    """A version's Input schema: its fields ($refs resolved), required names, openness."""

    fields: dict[str, Schema]
    required: tuple[str, ...]
    open: bool  # `additionalProperties`: keys beyond `fields` are welcome
    components: Any

    def field(self, name: str) -> Schema | None:
        return self.fields.get(name)


def input_schema(document: Any) -> InputSchema | None:
    """The Input schema of a version's `openapi_schema`; None when it has none to check."""
    components = _get(_get(document, "components"), "schemas")
    schema = resolve(_get(components, "Input"), components)
    properties = _get(schema, "properties")
    if schema is None or not isinstance(properties, dict):
        return None
    # A field whose schema cannot be read takes anything ({}).
    fields = {str(name): resolve(field, components) or {} for name, field in properties.items()}
    required = schema.get("required")
    return InputSchema(
        fields=fields,
        required=tuple(str(name) for name in required) if isinstance(required, list) else (),
        open=bool(schema.get("additionalProperties")),
        components=components,
    )


def input_problems(schema: InputSchema, inputs: Mapping[str, Any]) -> list[str]:
    """Every way `inputs` disagree with `schema`, one phrase each (empty when none)."""
    problems: list[str] = []
    if not schema.open:
        for key in inputs:
            if key not in schema.fields:
                problems.append(f"unknown input {key!r}{_suggestion(key, list(schema.fields))}")
    for key in schema.required:
        if key not in inputs:
            problems.append(f"missing required input {key!r}")
    for key, value in inputs.items():
        field = schema.fields.get(key)
        if field is not None:
            problems += _value_problems(key, value, field, schema.components, 0)
    return problems


def check_input(schema: InputSchema | None, inputs: Mapping[str, Any], *, model: str) -> None:
    """Raise InputValidationError listing every problem of `inputs` (nothing without a schema)."""
    if schema is None:
        return
    problems = input_problems(schema, inputs)
    if problems:
        raise InputValidationError(model, problems, list(schema.fields))


# Schemas read per transport (one per client) and model reference, so that run() can use
# what use() read.
_SCHEMAS: WeakKeyDictionary[Any, dict[str, InputSchema | None]] = WeakKeyDictionary()


def remember(holder: Any, ref: str, document: Any) -> InputSchema | None:
    """Keep the Input schema of `document` for `holder` (a transport) and `ref`; returns it."""
    schema = input_schema(document)
    _SCHEMAS.setdefault(holder, {})[ref] = schema
    return schema


def remembered(holder: Any, ref: str) -> tuple[bool, InputSchema | None]:
    """(known, schema): whether `holder` has read `ref`'s schema, and its Input schema."""
    schemas = _SCHEMAS.get(holder)
    if schemas is None or ref not in schemas:
        return False, None
    return True, schemas[ref]


def check_flow(holder: Any, ref: ModelRef, inputs: Mapping[str, Any], *, read: bool) -> Flow[None]:
    """Check `inputs` against the schema `holder` has read for `ref` (with `read`, reading it
    first when there is none); raises InputValidationError.

    Before refusing an unpinned model's input, its schema is read again: the model may have
    a newer version since, which takes it. So refusals cost one request, successes none.
    """
    key = str(ref)
    known, schema = remembered(holder, key)
    if not known and read:
        schema = remember(holder, key, (yield from schema_flow(ref)))
        known = False  # just read: no need to read it again
    if schema is None or not input_problems(schema, inputs):
        return
    if known and ref.version is None:
        schema = remember(holder, key, (yield from schema_flow(ref)))
    check_input(schema, inputs, model=key)


def schema_flow(ref: ModelRef) -> Flow[Any]:
    """The version's openapi_schema (the latest version's, for an unpinned model)."""
    path = ref.schema_path()
    if path is None:
        return None
    response = yield Send("GET", path)
    try:
        data = response_json(response)
    except ValueError:
        raise APIResponseError(response, "the response body is not valid JSON") from None
    if ref.version is None:
        data = _get(data, "latest_version")
    return _get(data, "openapi_schema")


# Values -----------------------------------------------------------------------------


def _value_problems(where: str, value: Any, schema: Any, components: Any, depth: int) -> list[str]:
    schema = resolve(schema, components)
    if schema is None or value is None or depth > _MAX_DEPTH:
        return []  # unreadable schema, or null (optional fields take it without saying so)
    if any(key in schema for key in ("anyOf", "oneOf", "allOf", "not")):
        return []  # unions and combinations: left to the server
    enum = schema.get("enum")
    if isinstance(enum, list) and enum and value not in enum:
        choices = ", ".join(repr(choice) for choice in enum)
        hint = (
            _suggestion(value, [c for c in enum if isinstance(c, str)])
            if isinstance(value, str)
            else ""
        )
        return [f"input {where!r} must be one of {choices}, got {value!r}{hint}"]
    kinds = schema.get("type")
    kinds = [kinds] if isinstance(kinds, str) else kinds
    if not isinstance(kinds, list) or not all(kind in _JSON_TYPES for kind in kinds):
        return []  # no type, or one this check does not know
    if not any(_is_type(kind, value) for kind in kinds):
        expected = " or ".join(_JSON_TYPES[kind] for kind in kinds)
        return [f"input {where!r} must be {expected}, got {_describe(value)}"]
    if "array" in kinds and isinstance(value, list | tuple) and "items" in schema:
        problems: list[str] = []
        for index, item in enumerate(value):
            path = f"{where}[{index}]"
            problems += _value_problems(path, item, schema["items"], components, depth + 1)
        return problems
    return []


def _is_type(kind: str, value: Any) -> bool:
    if kind == "string":
        return isinstance(value, str) or _is_file(value)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "integer":
        if isinstance(value, float):
            return value.is_integer()
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind == "array":
        return isinstance(value, list | tuple)
    if kind == "object":
        return isinstance(value, Mapping)
    return value is None


def _is_file(value: Any) -> bool:
    from ._file_input import is_file_input

    return is_file_input(value)


def _describe(value: Any) -> str:
    if isinstance(value, str | int | float | bool):
        return f"{type(value).__name__} {value!r}"
    return type(value).__name__


def _suggestion(word: str, names: Sequence[str]) -> str:
    close = difflib.get_close_matches(word, names, n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _get(value: Any, key: str) -> Any:
    return value.get(key) if isinstance(value, dict) else None


def resolve(schema: Any, components: Any) -> Schema | None:
    """Follow `$ref`s and single-entry `allOf` wrappers; None when one cannot be followed."""
    for _ in range(_MAX_DEPTH):
        if not isinstance(schema, dict):
            return None
        ref = schema.get("$ref")
        if isinstance(ref, str):
            if not ref.startswith(_REF_PREFIX):
                return None
            target = _get(components, ref[len(_REF_PREFIX) :])
            schema = {**target, **_siblings(schema, "$ref")} if isinstance(target, dict) else None
            continue
        wrapped = schema.get("allOf")
        if isinstance(wrapped, list) and len(wrapped) == 1 and isinstance(wrapped[0], dict):
            schema = {**wrapped[0], **_siblings(schema, "allOf")}
            continue
        return schema
    return None


def _siblings(schema: Schema, key: str) -> Schema:
    """The keywords next to `key` that describe the field (`default`, `description` …)."""
    return {k: v for k, v in schema.items() if k != key and k not in ("type", "enum")}
