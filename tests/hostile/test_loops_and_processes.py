"""One client across event loops, forked processes and racing threads.

- One AsyncReplicate used from several `asyncio.run()` calls, one after another: every
  call works, and none creates a prediction it then fails to report.
- `asyncio.run(replicate.async_run(...))` in a loop leaks no sockets.
- After `os.fork()` the child never sends on a connection the parent opened.
- 32 threads making their first module-level call together get one default client.
"""

from __future__ import annotations

import asyncio
import gc
import os
import socket
import threading
import time
from collections.abc import Iterator

import pytest

import replicate
from replicate.testing import LocalServer

from ._figures import FIGURES
from ._rawhttp import RawServer, Request, prediction, reply
from ._scene import ECHO, echo

pytestmark = [
    pytest.mark.timeout(60),
]

LOOPS = 6


@pytest.fixture
def echo_server(server: LocalServer) -> LocalServer:
    server.register_model(ECHO, echo)
    return server


def test_one_async_client_across_event_loops(echo_server: LocalServer) -> None:
    client = replicate.AsyncReplicate(bearer_token=echo_server.token, base_url=echo_server.base_url)

    async def twice(n: int) -> list[str]:
        first = client.run(ECHO, input={"text": f"a{n}"})
        second = client.run(ECHO, input={"text": f"b{n}"})
        return list(await asyncio.gather(first, second))

    outputs = []
    for n in range(LOOPS):
        outputs.append(asyncio.run(twice(n)))
        FIGURES.loops_tried += 1
    asyncio.run(client.close())
    assert outputs == [[f"echo a{n}", f"echo b{n}"] for n in range(LOOPS)]
    created = echo_server.counters.predictions_created
    FIGURES.add_creates(created=created, intended=2 * LOOPS)
    assert created == 2 * LOOPS


def _open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs /proc")
def test_repeated_asyncio_run_of_module_level_async_run_leaks_nothing(
    echo_server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REPLICATE_API_TOKEN", echo_server.token or "")
    monkeypatch.setenv("REPLICATE_BASE_URL", echo_server.base_url)

    def once(n: int) -> None:
        assert asyncio.run(replicate.async_run(ECHO, input={"text": str(n)})) == f"echo {n}"
        FIGURES.loops_tried += 1

    once(0)  # the first call may import and set up what later calls reuse
    gc.collect()
    before = _open_fds()
    for n in range(1, 21):
        once(n)
    gc.collect()
    settle = time.monotonic() + 2  # the in-process server closes its ends asynchronously
    while _open_fds() > before and time.monotonic() < settle:
        time.sleep(0.02)
    leaked = _open_fds() - before
    FIGURES.leaks += max(leaked, 0)
    assert leaked <= 1


def _peer_port(request: Request, connection: socket.socket) -> None:
    """Answer every GET with a prediction whose id is the port the request came from."""
    ident = str(request.peer_port)
    connection.sendall(reply(prediction(ident)))


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_forked_child_opens_its_own_connection() -> None:
    with (
        RawServer(_peer_port) as raw,
        replicate.Replicate(bearer_token="r8_fork", base_url=raw.base_url) as client,
    ):
        parent_port = client.predictions.get(prediction_id="a").id
        pid = os.fork()
        if pid == 0:  # the child: report through the exit status only
            try:
                child_port = client.predictions.get(prediction_id="b").id
                os._exit(0 if child_port != parent_port else 1)
            except BaseException:
                os._exit(2)
        _, status = os.waitpid(pid, 0)
        FIGURES.forks_tried += 1
        # The parent still works on its own connection afterwards.
        assert client.predictions.get(prediction_id="c").id == parent_port
    assert os.waitstatus_to_exitcode(status) == 0, "the child reused the parent's connection"


@pytest.fixture
def fresh_default(monkeypatch: pytest.MonkeyPatch, echo_server: LocalServer) -> Iterator[None]:
    monkeypatch.setenv("REPLICATE_API_TOKEN", echo_server.token or "")
    monkeypatch.setenv("REPLICATE_BASE_URL", echo_server.base_url)
    monkeypatch.setattr(replicate, "_default", None)
    yield
    if replicate._default is not None:
        replicate._default.close()


@pytest.mark.usefixtures("fresh_default")
def test_racing_threads_build_one_default_client() -> None:
    start = threading.Barrier(32)
    clients: list[replicate.Replicate] = []

    def first_call() -> None:
        start.wait()
        clients.append(replicate.default_client())

    threads = [threading.Thread(target=first_call) for _ in range(32)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    built = {id(client) for client in clients}
    for client in clients:
        if client is not replicate._default:
            client.close()
    assert len(clients) == 32
    assert len(built) == 1
