"""Raw and streamed responses and per-request options, on every operation, sync and async.

Requests go to the local server through an httpx transport that records what was sent.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from replicate import AsyncReplicate, Replicate, SyncPage
from replicate.resources._response import APIResponse, AsyncAPIResponse
from replicate.testing import LocalServer

HELLO = "5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa"


class Recording(httpx.HTTPTransport):
    def __init__(self) -> None:
        super().__init__()
        self.sent: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        return super().handle_request(request)


class AsyncRecording(httpx.AsyncHTTPTransport):
    def __init__(self) -> None:
        super().__init__()
        self.sent: list[httpx.Request] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        return await super().handle_async_request(request)


@pytest.fixture
def wire() -> Recording:
    return Recording()


@pytest.fixture
def client(replicate_server: LocalServer, wire: Recording) -> Iterator[Replicate]:
    http = httpx.Client(transport=wire)
    yield Replicate(bearer_token="r8_test", base_url=replicate_server.base_url, http_client=http)
    http.close()


def _async_client(server: LocalServer, wire: AsyncRecording) -> AsyncReplicate:
    http = httpx.AsyncClient(transport=wire)
    return AsyncReplicate(bearer_token="r8_test", base_url=server.base_url, http_client=http)


# Raw responses ------------------------------------------------------------------------


def test_raw_response_gives_headers_status_request_text_json_and_parse(client: Replicate) -> None:
    raw = client.predictions.with_raw_response.create(version=HELLO, input={"text": "Alice"})
    assert isinstance(raw, APIResponse)
    assert raw.status_code == 201
    assert raw.headers["content-type"].startswith("application/json")
    assert raw.http_request.method == "POST"
    assert raw.http_request.url.path == "/v1/predictions"
    body = json.loads(raw.text)
    assert raw.text() == raw.text
    assert raw.json() == body
    prediction = raw.parse()
    assert prediction.id == body["id"]
    assert raw.parse() is prediction  # made once
    assert prediction.input.to_dict() == {"text": "Alice"}


def test_raw_response_of_a_list_parses_into_a_page_that_walks_on(client: Replicate) -> None:
    raw = client.models.with_raw_response.list()
    page = raw.parse()
    assert isinstance(page, SyncPage)
    assert {f"{m.owner}/{m.name}" for m in page} >= {"replicate/hello-world", "stability-ai/sdxl"}


def test_raw_responses_of_nested_resources_and_plain_text(client: Replicate) -> None:
    versions = client.models.versions.with_raw_response.list("replicate/hello-world").parse()
    assert [v.id for v in versions.results] == [HELLO]
    readme = client.models.readme.with_raw_response.get("replicate/hello-world")
    assert readme.parse() == readme.text
    assert "hello-world" in readme.parse()


def test_a_variant_carries_over_to_sub_resources(client: Replicate) -> None:
    raw: Any = client.models.with_raw_response.versions
    response = raw.list("replicate/hello-world")
    assert response.status_code == 200
    assert [v.id for v in response.parse().results] == [HELLO]
    streamed: Any = client.models.with_streaming_response.readme
    with streamed.get("replicate/hello-world") as answer:
        assert "hello-world" in answer.text()
    assert client.models.versions.list("replicate/hello-world").results[0].id == HELLO


def test_the_plain_resource_is_untouched_by_its_variants(client: Replicate) -> None:
    client.predictions.with_raw_response.get  # noqa: B018
    prediction = client.predictions.create(version=HELLO, input={"text": "x"})
    assert not isinstance(prediction, APIResponse)
    assert prediction.status in {"starting", "processing", "succeeded"}


def test_an_error_status_still_raises_from_a_raw_call(client: Replicate) -> None:
    from replicate import NotFoundError

    with pytest.raises(NotFoundError):
        client.predictions.with_raw_response.get(prediction_id="nope")


# Streamed responses -------------------------------------------------------------------


def test_streamed_response_sends_on_entry_reads_when_asked_and_closes(
    client: Replicate, wire: Recording
) -> None:
    context = client.models.with_streaming_response.get("replicate/hello-world")
    assert wire.sent == []  # nothing sent before the with block
    with context as response:
        assert len(wire.sent) == 1
        assert response.status_code == 200
        assert not response.is_closed  # the body is not read yet
        lines = list(response.iter_lines())
    assert response.is_closed
    assert json.loads("".join(lines))["name"] == "hello-world"


@pytest.mark.parametrize("reader", ["read", "text", "json", "iter_bytes", "iter_text", "parse"])
def test_every_reader_of_a_streamed_response(client: Replicate, reader: str) -> None:
    with client.models.with_streaming_response.get("replicate/hello-world") as response:
        got: Any = getattr(response, reader)()
        if reader.startswith("iter_"):
            got = list(got)
    if reader == "parse":
        assert got.name == "hello-world"
    elif reader == "json":
        assert got["owner"] == "replicate"
    elif reader in ("read", "iter_bytes"):
        joined = got if reader == "read" else b"".join(got)
        assert json.loads(joined)["name"] == "hello-world"
    else:
        joined = got if reader == "text" else "".join(got)
        assert json.loads(joined)["name"] == "hello-world"


def test_streamed_upload_and_download(client: Replicate) -> None:
    with client.files.with_streaming_response.create(content=b"abc", filename="a.txt") as up:
        file = up.parse()
    assert file.size == 3
    query = dict(httpx.URL(file.to_dict()["urls"]["download"]).params)
    link = {"owner": query["owner"], "expiry": int(query["expiry"]), "sig": query["signature"]}
    raw = client.files.with_raw_response.download(
        file.id, owner=link["owner"], expiry=link["expiry"], signature=link["sig"]
    )
    assert raw.parse().read() == b"abc"
    with client.files.with_streaming_response.download(
        file.id, owner=link["owner"], expiry=link["expiry"], signature=link["sig"]
    ) as streamed:
        assert b"".join(streamed.iter_bytes()) == b"abc"


# Per-request options ------------------------------------------------------------------


def test_extra_headers_query_and_body_reach_the_wire(client: Replicate, wire: Recording) -> None:
    prediction = client.predictions.create(
        version=HELLO,
        input={"text": "Alice"},
        extra_headers={"X-Trace": "t-1"},
        extra_query={"debug": "1"},
        extra_body={"webhook_events_filter": ["completed"]},
    )
    (sent,) = wire.sent
    assert sent.headers["x-trace"] == "t-1"
    assert sent.url.params["debug"] == "1"
    body = json.loads(sent.content)
    assert body["webhook_events_filter"] == ["completed"]
    assert body["input"] == {"text": "Alice"}
    assert prediction.id


def test_per_request_timeout_is_the_requests_own(client: Replicate, wire: Recording) -> None:
    client.models.get("replicate/hello-world", timeout=4.5)
    client.models.get("replicate/hello-world")
    first, second = (request.extensions["timeout"] for request in wire.sent)
    assert first == {"connect": 4.5, "read": 4.5, "write": 4.5, "pool": 4.5}
    assert second["read"] != 4.5


def test_options_apply_to_lists_uploads_and_variants(client: Replicate, wire: Recording) -> None:
    list(client.models.list(extra_headers={"X-A": "1"}))
    client.files.create(content=b"x", extra_headers={"X-B": "2"}, extra_body={"note": "n"})
    client.account.with_raw_response.get(extra_query={"q": "3"})
    assert wire.sent[0].headers["x-a"] == "1"
    upload = wire.sent[1]
    assert upload.headers["x-b"] == "2"
    assert b'name="note"' in upload.read()
    assert wire.sent[2].url.params["q"] == "3"


def test_an_unknown_option_is_refused_before_sending(client: Replicate, wire: Recording) -> None:
    with pytest.raises(TypeError, match="unexpected keyword arguments: extra_heders"):
        client.account.get(extra_heders={"a": "b"})  # type: ignore[call-arg]
    assert wire.sent == []


# Async --------------------------------------------------------------------------------


def test_async_raw_streamed_and_options(replicate_server: LocalServer) -> None:
    wire = AsyncRecording()

    async def main() -> None:
        async with _async_client(replicate_server, wire) as client:
            raw = await client.predictions.with_raw_response.create(
                version=HELLO, input={"text": "Bob"}, extra_headers={"X-Trace": "a"}
            )
            assert isinstance(raw, AsyncAPIResponse)
            assert raw.status_code == 201
            prediction = await raw.parse()
            assert prediction.id == (await raw.json())["id"]
            assert "Bob" in await raw.text()

            context = client.predictions.with_streaming_response.get(prediction_id=prediction.id)
            sent_before = len(wire.sent)
            async with context as streamed:
                assert len(wire.sent) == sent_before + 1
                chunks = [chunk async for chunk in streamed.iter_bytes()]
            assert streamed.is_closed
            assert json.loads(b"".join(chunks))["id"] == prediction.id

            async with client.models.with_streaming_response.list() as pages:
                page = await pages.parse()
            assert len(page.results) == 5

            raw_page = await client.models.with_raw_response.list(extra_query={"x": "y"})
            assert len((await raw_page.parse()).results) == 5
            await client.account.get(timeout=3.0)

        assert wire.sent[0].headers["x-trace"] == "a"
        assert wire.sent[-2].url.params["x"] == "y"
        assert wire.sent[-1].extensions["timeout"]["read"] == 3.0

    asyncio.run(main())
