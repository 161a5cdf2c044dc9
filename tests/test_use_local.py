"""use() against the local server: schema read once, one request per call, shaped outputs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import replicate
from replicate import AsyncReplicate, FileOutput, ModelError, Replicate
from replicate.testing import LocalServer

HELLO_VERSION = "5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa"


@pytest.fixture
def client(server: LocalServer) -> Iterator[Replicate]:
    with Replicate(bearer_token="r8_test", base_url=server.base_url) as client:
        yield client


def requests_sent(server: LocalServer) -> int:
    return sum(server.counters.requests.values())


def test_first_call_reads_the_schema_then_one_request_per_call(
    client: Replicate, server: LocalServer
) -> None:
    hello = client.use("replicate/hello-world")
    assert hello(text="one") == "hello one"
    assert requests_sent(server) == 2
    assert hello(text="two") == "hello two"
    assert requests_sent(server) == 3
    # A new function for the same model on the same client reuses the cached schema.
    assert client.use("replicate/hello-world")(text="three") == "hello three"
    assert requests_sent(server) == 4
    assert server.counters.requests["GET /v1/models/{model_owner}/{model_name}"] == 1


def test_pinned_version_reads_that_versions_schema(client: Replicate, server: LocalServer) -> None:
    hello = client.use(f"replicate/hello-world:{HELLO_VERSION}")
    assert hello(text="v") == "hello v"
    assert hello(text="w") == "hello w"
    schema_route = "GET /v1/models/{model_owner}/{model_name}/versions/{version_id}"
    assert server.counters.requests[schema_route] == 1
    assert requests_sent(server) == 3


def test_concatenate_iterator_becomes_one_string(client: Replicate) -> None:
    claude = client.use("anthropic/claude-sonnet-4")
    text = claude(prompt="llamas")
    assert isinstance(text, str)
    assert text.startswith("You asked about: llamas.")


def test_streaming_yields_tokens_that_make_up_the_whole(client: Replicate) -> None:
    whole = client.use("anthropic/claude-sonnet-4")(prompt="camels")
    tokens = list(client.use("anthropic/claude-sonnet-4", streaming=True)(prompt="camels"))
    assert len(tokens) > 5
    assert all(len(token) > 1 for token in tokens)  # words, never single characters
    assert "".join(tokens) == whole


def test_uri_outputs_become_files(client: Replicate, server: LocalServer) -> None:
    banana = client.use("google/nano-banana")
    image = banana(prompt="a sandwich")
    assert isinstance(image, FileOutput)
    assert image.read().startswith(b"\x89PNG")
    images = client.use("stability-ai/sdxl")(prompt="x", width=64, height=64, num_outputs=2)
    assert [type(item) for item in images] == [FileOutput, FileOutput]
    assert server.counters.delivery_authorizations == [None]
    plain = client.use("google/nano-banana", use_file_output=False)(prompt="a sandwich")
    assert isinstance(plain, str)


def test_text_that_looks_like_a_url_stays_text_when_the_schema_says_string(
    client: Replicate, server: LocalServer
) -> None:
    def echo(text: str) -> str:
        return text

    server.register_model("acme/echo", echo)
    assert client.use("acme/echo")(text="https://example.com/a.png") == "https://example.com/a.png"


def test_create_returns_a_handle(client: Replicate, server: LocalServer) -> None:
    banana = client.use("google/nano-banana")
    handle = banana.create(prompt="a handle")
    assert handle.id in server.predictions
    assert handle.status in ("starting", "processing")
    image = handle.output()
    assert isinstance(image, FileOutput)
    assert handle.status == "succeeded"
    assert handle.wait() is handle
    assert "Finished" in (handle.logs() or "")
    assert handle.prediction.id == handle.id


def test_cancel_through_the_handle(client: Replicate, server: LocalServer) -> None:
    video = client.use("minimax/video-01")
    handle = video.create(prompt="a wave")
    handle.cancel()
    assert handle.status == "canceled"
    with pytest.raises(ModelError, match="canceled"):
        handle.output()


def test_handle_stream_yields_tokens(client: Replicate) -> None:
    handle = client.use("anthropic/claude-sonnet-4").create(prompt="streams")
    assert "".join(handle.stream()).startswith("You asked about: streams.")


def test_module_level_use(server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REPLICATE_API_TOKEN", "r8_test")
    monkeypatch.setenv("REPLICATE_BASE_URL", server.base_url)
    monkeypatch.setattr(replicate, "_default", None)
    assert replicate.use("replicate/hello-world")(text="module") == "hello module"


async def test_async_use(server: LocalServer) -> None:
    async with AsyncReplicate(bearer_token="r8_test", base_url=server.base_url) as client:
        hello = client.use("replicate/hello-world")
        assert await hello(text="a") == "hello a"
        assert await hello(text="b") == "hello b"
        assert requests_sent(server) == 3
        claude = client.use("anthropic/claude-sonnet-4", streaming=True)
        tokens = [token async for token in claude(prompt="async")]
        assert "".join(tokens).startswith("You asked about: async.")
        handle = await client.use("google/nano-banana").create(prompt="x")
        image = await handle.output()
        assert (await image.aread()).startswith(b"\x89PNG")
