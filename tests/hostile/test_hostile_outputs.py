"""Outputs and answers written by someone hostile: models are third-party code.

- `save(directory)` with a URL whose last segment decodes to a path stays inside it.
- An output URL on the API's own origin that is not a file download gets no token.
- A gzip bomb is not inflated whole: past a (configurable) cap it is APIResponseError.
- JSON nested 50,000 deep is APIResponseError (success) or a status error (error body),
  never a bare RecursionError.
"""

from __future__ import annotations

import gzip
import json
import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

import replicate
import replicate._bodies
from replicate.testing import LocalServer

from ._figures import FIGURES
from ._rawhttp import Answer, RawServer, Request, prediction, reply

pytestmark = [
    pytest.mark.timeout(30),
]

CONTENT = b"model output bytes"


def _serve_content(request: Request, connection: socket.socket) -> None:
    connection.sendall(reply(CONTENT, headers={"Content-Type": "application/octet-stream"}))


@pytest.fixture(scope="module")
def file_host() -> Iterator[RawServer]:
    with RawServer(_serve_content) as raw:
        yield raw


ESCAPE = Path(f"/tmp/hostile-escape-{os.getpid()}")
HOSTILE_NAMES = [
    "..%2F..%2Fescaped",
    f"%2Ftmp%2F{ESCAPE.name}",
    "..",
    "%2E%2E",
    "a%2F..%2F..%2Fescaped",
    "..%5C..%5Cescaped",
    "%00nul",
]


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_save_into_a_directory_stays_inside(
    file_host: RawServer, tmp_path: Path, name: str
) -> None:
    inside = tmp_path / "a" / "b" / "out"
    inside.mkdir(parents=True)
    FIGURES.inputs_tried += 1
    saved = replicate.FileOutput(f"{file_host.origin}/files/{name}").save(inside)
    assert saved.resolve().parent == inside.resolve()
    assert saved.read_bytes() == CONTENT
    assert not ESCAPE.exists()
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == [saved.name]


def test_output_url_on_the_api_origin_gets_no_token(server: LocalServer) -> None:
    with replicate.Replicate(bearer_token=server.token, base_url=server.base_url) as client:
        secret = client.webhooks.default.secret.get().key
        output = replicate.FileOutput(f"{server.base_url}/webhooks/default/secret", client)
        with pytest.raises(replicate.AuthenticationError):
            output.read()
        # A path of the API that serves files still gets it.
        uploaded = client.files.create(content=CONTENT, filename="c.bin")
        served = replicate.FileOutput(f"{server.base_url}/files/{uploaded.id}", client)
        assert uploaded.id.encode() in served.read()
    assert secret


BOMB_SIZE = 8 * 1024 * 1024
CAP = 1024 * 1024


def _bomb(request: Request, connection: socket.socket) -> None:
    body = json.dumps(prediction("b", pad=" " * BOMB_SIZE)).encode()
    packed = gzip.compress(body, compresslevel=9)
    connection.sendall(reply(packed, headers={"Content-Encoding": "gzip"}))


def test_a_gzip_bomb_is_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(replicate._bodies, "MAX_BODY_SIZE", CAP)
    FIGURES.bombs_tried += 1
    with (
        RawServer(_bomb) as raw,
        replicate.Replicate(bearer_token="r8_bomb", base_url=raw.base_url) as client,
        pytest.raises(replicate.APIResponseError, match="larger than"),
    ):
        client.predictions.get(prediction_id="b")


DEEP = b"[" * 50_000 + b"]" * 50_000


def _deep(status: int) -> Answer:
    def answer(request: Request, connection: socket.socket) -> None:
        connection.sendall(reply(DEEP, status=status))

    return answer


@pytest.mark.parametrize("route", ["get", "run", "list"])
def test_deep_json_success_body_is_an_api_response_error(route: str) -> None:
    with RawServer(_deep(200)) as raw:
        FIGURES.bombs_tried += 1
        with replicate.Replicate(bearer_token="r8_deep", base_url=raw.base_url) as client:
            calls = {
                "get": lambda: client.predictions.get(prediction_id="d"),
                "run": lambda: client.run("acme/model", input={}),
                "list": lambda: list(client.predictions.list()),
            }
            with pytest.raises(replicate.APIResponseError):
                calls[route]()


def test_deep_json_error_body_is_a_status_error() -> None:
    FIGURES.bombs_tried += 1
    with (
        RawServer(_deep(422)) as raw,
        replicate.Replicate(bearer_token="r8_deep", base_url=raw.base_url) as client,
        pytest.raises(replicate.UnprocessableEntityError) as caught,
    ):
        client.predictions.get(prediction_id="d")
    assert caught.value.status == 422


def test_deep_json_in_a_webhook_is_refused() -> None:
    import base64
    import hashlib
    import hmac
    import time

    secret = "whsec_" + base64.b64encode(b"k" * 24).decode()
    stamp = str(int(time.time()))
    signed = f"m.{stamp}.".encode() + DEEP
    key = base64.b64decode(secret.removeprefix("whsec_"))
    signature = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    headers = {
        "webhook-id": "m",
        "webhook-timestamp": stamp,
        "webhook-signature": f"v1,{signature}",
    }
    FIGURES.bombs_tried += 1
    with pytest.raises(replicate.WebhookVerificationError):
        replicate.verify_webhook(DEEP, headers, secret)


def test_private_addresses_can_be_refused(
    file_host: RawServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    output = replicate.FileOutput(f"{file_host.origin}/files/out.bin")
    assert output.read() == CONTENT  # allowed by default: the local server lives there
    monkeypatch.setattr(replicate.FileOutput, "allow_private_addresses", False)
    FIGURES.inputs_tried += 1
    with pytest.raises(replicate.ReplicateError, match="not a public address"):
        output.read()
    served_before = len(file_host.requests)
    with pytest.raises(replicate.ReplicateError):
        replicate.FileOutput("http://[::1]:1/x").read()
    assert len(file_host.requests) == served_before
