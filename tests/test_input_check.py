"""Inputs checked against the model's schema before any prediction is created."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import replicate
from replicate import InputValidationError, Replicate
from replicate.testing import LocalServer

PREDICTIONS = "POST /v1/models/{model_owner}/{model_name}/predictions"
SCHEMA_READS = "GET /v1/models/{model_owner}/{model_name}"


@pytest.fixture
def client(replicate_server: LocalServer) -> Iterator[Replicate]:
    with Replicate(bearer_token="r8_test", base_url=replicate_server.base_url) as client:
        yield client


def created(server: LocalServer) -> int:
    return server.counters.requests[PREDICTIONS] + server.counters.requests["POST /v1/predictions"]


def test_use_refuses_a_misspelled_key_before_creating_anything(
    client: Replicate, replicate_server: LocalServer
) -> None:
    hello = client.use("replicate/hello-world")
    with pytest.raises(InputValidationError) as caught:
        hello(txt="Alice")
    message = str(caught.value)
    assert "unknown input 'txt' (did you mean 'text'?)" in message
    assert "missing required input 'text'" in message
    assert not message.endswith("\n") and not message.startswith("- ")
    assert caught.value.problems == [
        "unknown input 'txt' (did you mean 'text'?)",
        "missing required input 'text'",
    ]
    assert created(replicate_server) == 0
    assert hello(text="Alice") == "hello Alice"
    # Read for the first call, and again before refusing (a newer version might take
    # `txt`); the call that passed cost no read.
    assert replicate_server.counters.requests[SCHEMA_READS] == 2


def test_an_input_only_a_newer_version_takes_is_not_refused(
    client: Replicate, replicate_server: LocalServer
) -> None:
    def first(a: str) -> str:
        return a

    def second(a: str, b: str = "") -> str:
        return a + b

    replicate_server.register_model("acme/grows", first)
    grows = client.use("acme/grows")
    assert grows(a="x") == "x"
    replicate_server.register_model("acme/grows", second)  # a new version, with `b`
    assert grows(a="x", b="y") == "xy"
    with pytest.raises(InputValidationError, match="did you mean 'b'"):
        grows(a="x", bb="y")


def test_every_problem_is_listed_at_once(client: Replicate, replicate_server: LocalServer) -> None:
    inputs = {"promt": "x", "width": "512", "scheduler": "K_EULR", "num_outputs": 1.5}
    with pytest.raises(InputValidationError) as caught:
        client.run("stability-ai/sdxl", input=inputs, validate=True)
    problems = caught.value.problems
    assert problems == [
        "unknown input 'promt' (did you mean 'prompt'?)",
        "input 'width' must be an integer, got str '512'",
        "input 'scheduler' must be one of 'DDIM', 'DPMSolverMultistep', 'HeunDiscrete', "
        "'K_EULER_ANCESTRAL', 'K_EULER', got 'K_EULR' (did you mean 'K_EULER'?)",
        "input 'num_outputs' must be an integer, got float 1.5",
    ]
    assert isinstance(caught.value, replicate.ReplicateError)
    assert created(replicate_server) == 0


def test_run_checks_when_the_client_holds_the_schema(
    client: Replicate, replicate_server: LocalServer
) -> None:
    # Without the schema at hand, run() sends the input as given (one request).
    assert client.run("replicate/hello-world", input={"text": "a"}) == "hello a"
    assert replicate_server.counters.requests[SCHEMA_READS] == 0
    client.use("replicate/hello-world").openapi_schema  # noqa: B018 - reads the schema
    with pytest.raises(InputValidationError, match="did you mean 'text'"):
        client.run("replicate/hello-world", input={"txt": "a"})
    assert created(replicate_server) == 1
    # validate=False skips the check (the server then answers for itself).
    with pytest.raises(replicate.UnprocessableEntityError):
        client.run("replicate/hello-world", input={"txt": "a"}, validate=False)


def test_validate_true_reads_the_schema_once(
    client: Replicate, replicate_server: LocalServer
) -> None:
    for word in ("a", "b"):
        assert client.run("replicate/hello-world", {"text": word}, validate=True) == f"hello {word}"
    assert replicate_server.counters.requests[SCHEMA_READS] == 1


async def test_async_use_checks_too(replicate_server: LocalServer) -> None:
    async with replicate.AsyncReplicate(
        bearer_token="r8_test", base_url=replicate_server.base_url
    ) as client:
        hello = client.use("replicate/hello-world")
        with pytest.raises(InputValidationError, match="did you mean 'text'"):
            await hello(txt="x")
        assert await hello(text="x") == "hello x"
        with pytest.raises(InputValidationError, match="did you mean 'prompt'"):
            await client.run("stability-ai/sdxl", {"promt": "x"}, validate=True)
    assert created(replicate_server) == 1


def _echo(**values: Any) -> str:
    return ",".join(sorted(values))


LOOSE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": True,
    "properties": {
        "choice": {"anyOf": [{"type": "integer"}, {"type": "string"}]},
        "ref": {"$ref": "#/components/schemas/Elsewhere"},
        "odd": {"type": "decimal"},
        "image": {"type": "string", "format": "uri"},
        "images": {"type": "array", "items": {"type": "string", "format": "uri"}},
        "seed": {"type": "integer"},
        "steps": {"type": "integer"},
    },
}


def test_what_the_schema_cannot_say_is_let_through(
    client: Replicate, replicate_server: LocalServer, tmp_path: Path
) -> None:
    replicate_server.register_model("acme/loose", _echo, input_schema=LOOSE_SCHEMA)
    picture = tmp_path / "p.png"
    picture.write_bytes(b"\x89PNG")
    inputs = {
        "choice": "either",
        "ref": {"anything": 1},
        "odd": 1.5,
        "extra": "welcome, additionalProperties is true",
        "image": picture,
        "images": [b"raw bytes", io.BytesIO(b"a file")],
        "seed": None,
        "steps": 3.0,
    }
    output = client.run("acme/loose", input=inputs, validate=True)
    # The server drops nulls; everything else arrived.
    assert output == ",".join(sorted(key for key, value in inputs.items() if value is not None))


def test_a_wrong_item_in_an_array_is_named_by_its_index(
    client: Replicate, replicate_server: LocalServer
) -> None:
    replicate_server.register_model("acme/loose", _echo, input_schema=LOOSE_SCHEMA)
    with pytest.raises(InputValidationError) as caught:
        client.run("acme/loose", input={"images": ["ok", 3]}, validate=True)
    assert caught.value.problems == ["input 'images[1]' must be a string, got int 3"]
    assert created(replicate_server) == 0


STRICT_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["count"],
    "properties": {
        "count": {"type": "integer"},
        "ratio": {"type": "number"},
        "label": {"type": ["string", "null"]},
        "mode": {"type": "string", "enum": ["fast", "quality"]},
        "tags": {"type": "array", "items": {"type": "string"}},
        "options": {"type": "object"},
        "flag": {"type": "boolean"},
    },
}


@pytest.mark.parametrize(
    ("inputs", "problem"),
    [
        ({"count": True}, "input 'count' must be an integer, got bool True"),
        ({"count": "3"}, "input 'count' must be an integer, got str '3'"),
        ({"count": 1, "ratio": "0.5"}, "input 'ratio' must be a number, got str '0.5'"),
        ({"count": 1, "label": 5}, "input 'label' must be a string or null, got int 5"),
        ({"count": 1, "tags": "a,b"}, "input 'tags' must be an array, got str 'a,b'"),
        ({"count": 1, "options": [1]}, "input 'options' must be an object, got list"),
        ({"count": 1, "flag": "yes"}, "input 'flag' must be true or false, got str 'yes'"),
        ({"count": 1, "mode": "quik"}, "input 'mode' must be one of 'fast', 'quality', got 'quik'"),
        ({"cuont": 1}, "unknown input 'cuont' (did you mean 'count'?)"),
    ],
)
def test_each_kind_of_problem(
    client: Replicate, replicate_server: LocalServer, inputs: dict[str, Any], problem: str
) -> None:
    replicate_server.register_model("acme/strict", _echo, input_schema=STRICT_SCHEMA)
    with pytest.raises(InputValidationError) as caught:
        client.run("acme/strict", input=inputs, validate=True)
    assert problem in caught.value.problems
    assert created(replicate_server) == 0


def test_values_the_schema_allows_pass(client: Replicate, replicate_server: LocalServer) -> None:
    replicate_server.register_model("acme/strict", _echo, input_schema=STRICT_SCHEMA)
    inputs = {
        "count": 2.0,
        "ratio": 1,
        "label": None,
        "tags": ("a", "b"),
        "options": {},
        "flag": False,
    }
    assert client.run("acme/strict", input=inputs, validate=True) == "count,flag,options,ratio,tags"
