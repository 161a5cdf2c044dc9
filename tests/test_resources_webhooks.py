"""client.webhooks: the default secret from the API, and verifying deliveries with it."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time

import _resource_samples as samples
import pytest
import respx
from _resource_samples import API

from replicate import WebhookVerificationError

SECRET = "whsec_" + base64.b64encode(b"a signing key of 32 bytes length").decode()


def _delivery(body: bytes, *, timestamp: int | None = None) -> dict[str, str]:
    """Headers of a delivery signed the way Replicate signs them (Standard Webhooks)."""
    stamp = int(time.time()) if timestamp is None else timestamp
    key = base64.b64decode(SECRET.removeprefix("whsec_"))
    signed = hmac.new(key, f"msg_1.{stamp}.".encode() + body, hashlib.sha256).digest()
    return {
        "Webhook-Id": "msg_1",
        "Webhook-Timestamp": str(stamp),
        "Webhook-Signature": "v1," + base64.b64encode(signed).decode(),
    }


def test_verify_a_delivery_with_the_secret_from_the_api() -> None:
    body = json.dumps(samples.prediction("p1")).encode()
    with respx.mock() as router:
        router.get(f"{API}/webhooks/default/secret").respond(200, json={"key": SECRET})
        client = samples.sync_client()
        secret = client.webhooks.default.secret.get()
    prediction = client.webhooks.verify(body, _delivery(body), secret)
    assert prediction.id == "p1" and prediction.output == "hello Alice"
    assert client.webhooks.verify(body.decode(), _delivery(body), SECRET).id == "p1"


@pytest.mark.parametrize("tamper", ["body", "secret", "stale"])
def test_a_forged_or_stale_delivery_is_refused(tamper: str) -> None:
    body = json.dumps(samples.prediction("p1")).encode()
    headers = _delivery(body, timestamp=int(time.time()) - 3600 if tamper == "stale" else None)
    secret = "whsec_" + base64.b64encode(b"another key").decode() if tamper == "secret" else SECRET
    sent = body.replace(b"hello Alice", b"hello Mallory") if tamper == "body" else body
    with pytest.raises(WebhookVerificationError):
        samples.sync_client().webhooks.verify(sent, headers, secret)


def test_tolerance_and_clock_can_be_given() -> None:
    body = json.dumps(samples.prediction("p1")).encode()
    headers = _delivery(body, timestamp=1_000_000)
    webhooks = samples.sync_client().webhooks
    assert webhooks.verify(body, headers, SECRET, now=1_000_010).id == "p1"
    with pytest.raises(WebhookVerificationError):
        webhooks.verify(body, headers, SECRET, now=1_000_010, tolerance=5)


async def test_async_client_verifies_and_fetches_the_secret() -> None:
    body = json.dumps(samples.training("t1")).encode()
    with respx.mock() as router:
        router.get(f"{API}/webhooks/default/secret").respond(200, json={"key": SECRET})
        async with samples.async_client() as client:
            secret = await client.webhooks.default.secret.get()
            training = client.webhooks.verify(body, _delivery(body), secret)
    assert secret.key == SECRET
    assert training.id == "t1"
