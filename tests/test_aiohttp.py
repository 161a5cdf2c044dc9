"""`DefaultAioHttpClient`: the async client over aiohttp, against the local server.

The same promises as on httpx: runs, streams, uploads, downloads and deadlines work, a
connection dropped after the server took a create is never sent again (one prediction,
not two), a refused connect is retried, and the client stays usable across event loops.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

import replicate
from replicate import AsyncReplicate, DefaultAioHttpClient
from replicate.testing import LocalServer

CREATE = "POST /v1/models/{model_owner}/{model_name}/predictions"
ECHO = "aio/echo"
pytestmark = pytest.mark.timeout(30)


@pytest.fixture
def server(replicate_server: LocalServer) -> Iterator[LocalServer]:
    replicate_server.register_model(ECHO, lambda text="x": f"echo {text}")
    yield replicate_server
    replicate_server.faults.clear()


def _client(server: LocalServer, **options: object) -> AsyncReplicate:
    return AsyncReplicate(
        bearer_token=server.token,
        base_url=server.base_url,
        http_client=DefaultAioHttpClient(),
        **options,  # type: ignore[arg-type]
    )


async def test_runs_go_through_aiohttp(server: LocalServer) -> None:
    client = _client(server)
    outputs = await asyncio.gather(*(client.run(ECHO, input={"text": str(i)}) for i in range(50)))
    assert outputs == [f"echo {i}" for i in range(50)]
    assert server.counters.predictions_created == 50
    await client._http.aclose()


async def test_a_drop_after_the_create_makes_one_prediction(
    server: LocalServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.faults.inject(CREATE, drop="before_response")
    client = _client(server)
    with (
        caplog.at_level(logging.DEBUG, logger="replicate"),
        pytest.raises(replicate.APIConnectionError) as caught,
    ):
        await client.run(ECHO, input={"text": "once"})
    assert not isinstance(caught.value, replicate.APITimeoutError)
    assert server.counters.predictions_created == 1
    assert server.counters.requests[CREATE] == 1
    assert "giving up" in caplog.text
    # The pool is still good for the next call.
    assert await client.run(ECHO, input={"text": "next"}) == "echo next"
    await client._http.aclose()


async def test_a_get_cut_mid_body_is_retried(server: LocalServer) -> None:
    client = _client(server, max_retries=2)
    created = await client.models.predictions.create(ECHO, input={"text": "g"})
    server.faults.inject("GET /v1/predictions/*", drop="mid_body")
    fetched = await client.predictions.get(prediction_id=created.id)
    assert fetched.id == created.id
    assert server.counters.requests["GET /v1/predictions/{prediction_id}"] == 2
    await client._http.aclose()


async def test_a_refused_connect_is_retried_even_for_a_create(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(replicate._retries, "INITIAL_DELAY", 0.001)
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    client = AsyncReplicate(
        bearer_token="r8_test",
        base_url=f"http://127.0.0.1:{port}/v1",
        http_client=DefaultAioHttpClient(),
        max_retries=2,
    )
    with (
        caplog.at_level(logging.DEBUG, logger="replicate"),
        pytest.raises(replicate.APIConnectionError),
    ):
        await client.models.predictions.create(ECHO, input={"text": "x"})
    assert caplog.text.count("failed (ConnectError); retrying") == 2
    await client._http.aclose()


async def test_streams_resume_over_aiohttp(server: LocalServer) -> None:
    client = _client(server)
    expected = await client.run("anthropic/claude-sonnet-4", input={"prompt": "aio"})
    server.faults.inject("GET /v1/streams/*", drop="mid_stream", times=1)
    events = [e async for e in client.stream("anthropic/claude-sonnet-4", input={"prompt": "aio"})]
    assert [event.data for event in events] == expected
    await client._http.aclose()


async def test_upload_and_download_over_aiohttp(server: LocalServer, tmp_path: Path) -> None:
    path = tmp_path / "blob.bin"
    content = bytes(range(256)) * 4000
    path.write_bytes(content)
    client = _client(server)
    stored = await client.files.create(content=path)  # streamed from disk
    assert (stored.name, stored.size) == ("blob.bin", len(content))
    in_memory = await client.files.create(content=b"small", filename="s.txt")
    assert in_memory.size == 5
    output = replicate.FileOutput(stored.urls.additional_properties["download"], client=client)
    received = b"".join([chunk async for chunk in output])
    assert received == content
    await client._http.aclose()


async def test_run_deadline_and_read_timeout(server: LocalServer) -> None:
    server.register_model("aio/slow", lambda text="x": text, run_time=5)
    client = _client(server)
    with pytest.raises(replicate.DeadlineExceededError):
        await client.run("aio/slow", input={"text": "late"}, wait=False, timeout=0.3)
    server.faults.inject("GET /v1/account", delay=1.0)
    hasty = client.with_options(timeout=httpx.Timeout(0.2), max_retries=0)
    with pytest.raises(replicate.APITimeoutError):
        await hasty.account.get()
    await client._http.aclose()


def test_one_client_serves_two_event_loops(server: LocalServer) -> None:
    client = _client(server)
    for text in ("first", "second"):
        assert asyncio.run(client.run(ECHO, input={"text": text})) == f"echo {text}"
    asyncio.run(client._http.aclose())


@pytest.mark.parametrize(
    ("http_client", "slots"),
    [
        (None, 100),
        (lambda: DefaultAioHttpClient(limits=httpx.Limits(max_connections=7)), 7),
        (lambda: httpx.AsyncClient(limits=httpx.Limits(max_connections=9)), 9),
        (lambda: httpx.AsyncClient(limits=httpx.Limits(max_connections=None)), 100),
    ],
)
async def test_every_client_is_gated_by_its_own_limit(http_client: object, slots: int) -> None:
    given = http_client() if callable(http_client) else None
    client = AsyncReplicate(bearer_token="r8_test", http_client=given)
    gate = client._transport.gate
    assert gate is not None and gate.slots == slots
    assert client.with_options(max_retries=0)._transport.gate is gate
    await client._http.aclose()


def test_import_replicate_leaves_aiohttp_unimported() -> None:
    probe = "import sys, replicate; print('aiohttp' in sys.modules); replicate.DefaultAioHttpClient"
    probe += "; print('aiohttp' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "True"]


def test_a_client_left_open_exits_quietly(server: LocalServer) -> None:
    script = (
        "import asyncio, sys, replicate\n"
        "client = replicate.AsyncReplicate(bearer_token=sys.argv[1], base_url=sys.argv[2],\n"
        "    http_client=replicate.DefaultAioHttpClient())\n"
        f"print(asyncio.run(client.run({ECHO!r}, input={{'text': 'left'}})))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, server.token, server.base_url],
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    )
    assert done.stdout.strip() == "echo left"
    assert "Unclosed" not in done.stderr
