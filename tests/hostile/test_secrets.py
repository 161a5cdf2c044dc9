"""The API token stays secret: not in logs, errors, reprs or tracebacks, nor sent to file hosts.

Every error path the SDK has is driven against a local server whose token is a long,
distinctive string, with DEBUG logging on for replicate, httpx and httpcore. Then the token
is searched for in every log record, every exception's str/repr/args, its formatted
traceback (with the chain), and its traceback formatted with local variables (what error
trackers record).
"""

from __future__ import annotations

import contextlib
import logging
import socket
import traceback
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

import replicate
from replicate.testing import LocalServer

from ._figures import FIGURES
from .conftest import tally_faults

TOKEN = "r8_" + "HostileSecretToken" * 2
WRONG_TOKEN = "r8_" + "WrongButStillSecret" * 2
SECRETS = (TOKEN, WRONG_TOKEN, TOKEN.removeprefix("r8_"), WRONG_TOKEN.removeprefix("r8_"))
LOGGERS = ("replicate", "httpx", "httpcore")

pytestmark = [pytest.mark.usefixtures("fast_retries"), pytest.mark.timeout(30)]


@pytest.fixture(scope="module")
def secret_server() -> Iterator[LocalServer]:
    with LocalServer(token=TOKEN) as server:
        yield server


@pytest.fixture
def server(secret_server: LocalServer) -> Iterator[LocalServer]:
    secret_server.reset()
    secret_server.register_model("hostile/echo", lambda text="x": f"echo {text}")
    secret_server.register_model("hostile/strict", _strict)
    secret_server.register_model("hostile/broken", _broken)
    secret_server.register_model("hostile/broken-stream", _broken_stream, streaming=True)
    secret_server.register_model("hostile/sleepy", lambda text="x": text, run_time=30)
    yield secret_server
    tally_faults(secret_server)
    secret_server.faults.clear()


def _strict(count: int) -> int:
    return count


def _broken(text: str = "x") -> str:
    raise RuntimeError("the model fell over")


def _broken_stream(text: str = "x") -> Iterator[str]:
    yield "first "
    raise RuntimeError("the stream fell over")


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def assert_no_secret(text: str, where: str) -> None:
    for secret in SECRETS:
        assert secret not in text, f"the API token appears in {where}"


def assert_error_keeps_secrets(error: BaseException) -> None:
    name = type(error).__name__
    assert_no_secret(str(error), f"str({name})")
    assert_no_secret(repr(error), f"repr({name})")
    assert_no_secret(repr(error.args), f"{name}.args")
    assert_no_secret("".join(traceback.format_exception(error)), f"the traceback of {name}")
    with_locals = traceback.TracebackException.from_exception(error, capture_locals=True)
    assert_no_secret("".join(with_locals.format()), f"the traceback of {name} with locals")


def raised_by(action: Callable[[], Any]) -> BaseException:
    """The error `action` raises (it must raise). Keeps no secret in its own locals."""
    try:
        result = action()
        if isinstance(result, Iterator):
            list(result)
    except Exception as error:
        return error
    raise AssertionError("expected an error")


def _client(server: LocalServer, **options: Any) -> replicate.Replicate:
    settings: dict[str, Any] = {"bearer_token": TOKEN, "base_url": server.base_url}
    return replicate.Replicate(**{**settings, **options})


ACCOUNT = "GET /v1/account"

# Each error path: what to arm on the server, then what to call.
ErrorPath = Callable[[LocalServer], Any]
ERROR_PATHS: dict[str, ErrorPath] = {
    "not found": lambda s: _client(s).predictions.get(prediction_id="missing"),
    "wrong token": lambda s: _client(s, bearer_token=WRONG_TOKEN).account.get(),
    "server error": lambda s: (
        s.faults.inject(ACCOUNT, status=500, times=3),
        _client(s).account.get(),
    ),
    "rate limited": lambda s: (
        s.faults.inject(ACCOUNT, status=429, retry_after="0", times=3),
        _client(s).account.get(),
    ),
    "dropped": lambda s: (
        s.faults.inject(ACCOUNT, drop="before_response", times=3),
        _client(s).account.get(),
    ),
    "cut mid-body": lambda s: (
        s.faults.inject(ACCOUNT, drop="mid_body", times=3),
        _client(s).account.get(),
    ),
    "timeout": lambda s: (
        s.faults.inject(ACCOUNT, delay=0.2, times=3),
        _client(s, timeout=0.02).account.get(),
    ),
    "malformed body": lambda s: (
        s.faults.inject(ACCOUNT, body=b'{"type": "us'),
        _client(s).account.get(),
    ),
    "create dropped": lambda s: (
        s.faults.inject("POST /v1/predictions", drop="before_response"),
        _client(s).predictions.create(version="0" * 64, input={}),
    ),
    "invalid input": lambda s: _client(s).run("hostile/strict", input={"count": "many"}),
    "model failed": lambda s: _client(s).run("hostile/broken", input={"text": "x"}),
    "stream failed": lambda s: _client(s).stream("hostile/broken-stream", input={"text": "x"}),
    "deadline": lambda s: _client(s).run("hostile/sleepy", input={}, timeout=0.1, wait=False),
    "polling failed": lambda s: (
        s.faults.inject("GET /v1/predictions/{prediction_id}", status=503, times=3),
        _client(s).run("hostile/sleepy", input={}, wait=False),
    ),
    "use() of a missing model": lambda s: _client(s).use("hostile/missing")(text="x"),
    "bad reference": lambda s: _client(s).run("../../account", input={}),
    "file host 404": lambda s: _missing_file(s),
    "connection refused": lambda s: replicate.Replicate(
        bearer_token=TOKEN, base_url=f"http://127.0.0.1:{_closed_port()}/v1"
    ).account.get(),
    "webhook forged": lambda s: _client(s).webhooks.verify(
        b"{}",
        {"webhook-id": "msg_1", "webhook-timestamp": "1", "webhook-signature": "v1,AAAA"},
        "whsec_" + "c2VjcmV0" * 4,
        now=1,
    ),
}


# Paths that fail before any request is sent, so nothing is logged.
OFFLINE_PATHS = {"bad reference", "webhook forged"}


def _missing_file(server: LocalServer) -> Any:
    url = f"{server.origin}/files-delivery/missing.png"
    return replicate.FileOutput(url, _client(server)).read()


@pytest.mark.parametrize("path", list(ERROR_PATHS))
def test_token_stays_out_of_logs_errors_and_tracebacks(
    server: LocalServer, path: str, caplog: pytest.LogCaptureFixture
) -> None:
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
    FIGURES.inputs_tried += 1
    error = raised_by(lambda: ERROR_PATHS[path](server))
    assert isinstance(error, replicate.ReplicateError | ValueError), repr(error)
    assert_error_keeps_secrets(error)
    if path not in OFFLINE_PATHS:
        assert caplog.records, "DEBUG logging recorded nothing: the check would be empty"
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    for record in caplog.records:
        assert_no_secret(formatter.format(record), f"a log line of {record.name}")


def test_token_missing_everywhere_says_so_without_echoing_anything(
    server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("REPLICATE_API_TOKEN", raising=False)
    error = raised_by(lambda: replicate.Replicate(base_url=server.base_url).account.get())
    assert isinstance(error, replicate.MissingTokenError)
    assert_error_keeps_secrets(error)


async def test_async_errors_keep_the_token(server: LocalServer) -> None:
    server.faults.inject(ACCOUNT, status=503, times=3)
    async with replicate.AsyncReplicate(bearer_token=TOKEN, base_url=server.base_url) as client:
        with pytest.raises(replicate.InternalServerError) as caught:
            await client.account.get()
    assert_error_keeps_secrets(caught.value)


def test_client_reprs_keep_the_token(server: LocalServer) -> None:
    client = _client(server)
    shown = [
        repr(client),
        str(client),
        repr(client.with_options(timeout=5)),
        repr(client.predictions),
        repr(client.predictions.list()),
        repr(replicate.AsyncReplicate(bearer_token=TOKEN, base_url=server.base_url)),
    ]
    for text in shown:
        assert_no_secret(text, "a repr")


# File downloads ---------------------------------------------------------------------------


def test_file_outputs_reach_the_file_host_without_the_token(server: LocalServer) -> None:
    server.register_model("hostile/picture", lambda text="x": b"\x89PNG fake picture")
    client = _client(server)
    output = client.run("hostile/picture", input={"text": "draw"})
    assert isinstance(output, replicate.FileOutput)
    assert output.read() == b"\x89PNG fake picture"
    assert server.counters.delivery_authorizations == [None]


class Hosts:
    """An in-process internet: each request is recorded and answered by its host's handler."""

    def __init__(self, answers: dict[str, Callable[[httpx.Request], httpx.Response]]) -> None:
        self.answers = answers
        self.seen: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        return self.answers[request.url.host](request)

    def authorizations(self, host: str) -> list[str | None]:
        return [r.headers.get("authorization") for r in self.seen if r.url.host == host]


API = "https://api.replicate.test/v1"


def picture(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=b"picture", headers={"content-type": "image/png"})


def _redirect(location: str) -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: httpx.Response(302, headers={"location": location})


FOREIGN_DOWNLOADS = {
    "cdn": ("https://replicate.delivery/abc/out.png", {}),
    "same host, other port": ("https://api.replicate.test:8443/out.png", {}),
    "same origin, outside the API path": ("https://api.replicate.test/files/out.png", {}),
    "API path redirected to a CDN": (
        f"{API}/files/abc/download",
        {"api.replicate.test": _redirect("https://cdn.example.test/abc.png")},
    ),
    "CDN redirected to another CDN": (
        "https://replicate.delivery/abc.png",
        {"replicate.delivery": _redirect("https://cdn.example.test/abc.png")},
    ),
}


@pytest.mark.parametrize("case", list(FOREIGN_DOWNLOADS))
@pytest.mark.parametrize("user_header", [False, True], ids=["plain", "token-as-default-header"])
def test_downloads_from_other_hosts_carry_no_token(case: str, user_header: bool) -> None:
    url, special = FOREIGN_DOWNLOADS[case]
    answers: dict[str, Callable[[httpx.Request], httpx.Response]] = {
        "api.replicate.test": picture,
        "replicate.delivery": picture,
        "cdn.example.test": picture,
        **special,
    }
    hosts = Hosts(answers)
    # A caller may even have put the token on their own httpx client as a default header.
    defaults = {"Authorization": f"Bearer {TOKEN}"} if user_header else {}
    http = httpx.Client(transport=httpx.MockTransport(hosts), headers=defaults)
    client = replicate.Replicate(bearer_token=TOKEN, base_url=API, http_client=http)
    assert replicate.FileOutput(url, client).read() == b"picture"
    FIGURES.inputs_tried += 1
    for request in hosts.seen:
        if _under_api(request.url):
            continue
        assert request.headers.get("authorization") is None, f"token sent to {request.url}"
    assert any(not _under_api(request.url) for request in hosts.seen)


def _under_api(url: httpx.URL) -> bool:
    return url.host == "api.replicate.test" and url.port is None and url.path.startswith("/v1/")


async def test_async_downloads_from_other_hosts_carry_no_token() -> None:
    hosts = Hosts({"replicate.delivery": picture})
    http = httpx.AsyncClient(transport=httpx.MockTransport(hosts))
    client = replicate.AsyncReplicate(bearer_token=TOKEN, base_url=API, http_client=http)
    assert await replicate.FileOutput("https://replicate.delivery/x.png", client).aread()
    assert hosts.authorizations("replicate.delivery") == [None]


def test_api_redirect_to_another_host_drops_the_token() -> None:
    # Even a caller's client that follows redirects must not carry the token across hosts.
    hosts = Hosts(
        {
            "api.replicate.test": _redirect("https://elsewhere.example.test/v1/account"),
            "elsewhere.example.test": lambda request: httpx.Response(
                200, json={"type": "user", "username": "x"}
            ),
        }
    )
    http = httpx.Client(transport=httpx.MockTransport(hosts), follow_redirects=True)
    client = replicate.Replicate(bearer_token=TOKEN, base_url=API, http_client=http)
    with contextlib.suppress(replicate.ReplicateError):
        client.account.get()
    assert hosts.authorizations("api.replicate.test") == [f"Bearer {TOKEN}"]
    assert hosts.authorizations("elsewhere.example.test") == [None]


def test_pages_never_follow_a_link_to_another_host() -> None:
    page = {
        "next": "https://elsewhere.example.test/v1/predictions?cursor=2",
        "previous": None,
        "results": [],
    }
    hosts = Hosts({"api.replicate.test": lambda request: httpx.Response(200, json=page)})
    http = httpx.Client(transport=httpx.MockTransport(hosts))
    client = replicate.Replicate(bearer_token=TOKEN, base_url=API, http_client=http)
    first = client.predictions.list()
    with pytest.raises(replicate.ReplicateError):
        first.next_page()
    assert [r.url.host for r in hosts.seen] == ["api.replicate.test"]
