"""Transport policy: what is retried, how long it waits, timeouts, tokens and logs.

The rule under test: reads are retried on 429, 5xx and connection failures; a request that
creates something (a prediction, a training) is retried only when the server provably did
not act on it (429, or a connection that was never made), never after it may have.
Sleeps are recorded instead of slept, so these tests take no time.
"""

from __future__ import annotations

import email.utils
import logging
import socket
import time
from collections.abc import Callable, Iterator
from typing import Any

import _resource_samples as samples
import httpx
import pytest
import respx
from _resource_samples import API, TOKEN, VERSION_ID

from replicate import (
    APIConnectionError,
    APITimeoutError,
    AsyncReplicate,
    InternalServerError,
    MissingTokenError,
    RateLimitError,
    Replicate,
    _clock,
)


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Every wait the transport asks for, in order (nothing is actually slept)."""
    waited: list[float] = []
    monkeypatch.setattr(_clock, "sleep", waited.append)

    async def fake_async_sleep(seconds: float) -> None:
        waited.append(seconds)

    monkeypatch.setattr(_clock, "async_sleep", fake_async_sleep)
    return waited


def _client(**options: Any) -> Replicate:
    return samples.sync_client(**options)


def _ok_prediction() -> httpx.Response:
    return httpx.Response(201, json=samples.prediction())


# Reads ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "failure",
    [
        httpx.Response(503),
        httpx.Response(502),
        httpx.Response(500),
        httpx.Response(429),
        httpx.ConnectError("refused"),
        httpx.ReadError("connection reset"),
        httpx.RemoteProtocolError("server disconnected"),
        httpx.ReadTimeout("slow"),
    ],
    ids=["503", "502", "500", "429", "connect", "read", "dropped", "read-timeout"],
)
def test_a_get_is_retried(failure: Any, sleeps: list[float]) -> None:
    with respx.mock() as router:
        route = router.get(f"{API}/predictions/p1").mock(
            side_effect=[failure, failure, httpx.Response(200, json=samples.prediction("p1"))]
        )
        prediction = _client(max_retries=2).predictions.get(prediction_id="p1")
    assert prediction.id == "p1"
    assert route.call_count == 3
    # Exponential backoff with jitter: attempt n waits between half and all of 0.5 * 2**n.
    assert len(sleeps) == 2
    assert 0.25 <= sleeps[0] <= 0.5 and 0.5 <= sleeps[1] <= 1.0


def test_retries_stop_at_max_retries(sleeps: list[float]) -> None:
    with respx.mock() as router:
        route = router.get(f"{API}/account").respond(503)
        with pytest.raises(InternalServerError):
            _client(max_retries=3).account.get()
    assert route.call_count == 4
    assert len(sleeps) == 3


def test_max_retries_zero_sends_once(sleeps: list[float]) -> None:
    with respx.mock() as router:
        route = router.get(f"{API}/account").respond(503)
        with pytest.raises(InternalServerError):
            _client(max_retries=0).account.get()
    assert route.call_count == 1 and sleeps == []


def test_a_client_error_is_not_retried(sleeps: list[float]) -> None:
    with respx.mock() as router:
        route = router.get(f"{API}/account").respond(404)
        with pytest.raises(Exception, match="404"):
            _client().account.get()
    assert route.call_count == 1 and sleeps == []


@pytest.mark.parametrize(
    ("retry_after", "low", "high"),
    [("2.5", 2.5, 2.5), ("0", 0.0, 0.0), ("60", 60.0, 60.0)],
)
def test_retry_after_seconds_are_honoured(
    retry_after: str, low: float, high: float, sleeps: list[float]
) -> None:
    with respx.mock() as router:
        router.get(f"{API}/account").mock(
            side_effect=[
                httpx.Response(429, headers={"retry-after": retry_after}),
                httpx.Response(200, json=samples.account()),
            ]
        )
        assert _client().account.get().username == "acme"
    assert len(sleeps) == 1 and low <= sleeps[0] <= high


def test_a_retry_after_over_a_minute_is_left_to_the_caller(sleeps: list[float]) -> None:
    with respx.mock() as router:
        route = router.get(f"{API}/account").respond(429, headers={"retry-after": "3600"})
        with pytest.raises(RateLimitError) as caught:
            _client().account.get()
    assert route.call_count == 1 and sleeps == []
    assert caught.value.retry_after == 3600


def test_retry_after_http_date_is_honoured(sleeps: list[float]) -> None:
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    with respx.mock() as router:
        router.get(f"{API}/account").mock(
            side_effect=[
                httpx.Response(503, headers={"retry-after": when}),
                httpx.Response(200, json=samples.account()),
            ]
        )
        _client().account.get()
    # The date has one-second resolution and the clock moves on while the test runs.
    assert len(sleeps) == 1 and 25.0 <= sleeps[0] <= 30.0


def test_a_garbled_retry_after_falls_back_to_backoff(sleeps: list[float]) -> None:
    with respx.mock() as router:
        router.get(f"{API}/account").mock(
            side_effect=[
                httpx.Response(503, headers={"retry-after": "soon-ish"}),
                httpx.Response(200, json=samples.account()),
            ]
        )
        _client().account.get()
    assert len(sleeps) == 1 and 0.25 <= sleeps[0] <= 0.5


# Requests that create something ---------------------------------------------------------

CREATORS: list[tuple[str, str, Callable[[Replicate], Any]]] = [
    (
        "predictions.create",
        f"{API}/predictions",
        lambda c: c.predictions.create(version=VERSION_ID, input={"text": "hi"}),
    ),
    (
        "models.predictions.create",
        f"{API}/models/acme/hello/predictions",
        lambda c: c.models.predictions.create(
            model_owner="acme", model_name="hello", input={"text": "hi"}
        ),
    ),
    (
        "deployments.predictions.create",
        f"{API}/deployments/acme/hello/predictions",
        lambda c: c.deployments.predictions.create(
            deployment_owner="acme", deployment_name="hello", input={"text": "hi"}
        ),
    ),
    (
        "trainings.create",
        f"{API}/models/acme/hello/versions/v1/trainings",
        lambda c: c.trainings.create(
            model_owner="acme", model_name="hello", version_id="v1", destination="a/b", input={}
        ),
    ),
]


@pytest.fixture(params=CREATORS, ids=[name for name, _, _ in CREATORS])
def creator(request: pytest.FixtureRequest) -> tuple[str, Callable[[Replicate], Any]]:
    _, url, call = request.param
    return url, call


@pytest.mark.parametrize(
    ("failure", "error"),
    [
        (httpx.Response(500), InternalServerError),
        (httpx.Response(502), InternalServerError),
        (httpx.Response(503), InternalServerError),
        (httpx.ReadError("connection reset by peer"), APIConnectionError),
        (httpx.RemoteProtocolError("server disconnected without a response"), APIConnectionError),
        (httpx.WriteError("broken pipe"), APIConnectionError),
        (httpx.ReadTimeout("no answer"), APITimeoutError),
    ],
    ids=["500", "502", "503", "reset", "dropped", "write", "read-timeout"],
)
def test_a_create_that_may_have_reached_the_server_is_not_sent_again(
    creator: tuple[str, Callable[[Replicate], Any]],
    failure: Any,
    error: type[Exception],
    sleeps: list[float],
) -> None:
    url, call = creator
    with respx.mock() as router:
        route = router.post(url).mock(side_effect=[failure, _ok_prediction()])
        with pytest.raises(error):
            call(_client(max_retries=5))
    assert route.call_count == 1, "a possibly processed create must never be duplicated"
    assert sleeps == []


@pytest.mark.parametrize(
    "failure",
    [
        httpx.Response(429, json=samples.problem(429, "Too many requests", "Slow down")),
        httpx.ConnectError("connection refused"),
        httpx.ConnectTimeout("no route"),
    ],
    ids=["429", "refused", "connect-timeout"],
)
def test_a_create_the_server_never_took_is_retried(
    creator: tuple[str, Callable[[Replicate], Any]], failure: Any, sleeps: list[float]
) -> None:
    url, call = creator
    with respx.mock() as router:
        route = router.post(url).mock(side_effect=[failure, _ok_prediction()])
        call(_client(max_retries=2))
    assert route.call_count == 2
    assert len(sleeps) == 1


def test_a_create_rate_limited_every_time_gives_up(sleeps: list[float]) -> None:
    with respx.mock() as router:
        route = router.post(f"{API}/predictions").respond(429, headers={"retry-after": "1"})
        with pytest.raises(RateLimitError):
            _client(max_retries=2).predictions.create(version="v", input={})
    assert route.call_count == 3
    assert sleeps == [1.0, 1.0]


def test_connection_refused_by_a_real_port_is_retried(sleeps: list[float]) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    # Nothing listens on `port` now: every attempt is refused before anything is sent.
    client = Replicate(bearer_token=TOKEN, base_url=f"http://127.0.0.1:{port}/v1", max_retries=2)
    with pytest.raises(APIConnectionError) as caught:
        client.predictions.create(version="v", input={})
    assert not isinstance(caught.value, APITimeoutError)
    assert len(sleeps) == 2


def test_the_request_is_rebuilt_identically_for_a_retry(sleeps: list[float]) -> None:
    with respx.mock() as router:
        route = router.post(f"{API}/predictions").mock(
            side_effect=[httpx.ConnectError("refused"), _ok_prediction()]
        )
        _client().predictions.create(version="v", input={"a": 1}, wait=10)
    first, second = (call.request for call in route.calls)
    assert first.content == second.content
    assert first.headers["prefer"] == second.headers["prefer"] == "wait=10"
    assert second.headers["authorization"] == f"Bearer {TOKEN}"


# Timeouts -------------------------------------------------------------------------------


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A port that accepts connections and never answers."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        yield listener.getsockname()[1]


def test_a_read_timeout_raises_api_timeout_error(silent_port: int, sleeps: list[float]) -> None:
    client = Replicate(
        bearer_token=TOKEN,
        base_url=f"http://127.0.0.1:{silent_port}/v1",
        timeout=0.2,
        max_retries=1,
    )
    with pytest.raises(APITimeoutError, match="GET /v1/account"):
        client.account.get()
    assert len(sleeps) == 1  # a read is retried once, then gives up
    with pytest.raises(APITimeoutError):
        client.predictions.create(version="v", input={})
    assert len(sleeps) == 1  # the create is not retried


async def test_async_read_timeout_raises_api_timeout_error(
    silent_port: int, sleeps: list[float]
) -> None:
    async with AsyncReplicate(
        bearer_token=TOKEN,
        base_url=f"http://127.0.0.1:{silent_port}/v1",
        timeout=0.2,
        max_retries=0,
    ) as client:
        with pytest.raises(APITimeoutError):
            await client.account.get()


def test_timeouts_are_explicit_and_overridable() -> None:
    with respx.mock() as router:
        route = router.get(f"{API}/account").respond(200, json=samples.account())
        client = _client()
        client.account.get()
        client.with_options(timeout=3.0).account.get()
    default, overridden = (call.request.extensions["timeout"] for call in route.calls)
    assert default == {"connect": 10.0, "read": 90.0, "write": 90.0, "pool": 30.0}
    assert overridden == {"connect": 3.0, "read": 3.0, "write": 3.0, "pool": 3.0}


# Tokens ---------------------------------------------------------------------------------


def test_the_token_goes_only_to_the_api_origin() -> None:
    with respx.mock() as router:
        api = router.get(f"{API}/account").respond(200, json=samples.account())
        other = router.get("https://files.example/output.png").respond(200, content=b"png")
        client = _client()
        client.get("/account")
        client.get("https://files.example/output.png")
        client.get(f"{API}/account")
    assert [c.request.headers["authorization"] for c in api.calls] == [f"Bearer {TOKEN}"] * 2
    assert "authorization" not in other.calls.last.request.headers


def test_a_missing_token_fails_at_the_first_request(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("REPLICATE_API_TOKEN", raising=False)
    client = Replicate(base_url=API)  # constructing is fine
    with respx.mock(assert_all_called=False) as router:
        route = router.get(f"{API}/account").respond(200, json=samples.account())
        with pytest.raises(MissingTokenError, match="REPLICATE_API_TOKEN"):
            client.account.get()
        assert route.call_count == 0
        monkeypatch.setenv("REPLICATE_API_TOKEN", "r8_fromtheenvironment")
        assert client.account.get().username == "acme"
    assert route.calls.last.request.headers["authorization"] == "Bearer r8_fromtheenvironment"


async def test_async_missing_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("REPLICATE_API_TOKEN", raising=False)
    async with AsyncReplicate(base_url=API) as client:
        with pytest.raises(MissingTokenError, match="REPLICATE_API_TOKEN"):
            await client.predictions.get(prediction_id="p1")


def test_debug_logs_never_contain_the_token(
    caplog: pytest.LogCaptureFixture, sleeps: list[float]
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: ours, httpx's and httpcore's
    with respx.mock() as router:
        router.get(f"{API}/account").mock(
            side_effect=[httpx.Response(503), httpx.Response(200, json=samples.account())]
        )
        router.post(f"{API}/predictions").mock(side_effect=httpx.ReadError("reset"))
        client = _client()
        client.account.get()
        with pytest.raises(APIConnectionError):
            client.predictions.create(version="v", input={})
    ours = [r.getMessage() for r in caplog.records if r.name == "replicate"]
    assert any("GET /v1/account -> 503" in line for line in ours)
    assert any("POST /v1/predictions failed (ReadError); giving up" in line for line in ours)
    assert TOKEN not in caplog.text


# Async twins of the key decisions --------------------------------------------------------


async def test_async_get_is_retried_and_create_is_not(sleeps: list[float]) -> None:
    with respx.mock() as router:
        get = router.get(f"{API}/predictions/p1").mock(
            side_effect=[httpx.Response(503), httpx.Response(200, json=samples.prediction("p1"))]
        )
        create = router.post(f"{API}/predictions").mock(
            side_effect=[httpx.Response(500), _ok_prediction()]
        )
        async with samples.async_client() as client:
            assert (await client.predictions.get(prediction_id="p1")).id == "p1"
            with pytest.raises(InternalServerError):
                await client.predictions.create(version="v", input={})
    assert get.call_count == 2 and create.call_count == 1
    assert len(sleeps) == 1


async def test_async_create_on_429_is_retried_after_retry_after(sleeps: list[float]) -> None:
    with respx.mock() as router:
        create = router.post(f"{API}/models/acme/hello/predictions").mock(
            side_effect=[httpx.Response(429, headers={"retry-after": "4"}), _ok_prediction()]
        )
        async with samples.async_client() as client:
            await client.models.predictions.create("acme/hello", input={})
    assert create.call_count == 2 and sleeps == [4.0]


# A delete whose answer was lost ---------------------------------------------------------


@pytest.mark.parametrize(
    "first",
    [httpx.ReadError("reset"), httpx.RemoteProtocolError("dropped"), httpx.Response(503)],
    ids=["reset", "dropped", "503"],
)
def test_a_retried_delete_that_finds_it_gone_succeeded(first: Any, sleeps: list[float]) -> None:
    # The first attempt may have deleted it; "not found" on the retry means it is gone.
    with respx.mock() as router:
        route = router.delete(f"{API}/files/f1").mock(side_effect=[first, httpx.Response(404)])
        assert _client().files.delete(file_id="f1") is None
    assert route.call_count == 2


@pytest.mark.parametrize(
    "first",
    [None, httpx.ConnectError("refused")],
    ids=["first-attempt", "after-refused-connection"],
)
def test_a_delete_of_something_that_never_existed_is_not_found(
    first: Any, sleeps: list[float]
) -> None:
    from replicate import NotFoundError

    answers = [httpx.Response(404)] if first is None else [first, httpx.Response(404)]
    with respx.mock() as router:
        router.delete(f"{API}/deployments/acme/gone").mock(side_effect=answers)
        with pytest.raises(NotFoundError):
            _client().deployments.delete(deployment_owner="acme", deployment_name="gone")


async def test_async_retried_delete_that_finds_it_gone_succeeded(sleeps: list[float]) -> None:
    with respx.mock() as router:
        router.delete(f"{API}/models/acme/m").mock(
            side_effect=[httpx.ReadError("reset"), httpx.Response(404)]
        )
        async with samples.async_client() as client:
            assert await client.models.delete("acme/m") is None
