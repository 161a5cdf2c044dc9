"""The token as users paste it, local errors, and failures that must name what failed.

- A token with surrounding whitespace (a trailing newline from a file) is stripped; one
  with whitespace inside is refused at construction, without showing it. Neither ends up
  in a message, repr, __cause__, note or log line.
- A local protocol error (a request httpx refuses to send) is not retried.
- A DNS failure's message names the host.
"""

from __future__ import annotations

import logging
import socket
import traceback
from typing import Any

import pytest

import replicate
from replicate.testing import LocalServer

from ._figures import FIGURES

pytestmark = [
    pytest.mark.usefixtures("fast_retries"),
    pytest.mark.timeout(30),
]

SECRET = "r8_" + "PastedFromAFile" * 2


@pytest.fixture(scope="module")
def token_server() -> Any:
    with LocalServer(token=SECRET) as server:
        yield server


def _everything_said(error: BaseException, records: list[logging.LogRecord]) -> str:
    said = [str(error), repr(error), *getattr(error, "__notes__", ())]
    said += traceback.format_exception(error)
    cause = error.__cause__ or error.__context__
    if cause is not None:
        said += [str(cause), repr(cause)]
    said += [record.getMessage() for record in records]
    return "\n".join(said)


@pytest.mark.parametrize("pasted", [SECRET + "\n", f"  {SECRET}\r\n", f"\t{SECRET} "])
def test_surrounding_whitespace_is_stripped(
    token_server: LocalServer, pasted: str, caplog: pytest.LogCaptureFixture
) -> None:
    FIGURES.inputs_tried += 1
    caplog.set_level(logging.DEBUG)
    with replicate.Replicate(bearer_token=pasted, base_url=token_server.base_url) as client:
        assert SECRET not in repr(client)
        assert client.account.get().username
    assert not any(SECRET in record.getMessage() for record in caplog.records)


def test_surrounding_whitespace_in_the_environment_is_stripped(
    token_server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REPLICATE_API_TOKEN", SECRET + "\n")
    with replicate.Replicate(base_url=token_server.base_url) as client:
        assert client.account.get().username


@pytest.mark.parametrize("pasted", [SECRET[:10] + "\n" + SECRET[10:], SECRET[:10] + " x"])
def test_whitespace_inside_is_refused_without_showing_it(pasted: str) -> None:
    FIGURES.inputs_tried += 1
    with pytest.raises(ValueError) as caught:
        replicate.Replicate(bearer_token=pasted)
    said = _everything_said(caught.value, [])
    assert "whitespace" in str(caught.value)
    assert SECRET[:10] not in said and SECRET[10:] not in said


def test_whitespace_inside_from_the_environment_is_refused_without_showing_it(
    token_server: LocalServer, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    monkeypatch.setenv("REPLICATE_API_TOKEN", SECRET[:10] + "\n" + SECRET[10:])
    with (
        replicate.Replicate(base_url=token_server.base_url) as client,
        pytest.raises(replicate.ReplicateError) as caught,
    ):
        client.account.get()
    said = _everything_said(caught.value, caplog.records)
    assert SECRET[:10] not in said and SECRET[10:] not in said
    assert "whitespace" in said


def test_a_local_protocol_error_is_not_retried(
    token_server: LocalServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="replicate")
    with (
        replicate.Replicate(bearer_token=SECRET, base_url=token_server.base_url) as client,
        pytest.raises(replicate.APIConnectionError) as caught,
    ):
        client.get("/account", headers={"X-Broken": "a\nb"})
    attempts = [r for r in caplog.records if "failed" in r.getMessage()]
    assert len(attempts) == 1, [r.getMessage() for r in attempts]
    assert "retrying" not in attempts[0].getMessage()
    assert SECRET not in _everything_said(caught.value, caplog.records)


def test_a_dns_failure_names_the_host(monkeypatch: pytest.MonkeyPatch) -> None:
    real = socket.getaddrinfo

    def no_such_host(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host == "api.nowhere.test":
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    with (
        replicate.Replicate(
            bearer_token=SECRET, base_url="http://api.nowhere.test/v1", max_retries=0
        ) as client,
        pytest.raises(replicate.APIConnectionError) as caught,
    ):
        client.predictions.get(prediction_id="x")
    assert "api.nowhere.test" in str(caught.value)
    assert SECRET not in _everything_said(caught.value, [])
