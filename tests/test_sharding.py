"""The default async pool (many small httpx pools behind one limit) and the direct send
(replicate/_direct.py), sync and async.

Sequential calls reuse one connection, concurrent ones never open more than the limit,
and a client that adds something on the way (event hooks, auth) still gets it applied:
only a client that adds nothing has its requests handed straight to its transport.
"""

from __future__ import annotations

import asyncio
from collections.abc import Generator

import httpx
import pytest

from replicate import AsyncReplicate, Replicate
from replicate._sharding import ShardedTransport
from replicate.testing import LocalServer

ECHO = "pool/echo"
pytestmark = pytest.mark.timeout(30)


def _open_connections(client: AsyncReplicate) -> int:
    transport = client._http._transport
    assert isinstance(transport, ShardedTransport)
    return sum(
        not connection.is_closed()
        for shard in transport.shards
        for connection in shard._pool.connections
    )


async def test_sequential_calls_reuse_one_connection(replicate_server: LocalServer) -> None:
    replicate_server.register_model(ECHO, lambda text="x": text)
    async with AsyncReplicate(
        bearer_token=replicate_server.token, base_url=replicate_server.base_url
    ) as client:
        for i in range(20):
            assert await client.run(ECHO, input={"text": str(i)}) == str(i)
        assert _open_connections(client) == 1


async def test_concurrent_calls_stay_within_the_limit(replicate_server: LocalServer) -> None:
    replicate_server.register_model(ECHO, lambda text="x": text, run_time=0.05)
    limits = httpx.Limits(max_connections=6, max_keepalive_connections=6)
    transport = ShardedTransport(limits=limits)
    assert sum(shard._pool._max_connections for shard in transport.shards) == 6
    http = httpx.AsyncClient(transport=transport)
    client = AsyncReplicate(
        bearer_token=replicate_server.token, base_url=replicate_server.base_url, http_client=http
    )
    assert client._transport.gate is not None and client._transport.gate.slots == 6
    most = 0

    async def watch(done: asyncio.Event) -> None:
        nonlocal most
        while not done.is_set():
            most = max(most, _open_connections(client))
            await asyncio.sleep(0.002)

    done = asyncio.Event()
    watcher = asyncio.create_task(watch(done))
    outputs = await asyncio.gather(*(client.run(ECHO, input={"text": str(i)}) for i in range(60)))
    done.set()
    await watcher
    assert outputs == [str(i) for i in range(60)]
    assert 1 < most <= 6
    await http.aclose()


class _Stamp(httpx.Auth):
    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["X-Stamp"] = "yes"
        yield request


async def test_a_clients_own_hooks_and_auth_still_apply(replicate_server: LocalServer) -> None:
    seen: list[tuple[str, str | None]] = []

    async def on_response(response: httpx.Response) -> None:
        seen.append((response.request.url.path, response.request.headers.get("X-Stamp")))

    http = httpx.AsyncClient(auth=_Stamp(), event_hooks={"response": [on_response]})
    client = AsyncReplicate(
        bearer_token=replicate_server.token, base_url=replicate_server.base_url, http_client=http
    )
    await client.account.get()
    await client.hardware.list()
    assert seen == [("/v1/account", "yes"), ("/v1/hardware", "yes")]
    await http.aclose()


def test_a_sync_clients_own_hooks_and_auth_still_apply(replicate_server: LocalServer) -> None:
    seen: list[tuple[str, str | None]] = []

    def on_response(response: httpx.Response) -> None:
        seen.append((response.request.url.path, response.request.headers.get("X-Stamp")))

    with httpx.Client(auth=_Stamp(), event_hooks={"response": [on_response]}) as http:
        client = Replicate(
            bearer_token=replicate_server.token,
            base_url=replicate_server.base_url,
            http_client=http,
        )
        client.account.get()
    assert seen == [("/v1/account", "yes")]


def test_a_client_with_cookies_sends_them(replicate_server: LocalServer) -> None:
    sent: list[str | None] = []
    with httpx.Client(
        cookies={"session": "abc"},
        event_hooks={"request": [lambda request: sent.append(request.headers.get("Cookie"))]},
    ) as http:
        Replicate(
            bearer_token=replicate_server.token,
            base_url=replicate_server.base_url,
            http_client=http,
        ).account.get()
    assert sent == ["session=abc"]
