"""Every API operation: the request it sends and how it reads the answer, sync and async.

Each case names one call (written once, valid for both clients), the exact request it must
produce (method, raw path, query, JSON or raw body, headers) and a check of the parsed result.
"""

from __future__ import annotations

import dataclasses
import inspect
import json
from collections.abc import Callable
from typing import Any

import _resource_samples as samples
import httpx
import pytest
import respx
from _resource_samples import API, TOKEN, VERSION_ID

import replicate

NO_BODY = object()


@dataclasses.dataclass
class Case:
    id: str
    call: Callable[[Any], Any]
    method: str
    path: str
    response: Any = None
    status: int = 200
    query: dict[str, str] = dataclasses.field(default_factory=dict)
    json: Any = NO_BODY
    content: bytes | None = None
    headers: dict[str, str] = dataclasses.field(default_factory=dict)
    check: Callable[[Any], bool] = lambda result: result is None
    text: str | None = None


PID = "gm3qorzdhgbfurvjtvhg6dckhu"
TID = "zz4ibbonubfz7carwiefibzgga"
FID = "cneqzikepnug6xezperrr4z55o"

CASES = [
    # predictions ------------------------------------------------------------------------
    Case(
        "predictions.create",
        lambda c: c.predictions.create(
            version=VERSION_ID,
            input={"text": "Alice"},
            webhook="https://example.com/hook",
            webhook_events_filter=["completed"],
            wait=5,
            cancel_after="1m",
        ),
        "POST",
        "/predictions",
        samples.prediction(PID),
        status=201,
        json={
            "version": VERSION_ID,
            "input": {"text": "Alice"},
            "webhook": "https://example.com/hook",
            "webhook_events_filter": ["completed"],
        },
        headers={"prefer": "wait=5", "cancel-after": "1m", "content-type": "application/json"},
        check=lambda p: p.id == PID and p.output == "hello Alice" and p.status == "succeeded",
    ),
    Case(
        "predictions.create-wait",
        lambda c: c.predictions.create(version=VERSION_ID, input={}, wait=True),
        "POST",
        "/predictions",
        samples.prediction(PID, status="processing"),
        status=201,
        json={"version": VERSION_ID, "input": {}},
        headers={"prefer": "wait"},
        check=lambda p: p.status == "processing",
    ),
    Case(
        "predictions.get",
        lambda c: c.predictions.get(prediction_id=PID),
        "GET",
        f"/predictions/{PID}",
        samples.prediction(PID),
        check=lambda p: p.id == PID and p.metrics.predict_time == 0.012683,
    ),
    Case(
        "predictions.list",
        lambda c: c.predictions.list(created_after="2024-01-01T00:00:00Z"),
        "GET",
        "/predictions",
        samples.page([samples.prediction("a"), samples.prediction("b")]),
        query={"created_after": "2024-01-01T00:00:00+00:00"},
        check=lambda page: [p.id for p in page.results] == ["a", "b"] and page.next is None,
    ),
    Case(
        "predictions.cancel",
        lambda c: c.predictions.cancel(prediction_id=PID),
        "POST",
        f"/predictions/{PID}/cancel",
        samples.prediction(PID, status="canceled"),
        check=lambda p: p.status == "canceled",
    ),
    # models -----------------------------------------------------------------------------
    Case(
        "models.create",
        lambda c: c.models.create(
            owner="acme", name="hello", visibility="private", hardware="cpu", description="Hi"
        ),
        "POST",
        "/models",
        samples.model("acme", "hello", visibility="private"),
        status=201,
        json={
            "owner": "acme",
            "name": "hello",
            "visibility": "private",
            "hardware": "cpu",
            "description": "Hi",
        },
        check=lambda m: (m.owner, m.name, m.visibility) == ("acme", "hello", "private"),
    ),
    Case(
        "models.get",
        lambda c: c.models.get(model_owner="replicate", model_name="hello-world"),
        "GET",
        "/models/replicate/hello-world",
        samples.model(),
        check=lambda m: m.latest_version.id == VERSION_ID and m.run_count == 12345,
    ),
    Case(
        "models.get-ref",
        lambda c: c.models.get("replicate/hello-world"),
        "GET",
        "/models/replicate/hello-world",
        samples.model(),
        check=lambda m: m.name == "hello-world",
    ),
    Case(
        "models.get-escaped",
        lambda c: c.models.get(model_owner="a b", model_name="x/../y?z"),
        "GET",
        "/models/a%20b/x%2F..%2Fy%3Fz",
        samples.model("a b", "x/../y?z"),
        check=lambda m: m.owner == "a b",
    ),
    Case(
        "models.list",
        lambda c: c.models.list(sort_by="model_created_at", sort_direction="asc"),
        "GET",
        "/models",
        samples.page([samples.model()]),
        query={"sort_by": "model_created_at", "sort_direction": "asc"},
        check=lambda page: page.results[0].owner == "replicate",
    ),
    Case(
        "models.update",
        lambda c: c.models.update(
            model_owner="acme", model_name="hello", description="New", readme="# Hello"
        ),
        "PATCH",
        "/models/acme/hello",
        samples.model("acme", "hello", description="New"),
        json={"description": "New", "readme": "# Hello"},
        check=lambda m: m.description == "New",
    ),
    Case(
        "models.delete",
        lambda c: c.models.delete(model_owner="acme", model_name="hello"),
        "DELETE",
        "/models/acme/hello",
        status=204,
    ),
    Case(
        "models.search",
        lambda c: c.models.search("llama"),
        "QUERY",
        "/models",
        samples.page([samples.model("meta", "llama")]),
        content=b"llama",
        headers={"content-type": "text/plain; charset=utf-8"},
        check=lambda page: page.results[0].name == "llama",
    ),
    Case(
        "models.versions.get",
        lambda c: c.models.versions.get(
            model_owner="replicate", model_name="hello-world", version_id=VERSION_ID
        ),
        "GET",
        f"/models/replicate/hello-world/versions/{VERSION_ID}",
        samples.version(),
        check=lambda v: v.id == VERSION_ID and v.cog_version == "0.3.0",
    ),
    Case(
        "models.versions.get-ref",
        lambda c: c.models.versions.get(f"replicate/hello-world:{VERSION_ID}"),
        "GET",
        f"/models/replicate/hello-world/versions/{VERSION_ID}",
        samples.version(),
        check=lambda v: v.id == VERSION_ID,
    ),
    Case(
        "models.versions.list",
        lambda c: c.models.versions.list(model_owner="replicate", model_name="hello-world"),
        "GET",
        "/models/replicate/hello-world/versions",
        samples.page([samples.version("v2"), samples.version("v1")]),
        check=lambda page: [v.id for v in page.results] == ["v2", "v1"],
    ),
    Case(
        "models.versions.delete",
        lambda c: c.models.versions.delete(model_owner="acme", model_name="hello", version_id="v1"),
        "DELETE",
        "/models/acme/hello/versions/v1",
        status=202,
    ),
    Case(
        "models.examples.list",
        lambda c: c.models.examples.list(model_owner="replicate", model_name="hello-world"),
        "GET",
        "/models/replicate/hello-world/examples",
        samples.page([samples.prediction("ex1")]),
        check=lambda page: page.results[0].id == "ex1",
    ),
    Case(
        "models.readme.get",
        lambda c: c.models.readme.get(model_owner="replicate", model_name="hello-world"),
        "GET",
        "/models/replicate/hello-world/readme",
        text="# Hello world\n\nSays hello. ✨",
        check=lambda readme: readme == "# Hello world\n\nSays hello. ✨",
    ),
    Case(
        "models.predictions.create",
        lambda c: c.models.predictions.create(
            model_owner="black-forest-labs",
            model_name="flux-schnell",
            input={"prompt": "a cat"},
            stream=True,
            wait=True,
        ),
        "POST",
        "/models/black-forest-labs/flux-schnell/predictions",
        samples.prediction(PID),
        status=201,
        json={"input": {"prompt": "a cat"}, "stream": True},
        headers={"prefer": "wait"},
        check=lambda p: p.id == PID,
    ),
    # collections ------------------------------------------------------------------------
    Case(
        "collections.get",
        lambda c: c.collections.get(collection_slug="super-resolution"),
        "GET",
        "/collections/super-resolution",
        samples.collection(),
        check=lambda col: col.description == "Upscaling models." and len(col.models) == 1,
    ),
    Case(
        "collections.list",
        lambda c: c.collections.list(),
        "GET",
        "/collections",
        samples.page([{"name": "Audio", "slug": "audio", "description": None}]),
        check=lambda page: page.results[0].slug == "audio",
    ),
    # deployments ------------------------------------------------------------------------
    Case(
        "deployments.create",
        lambda c: c.deployments.create(
            name="image-maker",
            model="stability-ai/sdxl",
            version=VERSION_ID,
            hardware="gpu-t4",
            min_instances=0,
            max_instances=3,
        ),
        "POST",
        "/deployments",
        samples.deployment(),
        json={
            "name": "image-maker",
            "model": "stability-ai/sdxl",
            "version": VERSION_ID,
            "hardware": "gpu-t4",
            "min_instances": 0,
            "max_instances": 3,
        },
        check=lambda d: d.current_release.configuration.hardware == "gpu-t4",
    ),
    Case(
        "deployments.get",
        lambda c: c.deployments.get(deployment_owner="acme", deployment_name="image-maker"),
        "GET",
        "/deployments/acme/image-maker",
        samples.deployment(),
        check=lambda d: d.current_release.number == 1,
    ),
    Case(
        "deployments.list",
        lambda c: c.deployments.list(),
        "GET",
        "/deployments",
        samples.page([samples.deployment()]),
        check=lambda page: page.results[0].name == "image-maker",
    ),
    Case(
        "deployments.update",
        lambda c: c.deployments.update(
            deployment_owner="acme", deployment_name="image-maker", min_instances=3
        ),
        "PATCH",
        "/deployments/acme/image-maker",
        samples.deployment(),
        json={"min_instances": 3},
        check=lambda d: d.owner == "acme",
    ),
    Case(
        "deployments.delete",
        lambda c: c.deployments.delete(deployment_owner="acme", deployment_name="image-maker"),
        "DELETE",
        "/deployments/acme/image-maker",
        status=204,
    ),
    Case(
        "deployments.predictions.create",
        lambda c: c.deployments.predictions.create(
            deployment_owner="acme",
            deployment_name="image-maker",
            input={"prompt": "a cat"},
            webhook="https://example.com/hook",
            cancel_after="30s",
        ),
        "POST",
        "/deployments/acme/image-maker/predictions",
        samples.prediction(PID, status="starting"),
        status=201,
        json={"input": {"prompt": "a cat"}, "webhook": "https://example.com/hook"},
        headers={"cancel-after": "30s"},
        check=lambda p: p.status == "starting",
    ),
    # trainings --------------------------------------------------------------------------
    Case(
        "trainings.create",
        lambda c: c.trainings.create(
            model_owner="stability-ai",
            model_name="sdxl",
            version_id=VERSION_ID,
            destination="acme/fine-tuned",
            input={"train_data": "https://example.com/data.zip"},
            webhook="https://example.com/hook",
        ),
        "POST",
        f"/models/stability-ai/sdxl/versions/{VERSION_ID}/trainings",
        samples.training(TID, status="starting", output=None),
        status=201,
        json={
            "destination": "acme/fine-tuned",
            "input": {"train_data": "https://example.com/data.zip"},
            "webhook": "https://example.com/hook",
        },
        check=lambda t: t.id == TID and t.output is None,
    ),
    Case(
        "trainings.get",
        lambda c: c.trainings.get(training_id=TID),
        "GET",
        f"/trainings/{TID}",
        samples.training(TID),
        check=lambda t: t.output.weights == "w",
    ),
    Case(
        "trainings.list",
        lambda c: c.trainings.list(),
        "GET",
        "/trainings",
        samples.page([samples.training(TID)]),
        check=lambda page: page.results[0].id == TID,
    ),
    Case(
        "trainings.cancel",
        lambda c: c.trainings.cancel(training_id=TID),
        "POST",
        f"/trainings/{TID}/cancel",
        samples.training(TID, status="canceled"),
        check=lambda t: t.status == "canceled",
    ),
    # files (uploads and downloads have their own tests) ----------------------------------
    Case(
        "files.get",
        lambda c: c.files.get(file_id=FID),
        "GET",
        f"/files/{FID}",
        samples.file(FID),
        check=lambda f: f.id == FID and f.checksums.md5 == "5d41402abc4b2a76",
    ),
    Case(
        "files.list",
        lambda c: c.files.list(),
        "GET",
        "/files",
        samples.page([samples.file(FID)]),
        check=lambda page: page.results[0].name == "hello.txt",
    ),
    Case(
        "files.delete",
        lambda c: c.files.delete(file_id=FID),
        "DELETE",
        f"/files/{FID}",
        status=204,
    ),
    # the rest ---------------------------------------------------------------------------
    Case(
        "hardware.list",
        lambda c: c.hardware.list(),
        "GET",
        "/hardware",
        samples.hardware(),
        check=lambda hw: (
            [(h.sku, h.name) for h in hw] == [("cpu", "CPU"), ("gpu-t4", "Nvidia T4 GPU")]
        ),
    ),
    Case(
        "account.get",
        lambda c: c.account.get(),
        "GET",
        "/account",
        samples.account(),
        check=lambda a: a.type == "organization" and a.username == "acme",
    ),
    Case(
        "webhooks.default.secret.get",
        lambda c: c.webhooks.default.secret.get(),
        "GET",
        "/webhooks/default/secret",
        {"key": "whsec_c2VjcmV0"},
        check=lambda s: s.key == "whsec_c2VjcmV0",
    ),
    Case(
        "search",
        lambda c: c.search(query="nano banana", limit=5),
        "GET",
        "/search",
        samples.search_results(),
        query={"query": "nano banana", "limit": "5"},
        check=lambda r: (
            r.collections[0].slug == "image-editing"
            and r.models[0].model.name == "nano-banana"
            and r.models[0].metadata.score == 0.9
        ),
    ),
]


def _route(router: respx.MockRouter, case: Case) -> respx.Route:
    route = router.route(method=case.method, url__regex=rf"^{API}{_path_regex(case.path)}(\?|$)")
    if case.text is not None:
        return route.respond(case.status, text=case.text, headers={"content-type": "text/markdown"})
    if case.response is None:
        return route.respond(case.status)
    return route.respond(case.status, json=case.response)


def _path_regex(path: str) -> str:
    return path.replace("?", r"\?").replace(".", r"\.")


def _check_request(request: httpx.Request, case: Case) -> None:
    assert request.method == case.method
    assert request.url.raw_path.split(b"?")[0].decode() == "/v1" + case.path
    assert dict(request.url.params) == case.query
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    assert request.headers["user-agent"] == f"replicate-python-sdk/{replicate.__version__}"
    for name, value in case.headers.items():
        assert request.headers.get(name) == value, name
    if case.json is not NO_BODY:
        assert json.loads(request.content) == case.json
    elif case.content is not None:
        assert request.content == case.content
    else:
        assert request.content == b""


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_sync_operation(case: Case) -> None:
    with (
        respx.mock(assert_all_called=True) as router,
        samples.sync_client() as client,
    ):
        route = _route(router, case)
        result = case.call(client)
    assert route.call_count == 1
    _check_request(route.calls.last.request, case)
    assert case.check(result), result


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
async def test_async_operation(case: Case) -> None:
    async with samples.async_client() as client:
        with respx.mock(assert_all_called=True) as router:
            route = _route(router, case)
            pending = case.call(client)
            assert inspect.isawaitable(pending), "async client methods must be awaitable"
            result = await pending
    assert route.call_count == 1
    _check_request(route.calls.last.request, case)
    assert case.check(result), result


def test_every_reference_operation_has_a_case() -> None:
    operations = {
        "predictions.create", "predictions.get", "predictions.list", "predictions.cancel",
        "models.create", "models.get", "models.list", "models.update", "models.delete",
        "models.search", "models.versions.get", "models.versions.list", "models.versions.delete",
        "models.predictions.create", "models.examples.list", "models.readme.get",
        "collections.get", "collections.list", "deployments.create", "deployments.get",
        "deployments.list", "deployments.update", "deployments.delete",
        "deployments.predictions.create", "trainings.create", "trainings.get", "trainings.list",
        "trainings.cancel", "files.get", "files.list", "files.delete", "hardware.list",
        "account.get", "webhooks.default.secret.get", "search",
    }  # fmt: skip
    assert operations <= {case.id for case in CASES}


# Argument handling that never reaches the network ---------------------------------------


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda c: c.models.get(), TypeError),
        (lambda c: c.models.get(model_owner="acme"), TypeError),
        (lambda c: c.models.get("acme"), ValueError),
        (lambda c: c.models.get("acme/x/y"), ValueError),
        (lambda c: c.models.get("acme/x", model_owner="acme"), TypeError),
        (lambda c: c.models.versions.get("acme/x"), TypeError),
        (lambda c: c.models.versions.get("acme/x:v1", version_id="v2"), TypeError),
        (lambda c: c.deployments.get("acme"), ValueError),
        (lambda c: c.predictions.create(version="v", input={}, wait=61), ValueError),
        (lambda c: c.predictions.create(version="v", input={}, wait=0), ValueError),
        (lambda c: c.models.list(sort_direction=5), ValueError),
    ],
)
def test_bad_arguments_fail_before_sending(call: Callable[[Any], Any], error: type) -> None:
    with respx.mock(assert_all_called=False) as router:
        route = router.route(host="api.replicate.test")
        client = samples.sync_client()
        with pytest.raises(error):
            call(client)
    assert route.call_count == 0


def test_trainings_create_accepts_a_version_ref() -> None:
    with respx.mock() as router:
        route = router.post(
            f"{API}/models/stability-ai/sdxl/versions/{VERSION_ID}/trainings"
        ).respond(201, json=samples.training())
        client = samples.sync_client()
        training = client.trainings.create(
            f"stability-ai/sdxl:{VERSION_ID}", destination="acme/tuned", input={"a": 1}
        )
    assert training.id == samples.training()["id"]
    assert json.loads(route.calls.last.request.content) == {
        "destination": "acme/tuned",
        "input": {"a": 1},
    }


def test_models_predictions_create_accepts_a_model_ref() -> None:
    with respx.mock() as router:
        route = router.post(f"{API}/models/meta/llama/predictions").respond(
            201, json=samples.prediction()
        )
        samples.sync_client().models.predictions.create("meta/llama", input={"prompt": "hi"})
    assert json.loads(route.calls.last.request.content) == {"input": {"prompt": "hi"}}


def test_unknown_status_value_still_parses() -> None:
    # The server adds statuses over time; a new one must not break get().
    with respx.mock() as router:
        router.get(f"{API}/predictions/{PID}").respond(
            200, json=samples.prediction(PID, status="paused-for-lunch")
        )
        prediction = samples.sync_client().predictions.get(prediction_id=PID)
    assert prediction.status == "paused-for-lunch"


def test_fields_the_spec_does_not_name_are_kept() -> None:
    with respx.mock() as router:
        router.get(f"{API}/account").respond(200, json={**samples.account(), "plan": "pro"})
        account = samples.sync_client().account.get()
    assert account.additional_properties["plan"] == "pro"
