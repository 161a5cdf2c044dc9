"""The clients against the local Replicate server: real sockets, real faults, real pages.

The fault cases check the promise that matters most for money: a prediction the server
may have created is never created twice, while one it provably never saw is retried.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from replicate import (
    APIConnectionError,
    AsyncReplicate,
    AuthenticationError,
    InternalServerError,
    Replicate,
    UnprocessableEntityError,
    _retries,
)
from replicate.testing import LocalServer

HELLO_VERSION = "5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa"
CREATE = "POST /v1/predictions"


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    # Small pages, so listing crosses several of them; a fast model clock.
    with LocalServer(token="r8_test", page_size=2, speed=50) as running:
        yield running


@pytest.fixture
def client(server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[Replicate]:
    server.reset()
    monkeypatch.setattr(_retries, "INITIAL_DELAY", 0.01)  # backoff as usual, just shorter
    with Replicate(bearer_token="r8_test", base_url=server.base_url, max_retries=2) as made:
        yield made


def _create(client: Replicate) -> str:
    return client.predictions.create(version=HELLO_VERSION, input={"text": "Alice"}).id


# Faults ---------------------------------------------------------------------------------


def test_a_get_survives_a_burst_of_503s(client: Replicate, server: LocalServer) -> None:
    ident = _create(client)
    server.faults.inject(route="GET /v1/predictions/*", status=503, times=2, retry_after=0)
    assert client.predictions.get(prediction_id=ident).id == ident
    assert server.counters.requests["GET /v1/predictions/{prediction_id}"] == 3


def test_a_get_whose_answer_was_lost_is_asked_again(client: Replicate, server: LocalServer) -> None:
    server.faults.inject(route="GET /v1/account", drop="before_response", times=1)
    assert client.account.get().username == "acme"
    assert server.counters.requests["GET /v1/account"] == 2


def test_a_prediction_post_that_failed_with_500_is_not_sent_again(
    client: Replicate, server: LocalServer
) -> None:
    server.faults.inject(route=CREATE, status=500, times=1)
    with pytest.raises(InternalServerError):
        _create(client)
    assert server.counters.requests[CREATE] == 1


def test_a_prediction_created_but_never_answered_is_not_created_twice(
    client: Replicate, server: LocalServer
) -> None:
    server.faults.inject(route=CREATE, drop="before_response", times=1)
    with pytest.raises(APIConnectionError):
        _create(client)
    assert server.counters.requests[CREATE] == 1
    assert server.counters.predictions_created == 1  # it exists, once; the caller can find it


def test_a_connection_dropped_before_the_handler_is_still_not_resent(
    client: Replicate, server: LocalServer
) -> None:
    # From the client's side this looks exactly like the case above, so it must act the same.
    server.faults.inject(route=CREATE, drop="before_request", times=1)
    with pytest.raises(APIConnectionError):
        _create(client)
    assert server.counters.requests[CREATE] == 1
    assert server.counters.predictions_created == 0


def test_a_rate_limited_prediction_post_is_retried_once_allowed(
    client: Replicate, server: LocalServer
) -> None:
    server.faults.inject(route=CREATE, status=429, times=2, retry_after=0)
    _create(client)
    assert server.counters.requests[CREATE] == 3
    assert server.counters.predictions_created == 1


async def test_async_prediction_post_is_never_duplicated(server: LocalServer) -> None:
    server.reset()
    server.faults.inject(route="POST /v1/models/*/predictions", drop="before_response")
    async with AsyncReplicate(bearer_token="r8_test", base_url=server.base_url) as client:
        with pytest.raises(APIConnectionError):
            await client.models.predictions.create("replicate/hello-world", input={"text": "x"})
        again = await client.models.predictions.create("replicate/hello-world", input={"text": "y"})
    assert again.status in {"starting", "processing", "succeeded"}
    assert server.counters.predictions_created == 2  # one per call, none duplicated


def test_a_wrong_token_is_an_authentication_error(server: LocalServer) -> None:
    with (
        Replicate(bearer_token="r8_wrong", base_url=server.base_url) as client,
        pytest.raises(AuthenticationError) as caught,
    ):
        client.account.get()
    assert caught.value.status == 401 and caught.value.detail
    assert "r8_wrong" not in str(caught.value)


def test_invalid_input_is_unprocessable(client: Replicate) -> None:
    with pytest.raises(UnprocessableEntityError) as caught:
        client.predictions.create(version=HELLO_VERSION, input={"text": 5, "bogus": True})
    assert caught.value.detail


# Pages, files, search -------------------------------------------------------------------


def test_listing_walks_every_page(client: Replicate, server: LocalServer) -> None:
    made = {_create(client) for _ in range(5)}
    page = client.predictions.list()
    assert len(page.results) == 2 and page.next is not None
    assert page.next.startswith(server.base_url)  # absolute, as the API sends them
    assert {p.id for p in page} == made
    assert server.counters.requests["GET /v1/predictions"] == 3


async def test_async_listing_walks_every_page(client: Replicate, server: LocalServer) -> None:
    made = {_create(client) for _ in range(3)}
    async with AsyncReplicate(bearer_token="r8_test", base_url=server.base_url) as aclient:
        page = await aclient.predictions.list()
        seen = {p.id async for p in page}
    assert seen == made


def test_upload_then_download_round_trip(client: Replicate) -> None:
    content = b"--+++\r\n" + bytes(range(256)) * 400 + b"\r\n+++--"
    stored = client.files.create(
        content=content, filename="blob.bin", metadata={"customer_reference_id": 123}
    )
    fetched = client.files.get(file_id=stored.id)
    assert (fetched.name, fetched.size) == ("blob.bin", len(content))
    assert fetched.checksums.sha256 == hashlib.sha256(content).hexdigest()
    assert fetched.metadata.to_dict() == {"customer_reference_id": 123}
    link = parse_qs(urlsplit(fetched.urls.additional_properties["download"]).query)
    with client.files.download(
        file_id=stored.id,
        owner=link["owner"][0],
        expiry=int(link["expiry"][0]),
        signature=link["signature"][0],
    ) as download:
        assert b"".join(download.iter_bytes(chunk_size=1000)) == content
    assert stored.id in {f.id for f in client.files.list()}
    client.files.delete(file_id=stored.id)
    assert stored.id not in {f.id for f in client.files.list()}


def test_model_search_and_global_search(client: Replicate) -> None:
    names = {f"{m.owner}/{m.name}" for m in client.models.search("hello")}
    assert "replicate/hello-world" in names
    results = client.search(query="nano banana", limit=3)
    assert results.models[0].model.name == "nano-banana"
    assert "image-editing" in {c.slug for c in results.collections}


async def test_async_upload_then_download_round_trip(server: LocalServer, tmp_path: Path) -> None:
    server.reset()
    path = tmp_path / "notes.md"
    path.write_bytes(b"# Notes\n" + b"line\n" * 20000)
    async with AsyncReplicate(bearer_token="r8_test", base_url=server.base_url) as client:
        stored = await client.files.create(content=path)
        assert (stored.name, stored.size) == ("notes.md", path.stat().st_size)
        link = parse_qs(urlsplit(stored.urls.additional_properties["download"]).query)
        download = await client.files.download(
            file_id=stored.id,
            owner=link["owner"][0],
            expiry=int(link["expiry"][0]),
            signature=link["signature"][0],
        )
        saved = await download.asave(tmp_path / "copy.md")
        await client.files.delete(file_id=stored.id)
        assert [f.id async for f in await client.files.list()] == []
    assert saved.read_bytes() == path.read_bytes()
