"""The official README's error handling: APIError, status and connection errors, retries."""

from __future__ import annotations

import asyncio
import socket

import httpx
import pytest

import replicate
import replicate.exceptions
from replicate import AsyncReplicate, Replicate
from replicate.testing import LocalServer

TOKEN = "r8_test"
HELLO = "5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa"
SECRET = "r8_secret_token_that_must_not_leak"


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _everything_said(error: BaseException) -> str:
    """All an error and the errors behind it show: messages, reprs, their requests' headers."""
    said: list[str] = []
    seen: set[int] = set()
    todo: list[BaseException | None] = [error]
    while todo:
        current = todo.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        said += [str(current), repr(current), repr(vars(current))]
        for holder in (current, getattr(current, "_request", None)):
            request = getattr(holder, "request", None) if holder is current else holder
            if isinstance(request, httpx.Request):
                said += [f"{name}: {value}" for name, value in request.headers.raw]
        todo += [current.__cause__, current.__context__]
    return "\n".join(str(part) for part in said)


def test_every_api_error_is_an_api_error_under_our_root() -> None:
    for name in ("APIConnectionError", "APITimeoutError", "APIStatusError", "APIResponseError"):
        cls = getattr(replicate, name)
        assert issubclass(cls, replicate.APIError)
    for name in ("NotFoundError", "RateLimitError", "InternalServerError", "ConflictError"):
        assert issubclass(getattr(replicate, name), replicate.APIStatusError)
    assert issubclass(replicate.APIError, replicate.ReplicateError)
    assert not issubclass(replicate.ModelError, replicate.APIError)


def test_the_exceptions_module_exports_every_error() -> None:
    from replicate.exceptions import ModelError

    assert ModelError is replicate.ModelError
    import replicate._errors as defined

    errors = {
        name
        for name, value in vars(defined).items()
        if isinstance(value, type) and issubclass(value, replicate.ReplicateError)
    }
    assert errors == set(replicate.exceptions.__all__)
    for name in replicate.exceptions.__all__:
        if name in replicate.__all__:
            assert getattr(replicate, name) is getattr(replicate.exceptions, name)


def test_status_error_has_status_code_and_response(replicate_server: LocalServer) -> None:
    client = Replicate(bearer_token=TOKEN, base_url=replicate_server.base_url)
    with client, pytest.raises(replicate.APIStatusError) as caught:
        client.predictions.get(prediction_id="missing")
    error = caught.value
    assert isinstance(error, replicate.NotFoundError)
    assert error.status_code == 404
    assert isinstance(error.response, httpx.Response)
    assert error.response.status_code == 404


def test_connection_error_cause_is_httpx_and_shows_no_token() -> None:
    url = f"http://127.0.0.1:{_closed_port()}/v1"
    client = Replicate(bearer_token=SECRET, base_url=url, max_retries=0)
    with client, pytest.raises(replicate.APIConnectionError) as caught:
        client.predictions.get(prediction_id="abc")
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert SECRET not in _everything_said(caught.value)


def test_async_connection_error_cause_shows_no_token() -> None:
    url = f"http://127.0.0.1:{_closed_port()}/v1"

    async def main() -> BaseException:
        async with AsyncReplicate(bearer_token=SECRET, base_url=url, max_retries=0) as client:
            try:
                await client.account.get()
            except replicate.APIConnectionError as error:
                return error
        raise AssertionError("no error")

    error = asyncio.run(main())
    assert isinstance(error.__cause__, httpx.TransportError)
    assert SECRET not in _everything_said(error)


@pytest.mark.parametrize("status", [408, 409])
def test_idempotent_requests_are_retried_on_408_and_409(
    replicate_server: LocalServer, status: int
) -> None:
    with Replicate(bearer_token=TOKEN, base_url=replicate_server.base_url) as client:
        created = client.predictions.create(version=HELLO, input={"text": "a"})
        replicate_server.faults.inject(
            route="GET /v1/predictions/*", status=status, times=1, retry_after=0
        )
        assert client.predictions.get(prediction_id=created.id).id == created.id
    assert replicate_server.counters.requests["GET /v1/predictions/{prediction_id}"] == 2


@pytest.mark.parametrize("status", [408, 409])
def test_a_create_is_not_retried_on_408_or_409(replicate_server: LocalServer, status: int) -> None:
    replicate_server.faults.inject(route="POST /v1/predictions", status=status, times=1)
    client = Replicate(bearer_token=TOKEN, base_url=replicate_server.base_url)
    with client, pytest.raises(replicate.APIStatusError) as caught:
        client.predictions.create(version=HELLO, input={"text": "a"})
    assert caught.value.status_code == status
    assert replicate_server.counters.requests["POST /v1/predictions"] == 1
