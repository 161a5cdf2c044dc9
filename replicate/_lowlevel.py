"""Low-level calls to any endpoint, in both spellings users bring:

    client.post("/predictions", json={...}, headers={...})           # httpx keywords
    client.post("/predictions", cast_to=Prediction, body={...},      # the official README
                options={"headers": {...}, "params": {...}, "timeout": 5.0})

`cast_to` is `httpx.Response` (the default), a generated model (anything with
`from_dict`), `str` for the text, or `dict`/`list`/`object` for the decoded JSON.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar, cast

import httpx

from ._errors import APIResponseError

__all__ = ["LowLevelOptions", "cast_response", "send_kwargs"]

R = TypeVar("R")


class LowLevelOptions(TypedDict, total=False):
    """`options=` of a low-level call."""

    headers: Mapping[str, str]
    params: Mapping[str, Any]
    timeout: float | httpx.Timeout | None
    extra_json: Mapping[str, Any]


def send_kwargs(
    body: Any, options: LowLevelOptions | None, kwargs: dict[str, Any]
) -> dict[str, Any]:
    """httpx keyword arguments for the transport from `body=`, `options=` and the rest."""
    if body is not None:
        if "json" in kwargs:
            raise TypeError("Give the request body as body= or as json=, not both")
        kwargs["json"] = body
    if not options:
        return kwargs
    unknown = set(options) - set(LowLevelOptions.__annotations__)
    if unknown:
        raise TypeError(f"Unknown request options: {', '.join(sorted(unknown))}")
    if "headers" in options:
        kwargs["headers"] = {**dict(kwargs.get("headers") or {}), **options["headers"]}
    if "params" in options:
        kwargs["params"] = {**dict(kwargs.get("params") or {}), **options["params"]}
    if "timeout" in options:
        kwargs["timeout"] = options["timeout"]
    if "extra_json" in options:
        kwargs["json"] = {**(kwargs.get("json") or {}), **options["extra_json"]}
    return kwargs


def cast_response(response: httpx.Response, cast_to: type[R] | None) -> R:
    """The response as `cast_to` asks (None: the response itself)."""
    if cast_to is None or cast_to is httpx.Response:
        return cast(R, response)
    if cast_to is str:
        return cast(R, response.text)
    try:
        data = response.json()
    except ValueError:
        raise APIResponseError(response, "the response body is not valid JSON") from None
    from_dict = getattr(cast_to, "from_dict", None)
    if from_dict is None:
        return cast(R, data)
    try:
        return cast(R, from_dict(data))
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise APIResponseError(response, f"unexpected {cast_to.__name__} shape: {error}") from None
