"""Responses parse into the generated models and come back unchanged from ``to_dict()``.

Two sources of bodies:
- our own small fixtures in tests/fixtures/ (``<Schema>.<case>.json``; a JSON list holds several
  bodies of that schema), always available;
- every exchange recorded from api.replicate.com in ../shared (skipped when absent). Each one is
  matched to its operation by method and path, parsed with the model the operation declares for
  the recorded status, and replayed through the generated endpoint function, which must send
  the same method, path and JSON body.
"""

from __future__ import annotations

import importlib
import json
import re
from io import BytesIO
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import httpx
import pytest
from _openapi import Operation, find_operation, our_spec, parameters, ref_name, resolve, response
from _shared import Interaction, cassette_interactions, cassette_names
from replicate_api import Client, models
from replicate_api.api.files import files_download
from replicate_api.api.hardware import hardware_list
from replicate_api.api.models import models_readme_get, models_versions_delete
from replicate_api.api.predictions import predictions_create, predictions_get
from replicate_api.errors import UnexpectedStatus
from replicate_api.types import File as Upload

FIXTURES = Path(__file__).parent / "fixtures"
API_HOST = "api.replicate.com"
BASE_URL = "https://api.replicate.com/v1"
NOT_GENERATED = {"models.search"}
JSON_TYPES = ("application/json", "application/problem+json")


# ----- helpers -----


def differences(sent: Any, kept: Any, where: str = "$") -> list[str]:
    """Every place where ``kept`` does not hold exactly what the server ``sent``."""
    if isinstance(sent, dict) and isinstance(kept, dict):
        found = [f"{where}.{key}: missing" for key in sent if key not in kept]
        found += [f"{where}.{key}: not sent" for key in kept if key not in sent]
        for key in sent.keys() & kept.keys():
            found += differences(sent[key], kept[key], f"{where}.{key}")
        return found
    if isinstance(sent, list) and isinstance(kept, list) and len(sent) == len(kept):
        return [
            p
            for i, pair in enumerate(zip(sent, kept, strict=True))
            for p in differences(*pair, f"{where}[{i}]")
        ]
    same = sent == kept and type(sent) is type(kept)
    return [] if same else [f"{where}: sent {sent!r:.80}, kept {kept!r:.80}"]


def model_class(name: str) -> type[Any]:
    cls: type[Any] = getattr(models, name)
    return cls


def declared_body(operation: Operation, status: int) -> tuple[type[Any], bool] | None:
    """The model class declared for ``status`` and whether the body is a list of it."""
    declared = response(our_spec(), operation, status)
    assert declared is not None, f"{operation.operation_id} does not declare status {status}"
    content = declared.get("content", {})
    json_media = [content[t] for t in JSON_TYPES if t in content]
    if not json_media:
        return None
    schema = resolve(our_spec(), json_media[0]["schema"])
    if schema.get("type") == "array":
        name = ref_name(schema["items"])
        assert name, operation.operation_id
        return model_class(name), True
    name = ref_name(json_media[0]["schema"])
    assert name, f"{operation.operation_id} {status}: inline schema"
    return model_class(name), False


def round_trip_problems(cls: type[Any], body: Any, many: bool) -> list[str]:
    items = body if many else [body]
    assert isinstance(items, list)
    return [p for item in items for p in differences(item, cls.from_dict(item).to_dict())]


def mock_client(handler: Any) -> Client:
    client = Client(base_url=BASE_URL, raise_on_unexpected_status=True)
    client.set_httpx_client(httpx.Client(base_url=BASE_URL, transport=httpx.MockTransport(handler)))
    return client


def answering(status: int, body: bytes, content_type: str, **headers: str) -> Client:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            status, headers={"content-type": content_type, **headers}, content=body
        )

    return mock_client(handler)


def load_fixture(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


# ----- our fixtures (no ../shared needed) -----

FIXTURE_FILES = sorted(FIXTURES.glob("*.json"))


def test_fixtures_cover_every_response_model() -> None:
    response_models = {
        cls.__name__
        for operation in _operations()
        for code in operation.node["responses"]
        if (found := declared_body(operation, int(code))) is not None
        for cls in [found[0]]
    }
    covered = {path.name.split(".")[0] for path in FIXTURE_FILES}
    assert response_models <= covered, response_models - covered


def _operations() -> list[Operation]:
    from _openapi import operations

    return list(operations(our_spec()).values())


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=lambda path: path.stem)
def test_fixture_round_trips(path: Path) -> None:
    body = load_fixture(path)
    cls = model_class(path.name.split(".")[0])
    assert round_trip_problems(cls, body, isinstance(body, list)) == []


def test_parsed_fields_are_typed() -> None:
    partial = models.Prediction.from_dict(
        load_fixture(FIXTURES / "Prediction.processing-partial.json")
    )
    assert partial.status == models.PredictionStatus.PROCESSING
    assert partial.output == ["One", ", two"]
    assert partial.metrics is None and partial.completed_at is None
    assert partial.urls.stream.endswith("/t3st0000processingpartial02")

    done = models.Prediction.from_dict(load_fixture(FIXTURES / "Prediction.succeeded-files.json"))
    assert isinstance(done.metrics, models.PredictionMetrics)
    assert done.metrics.predict_time == 2.75
    assert done.metrics.additional_properties == {"image_count": 2}
    assert done.webhook_events_filter == [
        models.WebhookEventType.START,
        models.WebhookEventType.COMPLETED,
    ]
    assert done.input.additional_properties["seed"] == 7

    model = models.Model.from_dict(load_fixture(FIXTURES / "Model.official.json"))
    assert isinstance(model.default_example, models.Prediction)
    assert isinstance(model.latest_version, models.Version)
    assert isinstance(model.latest_version.openapi_schema, models.VersionSchema)
    assert (
        models.Model.from_dict(load_fixture(FIXTURES / "Model.empty.json")).latest_version is None
    )

    deployment = models.Deployment.from_dict(
        load_fixture(FIXTURES / "Deployment.with-release.json")
    )
    assert isinstance(deployment.current_release, models.DeploymentRelease)
    assert deployment.current_release.created_by.type == models.AccountType.ORGANIZATION

    training = models.Training.from_dict(load_fixture(FIXTURES / "Training.succeeded.json"))
    assert isinstance(training.output, models.TrainingOutput)
    assert training.output.weights == "https://files.example.test/weights.tar"


def test_required_fields_are_required() -> None:
    body = load_fixture(FIXTURES / "Prediction.starting-minimal.json")
    del body["id"]
    with pytest.raises(KeyError):
        models.Prediction.from_dict(body)


UNKNOWN_VALUES = [
    ("Prediction.starting-minimal.json", "status", "quantum"),
    ("Training.starting.json", "status", "paused-for-tea"),
    ("Model.empty.json", "visibility", "unlisted"),
    ("Account.user.json", "type", "team"),
    ("Prediction.starting-minimal.json", "source", "cli"),
]


@pytest.mark.parametrize(("fixture", "field", "value"), UNKNOWN_VALUES)
def test_unknown_enum_values_parse_and_round_trip(fixture: str, field: str, value: str) -> None:
    # The server adds values over time (`aborted` is recent): a new one must not break parsing.
    body = {**load_fixture(FIXTURES / fixture), field: value}
    parsed = model_class(fixture.split(".")[0]).from_dict(body)
    assert str(getattr(parsed, field)) == value
    assert parsed.to_dict()[field] == value


def test_unknown_webhook_event_round_trips() -> None:
    body = {**load_fixture(FIXTURES / "Prediction.starting-minimal.json")}
    body["webhook_events_filter"] = ["start", "teleport"]
    assert models.Prediction.from_dict(body).to_dict()["webhook_events_filter"] == [
        "start",
        "teleport",
    ]


# ----- the generated endpoint functions parse what the server sends -----


def test_endpoint_parses_a_prediction() -> None:
    body = (FIXTURES / "Prediction.processing-partial.json").read_bytes()
    result = predictions_get.sync_detailed(
        "t3st0000processingpartial02", client=answering(200, body, "application/json")
    )
    assert isinstance(result.parsed, models.Prediction)
    assert result.parsed.id == "t3st0000processingpartial02"


@pytest.mark.parametrize("status", [401, 404, 429, 500])
def test_endpoint_parses_problem_details(status: int) -> None:
    problem = {"title": "Nope", "detail": f"status {status}", "status": status, "extra": [1]}
    client = answering(
        status, json.dumps(problem).encode(), "application/problem+json", **{"Retry-After": "3"}
    )
    result = predictions_get.sync_detailed("abc", client=client)
    assert isinstance(result.parsed, models.Problem)
    assert result.parsed.to_dict() == problem
    assert result.headers["retry-after"] == "3"


def test_endpoint_returns_readme_text() -> None:
    client = answering(200, b"# Tiny\n\nSmall model.\n", "text/plain; charset=utf-8")
    assert models_readme_get.sync("acme", "tiny", client=client) == "# Tiny\n\nSmall model.\n"


def test_endpoint_returns_downloaded_bytes() -> None:
    client = answering(200, b"\x00\x01binary", "application/octet-stream")
    downloaded = files_download.sync(
        "file-id", client=client, owner="acme", expiry=1700000000, signature="c2ln"
    )
    assert isinstance(downloaded, Upload)
    assert downloaded.payload.read() == b"\x00\x01binary"


def test_endpoint_accepts_an_empty_202() -> None:
    result = models_versions_delete.sync_detailed(
        "acme", "tiny", "abc", client=answering(202, b"", "text/plain")
    )
    assert result.status_code == 202 and result.parsed is None


def test_endpoint_parses_a_bare_list() -> None:
    body = (FIXTURES / "Hardware.list.json").read_bytes()
    hardware = hardware_list.sync(client=answering(200, body, "application/json"))
    assert [item.sku for item in hardware or []] == ["cpu", "gpu-l40s", "gpu-future"]


def test_endpoint_sends_prefer_cancel_after_and_body() -> None:
    seen: list[httpx.Request] = []
    body = (FIXTURES / "Prediction.processing-partial.json").read_bytes()

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(201, headers={"content-type": "application/json"}, content=body)

    request = models.VersionPredictionRequest.from_dict(
        {"version": "acme/tiny", "input": {"text": "hi"}}
    )
    result = predictions_create.sync_detailed(
        client=mock_client(handler), body=request, prefer="wait=5", cancel_after="1m30s"
    )
    assert isinstance(result.parsed, models.Prediction)
    (sent,) = seen
    assert (sent.method, sent.url.path) == ("POST", "/v1/predictions")
    assert sent.headers["prefer"] == "wait=5" and sent.headers["cancel-after"] == "1m30s"
    assert json.loads(sent.content) == {"version": "acme/tiny", "input": {"text": "hi"}}


def test_endpoint_survives_a_non_json_error_body() -> None:
    # Proxies in front of the API answer some errors with HTML: no parsed body, no JSONDecodeError.
    # With raise_on_unexpected_status the generated client reports it as unexpected instead.
    client = answering(500, b"<html>upstream failure</html>", "text/html")
    with pytest.raises(UnexpectedStatus) as caught:
        predictions_get.sync_detailed("abc", client=client)
    assert caught.value.status_code == 500
    client.raise_on_unexpected_status = False
    result = predictions_get.sync_detailed("abc", client=client)
    assert result.status_code == 500 and result.parsed is None


# ----- recorded exchanges (../shared) -----


def api_exchanges(name: str) -> list[tuple[Interaction, Operation, dict[str, str]]]:
    found = []
    for interaction in cassette_interactions(name):
        request = interaction["request"]
        if request["host"] != API_HOST:
            continue
        assert request["path"].startswith("/v1/"), request["url"]
        match = find_operation(our_spec(), request["method"], request["path"].removeprefix("/v1"))
        assert match is not None, f"no operation serves {request['method']} {request['path']}"
        found.append((interaction, *match))
    return found


@pytest.mark.parametrize("name", cassette_names())
def test_recorded_responses_round_trip(name: str) -> None:
    problems: list[str] = []
    for interaction, operation, _ in api_exchanges(name):
        recorded = interaction["response"]
        declared = declared_body(operation, recorded["status"])
        if declared is None:
            assert not recorded["body"], f"{operation.operation_id}: undeclared body"
            continue
        assert recorded["json"] is not None, f"{operation.operation_id}: body is not JSON"
        cls, many = declared
        where = f"{operation.operation_id} {recorded['status']}"
        problems += [f"{where} {p}" for p in round_trip_problems(cls, recorded["json"], many)]
    assert problems == []


def python_name(parameter_name: str) -> str:
    return re.sub(r"\W", "_", parameter_name).lower()


def call_arguments(
    operation: Operation, interaction: Interaction, path_params: dict[str, str]
) -> dict[str, Any]:
    request = interaction["request"]
    assert not request["query"], "recorded query strings are not replayed"
    arguments: dict[str, Any] = {python_name(k): unquote(v) for k, v in path_params.items()}
    for parameter in parameters(our_spec(), operation):
        if parameter["in"] == "header" and parameter["name"].lower() in request["headers"]:
            arguments[python_name(parameter["name"])] = request["headers"][
                parameter["name"].lower()
            ]
    body = operation.node.get("requestBody")
    if body is not None:
        content = resolve(our_spec(), body)["content"]
        media_type, media = next(iter(content.items()))
        body_class = model_class(ref_name(media["schema"]) or "")
        if media_type == "application/json":
            arguments["body"] = body_class.from_dict(request["json"])
        else:  # multipart: what matters here is the response, not the recorded boundary
            arguments["body"] = body_class(content=Upload(payload=BytesIO(b"x"), file_name="x.txt"))
    return arguments


def replay(interaction: Interaction, operation: Operation, path_params: dict[str, str]) -> None:
    recorded_request, recorded = interaction["request"], interaction["response"]
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        headers = {"content-type": recorded["headers"].get("content-type", "")}
        return httpx.Response(recorded["status"], headers=headers, content=recorded["body"])

    module = importlib.import_module(f"replicate_api.api.{operation.tag}.{operation.module_name}")
    arguments = call_arguments(operation, interaction, path_params)
    result = module.sync_detailed(client=mock_client(handler), **arguments)

    (sent,) = seen
    assert (sent.method, sent.url.path) == (recorded_request["method"], recorded_request["path"])
    if recorded_request["json"] is not None:
        assert json.loads(sent.content) == recorded_request["json"], operation.operation_id
    declared = declared_body(operation, recorded["status"])
    if declared is None:
        assert result.parsed is None
        return
    cls, many = declared
    parsed = result.parsed if many else [result.parsed]
    assert all(isinstance(item, cls) for item in parsed), (operation.operation_id, cls)
    sent_back = recorded["json"] if many else [recorded["json"]]
    assert differences(sent_back, [item.to_dict() for item in parsed]) == []


@pytest.mark.parametrize("name", cassette_names())
def test_recorded_exchanges_replay_through_the_generated_client(name: str) -> None:
    exchanges = [
        exchange
        for exchange in api_exchanges(name)
        if exchange[1].operation_id not in NOT_GENERATED
    ]
    if not exchanges:
        pytest.skip(f"{name} has no exchange with a generated endpoint")
    for exchange in exchanges:
        replay(*exchange)
