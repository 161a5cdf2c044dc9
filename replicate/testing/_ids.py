"""Identifiers and timestamps in the shapes the real API uses."""

from __future__ import annotations

import datetime as _dt
import hashlib
import secrets

_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"


def new_id(length: int = 26) -> str:
    """A random lowercase id like the real API's (``vgcm4plb7tgzlyznry5d5jkgvu``)."""
    return "".join(secrets.choice(_ALPHABET) for _ in range(length))


def digest_id(*parts: str) -> str:
    """A stable 64-hex-digit id (the shape of a version id) derived from ``parts``."""
    return hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()


def iso(timestamp: float) -> str:
    """Format a Unix time as RFC 3339 with microseconds and a ``Z`` suffix."""
    moment = _dt.datetime.fromtimestamp(timestamp, tz=_dt.UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


_EPOCH = _dt.datetime(1970, 1, 1, tzinfo=_dt.UTC)
_MICROSECOND = _dt.timedelta(microseconds=1)


def micros(timestamp: float) -> int:
    """A Unix time in whole microseconds, rounded exactly as ``iso`` rounds it."""
    return (_dt.datetime.fromtimestamp(timestamp, tz=_dt.UTC) - _EPOCH) // _MICROSECOND


def parse_iso_micros(text: str) -> int | None:
    """Parse an RFC 3339 date-time (``Z`` or offset) into Unix microseconds, or None."""
    try:
        moment = _dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=_dt.UTC)
    return (moment - _EPOCH) // _MICROSECOND
