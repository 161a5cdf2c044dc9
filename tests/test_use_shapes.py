"""How use() shapes outputs from a version's schema (respx: exact requests, no server)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import respx
from _highlevel import API, VERSION, held, prediction

from replicate import FileOutput, Replicate

IMAGE = "https://cdn.example.test/a.png"


def document(output: dict[str, Any], **schemas: Any) -> dict[str, Any]:
    return {"components": {"schemas": {"Output": output, **schemas}}}


def model_body(openapi_schema: Any) -> dict[str, Any]:
    latest = None
    if openapi_schema is not None:
        latest = {"id": VERSION, "created_at": "2024-01-01T00:00:00Z"}
        latest["openapi_schema"] = openapi_schema
    return {"owner": "acme", "name": "model", "latest_version": latest}


def call(api: respx.MockRouter, client: Replicate, schema: Any, output: Any, **options: Any) -> Any:
    api.get(f"{API}/models/acme/model").mock(
        return_value=httpx.Response(200, json=model_body(schema))
    )
    api.post(f"{API}/models/acme/model/predictions").mock(
        return_value=held(prediction("processing", output))
    )
    return client.use("acme/model", **options)(prompt="x")


CONCATENATE = {
    "type": "array",
    "items": {"type": "string"},
    "x-cog-array-type": "iterator",
    "x-cog-array-display": "concatenate",
}


def test_concatenated_iterator_is_joined(api: respx.MockRouter, client: Replicate) -> None:
    assert call(api, client, document(CONCATENATE), ["Hel", "lo", " there"]) == "Hello there"


def test_plain_iterator_stays_a_list(api: respx.MockRouter, client: Replicate) -> None:
    iterator = {**CONCATENATE, "x-cog-array-display": None}
    assert call(api, client, document(iterator), ["a", "b"]) == ["a", "b"]


def test_uri_list(api: respx.MockRouter, client: Replicate) -> None:
    schema = document({"type": "array", "items": {"type": "string", "format": "uri"}})
    output = call(api, client, schema, [IMAGE, IMAGE])
    assert output == [FileOutput(IMAGE), FileOutput(IMAGE)]


def test_object_with_a_referenced_file_field(api: respx.MockRouter, client: Replicate) -> None:
    schema = document(
        {"$ref": "#/components/schemas/Result"},
        Result={
            "type": "object",
            "properties": {
                "image": {"allOf": [{"$ref": "#/components/schemas/Uri"}]},
                "caption": {"type": "string"},
            },
        },
        Uri={"type": "string", "format": "uri"},
    )
    output = call(api, client, schema, {"image": IMAGE, "caption": IMAGE})
    assert isinstance(output["image"], FileOutput)
    assert output["caption"] == IMAGE  # a string field stays a string, whatever it holds


def test_union_with_files_recognises_urls(api: respx.MockRouter, client: Replicate) -> None:
    schema = document({"anyOf": [{"type": "string", "format": "uri"}, {"type": "integer"}]})
    assert isinstance(call(api, client, schema, IMAGE), FileOutput)


def test_without_a_schema_urls_are_recognised_by_form(
    api: respx.MockRouter, client: Replicate
) -> None:
    output = call(api, client, None, {"file": IMAGE, "text": "no url here"})
    assert isinstance(output["file"], FileOutput)
    assert output["text"] == "no url here"


def test_use_file_output_false_keeps_strings(api: respx.MockRouter, client: Replicate) -> None:
    schema = document({"type": "string", "format": "uri"})
    assert call(api, client, schema, IMAGE, use_file_output=False) == IMAGE


def test_bare_version_needs_no_schema_request(api: respx.MockRouter, client: Replicate) -> None:
    create = api.post(f"{API}/predictions").mock(return_value=held(prediction("processing", "ok")))
    hello = client.use(VERSION)
    assert hello(text="a") == "ok"
    assert hello(text="b") == "ok"
    assert api.calls.call_count == 2
    assert json.loads(create.calls.last.request.content) == {
        "version": VERSION,
        "input": {"text": "b"},
    }


def test_the_schema_is_exposed(api: respx.MockRouter, client: Replicate) -> None:
    schema = document({"type": "string"})
    api.get(f"{API}/models/acme/model").mock(
        return_value=httpx.Response(200, json=model_body(schema))
    )
    assert client.use("acme/model").openapi_schema == schema
