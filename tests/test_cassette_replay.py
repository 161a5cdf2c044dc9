"""Recorded exchanges with api.replicate.com, replayed through the public API.

For every recorded API request, the SDK call that makes it is sent (sync and async)
against the recorded response. The SDK must send the same request (method, path, JSON
body, Prefer header) and give back exactly the recorded values: each parsed object turns
back into the recorded JSON, and error responses raise the matching class with the
recorded problem fields. Skips when ../shared is not available.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import re
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
import respx
from _shared import Interaction, cassette_interactions, cassette_names, shared_dir

from replicate import APIStatusError, AsyncReplicate, Replicate

API_HOST = "api.replicate.com"
BASE = f"https://{API_HOST}/v1"


def _api_interactions() -> list[Interaction]:
    """Every distinct API exchange (identical repeats of one poll are replayed once)."""
    if shared_dir() is None:
        return []
    seen: set[str] = set()
    found = []
    for name in cassette_names():
        for interaction in cassette_interactions(name):
            request, response = interaction["request"], interaction["response"]
            if request["host"] != API_HOST:
                continue  # file downloads from the CDN are not API operations
            key = hashlib.sha256(
                request["method"].encode() + request["url"].encode() + response["body"]
            ).hexdigest()
            if key not in seen:
                seen.add(key)
                found.append(interaction)
    return found


INTERACTIONS = _api_interactions()


def _label(interaction: Interaction) -> str:
    request = interaction["request"]
    return f"{interaction['cassette']}:{request['method']} {request['path']}"


# From a recorded request to the SDK call that makes it ----------------------------------

Call = Callable[[Any], Any]


def _wait(request: dict[str, Any]) -> dict[str, Any]:
    prefer = request["headers"].get("prefer")
    if prefer is None:
        return {}
    return {"wait": True if prefer == "wait" else int(prefer.removeprefix("wait="))}


def _multipart_content(request: dict[str, Any]) -> dict[str, Any]:
    boundary = request["headers"]["content-type"].split("boundary=")[1].encode()
    for chunk in request["body"].split(b"--" + boundary)[1:-1]:
        head, _, data = chunk[2:-2].partition(b"\r\n\r\n")
        text = head.decode()
        if 'name="content"' in text:
            filename = re.search(r'filename="([^"]*)"', text)
            content_type = re.search(r"Content-Type: (.*)", text)
            return {
                "content": data,
                "filename": filename.group(1) if filename else None,
                "content_type": content_type.group(1).strip() if content_type else None,
            }
    raise AssertionError("recorded upload has no content part")


def sdk_call(request: dict[str, Any]) -> Call:
    """The public-API call that sends `request` (works for both client kinds)."""
    method, path, body = request["method"], request["path"].removeprefix("/v1"), request["json"]
    routes: list[tuple[str, str, Callable[..., Call]]] = [
        ("GET", r"/collections", lambda: lambda c: c.collections.list()),
        ("GET", r"/collections/([^/]+)", lambda s: lambda c: c.collections.get(collection_slug=s)),
        (
            "POST",
            r"/files",
            lambda: lambda c: c.files.create(**_multipart_content(request)),
        ),
        ("GET", r"/files", lambda: lambda c: c.files.list()),
        ("GET", r"/files/([^/]+)", lambda f: lambda c: c.files.get(file_id=f)),
        ("DELETE", r"/files/([^/]+)", lambda f: lambda c: c.files.delete(file_id=f)),
        ("GET", r"/hardware", lambda: lambda c: c.hardware.list()),
        ("POST", r"/models", lambda: lambda c: c.models.create(**body)),
        ("GET", r"/models", lambda: lambda c: c.models.list()),
        ("QUERY", r"/models", lambda: lambda c: c.models.search(request["body"].decode())),
        (
            "GET",
            r"/models/([^/]+)/([^/]+)",
            lambda o, n: lambda c: c.models.get(model_owner=o, model_name=n),
        ),
        (
            "GET",
            r"/models/([^/]+)/([^/]+)/versions/([^/]+)",
            lambda o, n, v: (
                lambda c: c.models.versions.get(model_owner=o, model_name=n, version_id=v)
            ),
        ),
        (
            "POST",
            r"/models/([^/]+)/([^/]+)/predictions",
            lambda o, n: (
                lambda c: c.models.predictions.create(
                    model_owner=o, model_name=n, **body, **_wait(request)
                )
            ),
        ),
        (
            "POST",
            r"/models/([^/]+)/([^/]+)/versions/([^/]+)/trainings",
            lambda o, n, v: (
                lambda c: c.trainings.create(model_owner=o, model_name=n, version_id=v, **body)
            ),
        ),
        ("POST", r"/predictions", lambda: lambda c: c.predictions.create(**body, **_wait(request))),
        ("GET", r"/predictions/([^/]+)", lambda p: lambda c: c.predictions.get(prediction_id=p)),
        (
            "POST",
            r"/predictions/([^/]+)/cancel",
            lambda p: lambda c: c.predictions.cancel(prediction_id=p),
        ),
        ("GET", r"/trainings/([^/]+)", lambda t: lambda c: c.trainings.get(training_id=t)),
        (
            "POST",
            r"/trainings/([^/]+)/cancel",
            lambda t: lambda c: c.trainings.cancel(training_id=t),
        ),
    ]
    for route_method, pattern, make in routes:
        match = re.fullmatch(pattern, path)
        if route_method == method and match:
            return make(*match.groups())
    raise AssertionError(f"no SDK call known for {method} {path}")


# What the SDK returned, back in JSON form -----------------------------------------------


def as_json(result: Any) -> Any:
    if result is None:
        return None
    if isinstance(result, list):
        return [item.to_dict() for item in result]
    if hasattr(result, "results"):  # a page
        return {
            "next": result.next,
            "previous": result.previous,
            "results": [item.to_dict() for item in result.results],
        }
    return result.to_dict()


def _serve(router: respx.MockRouter, interaction: Interaction) -> respx.Route:
    request, response = interaction["request"], interaction["response"]
    headers = {"content-type": response["headers"].get("content-type", "application/json")}
    return router.route(method=request["method"], url=request["url"]).respond(
        response["status"], content=response["body"], headers=headers
    )


def _check_sent(sent: httpx.Request, recorded: dict[str, Any]) -> None:
    assert sent.method == recorded["method"]
    assert sent.url.path == recorded["path"]
    if recorded["json"] is not None:
        assert json.loads(sent.content) == recorded["json"]
    if recorded["method"] == "QUERY":
        assert sent.content == recorded["body"]
    assert sent.headers.get("prefer") == recorded["headers"].get("prefer")


def _check_result(outcome: Any, interaction: Interaction) -> None:
    response = interaction["response"]
    recorded = response["json"]
    if response["status"] >= 400:
        assert isinstance(outcome, APIStatusError), outcome
        assert outcome.status == response["status"]
        assert (outcome.title, outcome.detail) == (recorded.get("title"), recorded.get("detail"))
        return
    assert not isinstance(outcome, BaseException), outcome
    assert as_json(outcome) == recorded
    if isinstance(recorded, dict) and "id" in recorded:
        assert outcome.id == recorded["id"]
    if isinstance(recorded, dict) and "status" in recorded:
        assert str(outcome.status) == recorded["status"]


# One client of each kind for every replay: building an HTTPS client costs more than a replay.
@pytest.fixture(scope="module")
def sync_client() -> Iterator[Replicate]:
    with Replicate(bearer_token="r8_x", base_url=BASE) as client:
        yield client


@pytest.fixture(scope="module")
def async_http() -> httpx.AsyncClient:
    return httpx.AsyncClient()


@pytest.mark.skipif(shared_dir() is None, reason="../shared is not available")
@pytest.mark.parametrize("interaction", INTERACTIONS, ids=[_label(i) for i in INTERACTIONS])
def test_replay_sync(interaction: Interaction, sync_client: Replicate) -> None:
    call = sdk_call(interaction["request"])
    with respx.mock() as router:
        route = _serve(router, interaction)
        try:
            outcome = call(sync_client)
        except APIStatusError as error:
            outcome = error
    assert route.call_count == 1
    _check_sent(route.calls.last.request, interaction["request"])
    _check_result(outcome, interaction)


@pytest.mark.skipif(shared_dir() is None, reason="../shared is not available")
@pytest.mark.parametrize("interaction", INTERACTIONS, ids=[_label(i) for i in INTERACTIONS])
async def test_replay_async(interaction: Interaction, async_http: httpx.AsyncClient) -> None:
    call = sdk_call(interaction["request"])
    client = AsyncReplicate(bearer_token="r8_x", base_url=BASE, http_client=async_http)
    with respx.mock() as router:
        route = _serve(router, interaction)
        pending = call(client)
        assert inspect.isawaitable(pending)
        try:
            outcome = await pending
        except APIStatusError as error:
            outcome = error
    assert route.call_count == 1
    _check_sent(route.calls.last.request, interaction["request"])
    _check_result(outcome, interaction)


def test_the_cassettes_cover_the_main_operations() -> None:
    if shared_dir() is None:
        pytest.skip("../shared is not available")
    recorded = {f"{i['request']['method']} {i['request']['path']}" for i in INTERACTIONS}
    for expected in (
        "GET /v1/hardware",
        "QUERY /v1/models",
        "POST /v1/files",
        "GET /v1/collections",
        "POST /v1/predictions",
    ):
        assert expected in recorded
