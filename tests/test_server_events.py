"""replicate.testing: server-sent events at urls.stream, and signed webhook deliveries."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from _server_support import HELLO, WebhookReceiver, client, parse_sse, wait_until_done

from replicate.testing import LocalServer


@pytest.fixture
def http(server: LocalServer) -> Iterator[httpx.Client]:
    with client(server) as session:
        yield session


def _claude(http: httpx.Client, prompt: str = "llamas", **extra: Any) -> dict[str, Any]:
    response = http.post(
        "/models/anthropic/claude-sonnet-4/predictions",
        json={"input": {"prompt": prompt}, **extra},
    )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def _read_stream(url: str, **headers: str) -> tuple[httpx.Response, list[dict[str, Any]]]:
    with httpx.stream("GET", url, headers={"accept": "text/event-stream", **headers}) as response:
        text = response.read().decode()
    return response, parse_sse(text)


# -- server-sent events --------------------------------------------------------------------


def test_stream_sends_tokens_then_done_with_ids_and_retry(http: httpx.Client) -> None:
    prediction = _claude(http)
    response, events = _read_stream(prediction["urls"]["stream"])
    assert response.headers["content-type"].startswith("text/event-stream")
    assert events[0]["retry"] == "1000"
    ids = [int(event["id"]) for event in events if "id" in event]
    assert ids == list(range(1, len(ids) + 1))
    assert [event["event"] for event in events][-1] == "done"
    assert events[-1]["data"] == "{}"
    tokens = [event["data"] for event in events if event.get("event") == "output"]
    final = wait_until_done(http, prediction)[-1]
    assert tokens == final["output"]
    assert "".join(tokens).startswith("You asked about: llamas.")
    assert any(event.get("event") == "logs" for event in events)


def test_last_event_id_resumes_without_repeats(http: httpx.Client) -> None:
    prediction = _claude(http)
    _, everything = _read_stream(prediction["urls"]["stream"])
    _, rest = _read_stream(prediction["urls"]["stream"], **{"Last-Event-ID": "3"})
    assert [event["id"] for event in rest] == [event["id"] for event in everything[3:]]
    assert [event["data"] for event in rest] == [event["data"] for event in everything[3:]]
    _, after_end = _read_stream(
        prediction["urls"]["stream"], **{"Last-Event-ID": everything[-1]["id"]}
    )
    assert [event for event in after_end if "event" in event] == []


def test_canceled_stream_ends_with_done_reason_canceled(
    http: httpx.Client, server: LocalServer
) -> None:
    def forever(prompt: str) -> Iterator[str]:
        yield from prompt.split()

    server.register_model("acme/slow-talker", forever, run_time=200.0)  # 10 s here
    prediction = http.post(
        "/models/acme/slow-talker/predictions", json={"input": {"prompt": "a b c d"}}
    ).json()
    http.post(prediction["urls"]["cancel"])
    _, events = _read_stream(prediction["urls"]["stream"])
    assert events[-1]["event"] == "done"
    assert json.loads(events[-1]["data"]) == {"reason": "canceled"}


def test_failed_stream_sends_error_then_done(http: httpx.Client, server: LocalServer) -> None:
    def breaks(prompt: str) -> Iterator[str]:
        yield "partial "
        raise ValueError("the model broke")

    server.register_model("acme/breaks", breaks)
    prediction = http.post("/models/acme/breaks/predictions", json={"input": {"prompt": "x"}})
    _, events = _read_stream(prediction.json()["urls"]["stream"])
    names = [event.get("event") for event in events if "event" in event]
    assert names[-2:] == ["error", "done"]
    assert json.loads(events[-2]["data"]) == {"detail": "the model broke"}
    assert "partial " in [event.get("data") for event in events]


def test_multiline_tokens_survive_the_stream(http: httpx.Client, server: LocalServer) -> None:
    def poet() -> Iterator[str]:
        yield from ["line one\n", "\n", "line two"]

    server.register_model("acme/poet", poet)
    prediction = http.post("/models/acme/poet/predictions", json={"input": {}}).json()
    _, events = _read_stream(prediction["urls"]["stream"])
    tokens = [event["data"] for event in events if event.get("event") == "output"]
    assert tokens == ["line one\n", "\n", "line two"]


def test_only_streaming_models_have_a_stream(http: httpx.Client, server: LocalServer) -> None:
    prediction = http.post("/predictions", json={"version": HELLO, "input": {"text": "a"}}).json()
    assert "stream" not in prediction["urls"]
    stream_url = prediction["urls"]["get"].replace("/predictions/", "/streams/")
    assert httpx.get(stream_url).status_code == 404


# -- webhooks ------------------------------------------------------------------------------


def _verify(secret: str, headers: dict[str, str], body: bytes) -> bool:
    key = base64.b64decode(secret.removeprefix("whsec_"))
    signed = f"{headers['webhook-id']}.{headers['webhook-timestamp']}.".encode() + body
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    return any(
        hmac.compare_digest(f"v1,{expected}", part) for part in headers["webhook-signature"].split()
    )


def test_webhooks_are_signed_and_filtered(http: httpx.Client, server: LocalServer) -> None:
    secret = http.get("/webhooks/default/secret").json()["key"]
    assert secret.startswith("whsec_")
    with WebhookReceiver() as receiver:
        prediction = http.post(
            "/predictions",
            json={
                "version": HELLO,
                "input": {"text": "hook"},
                "webhook": receiver.url,
                "webhook_events_filter": ["start", "completed"],
            },
        ).json()
        deliveries = receiver.wait_for(2)
        wait_until_done(http, prediction)
    assert len(deliveries) == 2
    bodies = [json.loads(body) for _, body in deliveries]
    assert [body["status"] for body in bodies] == ["processing", "succeeded"]
    assert bodies[1]["output"] == "hello hook"
    for headers, body in deliveries:
        assert _verify(secret, headers, body)
        assert headers["webhook-id"].startswith("msg_")
    assert deliveries[0][0]["webhook-id"] != deliveries[1][0]["webhook-id"]
    assert not _verify("whsec_" + base64.b64encode(b"x" * 24).decode(), *deliveries[0])
    assert server.counters.webhooks_delivered == 2


def test_output_webhooks_follow_a_stream(http: httpx.Client, server: LocalServer) -> None:
    def three_words() -> Iterator[str]:
        yield from ["one ", "two ", "three"]

    # 0.6 s here, the first word after 0.2 s: an output delivery comes before completion.
    server.register_model("acme/three-words", three_words, run_time=12.0)
    with WebhookReceiver() as receiver:
        prediction = http.post(
            "/models/acme/three-words/predictions",
            json={
                "input": {},
                "webhook": receiver.url,
                "webhook_events_filter": ["output", "completed"],
            },
        ).json()
        final = wait_until_done(http, prediction)[-1]
        bodies = receiver.wait_for_status("succeeded")
    assert bodies[0]["status"] == "processing"
    assert bodies[0]["output"][0] == "one "
    assert bodies[-1]["status"] == "succeeded"
    assert bodies[-1]["output"] == final["output"] == ["one ", "two ", "three"]
    assert len(bodies) <= 4  # output deliveries are throttled to one per half second


def test_webhooks_to_other_hosts_are_refused(http: httpx.Client, server: LocalServer) -> None:
    response = http.post(
        "/predictions",
        json={"version": HELLO, "input": {"text": "x"}, "webhook": "https://example.com/hook"},
    )
    assert response.status_code == 201
    assert server.counters.webhooks_refused == 1
    assert server.counters.webhooks_delivered == 0


def test_failing_receivers_get_retries(http: httpx.Client) -> None:
    with WebhookReceiver(status=500) as receiver:
        http.post(
            "/predictions",
            json={
                "version": HELLO,
                "input": {"text": "x"},
                "webhook": receiver.url,
                "webhook_events_filter": ["completed"],
            },
        )
        deliveries = receiver.wait_for(2)
    assert deliveries[0][0]["webhook-id"] == deliveries[1][0]["webhook-id"]


def test_bad_events_filter_is_rejected(http: httpx.Client) -> None:
    response = http.post(
        "/predictions",
        json={"version": HELLO, "input": {"text": "x"}, "webhook_events_filter": ["sometimes"]},
    )
    assert response.status_code == 422


def test_reset_stops_deliveries_still_under_way(http: httpx.Client, server: LocalServer) -> None:
    def slow(text: str) -> str:
        return text

    server.register_model("acme/slow-hook", slow, run_time=200.0)  # 10 s here
    with WebhookReceiver() as receiver:
        http.post(
            "/models/acme/slow-hook/predictions",
            json={
                "input": {"text": "x"},
                "webhook": receiver.url,
                "webhook_events_filter": ["start", "completed"],
            },
        )
        receiver.wait_for(1)  # the start event; "completed" would come 10 s later
        (task,) = list(server.state.background)
        server.reset()
        give_up = time.monotonic() + 10
        while not task.done() and time.monotonic() < give_up:
            time.sleep(0.01)
        assert task.cancelled()
        assert len(receiver.received) == 1
