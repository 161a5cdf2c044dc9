"""Small HTTP helpers shared by the route modules: JSON, problem details, pagination."""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import Response

_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


class ProblemError(Exception):
    """Raised by handlers to answer with an ``application/problem+json`` error."""

    def __init__(self, status: int, detail: str, title: str | None = None, **extra: Any):
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.title = title
        self.extra = extra


_TITLES = {
    400: "Bad request",
    401: "Unauthenticated",
    403: "Forbidden",
    404: "Not found",
    405: "Method not allowed",
    409: "Conflict",
    413: "Payload too large",
    422: "Unprocessable entity",
    429: "Too many requests",
    500: "Internal server error",
    502: "Bad gateway",
    503: "Service unavailable",
    504: "Gateway timeout",
}


def json_response(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(_dumps(data).encode("utf-8"), status, headers, media_type="application/json")


def problem_body(status: int, detail: str, title: str | None = None, **extra: Any) -> bytes:
    body = {"title": title or _TITLES.get(status, "Error"), "detail": detail, "status": status}
    body.update(extra)
    return _dumps(body).encode("utf-8")


def problem(status: int, detail: str, title: str | None = None, **extra: Any) -> Response:
    return Response(
        problem_body(status, detail, title, **extra),
        status,
        media_type="application/problem+json",
    )


def origin_of(request: Request) -> str:
    """``scheme://host[:port]`` as the client addressed this server."""
    return str(request.base_url).rstrip("/")


async def read_json_object(request: Request) -> dict[str, Any]:
    """Parse the request body as a JSON object (400 when it is not)."""
    raw = await request.body()
    if not raw.strip():
        return {}
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as error:
        raise ProblemError(400, f"The request body is not valid JSON: {error}") from None
    if not isinstance(data, dict):
        raise ProblemError(422, "The request body must be a JSON object")
    return data


def _encode_cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"o:{offset}".encode()).decode().rstrip("=")


def _decode_cursor(cursor: str) -> int:
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        kind, _, value = text.partition(":")
        offset = int(value)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise ProblemError(400, "The cursor is not valid") from None
    if kind != "o" or offset < 0:
        raise ProblemError(400, "The cursor is not valid")
    return offset


def page(
    request: Request, items: Sequence[Any], page_size: int
) -> tuple[list[Any], dict[str, Any]]:
    """Slice ``items`` at the request's ``cursor``; return the slice and next/previous links."""
    cursor = request.query_params.get("cursor")
    offset = _decode_cursor(cursor) if cursor else 0
    chunk = list(items[offset : offset + page_size])
    base = f"{origin_of(request)}{request.url.path}"
    others = [(k, v) for k, v in request.query_params.multi_items() if k != "cursor"]

    def link(at: int) -> str:
        query = urlencode([*others, ("cursor", _encode_cursor(at))])
        return f"{base}?{query}"

    links = {
        "next": link(offset + page_size) if offset + page_size < len(items) else None,
        "previous": link(max(offset - page_size, 0)) if offset > 0 else None,
    }
    return chunk, links
