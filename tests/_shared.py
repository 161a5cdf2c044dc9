"""Locate ``../shared`` and read its recorded HTTP exchanges (VCR cassettes).

Public helpers (other test modules rely on these names):

- ``shared_dir() -> Path | None``: the shared folder next to the repository, or None.
- ``require_shared() -> Path``: the same folder; ``pytest.skip`` when it is absent.
- ``cassette_names() -> list[str]``: cassette file stems, sorted; empty without ../shared, so
  ``@pytest.mark.parametrize("name", cassette_names())`` reports one skipped test there.
- ``cassette_interactions(name) -> list[Interaction]``: decoded exchanges of one cassette.

An ``Interaction`` is a plain dict::

    {
        "cassette": "predictions-get",
        "request": {"method": "GET", "url": str, "host": str, "path": "/v1/...",
                    "query": {"name": "value"}, "headers": {lower-name: value},
                    "body": bytes, "json": parsed body or None},
        "response": {"status": int, "headers": {lower-name: value},
                     "content_type": "application/json" (no parameters, lower case),
                     "body": bytes (gzip already undone), "text": str or None,
                     "json": parsed body or None},
    }

Header values are joined with ", " when a header was recorded more than once. ``json`` is
filled only when the content type is JSON (``application/json``, ``*+json``) and parses.
"""

from __future__ import annotations

import gzip
import json
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
import yaml

Interaction = dict[str, Any]

_REPO_ROOT = Path(__file__).resolve().parent.parent
_GZIP_MAGIC = b"\x1f\x8b"
# libyaml's loader reads the large cassettes several times faster than the pure-Python one.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def shared_dir() -> Path | None:
    """Return the ``shared`` folder beside the repository root, or None when it is missing."""
    candidate = _REPO_ROOT.parent / "shared"
    return candidate if candidate.is_dir() else None


def require_shared() -> Path:
    """Return the ``shared`` folder, skipping the calling test when it is missing."""
    found = shared_dir()
    if found is None:
        pytest.skip("../shared is not available")
    return found


def _cassette_folder() -> Path | None:
    found = shared_dir()
    folder = None if found is None else found / "reference" / "v1-cassettes"
    return folder if folder is not None and folder.is_dir() else None


def cassette_dir() -> Path:
    """Return the folder of recorded cassettes, skipping when it is missing."""
    folder = _cassette_folder()
    if folder is None:
        pytest.skip("../shared/reference/v1-cassettes is not available")
    return folder


def cassette_names() -> list[str]:
    """Return the stem of every cassette file, sorted; empty when there are none.

    Safe to call at collection time (it never skips).
    """
    folder = _cassette_folder()
    return [] if folder is None else sorted(path.stem for path in folder.glob("*.yaml"))


def cassette_interactions(name: str) -> list[Interaction]:
    """Return the decoded interactions of cassette ``name`` (a file stem).

    Results are cached and shared between callers: treat them as read-only.
    """
    return list(_load(str(cassette_dir() / f"{name}.yaml"), name))


@cache
def _load(path: str, name: str) -> tuple[Interaction, ...]:
    with open(path, encoding="utf-8") as handle:
        document = yaml.load(handle, Loader=_YAML_LOADER)
    return tuple(
        {
            "cassette": name,
            "request": _decode_request(raw["request"]),
            "response": _decode_response(raw["response"]),
        }
        for raw in document.get("interactions", [])
    )


def _headers(raw: dict[str, Any] | None) -> dict[str, str]:
    headers: dict[str, str] = {}
    for key, value in (raw or {}).items():
        values = value if isinstance(value, list) else [value]
        headers[key.lower()] = ", ".join(str(item) for item in values)
    return headers


def _as_bytes(body: Any) -> bytes:
    # Two recorder formats: a plain string/bytes, or {"string": str | bytes}.
    if isinstance(body, dict):
        body = body.get("string", "")
    if body is None:
        return b""
    if isinstance(body, bytes):
        return body
    return str(body).encode("utf-8")


def _media_type(headers: dict[str, str]) -> str:
    return headers.get("content-type", "").split(";")[0].strip().lower()


def _is_json(media_type: str) -> bool:
    return media_type == "application/json" or media_type.endswith("+json")


def _parse_json(body: bytes, media_type: str) -> Any:
    if not body or not _is_json(media_type):
        return None
    try:
        return json.loads(body)
    except ValueError:
        return None


def _decode_request(raw: dict[str, Any]) -> dict[str, Any]:
    headers = _headers(raw.get("headers"))
    body = _as_bytes(raw.get("body"))
    url = str(raw["uri"])
    parts = urlsplit(url)
    return {
        "method": str(raw["method"]).upper(),
        "url": url,
        "host": parts.hostname or "",
        "path": parts.path,
        "query": dict(parse_qsl(parts.query)),
        "headers": headers,
        "body": body,
        "json": _parse_json(body, _media_type(headers)),
    }


def _decode_response(raw: dict[str, Any]) -> dict[str, Any]:
    headers = _headers(raw.get("headers"))
    # Newer recordings keep the decoded text under "content"; older ones keep the raw
    # (often gzip-compressed) bytes under "body".
    body = _as_bytes(raw["content"] if "content" in raw else raw.get("body"))
    if body.startswith(_GZIP_MAGIC) and "gzip" in headers.get("content-encoding", ""):
        body = gzip.decompress(body)
    status = raw.get("status_code")
    if status is None:
        status = raw.get("status", {}).get("code")
    media_type = _media_type(headers)
    try:
        text: str | None = body.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    return {
        "status": int(status),
        "headers": headers,
        "content_type": media_type,
        "body": body,
        "text": text,
        "json": _parse_json(body, media_type),
    }
