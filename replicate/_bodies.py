"""Reading response bodies defensively: a cap on decoded bytes, and JSON that cannot blow
the stack.

httpx inflates a gzip body without limit, so 2 MB on the wire can become gigabytes in
memory; `json.loads` raises RecursionError (not ValueError) on deeply nested input. Both
become errors a caller already handles: APIResponseError, ValueError.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from ._errors import APIResponseError

__all__ = ["MAX_BODY_SIZE", "aread_capped", "loads", "read_capped", "response_json"]

# Decoded bytes an API answer may have: far above any real one (a page of predictions
# with long logs is a few MB). Change it by setting `replicate._bodies.MAX_BODY_SIZE`.
# Downloads (FileOutput, files.download) stream and are not capped.
MAX_BODY_SIZE = 256 * 1024 * 1024


def read_capped(response: httpx.Response) -> bytes:
    """Read a streamed response whole, refusing to hold more than MAX_BODY_SIZE bytes."""
    limit, size, chunks = MAX_BODY_SIZE, 0, []
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > limit:
            raise _too_large(response, limit)
        chunks.append(chunk)
    return _keep(response, chunks)


async def aread_capped(response: httpx.Response) -> bytes:
    limit, size, chunks = MAX_BODY_SIZE, 0, []
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > limit:
            raise _too_large(response, limit)
        chunks.append(chunk)
    return _keep(response, chunks)


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
