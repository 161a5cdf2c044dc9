"""The error hierarchy: one class per status, problem+json fields, readable messages."""

from __future__ import annotations

import _resource_samples as samples
import httpx
import pytest
import respx
from _resource_samples import API, TOKEN

import replicate
from replicate import (
    APIConnectionError,
    APIResponseError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    MissingTokenError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    Replicate,
    ReplicateError,
    UnprocessableEntityError,
)

STATUS_CLASSES = [
    (400, BadRequestError),
    (401, AuthenticationError),
    (403, PermissionDeniedError),
    (404, NotFoundError),
    (409, ConflictError),
    (422, UnprocessableEntityError),
    (429, RateLimitError),
    (500, InternalServerError),
    (502, InternalServerError),
    (503, InternalServerError),
    (418, APIStatusError),
]


def _client(**options: object) -> Replicate:
    return samples.sync_client(max_retries=0, **options)


@pytest.mark.parametrize(("status", "cls"), STATUS_CLASSES)
def test_each_status_raises_its_class_with_problem_fields(
    status: int, cls: type[APIStatusError]
) -> None:
    problem = samples.problem(status, "Something went wrong", f"Detail for {status}")
    with respx.mock() as router:
        router.get(f"{API}/predictions/abc").respond(
            status, json=problem, headers={"content-type": "application/problem+json"}
        )
        with pytest.raises(cls) as caught:
            _client().predictions.get(prediction_id="abc")
    error = caught.value
    assert type(error) is cls
    assert isinstance(error, APIStatusError) and isinstance(error, ReplicateError)
    assert (error.status, error.title, error.detail) == (
        status,
        problem["title"],
        problem["detail"],
    )
    assert error.body == problem
    assert error.response.status_code == status
    assert error.request.url == f"{API}/predictions/abc"
    assert str(error) == f"GET /v1/predictions/abc failed with {status}: Detail for {status}"


def test_title_is_used_when_there_is_no_detail() -> None:
    with respx.mock() as router:
        router.post(f"{API}/predictions").respond(422, json={"title": "Input validation failed"})
        with pytest.raises(UnprocessableEntityError, match="Input validation failed") as caught:
            _client().predictions.create(version="v", input={"steps": -1})
    assert caught.value.detail is None


def test_an_error_without_a_json_body_still_reads_well() -> None:
    with respx.mock() as router:
        router.get(f"{API}/account").respond(
            502, text="<html>Bad gateway</html>", headers={"content-type": "text/html"}
        )
        with pytest.raises(InternalServerError) as caught:
            _client().account.get()
    error = caught.value
    assert (error.title, error.detail, error.body) == (None, None, None)
    assert str(error) == "GET /v1/account failed with 502: Bad Gateway"


def test_rate_limit_error_carries_retry_after() -> None:
    with respx.mock() as router:
        router.post(f"{API}/predictions").respond(
            429, json=samples.problem(429, "Too many", "Slow down"), headers={"retry-after": "7"}
        )
        with pytest.raises(RateLimitError) as caught:
            _client().predictions.create(version="v", input={})
    assert caught.value.retry_after == 7.0


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (b"not json", "not valid JSON"),
        (b"[1, 2]", "expected a JSON object"),
        (b'{"status": "starting"}', "unexpected Prediction shape"),
    ],
)
def test_a_successful_response_that_makes_no_sense(body: bytes, problem: str) -> None:
    with respx.mock() as router:
        router.get(f"{API}/predictions/abc").respond(200, content=body)
        with pytest.raises(APIResponseError, match=problem) as caught:
            _client().predictions.get(prediction_id="abc")
    assert caught.value.response.status_code == 200
    assert str(caught.value).startswith("GET /v1/predictions/abc returned 200 but ")


def test_connection_and_timeout_errors() -> None:
    with respx.mock() as router:
        router.get(f"{API}/account").mock(side_effect=httpx.ConnectError("refused"))
        router.get(f"{API}/hardware").mock(side_effect=httpx.ReadTimeout("slow"))
        client = _client()
        with pytest.raises(APIConnectionError) as refused:
            client.account.get()
        with pytest.raises(APITimeoutError) as slow:
            client.hardware.list()
    assert type(refused.value) is APIConnectionError
    assert str(refused.value) == "GET /v1/account: refused (connecting to api.replicate.test:443)"
    assert refused.value.request is not None and refused.value.request.url.path == "/v1/account"
    assert isinstance(slow.value, APIConnectionError)
    assert "GET /v1/hardware" in str(slow.value)


def test_missing_token_error_names_the_variable() -> None:
    error = MissingTokenError()
    assert "REPLICATE_API_TOKEN" in str(error)
    assert isinstance(error, ReplicateError)


def test_errors_never_show_the_token() -> None:
    with respx.mock() as router:
        router.get(f"{API}/account").respond(401, json=samples.problem(401, "No", "Bad token"))
        router.get(f"{API}/hardware").mock(side_effect=httpx.ConnectError("refused"))
        client = _client()
        caught: list[BaseException] = []
        for call in (client.account.get, client.hardware.list):
            with pytest.raises(ReplicateError) as info:
                call()
            caught.append(info.value)
    for error in caught:
        assert TOKEN not in str(error)
        assert TOKEN not in repr(error)
        request = getattr(error, "request", None)
        assert request is not None and TOKEN not in repr(request)


def test_the_whole_hierarchy_is_exported() -> None:
    for name in replicate.__all__:
        value = getattr(replicate, name)
        if isinstance(value, type) and issubclass(value, BaseException):
            assert issubclass(value, ReplicateError), name
    assert issubclass(APITimeoutError, APIConnectionError)
    assert {cls for _, cls in STATUS_CLASSES} <= {
        getattr(replicate, name) for name in replicate.__all__
    }
