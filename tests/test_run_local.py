"""run() against the local server: requests per run, waiting past the window, deadlines."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import replicate
from replicate import AsyncReplicate, DeadlineExceededError, FileOutput, ModelError, Replicate
from replicate.testing import LocalServer

HELLO_VERSION = "5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa"


# Twenty times faster than the model clock, so seed models take milliseconds.
SPEED = 20.0


@pytest.fixture
def client(server: LocalServer) -> Iterator[Replicate]:
    with Replicate(bearer_token="r8_test", base_url=server.base_url) as client:
        yield client


def requests_sent(server: LocalServer) -> int:
    return sum(server.counters.requests.values())


@pytest.mark.parametrize(
    "ref",
    ["replicate/hello-world", f"replicate/hello-world:{HELLO_VERSION}", HELLO_VERSION],
    ids=["by-name", "by-name-and-version", "by-version"],
)
def test_a_fast_model_costs_one_request(ref: str, client: Replicate, server: LocalServer) -> None:
    assert client.run(ref, input={"text": "Alice"}) == "hello Alice"
    assert requests_sent(server) == 1
    assert client.run(ref, input={"text": "Bob"}) == "hello Bob"
    assert requests_sent(server) == 2


def test_streaming_model_finishing_in_the_window_gives_all_its_tokens(
    client: Replicate, server: LocalServer
) -> None:
    output = client.run("anthropic/claude-sonnet-4", input={"prompt": "llamas"})
    assert isinstance(output, list) and len(output) > 5
    assert "".join(output).startswith("You asked about: llamas.")
    assert requests_sent(server) == 1


def test_a_model_outlasting_the_window_is_waited_for(
    client: Replicate, server: LocalServer
) -> None:
    def count(n: int) -> Iterator[str]:
        """Counts to n."""
        for i in range(n):
            yield f"{i},"

    server.register_model("acme/counter", count, run_time=1.4 * SPEED)
    # The server holds the create for 1 s and answers with a partial output.
    output = client.run("acme/counter", input={"n": 8}, wait=1)
    assert output == [f"{i}," for i in range(8)]
    assert requests_sent(server) >= 2


def test_file_outputs_and_plain_strings(client: Replicate, server: LocalServer) -> None:
    image = client.run("google/nano-banana", input={"prompt": "a llama"})
    assert isinstance(image, FileOutput)
    assert image.read().startswith(b"\x89PNG")
    plain = client.run("google/nano-banana", input={"prompt": "a llama"}, use_file_output=False)
    assert isinstance(plain, str) and plain.endswith("/output.png")


def test_downloads_never_carry_the_token_to_the_file_host(
    client: Replicate, server: LocalServer
) -> None:
    images = client.run("stability-ai/sdxl", input={"prompt": "x", "width": 64, "height": 64})
    for image in images:
        assert image.read().startswith(b"\x89PNG")
    assert server.counters.delivery_authorizations == [None] * len(images)


def test_deadline_cancels_the_prediction(client: Replicate, server: LocalServer) -> None:
    with pytest.raises(DeadlineExceededError) as caught:
        client.run("minimax/video-01", input={"prompt": "a wave"}, timeout=0.5)
    prediction_id = caught.value.prediction.id
    assert prediction_id in str(caught.value)
    assert server.predictions[prediction_id]["status"] == "canceled"


def test_a_failing_model_raises_model_error(client: Replicate, server: LocalServer) -> None:
    def broken(text: str) -> str:
        raise RuntimeError(f"cannot handle {text}")

    server.register_model("acme/broken", broken)
    with pytest.raises(ModelError, match="cannot handle this") as caught:
        client.run("acme/broken", input={"text": "this"})
    assert str(caught.value.prediction.status) == "failed"


def test_module_level_run(server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REPLICATE_API_TOKEN", "r8_test")
    monkeypatch.setenv("REPLICATE_BASE_URL", server.base_url)
    monkeypatch.setattr(replicate, "_default", None)
    assert replicate.run("replicate/hello-world", input={"text": "module"}) == "hello module"


async def test_async_run(server: LocalServer) -> None:
    async with AsyncReplicate(bearer_token="r8_test", base_url=server.base_url) as c:
        assert await c.run("replicate/hello-world", input={"text": "async"}) == "hello async"
        image = await c.run("google/nano-banana", input={"prompt": "x"})
        assert (await image.aread()).startswith(b"\x89PNG")
    assert requests_sent(server) == 3


async def test_module_level_async_run(server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REPLICATE_API_TOKEN", "r8_test")
    monkeypatch.setenv("REPLICATE_BASE_URL", server.base_url)
    output = await replicate.async_run("replicate/hello-world", input={"text": "loop"})
    assert output == "hello loop"
