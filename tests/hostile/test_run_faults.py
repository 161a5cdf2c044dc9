"""run(), stream() and the async client under faults: ids kept, deadlines held, no repeats.

- A run whose polling fails must raise an error that carries the prediction it created.
- A run with `timeout=` must not outlive its deadline when the server stalls.
- A stream cut in the middle resumes without losing or repeating an event.
- A create whose connection was refused (never sent) is retried and made exactly once.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import replicate
from replicate.testing import LocalServer
from replicate.testing._routes import delivery

from ._figures import FIGURES
from ._scene import ECHO, SLOW, SLOW_RUN_TIME, Scene

pytestmark = [pytest.mark.usefixtures("fast_retries"), pytest.mark.timeout(20)]

POLL = "GET /v1/predictions/{prediction_id}"
CREATE = "POST /v1/models/{model_owner}/{model_name}/predictions"
STREAM = "GET /v1/streams/{prediction_id}"
TOKENS = "hostile/tokens"


@pytest.fixture
def scene(server: LocalServer, shared_http: httpx.Client) -> Scene:
    client = replicate.Replicate(
        bearer_token=server.token, base_url=server.base_url, http_client=shared_http
    )
    return Scene(server, client)


def _record_creates(server: LocalServer, intended: int) -> int:
    created = server.counters.predictions_created
    FIGURES.add_creates(created=created, intended=intended)
    return created


def carried_prediction_id(error: BaseException) -> str | None:
    """The id of the prediction an error carries, under the names the SDK uses."""
    prediction = getattr(error, "prediction", None)
    if prediction is not None:
        return str(getattr(prediction, "id", None) or prediction.get("id"))
    ident = getattr(error, "prediction_id", None)
    return None if ident is None else str(ident)


POLLING_FAULTS = {
    "500x3": {"status": 500, "times": 3},
    "drop-x3": {"drop": "before_response", "times": 3},
    "truncated": {"body": b'{"id": "x", "sta'},
    "429x3": {"status": 429, "retry_after": "0", "times": 3},
}


@pytest.mark.parametrize("fault", list(POLLING_FAULTS))
def test_run_that_fails_while_polling_carries_its_prediction(scene: Scene, fault: str) -> None:
    scene.server.faults.inject(POLL, **POLLING_FAULTS[fault])
    with pytest.raises(replicate.ReplicateError) as caught:
        scene.client.run(SLOW, input={"text": "poll"}, wait=False)
    assert _record_creates(scene.server, intended=1) == 1
    (created_id,) = list(scene.server.predictions)
    assert carried_prediction_id(caught.value) == created_id


def test_run_that_fails_while_polling_makes_one_prediction(scene: Scene) -> None:
    # Whatever the error carries, the polling failures never lead to a second create.
    scene.server.faults.inject(POLL, status=503, times=3)
    with pytest.raises(replicate.InternalServerError):
        scene.client.run(SLOW, input={"text": "poll"}, wait=False)
    assert _record_creates(scene.server, intended=1) == 1


def test_run_recovers_from_a_short_polling_burst(scene: Scene) -> None:
    scene.server.faults.inject(POLL, status=503, times=2)
    output = scene.client.run(SLOW, input={"text": "burst"}, wait=False)
    assert output == "echo burst"
    assert _record_creates(scene.server, intended=1) == 1


def test_run_past_its_deadline_is_canceled_and_carries_its_prediction(scene: Scene) -> None:
    scene.server.register_model("hostile/sleepy", lambda text="x": text, run_time=30)
    with pytest.raises(replicate.DeadlineExceededError) as caught:
        scene.client.run("hostile/sleepy", input={"text": "late"}, timeout=0.3, wait=False)
    (created_id,) = list(scene.server.predictions)
    assert carried_prediction_id(caught.value) == created_id
    assert scene.server.predictions[created_id]["status"] == "canceled"
    assert _record_creates(scene.server, intended=1) == 1


# The server stalls far longer than the run's deadline; the pytest timeout is the bound
# that proves the run gave up near its deadline instead of waiting for the server.
STALLS: dict[str, tuple[str, dict[str, Any]]] = {
    "slow create": (CREATE, {"delay": 4.0}),
    "slow poll": (POLL, {"delay": 4.0}),
    # The server asks for a 4 s pause: longer than the whole run may take.
    "rate-limited create": (CREATE, {"status": 429, "retry_after": "4"}),
    "rate-limited poll": (POLL, {"status": 429, "retry_after": "4"}),
}


@pytest.mark.timeout(1.5)
@pytest.mark.parametrize("where", list(STALLS))
def test_run_deadline_holds_while_the_server_stalls(server: LocalServer, where: str) -> None:
    # Its own client: the pytest timeout may interrupt it in the middle of a read.
    with replicate.Replicate(bearer_token=server.token, base_url=server.base_url) as client:
        scene = Scene(server, client)
        route, fault = STALLS[where]
        server.faults.inject(route, times=None, **fault)
        with pytest.raises(
            (replicate.DeadlineExceededError, replicate.APITimeoutError, replicate.RateLimitError)
        ):
            # Shorter than the model's own run time: at the deadline it is still running.
            client.run(SLOW, input={"text": "stall"}, timeout=SLOW_RUN_TIME / 2, wait=False)
        assert scene.created()["predictions"] <= 1


@pytest.mark.timeout(5)
def test_a_read_that_always_stalls_times_out(scene: Scene) -> None:
    scene.server.faults.inject("GET /v1/account", delay=0.3, times=None)
    impatient = scene.client.with_options(timeout=0.05)
    with pytest.raises(replicate.APITimeoutError):
        impatient.account.get()
    assert scene.server.counters.requests["GET /v1/account"] == 1 + 2  # one try, two retries


# Streams --------------------------------------------------------------------------------

STREAM_FAULTS = {
    "mid-stream-x1": {"drop": "mid_stream"},
    "mid-stream-x3": {"drop": "mid_stream", "times": 3},
    "before-response": {"drop": "before_response"},
    "503x2": {"status": 503, "times": 2},
}


def count_to(n: int = 12) -> Iterator[str]:
    for i in range(n):
        yield f"{i} "


@pytest.mark.parametrize("fault", list(STREAM_FAULTS))
def test_stream_cut_resumes_without_losing_or_repeating(
    scene: Scene, fault: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The server tells clients to wait a second before reconnecting; here, 10 ms.
    monkeypatch.setattr(delivery, "RETRY_MILLISECONDS", 10)
    scene.server.register_model(TOKENS, count_to, run_time=0.15, streaming=True)
    expected = [str(event) for event in scene.client.stream(TOKENS, input={"n": 12})]
    assert expected == [f"{i} " for i in range(12)]
    scene.server.faults.inject(STREAM, **STREAM_FAULTS[fault])
    got = [str(event) for event in scene.client.stream(TOKENS, input={"n": 12})]
    assert got == expected
    assert scene.server.counters.faults_injected >= 1
    assert _record_creates(scene.server, intended=2) == 2


# Connections refused: the request never left, so even a create may be sent again ----------


class RefuseFirst(httpx.BaseTransport):
    """Refuses the first `refusals` connections, then passes requests to a real transport."""

    def __init__(self, refusals: int) -> None:
        self.refusals = refusals
        self.inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.refusals > 0:
            self.refusals -= 1
            raise httpx.ConnectError("connection refused (injected)", request=request)
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


@pytest.mark.parametrize("refusals", [1, 2, 3])
def test_refused_create_is_retried_and_made_once(server: LocalServer, refusals: int) -> None:
    server.register_model(ECHO, lambda text="x": text)
    with httpx.Client(transport=RefuseFirst(refusals)) as http:
        client = replicate.Replicate(
            bearer_token=server.token, base_url=server.base_url, http_client=http
        )
        FIGURES.faults_injected += min(refusals, 3)
        if refusals <= 2:
            assert client.models.predictions.create(ECHO, input={"text": "r"}).id
            assert _record_creates(server, intended=1) == 1
        else:
            with pytest.raises(replicate.APIConnectionError):
                client.models.predictions.create(ECHO, input={"text": "r"})
            assert _record_creates(server, intended=0) == 0


# The async client: the same promises -----------------------------------------------------

ASYNC_CASES: dict[str, dict[str, Any]] = {
    "503x2": {"status": 503, "times": 2},
    "429x3": {"status": 429, "retry_after": "0", "times": 3},
    "drop-before-response": {"drop": "before_response"},
    "drop-mid-body": {"drop": "mid_body"},
    "truncated": {"body": b'{"id": "a'},
}


# Every async case runs on both backends: httpx's (the default) and DefaultAioHttpClient.
BACKENDS = ["httpx", "aiohttp"]
# Predictions a failed run() leaves behind: none where the fault answered instead of the
# route (a POST is not retried on 503; three 429s outlast two retries), exactly one where
# the server made it and the connection dropped (never sent again).
CREATES_AFTER = {
    "503x2": 0,
    "429x3": 0,
    "drop-before-response": 1,
    "drop-mid-body": 1,
    "truncated": 0,
}


def _async_client(server: LocalServer, backend: str) -> replicate.AsyncReplicate:
    http = replicate.DefaultAioHttpClient() if backend == "aiohttp" else None
    return replicate.AsyncReplicate(
        bearer_token=server.token, base_url=server.base_url, http_client=http
    )


async def _close(client: replicate.AsyncReplicate) -> None:
    await client.close()
    await client._http.aclose()


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("fault", list(ASYNC_CASES))
async def test_async_create_and_get_under_faults(
    server: LocalServer, fault: str, backend: str
) -> None:
    server.register_model(ECHO, lambda text="x": text)
    client = _async_client(server, backend)
    created = await client.models.predictions.create(ECHO, input={"text": "a"})
    server.faults.inject(POLL, **ASYNC_CASES[fault])
    try:
        fetched = await client.predictions.get(prediction_id=created.id)
        assert fetched.id == created.id
    except replicate.ReplicateError as error:
        assert fault in {"truncated"} or "x3" in fault, f"gave up too soon: {error}"
    server.faults.inject(CREATE, **ASYNC_CASES[fault])
    try:
        await client.run(ECHO, input={"text": "b"})
        made = 2
    except replicate.ReplicateError:
        made = 1 + CREATES_AFTER[fault]
    assert _record_creates(server, intended=2) == made
    await _close(client)


@pytest.mark.parametrize("backend", BACKENDS)
async def test_async_client_recovers_after_a_dropped_create(
    server: LocalServer, backend: str
) -> None:
    # A connection cut under one run must not poison the pool for the next.
    server.register_model(ECHO, lambda text="x": text)
    client = _async_client(server, backend)
    server.faults.inject(CREATE, drop="before_response")
    with pytest.raises(replicate.APIConnectionError):
        await client.run(ECHO, input={"text": "1"})
    assert await asyncio.wait_for(client.run(ECHO, input={"text": "2"}), 5) == "2"
    await _close(client)
    assert _record_creates(server, intended=2) == 2


def test_a_stream_that_only_ever_sends_garbage_gives_up_cleanly(
    scene: Scene, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(delivery, "RETRY_MILLISECONDS", 10)
    scene.server.register_model(TOKENS, count_to, run_time=0.15, streaming=True)
    scene.server.faults.inject(STREAM, body=b'{"not": "an event stream"}', times=None)
    with pytest.raises(replicate.APIConnectionError):
        list(scene.client.stream(TOKENS, input={"n": 3}))
    assert _record_creates(scene.server, intended=1) == 1


@pytest.mark.parametrize("fault", ["garbage-x1", "html-x2"])
def test_a_stream_answered_with_garbage_recovers(
    scene: Scene, fault: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(delivery, "RETRY_MILLISECONDS", 10)
    scene.server.register_model(TOKENS, count_to, run_time=0.15, streaming=True)
    body, times = (b"garbage", 1) if fault == "garbage-x1" else (b"<html>busy</html>", 2)
    scene.server.faults.inject(STREAM, body=body, times=times)
    got = [str(event) for event in scene.client.stream(TOKENS, input={"n": 5})]
    assert got == [f"{i} " for i in range(5)]
    assert _record_creates(scene.server, intended=1) == 1


# File downloads cut short ----------------------------------------------------------------

DELIVERY = "GET /files-delivery/*"
PICTURE = bytes(range(256)) * 64


@pytest.mark.parametrize("times", [1, 3])
def test_a_download_cut_short_never_passes_for_the_whole_file(scene: Scene, times: int) -> None:
    scene.server.register_model("hostile/picture", lambda text="x": PICTURE)
    output = scene.client.run("hostile/picture", input={"text": "p"})
    assert isinstance(output, replicate.FileOutput)
    scene.server.faults.inject(DELIVERY, drop="mid_body", times=times)
    try:
        data = output.read()
    except replicate.APIConnectionError:
        data = None
    assert scene.server.counters.faults_injected >= 1
    # Either an error, or (after a retry) the whole file: never a silently short one.
    assert data in (None, PICTURE), f"a download cut short returned {len(data or b'')} bytes"


@pytest.mark.parametrize("status", [503, 404])
def test_a_download_refused_raises_a_status_error(scene: Scene, status: int) -> None:
    scene.server.register_model("hostile/picture", lambda text="x": PICTURE)
    output = scene.client.run("hostile/picture", input={"text": "p"})
    scene.server.faults.inject(DELIVERY, status=status, times=3)
    with pytest.raises(replicate.APIStatusError) as caught:
        output.read()
    assert caught.value.status == status
    assert scene.server.counters.faults_injected == (3 if status == 503 else 1)
