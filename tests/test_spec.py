"""openapi.yaml: valid OpenAPI 3.1, faithful to Replicate's own document, and generated."""

from __future__ import annotations

import copy
import importlib
import re
from typing import Any

import pytest
from _openapi import (
    GENERATED_PACKAGE,
    Operation,
    load_document,
    module_path,
    operations,
    our_spec,
    parameter_keys,
    parameters,
    ref_name,
    resolve,
)
from _shared import require_shared
from openapi_spec_validator.validation.validators import OpenAPIV31SpecValidator

TAGS = {
    "predictions",
    "models",
    "trainings",
    "deployments",
    "files",
    "collections",
    "hardware",
    "account",
    "webhooks",
    "search",
}
NOT_GENERATED = {"models.search"}  # HTTP QUERY: the hand-written layer sends it.
JSON_TYPES = ("application/json", "application/problem+json")


def upstream_spec() -> dict[str, Any]:
    return load_document(require_shared() / "reference" / "replicate-openapi.json")


def validation_errors(document: dict[str, Any]) -> list[str]:
    return [
        f"{'/'.join(map(str, error.absolute_path))}: {error.message}"
        for error in OpenAPIV31SpecValidator(document).iter_errors()
    ]


# ----- the document itself -----


def test_spec_is_valid_openapi_3_1() -> None:
    spec = our_spec()
    assert spec["openapi"] == "3.1.0"
    assert spec["servers"] == [{"url": "https://api.replicate.com/v1"}]
    assert validation_errors(spec) == []


def test_query_operation_is_a_valid_operation_object() -> None:
    # Validators skip x- extensions, so graft the QUERY operation onto a scratch path as a POST
    # and validate that: its refs, body and responses must be well formed too.
    spec = copy.deepcopy(our_spec())
    search = spec["paths"]["/models"]["x-query"]
    assert search["operationId"] == "models.search"
    assert list(search["requestBody"]["content"]) == ["text/plain"]
    assert ref_name(search["responses"]["200"]["content"]["application/json"]["schema"]) == (
        "ModelPage"
    )
    spec["paths"]["/__query_check__"] = {"post": search}
    assert validation_errors(spec) == []


def test_validator_rejects_a_broken_spec() -> None:
    # Guards the validity test above against a validator that accepts anything.
    spec = copy.deepcopy(our_spec())
    del spec["paths"]["/account"]["get"]["responses"]["200"]["description"]
    spec["paths"]["/account"]["get"]["parameters"] = [{"name": "x", "in": "body"}]
    assert len(validation_errors(spec)) >= 2


def nulls(node: Any, where: str = "") -> list[str]:
    if isinstance(node, dict):
        return [p for key, value in node.items() for p in nulls(value, f"{where}/{key}")]
    if isinstance(node, list):
        return [p for index, item in enumerate(node) for p in nulls(item, f"{where}/{index}")]
    return [where] if node is None else []


def test_spec_has_no_empty_values() -> None:
    # An unquoted comma inside a YAML flow mapping ({description: a, b}) silently turns the
    # rest of the text into a key with no value; the validator allows unknown keywords.
    assert nulls(our_spec()) == []


def test_every_operation_has_one_known_tag() -> None:
    for operation in operations(our_spec()).values():
        tags = operation.node.get("tags", [])
        assert len(tags) == 1 and tags[0] in TAGS, operation.operation_id


def test_declared_tags_are_the_resource_list() -> None:
    assert {tag["name"] for tag in our_spec()["tags"]} == TAGS


def test_every_operation_has_a_summary_and_a_2xx_response() -> None:
    for operation in operations(our_spec()).values():
        assert operation.node.get("summary"), operation.operation_id
        assert any(code.startswith("2") for code in operation.node["responses"]), (
            operation.operation_id
        )


def references(node: Any) -> set[str]:
    if isinstance(node, dict):
        found = {node["$ref"]} if isinstance(node.get("$ref"), str) else set()
        for value in node.values():
            found |= references(value)
        return found
    if isinstance(node, list):
        return set().union(*(references(item) for item in node)) if node else set()
    return set()


def test_every_component_is_used() -> None:
    spec = our_spec()
    used = references(spec["paths"]) | references(spec["components"])
    for section in ("schemas", "parameters", "responses", "headers"):
        for name in spec["components"][section]:
            assert f"#/components/{section}/{name}" in used, f"{section}/{name} is never used"


def accepts_null(spec: dict[str, Any], schema: Any) -> bool:
    schema = resolve(spec, schema)
    declared = schema.get("type")
    if declared is None and "anyOf" not in schema and "oneOf" not in schema:
        return True  # any JSON value
    if declared == "null" or (isinstance(declared, list) and "null" in declared):
        return True
    return any(accepts_null(spec, option) for option in schema.get("anyOf", []))


def test_optional_response_fields_accept_null() -> None:
    # The server sends null for a field it has no value for, documented or not; a parser that
    # rejects it would lose the whole response. Request bodies (closed objects) are exempt.
    spec = our_spec()
    strict = [
        f"{name}.{field}"
        for name, schema in spec["components"]["schemas"].items()
        if schema.get("type") == "object" and schema.get("additionalProperties") is not False
        for field, field_schema in schema.get("properties", {}).items()
        if field not in schema.get("required", []) and not accepts_null(spec, field_schema)
    ]
    assert strict == []


# ----- header patterns -----


def header_pattern(name: str) -> re.Pattern[str]:
    schema = resolve(our_spec(), our_spec()["components"]["parameters"][name])["schema"]
    return re.compile(schema["pattern"])


@pytest.mark.parametrize("value", ["wait", "wait=1", "wait=9", "wait=10", "wait=59", "wait=60"])
def test_prefer_pattern_accepts(value: str) -> None:
    assert header_pattern("Prefer").search(value)


@pytest.mark.parametrize(
    "value", ["", "wait=0", "wait=61", "wait=99", "wait=", "wait=5s", "nowait"]
)
def test_prefer_pattern_rejects(value: str) -> None:
    assert not header_pattern("Prefer").search(value)


@pytest.mark.parametrize("value", ["30", "90s", "5m", "1h", "1h30m", "1h30m45s", "1.5h"])
def test_cancel_after_pattern_accepts(value: str) -> None:
    assert header_pattern("CancelAfter").search(value)


@pytest.mark.parametrize("value", ["", "5 m", "m", "5d", "abc", "-5s", "5m "])
def test_cancel_after_pattern_rejects(value: str) -> None:
    assert not header_pattern("CancelAfter").search(value)


# ----- faithful to upstream -----


def operation_keys(spec: dict[str, Any]) -> set[tuple[str, str, str]]:
    return {(op.operation_id, op.method, op.path) for op in operations(spec).values()}


def test_operations_match_upstream() -> None:
    upstream = operation_keys(upstream_spec())
    assert len(upstream) == 37
    assert operation_keys(our_spec()) == upstream


def paired_operations() -> list[tuple[Operation, Operation]]:
    ours = operations(our_spec())
    return [(ours[op_id], theirs) for op_id, theirs in operations(upstream_spec()).items()]


def test_parameters_match_upstream() -> None:
    for ours, theirs in paired_operations():
        assert parameter_keys(our_spec(), ours) == parameter_keys(upstream_spec(), theirs), (
            ours.operation_id
        )


def schema_types(spec: dict[str, Any], schema: Any) -> set[str]:
    schema = resolve(spec, schema)
    declared = schema.get("type")
    types = set(declared) if isinstance(declared, list) else {declared} if declared else set()
    for option in schema.get("anyOf", []) + schema.get("oneOf", []):
        types |= schema_types(spec, option)
    return types - {"null"}


def test_parameter_types_match_upstream() -> None:
    for ours, theirs in paired_operations():
        our_types = {
            (p["name"], p["in"]): schema_types(our_spec(), p["schema"])
            for p in parameters(our_spec(), ours)
        }
        for parameter in parameters(upstream_spec(), theirs):
            key = (parameter["name"], parameter["in"])
            expected = schema_types(upstream_spec(), parameter["schema"])
            assert our_types[key] == expected, (ours.operation_id, key)


def test_success_statuses_match_upstream_and_errors_are_kept() -> None:
    for ours, theirs in paired_operations():
        our_codes = set(ours.node["responses"])
        their_codes = set(theirs.node["responses"])
        assert their_codes <= our_codes, ours.operation_id
        assert {c for c in our_codes if c < "400"} == {c for c in their_codes if c < "400"}, (
            ours.operation_id
        )


def media_types(spec: dict[str, Any], node: Any) -> set[str]:
    return set(resolve(spec, node).get("content", {})) if node else set()


def body_schema(spec: dict[str, Any], body: Any, media_type: str) -> dict[str, Any]:
    schema: dict[str, Any] = resolve(spec, resolve(spec, body)["content"][media_type]["schema"])
    return schema


def test_request_bodies_match_upstream() -> None:
    for ours, theirs in paired_operations():
        our_body, their_body = ours.node.get("requestBody"), theirs.node.get("requestBody")
        assert media_types(our_spec(), our_body) == media_types(upstream_spec(), their_body), (
            ours.operation_id
        )
        for media_type in media_types(upstream_spec(), their_body):
            our_schema = body_schema(our_spec(), our_body, media_type)
            their_schema = body_schema(upstream_spec(), their_body, media_type)
            label = (ours.operation_id, media_type)
            assert our_schema.get("type") == their_schema.get("type"), label
            for keyword in ("properties", "required"):
                assert set(our_schema.get(keyword, [])) == set(their_schema.get(keyword, [])), (
                    label,
                    keyword,
                )


def test_response_media_types_match_upstream() -> None:
    for ours, theirs in paired_operations():
        for code, their_response in theirs.node["responses"].items():
            their_types = media_types(upstream_spec(), their_response)
            our_types = media_types(our_spec(), ours.node["responses"][code])
            label = (ours.operation_id, code)
            if code >= "400":
                # Errors are problem details; upstream labels some plain JSON or leaves the
                # body out. Both media types parse as JSON.
                assert our_types and our_types <= set(JSON_TYPES), label
            else:
                assert our_types == their_types, label


def object_properties(spec: dict[str, Any], schema: Any) -> tuple[dict[str, Any], str | None]:
    """Return (properties, kind) of an object-ish schema, looking through nullable unions."""
    schema = resolve(spec, schema)
    for option in schema.get("anyOf", []) + schema.get("oneOf", []):
        if resolve(spec, option).get("type") != "null":
            return object_properties(spec, option)
    if "items" in schema:
        return object_properties(spec, schema["items"])
    return schema.get("properties", {}), schema.get("type")


def missing_fields(ours: Any, theirs: Any, where: str, depth: int = 0) -> list[str]:
    """Field names upstream declares in a response body that ours does not (recursively)."""
    our_props, _ = object_properties(our_spec(), ours)
    their_props, _ = object_properties(upstream_spec(), theirs)
    missing = [f"{where}.{name}" for name in their_props if name not in our_props]
    if depth < 4:
        for name, their_child in their_props.items():
            if name in our_props:
                missing += missing_fields(
                    our_props[name], their_child, f"{where}.{name}", depth + 1
                )
    return missing


def test_response_bodies_declare_every_upstream_field() -> None:
    problems: list[str] = []
    for ours, theirs in paired_operations():
        for code, their_response in theirs.node["responses"].items():
            their_content = resolve(upstream_spec(), their_response).get("content", {})
            our_content = resolve(our_spec(), ours.node["responses"][code]).get("content", {})
            for media_type, their_media in their_content.items():
                if "schema" not in their_media or media_type not in JSON_TYPES:
                    continue
                our_media = our_content.get(media_type) or next(iter(our_content.values()))
                label = f"{ours.operation_id} {code}"
                problems += missing_fields(our_media["schema"], their_media["schema"], label)
    assert problems == []


def test_upstream_nullable_fields_are_nullable_here() -> None:
    def nullable(spec: dict[str, Any], schema: Any) -> bool:
        schema = resolve(spec, schema)
        declared = schema.get("type")
        if schema.get("nullable") or schema == {}:
            return True
        if isinstance(declared, list) and "null" in declared:
            return True
        return any(
            resolve(spec, option).get("type") == "null"
            for option in schema.get("anyOf", []) + schema.get("oneOf", [])
        )

    for name, schema in upstream_spec()["components"]["schemas"].items():
        for field, field_schema in schema.get("properties", {}).items():
            if not nullable(upstream_spec(), field_schema):
                continue
            for our_name, our_schema in our_spec()["components"]["schemas"].items():
                our_field = our_schema.get("properties", {}).get(field)
                if our_field is not None and name_matches(name, our_name):
                    assert nullable(our_spec(), our_field), (our_name, field)


def name_matches(upstream_name: str, our_name: str) -> bool:
    # schemas_model_response ~ Model, schemas_paginated_model_response ~ ModelPage, ...
    words = upstream_name.removeprefix("schemas_").removesuffix("_response").split("_")
    if words[0] == "paginated":
        words = [*words[1:], "page"]
    return "".join(word.capitalize() for word in words) == our_name


# ----- what the generator makes of it -----


def test_every_operation_has_a_generated_module() -> None:
    for operation in operations(our_spec()).values():
        path = module_path(operation)
        if operation.operation_id in NOT_GENERATED:
            assert not path.exists(), path
            continue
        assert path.is_file(), f"{operation.operation_id}: {path} is missing"
        module = importlib.import_module(
            f"replicate_api.api.{operation.tag}.{operation.module_name}"
        )
        for function in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
            assert callable(getattr(module, function, None)), (operation.operation_id, function)


def test_no_generated_module_without_an_operation() -> None:
    expected = {
        module_path(op)
        for op in operations(our_spec()).values()
        if op.operation_id not in NOT_GENERATED
    }
    found = {
        path for path in (GENERATED_PACKAGE / "api").glob("*/*.py") if path.name != "__init__.py"
    }
    assert found == expected


def test_every_schema_has_a_generated_model_class() -> None:
    models = importlib.import_module("replicate_api.models")
    for name in our_spec()["components"]["schemas"]:
        assert isinstance(getattr(models, name, None), type), name
