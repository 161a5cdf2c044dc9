"""Webhook verification: good deliveries pass; tampered, stale and malformed ones fail."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from typing import Any

import pytest

import replicate
from replicate import WebhookVerificationError

KEY = b"0123456789abcdef0123456789abcdef"
SECRET = "whsec_" + base64.b64encode(KEY).decode()
OTHER_SECRET = "whsec_" + base64.b64encode(b"another key, another key, ok!!!!").decode()

PREDICTION = {
    "id": "ufawqhfynnddngldkgtslldrkq",
    "model": "replicate/hello-world",
    "version": "5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa",
    "input": {"text": "Alice"},
    "output": "hello Alice",
    "logs": "",
    "error": None,
    "status": "succeeded",
    "created_at": "2024-01-01T00:00:00Z",
    "completed_at": "2024-01-01T00:00:01Z",
    "urls": {
        "get": "https://api.replicate.com/v1/predictions/ufawqhfynnddngldkgtslldrkq",
        "cancel": "https://api.replicate.com/v1/predictions/ufawqhfynnddngldkgtslldrkq/cancel",
    },
}
TRAINING = {
    "id": "zz4ibbonubfz7carwiefibzgga",
    "model": "stability-ai/sdxl",
    "version": "39ed52f2a78e934b3ba6e2a89f5b1c712de7dfea535525255b1aa35c5565e08b",
    "destination": "acme/tuned",
    "input": {},
    "status": "processing",
    "created_at": "2024-01-01T00:00:00Z",
    "urls": {
        "get": "https://api.replicate.com/v1/trainings/zz4ibbonubfz7carwiefibzgga",
        "cancel": "https://api.replicate.com/v1/trainings/zz4ibbonubfz7carwiefibzgga/cancel",
    },
}


def sign(body: bytes, message_id: str, timestamp: int, key: bytes = KEY) -> str:
    digest = hmac.new(key, f"{message_id}.{timestamp}.".encode() + body, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def delivery(payload: Any = PREDICTION, *, at: int | None = None) -> tuple[bytes, dict[str, str]]:
    body = json.dumps(payload).encode()
    timestamp = int(time.time()) if at is None else at
    headers = {
        "webhook-id": "msg_2Lh9wQ",
        "webhook-timestamp": str(timestamp),
        "webhook-signature": sign(body, "msg_2Lh9wQ", timestamp),
    }
    return body, headers


def test_a_good_delivery_returns_the_prediction() -> None:
    body, headers = delivery()
    prediction = replicate.verify_webhook(body, headers, SECRET)
    assert prediction.id == PREDICTION["id"]
    assert prediction.output == "hello Alice"
    assert str(prediction.status) == "succeeded"


def test_a_training_delivery_returns_a_training() -> None:
    from replicate_api.models import Training

    body, headers = delivery(TRAINING)
    training = replicate.verify_webhook(body, headers, SECRET)
    assert isinstance(training, Training)
    assert training.destination == "acme/tuned"


def test_body_as_text_and_headers_in_any_case() -> None:
    body, headers = delivery()
    shouting = {name.upper(): value for name, value in headers.items()}
    assert replicate.verify_webhook(body.decode(), shouting, SECRET).id == PREDICTION["id"]


def test_the_secret_may_be_the_webhook_secret_object() -> None:
    class WebhookSecret:
        key = SECRET

    body, headers = delivery()
    assert replicate.verify_webhook(body, headers, WebhookSecret()).id == PREDICTION["id"]


def test_any_of_several_signatures_may_match() -> None:
    body, headers = delivery()
    good = headers["webhook-signature"]
    headers["webhook-signature"] = f"v1,{base64.b64encode(b'x' * 32).decode()} v2,abc {good}"
    assert replicate.verify_webhook(body, headers, SECRET).id == PREDICTION["id"]


def test_a_tampered_body_is_rejected() -> None:
    body, headers = delivery()
    tampered = body.replace(b"hello Alice", b"hello Mallory")
    with pytest.raises(WebhookVerificationError, match="signature does not match"):
        replicate.verify_webhook(tampered, headers, SECRET)


def test_a_changed_id_or_timestamp_breaks_the_signature() -> None:
    body, headers = delivery()
    with pytest.raises(WebhookVerificationError, match="signature"):
        replicate.verify_webhook(body, {**headers, "webhook-id": "msg_other"}, SECRET)
    moved = str(int(headers["webhook-timestamp"]) - 1)
    with pytest.raises(WebhookVerificationError, match="signature"):
        replicate.verify_webhook(body, {**headers, "webhook-timestamp": moved}, SECRET)


def test_the_wrong_secret_is_rejected() -> None:
    body, headers = delivery()
    with pytest.raises(WebhookVerificationError, match="signature"):
        replicate.verify_webhook(body, headers, OTHER_SECRET)


def test_a_stale_delivery_is_rejected() -> None:
    body, headers = delivery(at=int(time.time()) - 301)
    with pytest.raises(WebhookVerificationError, match="too old"):
        replicate.verify_webhook(body, headers, SECRET)
    # ...unless the tolerance allows it.
    assert replicate.verify_webhook(body, headers, SECRET, tolerance=600).id == PREDICTION["id"]


def test_a_delivery_from_the_future_is_rejected() -> None:
    body, headers = delivery(at=int(time.time()) + 3600)
    with pytest.raises(WebhookVerificationError, match="future"):
        replicate.verify_webhook(body, headers, SECRET)


@pytest.mark.parametrize("missing", ["webhook-id", "webhook-timestamp", "webhook-signature"])
def test_a_missing_header_is_named(missing: str) -> None:
    body, headers = delivery()
    del headers[missing]
    with pytest.raises(WebhookVerificationError, match=missing):
        replicate.verify_webhook(body, headers, SECRET)


@pytest.mark.parametrize(
    ("header", "value", "message"),
    [
        ("webhook-timestamp", "yesterday", "not a whole number"),
        ("webhook-timestamp", "-5", "not a whole number"),
        ("webhook-signature", "v1", "no v1 signature"),
        ("webhook-signature", "v2,abc", "no v1 signature"),
        ("webhook-signature", "garbage", "no v1 signature"),
    ],
)
def test_malformed_headers(header: str, value: str, message: str) -> None:
    body, headers = delivery()
    with pytest.raises(WebhookVerificationError, match=message):
        replicate.verify_webhook(body, {**headers, header: value}, SECRET)


def test_a_signed_body_that_is_not_a_prediction_is_rejected() -> None:
    for payload in (b"not json", b"[1, 2]", b'{"id": "x"}'):
        timestamp = int(time.time())
        headers = {
            "webhook-id": "msg_1",
            "webhook-timestamp": str(timestamp),
            "webhook-signature": sign(payload, "msg_1", timestamp),
        }
        with pytest.raises(WebhookVerificationError):
            replicate.verify_webhook(payload, headers, SECRET)


def test_an_invalid_secret_is_a_programming_error() -> None:
    body, headers = delivery()
    with pytest.raises(ValueError, match="base64"):
        replicate.verify_webhook(body, headers, "whsec_not base64!")
    with pytest.raises(ValueError, match="secret"):
        replicate.verify_webhook(body, headers, "")
