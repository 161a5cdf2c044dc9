"""Webhook verification, fuzzed: no changed delivery is ever accepted.

A delivery is signed here the way Replicate signs them (Standard Webhooks: HMAC-SHA256 of
"id.timestamp.body" with the base64-decoded part of the "whsec_" secret, sent as
"v1,<base64>"). Then its body, id, timestamp or signature is changed, and verification
must raise WebhookVerificationError every time, while the untouched delivery passes.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import replicate

from ._figures import FIGURES
from ._recording import Recorder

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NOW = 1_760_000_000
KEY = b"hostile webhook signing key, 32b"
SECRET = "whsec_" + base64.b64encode(KEY).decode()
PREDICTION = {
    "id": "ufawqhfynnddngldkgtslldrkq",
    "status": "succeeded",
    "created_at": "2025-01-01T00:00:00Z",
    "output": "hello",
    "urls": {
        "get": "https://api.replicate.com/v1/predictions/ufawqhfynnddngldkgtslldrkq",
        "cancel": "https://api.replicate.com/v1/predictions/ufawqhfynnddngldkgtslldrkq/cancel",
    },
}


def sign(message_id: str, timestamp: str, body: bytes, key: bytes = KEY) -> str:
    signed = f"{message_id}.{timestamp}.".encode() + body
    return "v1," + base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()


def delivery(body: bytes, message_id: str = "msg_2x", timestamp: int = NOW) -> dict[str, str]:
    stamp = str(timestamp)
    return {
        "webhook-id": message_id,
        "webhook-timestamp": stamp,
        "webhook-signature": sign(message_id, stamp, body),
    }


def verify(body: bytes, headers: dict[str, str], secret: str = SECRET) -> object:
    client = Recorder().client()
    return client.webhooks.verify(body, headers, secret, now=NOW)


def assert_refused(body: bytes, headers: dict[str, str], secret: str = SECRET) -> None:
    FIGURES.inputs_tried += 1
    with pytest.raises(replicate.WebhookVerificationError):
        verify(body, headers, secret)


BODY = json.dumps(PREDICTION).encode()


def test_an_untouched_delivery_is_accepted() -> None:
    prediction = verify(BODY, delivery(BODY))
    assert getattr(prediction, "id", None) == PREDICTION["id"]


@FUZZ
@given(new_body=st.binary(max_size=300))
def test_a_changed_body_is_refused(new_body: bytes) -> None:
    assume(new_body != BODY)
    assert_refused(new_body, delivery(BODY))


@FUZZ
@given(position=st.integers(0, len(BODY) - 1), flip=st.integers(1, 255))
def test_a_body_with_one_byte_changed_is_refused(position: int, flip: int) -> None:
    changed = bytearray(BODY)
    changed[position] ^= flip
    assert_refused(bytes(changed), delivery(BODY))


@FUZZ
@given(new_id=st.text(min_size=1, max_size=40))
def test_a_changed_id_is_refused(new_id: str) -> None:
    assume(new_id.strip() != "msg_2x" and new_id.strip())
    headers = {**delivery(BODY), "webhook-id": new_id}
    assert_refused(BODY, headers)


@FUZZ
@given(shift=st.integers(-(10**6), 10**6).filter(lambda n: n != 0))
def test_a_changed_timestamp_is_refused(shift: int) -> None:
    # Within the tolerance window too: the timestamp is part of what is signed.
    headers = {**delivery(BODY), "webhook-timestamp": str(NOW + shift)}
    assert_refused(BODY, headers)


@FUZZ
@given(new_stamp=st.text(max_size=20))
def test_a_garbled_timestamp_is_refused(new_stamp: str) -> None:
    assume(not (new_stamp.strip().isascii() and new_stamp.strip().isdigit()))
    headers = {**delivery(BODY), "webhook-timestamp": new_stamp}
    assert_refused(BODY, headers)


@FUZZ
@given(data=st.data())
def test_a_changed_signature_is_refused(data: st.DataObject) -> None:
    headers = delivery(BODY)
    original = headers["webhook-signature"]
    kind = data.draw(st.sampled_from(["char", "truncate", "append", "anything", "version"]))
    if kind == "char":
        position = data.draw(st.integers(3, len(original) - 1))
        replacement = data.draw(st.characters(codec="ascii"))
        changed = original[:position] + replacement + original[position + 1 :]
    elif kind == "truncate":
        changed = original[: data.draw(st.integers(0, len(original) - 1))]
    elif kind == "append":
        # Glued on: after a space it would be another candidate, which rotation allows.
        glued = st.text(min_size=1, max_size=8).filter(lambda t: not any(c.isspace() for c in t))
        changed = original + data.draw(glued)
    elif kind == "version":
        changed = data.draw(st.sampled_from(["v2", "v1a", "V1", "", "v0"])) + original[2:]
    else:
        changed = data.draw(st.text(max_size=60))
    assume(changed.strip() != original)
    assert_refused(BODY, {**headers, "webhook-signature": changed})


@FUZZ
@given(other_key=st.binary(min_size=1, max_size=64))
def test_a_delivery_signed_with_another_secret_is_refused(other_key: bytes) -> None:
    assume(other_key != KEY)
    stamp = str(NOW)
    headers = {
        "webhook-id": "msg_2x",
        "webhook-timestamp": stamp,
        "webhook-signature": sign("msg_2x", stamp, BODY, key=other_key),
    }
    assert_refused(BODY, headers)


@pytest.mark.parametrize("missing", ["webhook-id", "webhook-timestamp", "webhook-signature"])
def test_a_delivery_without_a_header_is_refused(missing: str) -> None:
    headers = delivery(BODY)
    del headers[missing]
    assert_refused(BODY, headers)


def test_a_replayed_delivery_outside_the_window_is_refused() -> None:
    old = delivery(BODY, timestamp=NOW - 3600)
    assert_refused(BODY, old)
