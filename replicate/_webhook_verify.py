"""Verifying webhook deliveries (Standard Webhooks signatures, as Replicate sends them).

A delivery carries `webhook-id`, `webhook-timestamp` and `webhook-signature`. The
signature is `v1,<base64 HMAC-SHA256 of "id.timestamp.body">` keyed with the decoded
base64 part of the `whsec_…` signing secret; several space-separated signatures may be
sent (during a secret rotation). `verify_webhook` checks all of it and returns the
parsed prediction or training.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import time
from collections.abc import Mapping
from typing import Any

from ._errors import WebhookVerificationError

DEFAULT_TOLERANCE = 300  # seconds


def verify_webhook(
    body: bytes | str,
    headers: Mapping[str, str],
    secret: Any,
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> Any:
    """Check a delivery and return its payload as a Prediction or Training model.

    `body` is the raw request body, exactly as received (bytes or str); `headers` any
    mapping of its headers (names in any case); `secret` the signing secret
    ("whsec_…", or the `WebhookSecret` from `webhooks.default.secret.get()`).
    Raises WebhookVerificationError when a header is missing or malformed, the
    timestamp is more than `tolerance` seconds away from now, no signature matches,
    or the body is not a JSON object.
    """
    raw = body.encode("utf-8") if isinstance(body, str) else bytes(body)
    message_id, timestamp, signatures = _read_headers(headers)
    _check_timestamp(timestamp, tolerance, time.time() if now is None else now)
    key = _signing_key(secret)
    signed = f"{message_id}.{timestamp}.".encode() + raw
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest())
    matched = False
    for signature in signatures:
        # Compare every candidate, so timing does not reveal which one matched.
        matched |= hmac.compare_digest(expected, signature)
    if not matched:
        raise WebhookVerificationError("Webhook signature does not match the body and secret")
    return _parse(raw)


def _read_headers(headers: Mapping[str, str]) -> tuple[str, int, list[bytes]]:
    lowered = {str(name).lower(): value for name, value in headers.items()}
    values = []
    for name in ("webhook-id", "webhook-timestamp", "webhook-signature"):
        value = lowered.get(name)
        if not isinstance(value, str) or not value.strip():
            raise WebhookVerificationError(f"Webhook is missing the {name} header")
        values.append(value.strip())
    message_id, stamp, header = values
    if not stamp.isascii() or not stamp.isdigit():
        raise WebhookVerificationError(f"Webhook timestamp is not a whole number: {stamp!r}")
    signatures = [
        candidate.encode("ascii")
        for version, _, candidate in (part.partition(",") for part in header.split())
        if version == "v1" and candidate and candidate.isascii()
    ]
    if not signatures:
        raise WebhookVerificationError("Webhook signature header has no v1 signature")
    return message_id, int(stamp), signatures


def _check_timestamp(timestamp: int, tolerance: float, now: float) -> None:
    if timestamp < now - tolerance:
        raise WebhookVerificationError(
            f"Webhook timestamp is too old ({int(now - timestamp)} s, tolerance {tolerance:g} s)"
        )
    if timestamp > now + tolerance:
        raise WebhookVerificationError(
            f"Webhook timestamp is in the future ({int(timestamp - now)} s ahead, "
            f"tolerance {tolerance:g} s)"
        )


def _signing_key(secret: Any) -> bytes:
    """The HMAC key of a "whsec_<base64>" secret (or of an object with such a `key`)."""
    if not isinstance(secret, str):
        secret = getattr(secret, "key", secret)
    if not isinstance(secret, str) or not secret:
        raise ValueError("the webhook signing secret must be a non-empty 'whsec_…' string")
    try:
        return base64.b64decode(secret.removeprefix("whsec_"), validate=True)
    except (binascii.Error, ValueError):
        raise ValueError("the webhook signing secret is not valid base64 after 'whsec_'") from None


def _parse(raw: bytes) -> Any:
    """The payload as a generated Training (for training URLs) or Prediction model."""
    from replicate_api.models import Prediction, Training

    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        raise WebhookVerificationError("Webhook body is not valid JSON") from None
    if not isinstance(data, dict):
        raise WebhookVerificationError("Webhook body is not a JSON object")
    urls = data.get("urls")
    get_url = urls.get("get") if isinstance(urls, dict) else None
    is_training = isinstance(get_url, str) and "/trainings/" in get_url
    model = Training if is_training or "destination" in data else Prediction
    try:
        return model.from_dict(data)
    except (KeyError, TypeError, ValueError) as error:
        raise WebhookVerificationError(f"Webhook body is not a {model.__name__}: {error}") from None
