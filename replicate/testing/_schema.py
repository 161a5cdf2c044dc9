"""Cog-style input/output schemas: derived from a Python function, and checked against inputs.

A version's ``openapi_schema`` on Replicate is the OpenAPI document Cog writes for the model,
with the input and output shapes under ``components.schemas.Input`` / ``Output``. The local
server builds the same shape from a function's signature and annotations, and validates each
prediction's input against ``Input`` (required fields, JSON types, enums, numeric bounds).
"""

from __future__ import annotations

import collections.abc
import inspect
import pathlib
import types
import typing
from typing import Any

JsonSchema = dict[str, Any]

_ITERATOR_ORIGINS = (
    collections.abc.Iterator,
    collections.abc.Iterable,
    collections.abc.Generator,
    collections.abc.AsyncIterator,
    collections.abc.AsyncGenerator,
)


class InvalidField(typing.NamedTuple):
    """One problem with one input field, in the real API's ``invalid_fields`` shape."""

    type: str
    field: str
    description: str


def _type_hints(fn: Any) -> dict[str, Any]:
    try:
        return typing.get_type_hints(fn)
    except Exception:  # forward references that cannot be resolved: fall back to raw values
        return dict(getattr(fn, "__annotations__", {}))


def type_schema(annotation: Any) -> JsonSchema:
    """The JSON schema for one Python annotation (unknown annotations give ``{}``)."""
    if annotation is inspect.Parameter.empty or annotation is Any:
        return {}
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Literal:
        values = list(args)
        schema = type_schema(type(values[0])) if values else {}
        return {**schema, "enum": values}
    if origin in (typing.Union, types.UnionType):
        others = [arg for arg in args if arg is not type(None)]
        return type_schema(others[0]) if len(others) == 1 else {}
    if origin in (list, tuple, set, frozenset, collections.abc.Sequence):
        return {"type": "array", "items": type_schema(args[0]) if args else {}}
    if origin in _ITERATOR_ORIGINS:
        return {
            "type": "array",
            "items": type_schema(args[0]) if args else {},
            "x-cog-array-type": "iterator",
        }
    if origin in (dict, collections.abc.Mapping):
        return {"type": "object"}
    simple: dict[Any, JsonSchema] = {
        str: {"type": "string"},
        bool: {"type": "boolean"},
        int: {"type": "integer"},
        float: {"type": "number"},
        list: {"type": "array", "items": {}},
        dict: {"type": "object"},
        bytes: {"type": "string", "format": "uri"},
        pathlib.Path: {"type": "string", "format": "uri"},
    }
    if annotation in simple:
        return dict(simple[annotation])
    if getattr(annotation, "__replicate_output_file__", False):
        return {"type": "string", "format": "uri"}
    return {}


def input_schema_for(fn: Any) -> JsonSchema:
    """Derive a Cog ``Input`` schema from the parameters of ``fn``."""
    hints = _type_hints(fn)
    properties: dict[str, JsonSchema] = {}
    required: list[str] = []
    order = 0
    for name, param in inspect.signature(fn).parameters.items():
        if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
            continue
        prop: JsonSchema = {"title": name.replace("_", " ").title()}
        prop.update(type_schema(hints.get(name, param.annotation)))
        prop["x-order"] = order
        order += 1
        if param.default is param.empty:
            required.append(name)
        elif isinstance(param.default, str | int | float | bool | list | dict):
            prop["default"] = param.default
        properties[name] = prop
    schema: JsonSchema = {"type": "object", "title": "Input", "properties": properties}
    if required:
        schema["required"] = required
    return schema


def output_schema_for(fn: Any) -> JsonSchema:
    """Derive a Cog ``Output`` schema from the return annotation of ``fn``.

    A generator function yields an iterator output; when it yields strings the output is
    also marked ``x-cog-array-display: concatenate`` (a language model's tokens).
    """
    hints = _type_hints(fn)
    schema = type_schema(hints.get("return", inspect.Parameter.empty))
    if inspect.isgeneratorfunction(fn):
        if schema.get("type") != "array":
            schema = {"type": "array", "items": schema if schema.get("type") else {}}
        schema["x-cog-array-type"] = "iterator"
    items = schema.get("items", {})
    is_text = items.get("type") == "string" and items.get("format") != "uri"
    if schema.get("x-cog-array-type") == "iterator" and is_text:
        schema["x-cog-array-display"] = "concatenate"
    return {"title": "Output", **schema}


def is_iterator_output(output_schema: JsonSchema) -> bool:
    return output_schema.get("x-cog-array-type") == "iterator"


def cog_document(
    input_schema: JsonSchema,
    output_schema: JsonSchema,
    *,
    training_input: JsonSchema | None = None,
    extra_schemas: dict[str, JsonSchema] | None = None,
) -> JsonSchema:
    """A compact version ``openapi_schema`` in the layout Cog produces."""
    schemas: dict[str, JsonSchema] = {
        "Input": input_schema,
        "Output": output_schema,
        "Status": {
            "title": "Status",
            "type": "string",
            "enum": ["starting", "processing", "succeeded", "canceled", "failed"],
            "description": "An enumeration.",
        },
        "WebhookEvent": {
            "title": "WebhookEvent",
            "type": "string",
            "enum": ["start", "output", "logs", "completed"],
            "description": "An enumeration.",
        },
    }
    schemas.update(extra_schemas or {})
    paths: dict[str, Any] = {
        "/predictions": {
            "post": {
                "summary": "Predict",
                "operationId": "predict_predictions_post",
                "requestBody": {
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/PredictionRequest"}
                        }
                    }
                },
                "responses": {"200": {"description": "Successful Response"}},
            }
        }
    }
    schemas["PredictionRequest"] = {
        "title": "PredictionRequest",
        "type": "object",
        "properties": {"input": {"$ref": "#/components/schemas/Input"}},
    }
    if training_input is not None:
        schemas["TrainingInput"] = training_input
        schemas["TrainingOutput"] = {
            "title": "TrainingOutput",
            "type": "object",
            "properties": {
                "version": {"title": "Version", "type": "string"},
                "weights": {"title": "Weights", "type": "string", "format": "uri"},
            },
        }
        paths["/trainings"] = {
            "post": {
                "summary": "Train",
                "operationId": "train_trainings_post",
                "responses": {"200": {"description": "Successful Response"}},
            }
        }
    return {
        "openapi": "3.0.2",
        "info": {"title": "Cog", "version": "0.1.0"},
        "paths": paths,
        "components": {"schemas": schemas},
    }


def _resolve(prop: JsonSchema, components: dict[str, JsonSchema]) -> JsonSchema:
    """Inline ``$ref`` and single-element ``allOf`` (how Cog writes enum choices)."""
    resolved = dict(prop)
    ref = resolved.pop("$ref", None)
    all_of = resolved.pop("allOf", None)
    targets = [ref] if isinstance(ref, str) else []
    if isinstance(all_of, list):
        targets += [item["$ref"] for item in all_of if isinstance(item, dict) and "$ref" in item]
    for target in targets:
        name = str(target).rsplit("/", 1)[-1]
        resolved = {**components.get(name, {}), **resolved}
    return resolved


_JSON_TYPE_NAMES = {
    bool: "boolean",
    int: "integer",
    float: "number",
    str: "string",
    list: "array",
    dict: "object",
    type(None): "null",
}


def _json_type_name(value: Any) -> str:
    return _JSON_TYPE_NAMES.get(type(value), type(value).__name__)


def _type_matches(expected: str, value: Any) -> bool:
    if expected == "string":
        return isinstance(value, str)
    if expected == "boolean":
        return isinstance(value, bool)
    if expected == "integer":
        if isinstance(value, float):
            return value.is_integer()
        return isinstance(value, int) and not isinstance(value, bool)
    if expected == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if expected == "array":
        return isinstance(value, list)
    if expected == "object":
        return isinstance(value, dict)
    return True


def _check_value(name: str, value: Any, prop: JsonSchema) -> InvalidField | None:
    field = f"input.{name}"
    expected = prop.get("type")
    if isinstance(expected, str) and not _type_matches(expected, value):
        description = f"Invalid type. Expected: {expected}, given: {_json_type_name(value)}"
        return InvalidField("invalid_type", field, description)
    enum = prop.get("enum")
    if isinstance(enum, list) and value not in enum:
        choices = ", ".join(repr(choice) for choice in enum)
        return InvalidField("enum", field, f"{name} must be one of the following: {choices}")
    if isinstance(value, int | float) and not isinstance(value, bool):
        minimum, maximum = prop.get("minimum"), prop.get("maximum")
        if isinstance(minimum, int | float) and value < minimum:
            return InvalidField(
                "number_gte", field, f"Must be greater than or equal to {minimum:g}"
            )
        if isinstance(maximum, int | float) and value > maximum:
            return InvalidField("number_lte", field, f"Must be less than or equal to {maximum:g}")
    return None


def validate_input(
    values: dict[str, Any], input_schema: JsonSchema, components: dict[str, JsonSchema]
) -> list[InvalidField]:
    """Check ``values`` against a Cog ``Input`` schema; return every problem found."""
    problems: list[InvalidField] = []
    properties: dict[str, JsonSchema] = input_schema.get("properties", {})
    for name in input_schema.get("required", []):
        if values.get(name) is None:
            problems.append(InvalidField("required", "input", f"{name} is required"))
    for name, value in values.items():
        prop = properties.get(name)
        if prop is None or value is None:
            continue
        problem = _check_value(name, value, _resolve(prop, components))
        if problem is not None:
            problems.append(problem)
    return problems


def with_defaults(values: dict[str, Any], input_schema: JsonSchema) -> dict[str, Any]:
    """``values`` plus the schema's default for every property not given."""
    merged = dict(values)
    for name, prop in input_schema.get("properties", {}).items():
        if merged.get(name) is None and "default" in prop:
            merged[name] = prop["default"]
    return {key: value for key, value in merged.items() if value is not None}
