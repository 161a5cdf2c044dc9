"""replicate.testing: injected faults (status bursts, 429, drops, broken bodies, latency)."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest
from _server_support import HELLO, TOKEN, client, parse_sse

from replicate.testing import FaultSpec, LocalServer


@pytest.fixture
def http(server: LocalServer) -> Iterator[httpx.Client]:
    with client(server) as session:
        yield session


def _create(http: httpx.Client) -> httpx.Response:
    return http.post("/predictions", json={"version": HELLO, "input": {"text": "f"}})


def test_a_burst_of_503_answers_first_and_creates_nothing(
    http: httpx.Client, server: LocalServer
) -> None:
    spec = server.faults.inject("POST /v1/predictions", status=503, times=3)
    assert isinstance(spec, FaultSpec)
    statuses = [_create(http).status_code for _ in range(4)]
    assert statuses == [503, 503, 503, 201]
    assert spec.fired == 3
    assert server.counters.faults_injected == 3
    assert server.counters.predictions_created == 1
    assert server.counters.requests["POST /v1/predictions"] == 4


def test_429_carries_retry_after(http: httpx.Client, server: LocalServer) -> None:
    server.faults.inject("GET /v1/predictions/*", status=429, retry_after=2)
    created = _create(http).json()
    throttled = http.get(f"/predictions/{created['id']}")
    assert throttled.status_code == 429
    assert throttled.headers["retry-after"] == "2"
    assert throttled.headers["content-type"] == "application/problem+json"
    assert throttled.json()["status"] == 429
    assert http.get(f"/predictions/{created['id']}").status_code == 200


def test_faults_match_route_templates_and_other_routes_pass(
    http: httpx.Client, server: LocalServer
) -> None:
    server.faults.inject("GET /v1/models/{model_owner}/{model_name}", status=500, times=None)
    assert http.get("/models/replicate/hello-world").status_code == 500
    assert http.get("/models/google/nano-banana").status_code == 500
    assert http.get("/models/google/nano-banana/readme").status_code == 200
    server.faults.clear()
    assert http.get("/models/google/nano-banana").status_code == 200


def test_drop_before_response_still_creates_the_prediction(
    http: httpx.Client, server: LocalServer
) -> None:
    server.faults.inject("POST /v1/predictions", drop="before_response")
    with pytest.raises(httpx.RemoteProtocolError):
        _create(http)
    assert server.counters.predictions_created == 1
    (prediction_id,) = list(server.predictions)
    assert http.get(f"/predictions/{prediction_id}").status_code == 200


def test_drop_before_request_processes_nothing(http: httpx.Client, server: LocalServer) -> None:
    server.faults.inject("POST /v1/predictions", drop="before_request")
    # Closed with the request unread: the kernel may answer with a reset instead of a FIN.
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        _create(http)
    assert server.counters.predictions_created == 0
    assert _create(http).status_code == 201


def test_drop_mid_body_truncates_the_answer(http: httpx.Client, server: LocalServer) -> None:
    server.faults.inject("GET /v1/models", drop="mid_body")
    with pytest.raises(httpx.RemoteProtocolError):
        http.get("/models")
    assert http.get("/models").status_code == 200


def test_malformed_body_replaces_the_answer(http: httpx.Client, server: LocalServer) -> None:
    server.faults.inject("GET /v1/account", body=b'{"type": "organiz')
    response = http.get("/account")
    assert response.status_code == 200
    with pytest.raises(json.JSONDecodeError):
        response.json()
    assert http.get("/account").json()["username"] == "acme"


def test_delay_only_slows_the_answer(http: httpx.Client, server: LocalServer) -> None:
    spec = server.faults.inject("GET /v1/hardware", delay=0.05)
    assert http.get("/hardware").status_code == 200
    assert spec.fired == 1
    assert server.counters.faults_injected == 1


def test_drop_mid_stream_then_resume_with_last_event_id(
    http: httpx.Client, server: LocalServer
) -> None:
    prediction = http.post(
        "/models/anthropic/claude-sonnet-4/predictions", json={"input": {"prompt": "resume"}}
    ).json()
    server.faults.inject("GET /v1/streams/*", drop="mid_stream")
    received = ""
    with (
        pytest.raises(httpx.RemoteProtocolError),
        httpx.stream("GET", prediction["urls"]["stream"]) as response,
    ):
        for text in response.iter_text():
            received += text
    first = parse_sse(received)
    assert len([event for event in first if "event" in event]) == 1
    resumed = httpx.get(prediction["urls"]["stream"], headers={"Last-Event-ID": first[-1]["id"]})
    rest = parse_sse(resumed.text)
    ids = [int(event["id"]) for event in first + rest if "id" in event]
    assert ids == list(range(1, len(ids) + 1))
    assert rest[-1]["event"] == "done"


def test_wildcard_fault_hits_any_route(http: httpx.Client, server: LocalServer) -> None:
    server.faults.inject("*", status=502, times=2)
    assert http.get("/account").status_code == 502
    assert http.get("/hardware").status_code == 502
    assert http.get("/hardware").status_code == 200


def test_invalid_fault_specs_are_refused(server: LocalServer) -> None:
    with pytest.raises(ValueError):
        server.faults.inject("*", drop="sometimes")
    with pytest.raises(ValueError):
        server.faults.inject("*")
    with pytest.raises(ValueError):
        server.faults.inject("*", status=500, drop="mid_body")


async def test_drops_surface_as_transport_errors_in_process(server: LocalServer) -> None:
    transport = httpx.ASGITransport(app=server.app)
    async with httpx.AsyncClient(
        transport=transport,
        base_url="http://testserver/v1",
        headers={"Authorization": f"Bearer {TOKEN}"},
    ) as http:
        server.faults.inject("POST /v1/predictions", drop="before_response")
        with pytest.raises(httpx.RemoteProtocolError):
            await http.post("/predictions", json={"version": HELLO, "input": {"text": "a"}})
        server.faults.inject("GET /v1/account", drop="mid_body")
        with pytest.raises(httpx.RemoteProtocolError):
            await http.get("/account")
    assert server.counters.predictions_created == 1
