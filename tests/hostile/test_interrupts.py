"""Interrupted runs cancel the prediction they started, and say which one it was.

Ctrl-C (a real SIGINT to the main thread) during run(), use() and stream(), and a
cancelled asyncio task awaiting their async twins, once the server has created the
prediction: the server must then hold it as canceled, and the interrupt must name its id.
`cancel_on_interrupt=False` leaves it running.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

import pytest

import replicate
from replicate.testing import LocalServer

from ._interrupting import interrupt_after_create, left_running, send_sigint_to_main

pytestmark = [
    pytest.mark.usefixtures("fast_retries"),
    pytest.mark.timeout(30),
]

LONG = "hostile/long"
TOKENS = "hostile/long-tokens"


def _long(text: str = "x") -> str:
    return text


def _tokens(text: str = "x") -> Any:
    yield from text


@pytest.fixture
def long_server(server: LocalServer) -> LocalServer:
    server.register_model(LONG, _long, run_time=60)
    server.register_model(TOKENS, _tokens, run_time=60, streaming=True)
    return server


def _client(server: LocalServer) -> replicate.Replicate:
    return replicate.Replicate(bearer_token=server.token, base_url=server.base_url)


def _only_prediction(server: LocalServer) -> tuple[str, str]:
    (ident, body), *_ = server.predictions.items()
    return ident, body["status"]


def _names(error: BaseException, ident: str) -> bool:
    return any(ident in note for note in getattr(error, "__notes__", ()))


SYNC_CALLS: dict[str, Callable[[replicate.Replicate], Any]] = {
    "run": lambda c: c.run(LONG, input={"text": "r"}, wait=False),
    "use": lambda c: c.use(LONG, wait=False)(text="u"),
    "use(streaming)": lambda c: list(c.use(TOKENS, streaming=True)(text="abc")),
    "stream": lambda c: list(c.stream(TOKENS, input={"text": "abc"})),
}


@pytest.mark.parametrize("name", SYNC_CALLS)
def test_ctrl_c_cancels_the_prediction(long_server: LocalServer, name: str) -> None:
    with (
        _client(long_server) as client,
        interrupt_after_create(long_server, send_sigint_to_main),
        pytest.raises(KeyboardInterrupt) as caught,
    ):
        SYNC_CALLS[name](client)
    ident, status = _only_prediction(long_server)
    assert status == "canceled"
    assert left_running(long_server) == []
    assert _names(caught.value, ident), caught.value.__notes__


def test_module_level_run_is_canceled_too(
    long_server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(replicate, "_default", _client(long_server))
    with (
        interrupt_after_create(long_server, send_sigint_to_main),
        pytest.raises(KeyboardInterrupt),
    ):
        replicate.run(LONG, input={"text": "m"}, wait=False)
    assert _only_prediction(long_server)[1] == "canceled"
    assert left_running(long_server) == []


def test_cancel_on_interrupt_false_leaves_it_running(long_server: LocalServer) -> None:
    with _client(long_server) as client:
        with (
            interrupt_after_create(long_server, send_sigint_to_main),
            pytest.raises(KeyboardInterrupt) as caught,
        ):
            client.run(LONG, input={"text": "k"}, wait=False, cancel_on_interrupt=False)
        ident, status = _only_prediction(long_server)
        assert status == "processing"
        assert _names(caught.value, ident)
        client.predictions.cancel(prediction_id=ident)  # leave nothing billed behind


ASYNC_CALLS: dict[str, Callable[[replicate.AsyncReplicate], Any]] = {
    "run": lambda c: c.run(LONG, input={"text": "r"}, wait=False),
    "use": lambda c: c.use(LONG, wait=False)(text="u"),
    "stream": lambda c: _drain(c.stream(TOKENS, input={"text": "abc"})),
    "use(streaming)": lambda c: _drain(c.use(TOKENS, streaming=True)(text="abc")),
}


async def _drain(items: Any) -> list[Any]:
    return [item async for item in items]


@pytest.mark.parametrize("name", ASYNC_CALLS)
def test_task_cancel_cancels_the_prediction(long_server: LocalServer, name: str) -> None:
    async def main() -> BaseException:
        async with replicate.AsyncReplicate(
            bearer_token=long_server.token, base_url=long_server.base_url
        ) as client:
            task = asyncio.ensure_future(ASYNC_CALLS[name](client))
            loop = asyncio.get_running_loop()
            with (
                interrupt_after_create(long_server, lambda: loop.call_soon_threadsafe(task.cancel)),
                pytest.raises(asyncio.CancelledError) as caught,
            ):
                await task
            return caught.value

    error = asyncio.run(main())
    ident, status = _only_prediction(long_server)
    assert status == "canceled"
    assert left_running(long_server) == []
    assert _names(error, ident)


def test_wait_for_timeout_cancels_the_prediction(long_server: LocalServer) -> None:
    async def main() -> None:
        async with replicate.AsyncReplicate(
            bearer_token=long_server.token, base_url=long_server.base_url
        ) as client:
            with pytest.raises(TimeoutError):
                await asyncio.wait_for(client.run(LONG, input={"text": "w"}, wait=False), 1.0)

    asyncio.run(main())
    assert _only_prediction(long_server)[1] == "canceled"
    assert left_running(long_server) == []


def test_ctrl_c_during_the_held_create_leaves_cancel_after_as_the_backstop() -> None:
    # Interrupted while the create is held open (Prefer: wait), the id never arrives; the
    # Cancel-After that a deadline sends makes the server cancel it (speed=20: 7 s -> 0.35 s).
    with LocalServer(speed=20) as fast:
        fast.register_model(LONG, _long, run_time=60)
        with (
            replicate.Replicate(bearer_token=fast.token, base_url=fast.base_url) as client,
            interrupt_after_create(fast, send_sigint_to_main),
            pytest.raises(KeyboardInterrupt),
        ):
            client.run(LONG, input={"text": "h"}, timeout=2)
        give_up = time.monotonic() + 5
        while _only_prediction(fast)[1] == "processing" and time.monotonic() < give_up:
            time.sleep(0.05)
        assert _only_prediction(fast)[1] in ("canceled", "aborted")
        assert left_running(fast) == []
