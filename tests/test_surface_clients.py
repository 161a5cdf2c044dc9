"""HTTP clients, low-level calls, logging, use(use_async=True), outputs as paths, file tuples."""

from __future__ import annotations

import asyncio
import gc
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import httpx
import pytest

import replicate
from replicate import AsyncReplicate, DefaultAsyncHttpxClient, DefaultHttpxClient, Replicate
from replicate.testing import LocalServer

TOKEN = "r8_test"
HELLO = "5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa"


class Counting(httpx.HTTPTransport):
    def __init__(self) -> None:
        super().__init__()
        self.paths: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.paths.append(request.url.path)
        return super().handle_request(request)


# HTTP clients -------------------------------------------------------------------------


def test_default_httpx_clients_carry_our_defaults_and_take_httpx_arguments() -> None:
    from replicate._transport import DEFAULT_TIMEOUT, USER_AGENT

    with DefaultHttpxClient(proxy="http://proxy.invalid:3128") as http:
        assert isinstance(http, httpx.Client)
        assert http.timeout == DEFAULT_TIMEOUT
        assert http.headers["user-agent"] == USER_AGENT
    with DefaultHttpxClient(timeout=3.0, headers={"X-Team": "a"}) as http:
        assert http.timeout == httpx.Timeout(3.0)
        assert http.headers["x-team"] == "a"
        assert http.headers["user-agent"] == USER_AGENT

    async def main() -> None:
        async with DefaultAsyncHttpxClient() as http:
            assert isinstance(http, httpx.AsyncClient)
            assert http.timeout == DEFAULT_TIMEOUT

    asyncio.run(main())


def test_a_custom_transport_carries_the_requests(replicate_server: LocalServer) -> None:
    transport = Counting()
    http = DefaultHttpxClient(transport=transport)
    client = Replicate(bearer_token=TOKEN, base_url=replicate_server.base_url, http_client=http)
    assert client.account.get().username
    assert transport.paths == ["/v1/account"]
    http.close()


def test_with_options_http_client(replicate_server: LocalServer) -> None:
    transport = Counting()
    with Replicate(bearer_token=TOKEN, base_url=replicate_server.base_url) as client:
        other = client.with_options(http_client=DefaultHttpxClient(transport=transport))
        other.models.get("replicate/hello-world")
        client.models.get("replicate/hello-world")
        assert other.base_url == client.base_url
    assert transport.paths == ["/v1/models/replicate/hello-world"]
    other._http.close()


def test_async_with_options_http_client(replicate_server: LocalServer) -> None:
    class AsyncCounting(httpx.AsyncHTTPTransport):
        def __init__(self) -> None:
            super().__init__()
            self.paths: list[str] = []

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            self.paths.append(request.url.path)
            return await super().handle_async_request(request)

    transport = AsyncCounting()

    async def main() -> None:
        async with AsyncReplicate(bearer_token=TOKEN, base_url=replicate_server.base_url) as c:
            other = c.with_options(http_client=DefaultAsyncHttpxClient(transport=transport))
            await other.account.get()
            await c.account.get()
            await other._http.aclose()

    asyncio.run(main())
    assert transport.paths == ["/v1/account"]


# Low-level calls ----------------------------------------------------------------------


def test_low_level_calls_in_both_spellings(replicate_server: LocalServer) -> None:
    from replicate_api.models import Prediction

    with Replicate(bearer_token=TOKEN, base_url=replicate_server.base_url) as client:
        plain = client.post("/predictions", json={"version": HELLO, "input": {"text": "a"}})
        assert isinstance(plain, httpx.Response)
        assert plain.status_code == 201
        model = client.post(
            "/predictions",
            cast_to=Prediction,
            body={"version": HELLO},
            options={"extra_json": {"input": {"text": "b"}}, "headers": {"X-A": "1"}},
        )
        assert isinstance(model, Prediction)
        assert model.input.to_dict() == {"text": "b"}
        response = client.get(f"/predictions/{model.id}", cast_to=httpx.Response)
        assert response.json()["id"] == model.id
        assert client.get("/account", cast_to=dict)["username"]
        assert "hello" in client.get("/models/replicate/hello-world/readme", cast_to=str)
        with pytest.raises(TypeError, match="body= or as json="):
            client.post("/predictions", body={}, json={})
        with pytest.raises(TypeError, match="Unknown request options"):
            client.get("/account", options={"header": {}})  # type: ignore[typeddict-unknown-key]
        with pytest.raises(replicate.NotFoundError):
            client.post("/foo", cast_to=httpx.Response, body={"my_param": True})


def test_async_low_level_call(replicate_server: LocalServer) -> None:
    async def main() -> None:
        async with AsyncReplicate(bearer_token=TOKEN, base_url=replicate_server.base_url) as c:
            data = await c.get("/account", cast_to=dict, options={"params": {"x": "1"}})
            assert data["username"]
            response = await c.request("GET", "/account")
            assert response.status_code == 200

    asyncio.run(main())


# Logging ------------------------------------------------------------------------------


def _run_logged(level: str, server: LocalServer, code: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "REPLICATE_LOG": level,
        "REPLICATE_API_TOKEN": TOKEN,
        "REPLICATE_BASE_URL": server.base_url,
    }
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )


def test_replicate_log_info_and_debug(replicate_server: LocalServer) -> None:
    replicate_server.faults.inject(route="GET /v1/account", status=503, times=1, retry_after=0)
    code = "import replicate; replicate.account.get()"
    info = _run_logged("info", replicate_server, code).stderr
    assert "GET /v1/account -> 503" in info
    assert "GET /v1/account -> 200" in info
    assert "retrying" not in info
    replicate_server.faults.inject(route="GET /v1/account", status=503, times=1, retry_after=0)
    debug = _run_logged("debug", replicate_server, code).stderr
    assert "retrying in" in debug
    assert "[masked]" in debug
    assert TOKEN not in debug
    quiet = _run_logged("", replicate_server, code).stderr
    assert "/v1/account" not in quiet


# use(use_async=True), outputs as paths ------------------------------------------------


@pytest.fixture
def default_env(replicate_server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> LocalServer:
    monkeypatch.setenv("REPLICATE_API_TOKEN", TOKEN)
    monkeypatch.setenv("REPLICATE_BASE_URL", replicate_server.base_url)
    monkeypatch.setattr(replicate, "_default", None)
    monkeypatch.setattr(replicate, "_default_async", None)
    return replicate_server


def test_use_async_returns_an_awaitable_function(default_env: LocalServer) -> None:
    async def main() -> object:
        hello = replicate.use("replicate/hello-world", use_async=True)
        return await hello(text="Alice")

    assert asyncio.run(main()) == "hello Alice"


def test_file_output_is_a_path_fetched_once(default_env: LocalServer) -> None:
    banana = replicate.use("google/nano-banana")
    output = banana(prompt="a banana")
    assert isinstance(output, replicate.FileOutput)
    url = replicate.get_path_url(output)
    assert url == output.url
    fetched_before = len(default_env.counters.delivery_authorizations)
    with open(output, "rb") as handle:
        data = handle.read()
    assert data == output.read()
    assert os.fspath(output) == os.fspath(output)
    path = Path(os.fspath(output))
    assert path.is_file()
    assert path.name == output.name
    # fetched once for the path (read() above fetched once more)
    assert len(default_env.counters.delivery_authorizations) == fetched_before + 2
    assert replicate.get_path_url("not an output") is None


def test_file_output_path_copy_is_deleted_with_the_output(default_env: LocalServer) -> None:
    output = replicate.use("google/nano-banana")(prompt="a banana")
    assert isinstance(output, replicate.FileOutput)
    path = Path(os.fspath(output))
    assert path.read_bytes() == output.read()  # usable while the output lives
    gc.collect()
    assert path.is_file()
    del output
    gc.collect()
    assert not path.exists()
    assert not path.parent.exists()


def test_file_output_path_copy_is_deleted_at_interpreter_exit(tmp_path: Path) -> None:
    script = (
        "import os, replicate\n"
        "output = replicate.FileOutput('data:text/plain;base64,aGk=')\n"
        "path = os.fspath(output)\n"
        "assert open(path).read() == 'hi'\n"
        "print(path)\n"
        "keep = [output, output]\n"
        "keep.append(keep)\n"  # a cycle, only freed (if ever) at exit
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    path = Path(done.stdout.strip())
    assert path.name == "output.txt"
    assert not path.exists()
    assert not path.parent.exists()


def test_get_path_url_where_the_readme_imports_it() -> None:
    from replicate.lib._predictions_use import get_path_url

    assert get_path_url(replicate.FileOutput("https://example.invalid/a.png")) == (
        "https://example.invalid/a.png"
    )


# files.create tuples ------------------------------------------------------------------


def test_files_create_takes_a_filename_contents_media_type_tuple(
    replicate_server: LocalServer, tmp_path: Path
) -> None:
    source = tmp_path / "notes.bin"
    source.write_bytes(b"from a path")
    with Replicate(bearer_token=TOKEN, base_url=replicate_server.base_url) as client:
        made = client.files.create(content=("hello.txt", b"hi there", "text/plain"))
        assert (made.name, made.content_type, made.size) == ("hello.txt", "text/plain", 8)
        guessed = client.files.create(content=("data.json", b"{}"))
        assert guessed.content_type == "application/json"
        from_path = client.files.create(content=("renamed.bin", source, None))
        assert (from_path.name, from_path.size) == ("renamed.bin", len(b"from a path"))
        with pytest.raises(TypeError, match="tuple"):
            client.files.create(content=("a", b"b", "c", "d"))  # type: ignore[arg-type]
