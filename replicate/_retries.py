"""When to retry a request, and how long to wait first.

Idempotent methods are retried on 408, 409, 429, 5xx and any connection failure.
Everything else (creating a prediction, a training, a file …) is retried only when
the server provably did not act on it: a 429 answer, or a connection that was never
established. A request that may have reached the server is never sent twice, so a
flaky network cannot buy the same prediction twice.
"""

from __future__ import annotations

import random
import time

import httpx

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "QUERY"})
RETRYABLE_STATUSES = frozenset({408, 409, 429, 500, 502, 503, 504})

# Failures that happen before a single byte of the request left this machine.
NOT_SENT_ERRORS: tuple[type[Exception], ...] = (httpx.ConnectError, httpx.ConnectTimeout)

INITIAL_DELAY = 0.5
MAX_DELAY = 8.0
MAX_RETRY_AFTER = 60.0


def should_retry_status(method: str, status: int) -> bool:
    if status == 429:
        return True
    return method in IDEMPOTENT_METHODS and status in RETRYABLE_STATUSES


# Requests this machine refused to send (a header httpx cannot encode, a URL scheme it
# does not speak): every attempt would fail the same way.
LOCAL_ERRORS: tuple[type[Exception], ...] = (httpx.LocalProtocolError, httpx.UnsupportedProtocol)


def should_retry_error(method: str, error: Exception) -> bool:
    if isinstance(error, LOCAL_ERRORS):
        return False
    if isinstance(error, NOT_SENT_ERRORS):
        return True
    return method in IDEMPOTENT_METHODS and isinstance(error, httpx.TransportError)


def may_have_acted(error: Exception) -> bool:
    """Whether a request that failed this way may still have been carried out."""
    return not isinstance(error, NOT_SENT_ERRORS)


def already_done(method: str, status: int) -> bool:
    """A retried DELETE answered "not found" after an attempt that may have worked:
    the earlier attempt deleted it, so the call succeeded."""
    return method == "DELETE" and status in (404, 410)


def retry_delay(attempt: int, response: httpx.Response | None = None) -> float | None:
    """Seconds to wait before retry number `attempt` (0-based), or None not to retry.

    The server's Retry-After wins when present; one over a minute is not waited out
    (the error, with its `retry_after`, goes to the caller). Otherwise exponential
    backoff with jitter.
    """
    if response is not None:
        advised = parse_retry_after(response.headers.get("retry-after"))
        if advised is not None:
            return advised if advised <= MAX_RETRY_AFTER else None
    ceiling = min(MAX_DELAY, INITIAL_DELAY * 2.0**attempt)
    return ceiling / 2 + random.uniform(0, ceiling / 2)


def parse_retry_after(value: str | None) -> float | None:
    """Retry-After as seconds: either a number of seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, float(when.timestamp()) - time.time())
