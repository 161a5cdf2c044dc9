"""httpx clients with the SDK's defaults, for `Replicate(http_client=...)`.

    Replicate(http_client=DefaultHttpxClient(proxy="http://proxy.internal:3128"))

They take every argument httpx does (`proxy=`, `transport=`, `verify=` …); what is not
given gets the SDK's timeout, connection limits and User-Agent.
"""

from __future__ import annotations

from typing import Any

import httpx

from ._transport import DEFAULT_LIMITS, DEFAULT_TIMEOUT, USER_AGENT

__all__ = ["DefaultAsyncHttpxClient", "DefaultHttpxClient"]


def _with_defaults(kwargs: dict[str, Any]) -> dict[str, Any]:
    headers = httpx.Headers({"User-Agent": USER_AGENT})
    headers.update(kwargs.pop("headers", None) or {})
    kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
    kwargs.setdefault("limits", DEFAULT_LIMITS)
    return {**kwargs, "headers": headers}


class DefaultHttpxClient(httpx.Client):
    """An `httpx.Client` with the SDK's defaults; takes httpx's own arguments."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**_with_defaults(kwargs))


class DefaultAsyncHttpxClient(httpx.AsyncClient):
    """An `httpx.AsyncClient` with the SDK's defaults; takes httpx's own arguments."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**_with_defaults(kwargs))
