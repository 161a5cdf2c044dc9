"""Every response of the local server (replicate.testing) matches openapi.yaml.

Two passes over all 37 operations:

- generated: schemathesis draws a few requests per operation (random path parameters, bodies
  and headers within the spec) and checks status code, content type and body of each answer;
  the same requests are sent again with path parameters that name real resources, so the
  success shapes are checked too;
- known good: one hand-written, valid request per operation (including ``QUERY /v1/models``,
  which OpenAPI cannot describe and which schemathesis therefore skips) must succeed with a
  body that matches the spec.

A failure here is a bug in either the server or the spec.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
import yaml
from hypothesis import HealthCheck, Phase, settings
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from schemathesis import checks as core_checks
from schemathesis.core import NOT_SET
from schemathesis.specs.openapi import checks as openapi_checks

from replicate.testing import LocalServer

SPEC_PATH = Path(__file__).resolve().parent.parent / "openapi.yaml"
TOKEN = "r8_conformance"
SDXL = "da77bc59ee60423279fd632efb4795ab731d9e3ca9705ef3341091fb989b7eaf"
HELLO = "5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa"

if not SPEC_PATH.exists():
    pytest.skip("openapi.yaml is not written yet", allow_module_level=True)

RAW_SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
SCHEMA = schemathesis.openapi.from_dict(copy.deepcopy(RAW_SPEC))
CHECKS = [
    core_checks.not_a_server_error,
    openapi_checks.status_code_conformance,
    openapi_checks.content_type_conformance,
    openapi_checks.response_schema_conformance,
]


class World:
    """A running server plus ids of real resources to put into path parameters."""

    def __init__(self, server: LocalServer) -> None:
        self.server = server
        self.http = httpx.Client(
            base_url=server.base_url, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=10
        )
        created = self.http.post("/predictions", json={"version": HELLO, "input": {"text": "x"}})
        self.http.post("/models", json=_model_body("conformance-target"))
        training = self.http.post(
            f"/models/stability-ai/sdxl/versions/{SDXL}/trainings",
            json={"destination": "acme/conformance-target", "input": {}},
        )
        self.http.post("/deployments", json=_deployment_body("conformance"))
        uploaded = self.http.post("/files", files={"content": ("a.txt", b"hello", "text/plain")})
        self.file = uploaded.json()
        self.path_values = {
            "model_owner": "stability-ai",
            "model_name": "sdxl",
            "version_id": SDXL,
            "prediction_id": created.json()["id"],
            "training_id": training.json()["id"],
            "deployment_owner": "acme",
            "deployment_name": "conformance",
            "collection_slug": "text-to-image",
            "file_id": self.file["id"],
        }

    def known(self, case: Any) -> Any:
        """A copy of ``case`` whose path parameters name existing resources."""
        if not case.path_parameters:
            return None
        parameters = {
            name: self.path_values.get(name, value) for name, value in case.path_parameters.items()
        }
        extra = {} if case.body is NOT_SET else {"body": case.body, "media_type": case.media_type}
        return case.operation.Case(
            path_parameters=parameters,
            query=dict(case.query or {}),
            headers=dict(case.headers or {}),
            **extra,
        )


def _model_body(name: str) -> dict[str, Any]:
    return {"owner": "acme", "name": name, "visibility": "private", "hardware": "cpu"}


def _deployment_body(name: str) -> dict[str, Any]:
    return {
        "name": name,
        "model": "stability-ai/sdxl",
        "version": SDXL,
        "hardware": "gpu-t4",
        "min_instances": 0,
        "max_instances": 1,
    }


@pytest.fixture(scope="module")
def world() -> Iterator[World]:
    """Shared by the generated requests (which may delete what it made: that is fine)."""
    with LocalServer(token=TOKEN, speed=1000.0, page_size=3) as server:
        yield World(server)


@pytest.fixture
def fresh_world() -> Iterator[World]:
    with LocalServer(token=TOKEN, speed=1000.0, page_size=3) as server:
        yield World(server)


def _call_and_check(case: Any, world: World) -> None:
    # Short holds keep generated `Prefer: wait=N` requests quick.
    if "Prefer" in (case.headers or {}):
        case.headers["Prefer"] = "wait=1"
    response = case.call(
        base_url=world.server.base_url, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=10
    )
    case.validate_response(response, checks=CHECKS)


@SCHEMA.parametrize()
@settings(
    max_examples=6,
    deadline=None,
    derandomize=True,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)
def test_generated_requests_get_conforming_answers(case: Any, world: World) -> None:
    _call_and_check(case, world)
    swapped = world.known(case)
    if swapped is not None:
        _call_and_check(swapped, world)


def _known_good(world: World) -> list[tuple[str, str, dict[str, Any]]]:
    """(method, path template, request details) for a valid request to every operation."""
    file_query = dict(httpx.URL(world.file["urls"]["download"]).params)
    return [
        ("GET", "/account", {}),
        ("GET", "/collections", {}),
        ("GET", "/collections/{collection_slug}", {}),
        ("GET", "/deployments", {}),
        ("POST", "/deployments", {"body": _deployment_body("known-good")}),
        ("GET", "/deployments/{deployment_owner}/{deployment_name}", {}),
        (
            "PATCH",
            "/deployments/{deployment_owner}/{deployment_name}",
            {"body": {"max_instances": 2}},
        ),
        (
            "POST",
            "/deployments/{deployment_owner}/{deployment_name}/predictions",
            {"body": {"input": {"prompt": "a fox", "width": 64, "height": 64}}},
        ),
        (
            "DELETE",
            "/deployments/{deployment_owner}/{deployment_name}",
            {"path": {"deployment_name": "known-good"}},
        ),
        ("GET", "/files", {}),
        (
            "POST",
            "/files",
            {"body": {"content": b"abc", "filename": "b.txt", "metadata": {"k": 1}}},
        ),
        ("GET", "/files/{file_id}", {}),
        (
            "GET",
            "/files/{file_id}/download",
            {"query": {**file_query, "expiry": int(file_query["expiry"])}},
        ),
        ("GET", "/hardware", {}),
        ("GET", "/models", {"query": {"sort_by": "model_created_at", "sort_direction": "asc"}}),
        ("POST", "/models", {"body": _model_body("known-good")}),
        ("GET", "/models/{model_owner}/{model_name}", {}),
        (
            "PATCH",
            "/models/{model_owner}/{model_name}",
            {
                "path": {"model_owner": "acme", "model_name": "conformance-target"},
                "body": {"description": "updated", "github_url": "https://example.com/x"},
            },
        ),
        ("GET", "/models/{model_owner}/{model_name}/examples", {}),
        (
            "POST",
            "/models/{model_owner}/{model_name}/predictions",
            {
                "path": {"model_owner": "anthropic", "model_name": "claude-sonnet-4"},
                "body": {"input": {"prompt": "hi"}},
                "headers": {"Prefer": "wait=5"},
            },
        ),
        ("GET", "/models/{model_owner}/{model_name}/readme", {}),
        ("GET", "/models/{model_owner}/{model_name}/versions", {}),
        ("GET", "/models/{model_owner}/{model_name}/versions/{version_id}", {}),
        (
            "POST",
            "/models/{model_owner}/{model_name}/versions/{version_id}/trainings",
            {"body": {"destination": "acme/conformance-target", "input": {"steps": 1}}},
        ),
        (
            "DELETE",
            "/models/{model_owner}/{model_name}",
            {"path": {"model_owner": "acme", "model_name": "known-good"}},
        ),
        ("GET", "/predictions", {"query": {"created_after": "2020-01-01T00:00:00Z"}}),
        (
            "POST",
            "/predictions",
            {"body": {"version": HELLO, "input": {"text": "y"}}, "headers": {"Cancel-After": "1m"}},
        ),
        ("GET", "/predictions/{prediction_id}", {}),
        ("POST", "/predictions/{prediction_id}/cancel", {}),
        ("GET", "/search", {"query": {"query": "image", "limit": 5}}),
        ("GET", "/trainings", {}),
        ("GET", "/trainings/{training_id}", {}),
        ("POST", "/trainings/{training_id}/cancel", {}),
        ("GET", "/webhooks/default/secret", {}),
        ("DELETE", "/files/{file_id}", {}),
        (
            "DELETE",
            "/models/{model_owner}/{model_name}/versions/{version_id}",
            {
                "path": {
                    "model_owner": "acme",
                    "model_name": "conformance-target",
                    "version_id": "{trained_version}",
                }
            },
        ),
    ]


def test_known_good_requests_succeed_with_conforming_bodies(fresh_world: World) -> None:
    world = fresh_world
    cases = _known_good(world)
    covered = {(method, path) for method, path, _ in cases}
    every = {(op.ok().method.upper(), op.ok().path) for op in SCHEMA.get_all_operations()}
    assert covered == every, f"operations without a known-good request: {every - covered}"
    for method, path, details in cases:
        parameters = {**world.path_values, **details.get("path", {})}
        if parameters.get("version_id") == "{trained_version}":
            parameters["version_id"] = _trained_version(world)
        operation = SCHEMA[path][method]
        names = {p.name for p in operation.path_parameters}
        case = operation.Case(
            path_parameters={name: parameters[name] for name in names},
            query=details.get("query"),
            headers=details.get("headers"),
            **({"body": details["body"]} if "body" in details else {}),
        )
        response = case.call(
            base_url=world.server.base_url, headers={"Authorization": f"Bearer {TOKEN}"}
        )
        assert response.status_code < 300, (method, path, response.status_code, response.text)
        case.validate_response(response, checks=CHECKS)


def _trained_version(world: World) -> str:
    training = world.http.get(f"/trainings/{world.path_values['training_id']}").json()
    if training["status"] != "succeeded":  # canceled by the known-good cancel: train again
        created = world.http.post(
            f"/models/stability-ai/sdxl/versions/{SDXL}/trainings",
            json={"destination": "acme/conformance-target", "input": {}},
        ).json()
        training = world.http.get(f"/trainings/{created['id']}").json()
        while training["status"] not in ("succeeded", "failed", "canceled"):
            training = world.http.get(f"/trainings/{created['id']}").json()
    version: str = training["output"]["version"]
    return version


def _query_validator() -> Draft202012Validator:
    pointer = "#/paths/~1models/x-query/responses/200/content/application~1json/schema"
    resource = Resource.from_contents(RAW_SPEC, default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource("urn:openapi", resource)
    return Draft202012Validator({"$ref": f"urn:openapi{pointer}"}, registry=registry)


_DRAFT = (
    Draft202012Validator.META_SCHEMA
    and __import__("referencing.jsonschema", fromlist=["DRAFT202012"]).DRAFT202012
)


@pytest.mark.parametrize("query", ["", "image", "claude sonnet", "no such thing at all"])
def test_query_search_conforms(world: World, query: str) -> None:
    response = world.http.request(
        "QUERY", "/models", content=query.encode(), headers={"content-type": "text/plain"}
    )
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    errors = sorted(_query_validator().iter_errors(response.json()), key=str)
    assert not errors, [error.message for error in errors]
