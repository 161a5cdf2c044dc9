"""Event streams that drop mid-way resume with Last-Event-ID: nothing lost, nothing repeated."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from _highlevel import API, TOKEN, prediction

from replicate import APIConnectionError, AsyncReplicate, ModelError, Replicate, _clock
from replicate import _sse as _streaming
from replicate.testing import LocalServer

SPEED = 20.0
STREAM_ROUTE = "GET /v1/streams/{prediction_id}"


@pytest.fixture(autouse=True)
def no_reconnect_delay(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_streaming, "DEFAULT_RETRY_MS", 0)
    monkeypatch.setattr(_streaming, "MAX_RETRY_MS", 0)


# Against the local server ----------------------------------------------------------------


def test_a_dropped_stream_resumes_without_loss_or_repeat(server: LocalServer) -> None:
    with Replicate(bearer_token="r8_test", base_url=server.base_url) as client:
        expected = client.run("anthropic/claude-sonnet-4", input={"prompt": "resume"})
        server.faults.inject("GET /v1/streams/*", drop="mid_stream", times=2)
        events = list(client.stream("anthropic/claude-sonnet-4", input={"prompt": "resume"}))
    assert [event.data for event in events] == expected
    ids = [event.id for event in events]
    assert len(ids) == len(set(ids))
    assert server.counters.requests[STREAM_ROUTE] == 3  # the first try and two resumptions
    assert server.counters.faults_injected == 2


async def test_async_stream_resumes_too(server: LocalServer) -> None:
    async with AsyncReplicate(bearer_token="r8_test", base_url=server.base_url) as client:
        expected = await client.run("anthropic/claude-sonnet-4", input={"prompt": "again"})
        server.faults.inject("GET /v1/streams/*", drop="mid_stream", times=1)
        tokens = [
            event.data
            async for event in client.stream("anthropic/claude-sonnet-4", input={"prompt": "again"})
        ]
    assert tokens == expected
    assert server.counters.requests[STREAM_ROUTE] == 2


def test_use_streaming_survives_a_drop(server: LocalServer) -> None:
    with Replicate(bearer_token="r8_test", base_url=server.base_url) as client:
        whole = client.use("anthropic/claude-sonnet-4")(prompt="drop")
        server.faults.inject("GET /v1/streams/*", drop="mid_stream", times=1)
        tokens = client.use("anthropic/claude-sonnet-4", streaming=True)(prompt="drop")
        assert "".join(tokens) == whole


def test_streaming_an_existing_prediction(server: LocalServer) -> None:
    with Replicate(bearer_token="r8_test", base_url=server.base_url) as client:
        prediction = client.models.predictions.create(
            model_owner="anthropic", model_name="claude-sonnet-4", input={"prompt": "given"}
        )
        text = "".join(str(event) for event in client.stream(prediction))
    assert text.startswith("You asked about: given.")


def test_a_model_failing_mid_stream_raises_model_error(server: LocalServer) -> None:
    def stutter(prompt: str) -> Iterator[str]:
        """Streams a word, then fails."""
        yield "first "
        raise RuntimeError("the model tripped")

    server.register_model("acme/stutter", stutter, streaming=True, run_time=0.5 * SPEED)
    received: list[str] = []
    client = Replicate(bearer_token="r8_test", base_url=server.base_url)
    with client, pytest.raises(ModelError, match="the model tripped") as caught:
        for event in client.stream("acme/stutter", input={"prompt": "x"}):
            received.append(event.data)
    assert received == ["first "]
    assert str(caught.value.prediction.status) == "failed"


def test_logs_are_included_on_request(server: LocalServer) -> None:
    with Replicate(bearer_token="r8_test", base_url=server.base_url) as client:
        kinds = {
            event.event
            for event in client.stream(
                "anthropic/claude-sonnet-4", input={"prompt": "logs"}, include_logs=True
            )
        }
    assert kinds == {"output", "logs"}


def test_a_model_without_a_stream_gives_its_output_as_events(server: LocalServer) -> None:
    with Replicate(bearer_token="r8_test", base_url=server.base_url) as client:
        events = list(client.stream("replicate/hello-world", input={"text": "plain"}))
    assert [(event.event, event.data) for event in events] == [("output", "hello plain")]


# With a scripted transport: exact headers, duplicates, and giving up ----------------------


class Dropping(httpx.SyncByteStream):
    """Sends some bytes, then fails the way a cut connection does."""

    def __init__(self, *chunks: bytes) -> None:
        self.chunks = chunks

    def __iter__(self) -> Iterator[bytes]:
        yield from self.chunks
        raise httpx.RemoteProtocolError("peer closed connection without sending complete body")


def scripted(*answers: httpx.Response) -> tuple[Replicate, list[httpx.Request]]:
    seen: list[httpx.Request] = []
    queue = list(answers)

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return queue.pop(0)

    http = httpx.Client(transport=httpx.MockTransport(handle))
    return Replicate(bearer_token=TOKEN, base_url=API, http_client=http), seen


def sse(status: int = 200, *, stream: httpx.SyncByteStream | None = None, body: bytes = b""):
    headers = {"content-type": "text/event-stream"}
    if stream is not None:
        return httpx.Response(status, headers=headers, stream=stream)
    return httpx.Response(status, headers=headers, content=body)


STREAM_URL = "https://stream.replicate.test/v1/streams/p1"


def streaming_prediction() -> dict[str, object]:
    body = prediction("starting")
    body["urls"]["stream"] = STREAM_URL  # type: ignore[index]
    return body


def test_reconnects_with_last_event_id_and_skips_replayed_events() -> None:
    client, seen = scripted(
        sse(stream=Dropping(b"id: 1\nevent: output\ndata: a\n\nid: 2\nevent: output\ndata: b\n\n")),
        # The server replays event 2 before carrying on: it must not be delivered twice.
        sse(
            body=b"id: 2\nevent: output\ndata: b\n\nid: 3\nevent: output\ndata: c\n\n"
            b"id: 4\nevent: done\ndata: {}\n\n"
        ),
    )
    with client:
        events = list(client.stream(streaming_prediction()))
    assert [event.data for event in events] == ["a", "b", "c"]
    assert "last-event-id" not in seen[0].headers
    assert seen[1].headers["last-event-id"] == "2"
    assert seen[1].headers["accept"] == "text/event-stream"
    # The stream lives on another host: it never gets the API token.
    assert all("authorization" not in request.headers for request in seen)


def test_a_clean_end_without_done_also_resumes() -> None:
    client, seen = scripted(
        sse(body=b"id: 1\nevent: output\ndata: a\n\n"),
        sse(body=b"id: 2\nevent: output\ndata: b\n\nid: 3\nevent: done\ndata: {}\n\n"),
    )
    with client:
        assert [event.data for event in client.stream(streaming_prediction())] == ["a", "b"]
    assert seen[1].headers["last-event-id"] == "1"


def test_gives_up_after_repeated_fruitless_reconnects() -> None:
    answers = [sse(stream=Dropping(b": nothing\n\n")) for _ in range(20)]
    client, seen = scripted(*answers)
    with client, pytest.raises(APIConnectionError, match="kept dropping"):
        list(client.stream(streaming_prediction()))
    assert len(seen) == _streaming.MAX_FRUITLESS_RECONNECTS + 1


def test_retry_field_sets_the_reconnect_delay(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_streaming, "MAX_RETRY_MS", 30_000)
    waits: list[float] = []
    monkeypatch.setattr(_clock, "sleep", waits.append)
    client, _ = scripted(
        sse(stream=Dropping(b"retry: 250\nid: 1\nevent: output\ndata: a\n\n")),
        sse(body=b"id: 2\nevent: done\ndata: {}\n\n"),
    )
    with client:
        assert [event.data for event in client.stream(streaming_prediction())] == ["a"]
    assert waits == [0.25]
