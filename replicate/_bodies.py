"""Reading response bodies defensively: a total deadline, a cap on decoded bytes, and
JSON that cannot blow the stack.

httpx's read timeout restarts with every byte, so a server trickling its answer never
times out: the whole body must arrive by a deadline, the request's own timeout (its
longest part) after it was sent. httpx
inflates a gzip body without limit, so 2 MB on the wire can become gigabytes in memory;
`json.loads` raises RecursionError (not ValueError) on deeply nested input. These become
errors a caller already handles: httpx.ReadTimeout (retried or reported as
APITimeoutError by the transport), APIResponseError, ValueError.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from . import _clock
from ._errors import APIResponseError

__all__ = [
    "MAX_BODY_SIZE",
    "aread_capped",
    "exchange_deadline",
    "loads",
    "read_capped",
    "response_json",
]

# Decoded bytes an API answer may have: far above any real one (a page of predictions
# with long logs is a few MB). Change it by setting `replicate._bodies.MAX_BODY_SIZE`.
# Downloads (FileOutput, files.download) stream and are not capped.
MAX_BODY_SIZE = 128 * 1024 * 1024


def exchange_deadline(request: httpx.Request) -> float | None:
    """When the whole answer to `request`, sent now, must be in: its timeout's longest
    part from now (a run's deadline has already capped every part at the time left)."""
    parts: dict[str, float | None] = request.extensions.get("timeout") or {}
    longest = max((value for value in parts.values() if value is not None), default=None)
    return None if longest is None else _clock.monotonic() + longest


def read_capped(response: httpx.Response, until: float | None = None) -> bytes:
    """Read a streamed response whole: by `until` (a _clock.monotonic() value), and never
    holding more than MAX_BODY_SIZE decoded bytes.

    `until` is checked as each further chunk arrives (one chunk cannot be a trickle, and a
    read that stalls is ended by the read timeout), so an answer that comes in one piece
    is never refused for the time it took."""
    limit, size = MAX_BODY_SIZE, 0
    chunks: list[bytes] = []
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > limit:
            raise _too_large(response, limit)
        if chunks and until is not None and _clock.monotonic() > until:
            raise _too_slow(response)
        chunks.append(chunk)
    return _keep(response, chunks)


async def aread_capped(response: httpx.Response, until: float | None = None) -> bytes:
    limit, size = MAX_BODY_SIZE, 0
    chunks: list[bytes] = []
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > limit:
            raise _too_large(response, limit)
        if chunks and until is not None and _clock.monotonic() > until:
            raise _too_slow(response)
        chunks.append(chunk)
    return _keep(response, chunks)


def _too_slow(response: httpx.Response) -> httpx.ReadTimeout:
    return httpx.ReadTimeout(
        "the response did not arrive in full within its timeout", request=response.request
    )


def _too_large(response: httpx.Response, limit: int) -> APIResponseError:
    return APIResponseError(response, f"its body decodes to larger than {limit} bytes")


def _keep(response: httpx.Response, chunks: list[bytes]) -> bytes:
    content = b"".join(chunks)
    response._content = content  # what httpx's own read() stores: .content, .json() work
    return content


def loads(data: str | bytes) -> Any:
    """`json.loads`, with nesting too deep to decode reported as ValueError."""
    try:
        return json.loads(data)
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None


def response_json(response: httpx.Response) -> Any:
    """The response's JSON; ValueError when it is malformed or nested too deeply."""
    return loads(response.content)
