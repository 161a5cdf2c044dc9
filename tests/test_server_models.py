"""replicate.testing: models, versions, trainings, deployments, collections, search, account."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

import httpx
import pytest
from _server_support import HELLO, SDXL, client, wait_until_done

from replicate.testing import LocalServer

LOCAL_SERVER = {"speed": 50.0}  # the shared server fixture's settings (conftest.py)


@pytest.fixture
def http(server: LocalServer) -> Iterator[httpx.Client]:
    with client(server) as session:
        yield session


def _new_model(http: httpx.Client, name: str, visibility: str = "private") -> httpx.Response:
    return http.post(
        "/models",
        json={"owner": "acme", "name": name, "visibility": visibility, "hardware": "cpu"},
    )


# -- models and versions -------------------------------------------------------------------


def test_seed_models_carry_cog_schemas(http: httpx.Client, server: LocalServer) -> None:
    claude = http.get("/models/anthropic/claude-sonnet-4").json()
    assert claude["is_official"] is True
    output = claude["latest_version"]["openapi_schema"]["components"]["schemas"]["Output"]
    assert output["x-cog-array-type"] == "iterator"
    assert output["x-cog-array-display"] == "concatenate"
    banana = http.get("/models/google/nano-banana").json()
    banana_output = banana["latest_version"]["openapi_schema"]["components"]["schemas"]["Output"]
    assert banana_output == {"type": "string", "format": "uri", "title": "Output"}
    hello = http.get("/models/replicate/hello-world").json()
    assert hello["latest_version"]["id"] == HELLO
    assert hello["default_example"]["output"] == "hello world"
    assert hello["cover_image_url"].startswith(server.origin)
    assert httpx.get(hello["cover_image_url"]).content.startswith(b"\x89PNG")


def test_versions_of_ordinary_and_official_models(http: httpx.Client) -> None:
    versions = http.get("/models/stability-ai/sdxl/versions").json()
    assert [item["id"] for item in versions["results"]] == [SDXL]
    one = http.get(f"/models/stability-ai/sdxl/versions/{SDXL}").json()
    assert one["openapi_schema"]["components"]["schemas"]["Input"]["properties"]["prompt"]
    # Official models have no addressable versions, as on the real API.
    assert http.get("/models/anthropic/claude-sonnet-4/versions").status_code == 404
    assert http.get("/models/stability-ai/sdxl/versions/0000").status_code == 404


def test_model_create_update_and_delete(http: httpx.Client) -> None:
    created = _new_model(http, "tiny")
    assert created.status_code == 201
    assert created.json()["latest_version"] is None
    assert _new_model(http, "tiny").status_code == 409
    others = http.post(
        "/models", json={"owner": "bob", "name": "x", "visibility": "public", "hardware": "cpu"}
    )
    assert others.status_code == 403
    assert _new_model(http, "Bad Name").status_code == 422

    updated = http.patch(
        "/models/acme/tiny",
        json={"description": "Small.", "readme": "# Tiny\n", "github_url": "https://e.com/t"},
    )
    assert updated.json()["description"] == "Small."
    assert http.get("/models/acme/tiny/readme").text == "# Tiny\n"
    assert http.patch("/models/acme/tiny", json={"paper_url": "nope"}).status_code == 422
    assert http.patch("/models/stability-ai/sdxl", json={"description": "x"}).status_code == 403

    assert http.delete("/models/acme/tiny").status_code == 204
    assert http.get("/models/acme/tiny").status_code == 404
    assert http.delete("/models/stability-ai/sdxl").status_code == 403


def test_model_list_sorts_and_hides_private_models(http: httpx.Client) -> None:
    _new_model(http, "hidden")
    listed = http.get("/models", params={"sort_by": "model_created_at"}).json()
    names = [f"{item['owner']}/{item['name']}" for item in listed["results"]]
    assert "acme/hidden" not in names
    assert names[0] == "minimax/video-01"  # newest first
    ascending = http.get(
        "/models", params={"sort_by": "model_created_at", "sort_direction": "asc"}
    ).json()
    assert ascending["results"][0]["name"] == "hello-world"
    assert http.get("/models", params={"sort_direction": "sideways"}).status_code == 400


def test_readme_and_examples(http: httpx.Client) -> None:
    readme = http.get("/models/google/nano-banana/readme")
    assert readme.headers["content-type"].startswith("text/plain")
    assert "local stand-in" in readme.text
    examples = http.get("/models/google/nano-banana/examples").json()
    (example,) = examples["results"]
    assert example["status"] == "succeeded"
    assert httpx.get(example["output"]).content.startswith(b"\x89PNG")


# -- search --------------------------------------------------------------------------------


def test_query_search_ranks_models(http: httpx.Client) -> None:
    found = http.request("QUERY", "/models", content=b"banana").json()
    assert [item["name"] for item in found["results"]] == ["nano-banana"]
    everything = http.request("QUERY", "/models", content=b"").json()
    assert len(everything["results"]) == 5


@pytest.mark.parametrize("body", [b'"banana"', b' "banana" ', b'"\\u0062anana"'])
def test_query_search_accepts_a_json_quoted_query(http: httpx.Client, body: bytes) -> None:
    found = http.request("QUERY", "/models", content=body).json()
    assert [item["name"] for item in found["results"]] == ["nano-banana"]


def test_query_search_keeps_a_lone_quote_as_text(http: httpx.Client) -> None:
    found = http.request("QUERY", "/models", content=b'"banana').json()
    assert found["results"] == []


def test_search_returns_models_collections_and_pages_without_a_token(
    server: LocalServer,
) -> None:
    response = httpx.get(f"{server.base_url}/search", params={"query": "image", "limit": 1})
    body = response.json()
    assert body["query"] == "image"
    assert len(body["models"]) == 1
    assert set(body["models"][0]["metadata"]) == {"generated_description", "tags", "score"}
    assert {item["slug"] for item in body["collections"]} >= {"text-to-image", "image-editing"}
    assert any("image" in page["name"].lower() for page in body["pages"])
    assert httpx.get(f"{server.base_url}/search").status_code == 400
    assert (
        httpx.get(f"{server.base_url}/search", params={"query": "x", "limit": 99}).status_code
        == 400
    )


# -- trainings -----------------------------------------------------------------------------


def test_training_publishes_a_new_version_at_its_destination(http: httpx.Client) -> None:
    _new_model(http, "my-sdxl")
    created = http.post(
        f"/models/stability-ai/sdxl/versions/{SDXL}/trainings",
        json={"destination": "acme/my-sdxl", "input": {"input_images": "https://x/y.zip"}},
    )
    assert created.status_code == 201
    training = created.json()
    assert training["status"] == "starting"
    assert training["urls"]["get"].endswith(f"/v1/trainings/{training['id']}")
    final = wait_until_done(http, training)[-1]
    assert final["status"] == "succeeded"
    new_version = final["output"]["version"]
    model = http.get("/models/acme/my-sdxl").json()
    assert model["latest_version"]["id"] == new_version
    trained = http.post(
        "/predictions",
        json={"version": f"acme/my-sdxl:{new_version}", "input": {"width": 16, "height": 16}},
        headers={"Prefer": "wait"},
    ).json()
    assert trained["model"] == "acme/my-sdxl"
    assert len(trained["output"]) == 1
    listed = http.get("/trainings").json()
    assert [item["id"] for item in listed["results"]] == [training["id"]]


def test_training_destination_must_exist(http: httpx.Client) -> None:
    response = http.post(
        f"/models/stability-ai/sdxl/versions/{SDXL}/trainings",
        json={"destination": "<invalid>", "input": {}},
    )
    assert response.status_code == 404
    assert response.json()["detail"] == "The specified training destination does not exist"
    not_trainable = http.post(
        f"/models/replicate/hello-world/versions/{HELLO}/trainings",
        json={"destination": "replicate/hello-world", "input": {}},
    )
    assert not_trainable.status_code == 422


def test_canceled_training_publishes_nothing(http: httpx.Client, server: LocalServer) -> None:
    _new_model(http, "never")
    training = http.post(
        f"/models/stability-ai/sdxl/versions/{SDXL}/trainings",
        json={"destination": "acme/never", "input": {}},
    ).json()
    canceled = http.post(f"/trainings/{training['id']}/cancel").json()
    assert canceled["status"] == "canceled"
    assert http.get(f"/trainings/{training['id']}").json()["status"] == "canceled"
    assert http.get("/models/acme/never").json()["latest_version"] is None
    assert server.counters.trainings_created == 1
    assert server.counters.predictions_created == 0


# -- deployments ---------------------------------------------------------------------------


def test_deployment_releases_and_predictions(http: httpx.Client) -> None:
    body = {
        "name": "image-maker",
        "model": "stability-ai/sdxl",
        "version": SDXL,
        "hardware": "gpu-t4",
        "min_instances": 0,
        "max_instances": 3,
    }
    created = http.post("/deployments", json=body).json()
    assert created["owner"] == "acme"
    assert created["current_release"]["number"] == 1
    assert created["current_release"]["created_by"]["username"] == "acme"
    assert http.post("/deployments", json=body).status_code == 409

    updated = http.patch("/deployments/acme/image-maker", json={"max_instances": 5}).json()
    assert updated["current_release"]["number"] == 2
    assert updated["current_release"]["configuration"]["max_instances"] == 5
    assert updated["current_release"]["configuration"]["hardware"] == "gpu-t4"
    bad = http.patch("/deployments/acme/image-maker", json={"min_instances": 9})
    assert bad.status_code == 422

    prediction = http.post(
        "/deployments/acme/image-maker/predictions",
        json={"input": {"prompt": "fox", "width": 8, "height": 8}},
        headers={"Prefer": "wait"},
    ).json()
    assert prediction["deployment"] == "acme/image-maker"
    assert prediction["version"] == SDXL
    assert [item["name"] for item in http.get("/deployments").json()["results"]] == ["image-maker"]
    assert http.delete("/deployments/acme/image-maker").status_code == 204
    assert http.get("/deployments/acme/image-maker").status_code == 404


def test_deployment_needs_a_real_version(http: httpx.Client) -> None:
    response = http.post(
        "/deployments",
        json={
            "name": "x",
            "model": "stability-ai/sdxl",
            "version": HELLO,
            "hardware": "cpu",
            "min_instances": 0,
            "max_instances": 1,
        },
    )
    assert response.status_code == 404


# -- account, hardware, collections --------------------------------------------------------


def test_account_hardware_collections(http: httpx.Client) -> None:
    account = http.get("/account").json()
    assert account["type"] == "organization"
    assert account["username"] == "acme"
    hardware = http.get("/hardware").json()
    assert {"sku": "cpu", "name": "CPU"} in hardware
    collections = http.get("/collections").json()["results"]
    assert {item["slug"] for item in collections} >= {"text-to-image", "language-models"}
    one = http.get("/collections/text-to-image").json()
    assert [model["name"] for model in one["models"]] == ["nano-banana", "sdxl"]
    assert http.get("/collections/nothing").status_code == 404


# -- register_model ------------------------------------------------------------------------


def test_register_model_derives_schemas_from_the_signature(
    http: httpx.Client, server: LocalServer
) -> None:
    def greet(name: str, times: int = 1, tone: Literal["warm", "cold"] = "warm") -> str:
        """Greets someone."""
        return " ".join([f"{tone} hi {name}"] * times)

    version_id = server.register_model("acme/greeter", greet)
    model = http.get("/models/acme/greeter").json()
    assert model["latest_version"]["id"] == version_id
    assert model["description"] == "Greets someone."
    schemas = model["latest_version"]["openapi_schema"]["components"]["schemas"]
    properties = schemas["Input"]["properties"]
    assert schemas["Input"]["required"] == ["name"]
    assert properties["times"]["type"] == "integer"
    assert properties["times"]["default"] == 1
    assert properties["tone"]["enum"] == ["warm", "cold"]
    assert schemas["Output"]["type"] == "string"

    ok = http.post(
        "/predictions",
        json={"version": version_id, "input": {"name": "Ann", "times": 2}},
        headers={"Prefer": "wait"},
    ).json()
    assert ok["output"] == "warm hi Ann warm hi Ann"
    wrong = http.post("/predictions", json={"version": version_id, "input": {"name": 3}})
    assert wrong.status_code == 422
    assert wrong.json()["invalid_fields"][0]["field"] == "input.name"


def test_register_model_with_explicit_schemas_and_versions(
    http: httpx.Client, server: LocalServer
) -> None:
    schema = {"type": "object", "properties": {"n": {"type": "integer", "maximum": 3}}}
    first = server.register_model(
        "acme/counter", lambda n=0: n + 1, version_id="a" * 64, input_schema=schema
    )
    second = server.register_model("acme/counter", lambda n=0: n + 2, input_schema=schema)
    assert first == "a" * 64
    versions = http.get("/models/acme/counter/versions").json()["results"]
    assert [item["id"] for item in versions] == [second, first]
    old = http.post(
        "/predictions", json={"version": first, "input": {"n": 1}}, headers={"Prefer": "wait"}
    ).json()
    assert old["output"] == 2
    assert http.post("/predictions", json={"version": first, "input": {"n": 5}}).status_code == 422
