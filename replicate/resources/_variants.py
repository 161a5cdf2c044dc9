"""Per-request options and the modes of a resource: plain, raw and streamed.

Every operation takes the `RequestOptions` keywords (`extra_headers`, `extra_query`,
`extra_body`, `timeout`); `operation` in `_base.py` takes them out of the call and applies
them to its `Call`, in one place. `client.x.with_raw_response` is the resource in `Raw`
mode, whose operations return the read `APIResponse`; `client.x.with_streaming_response`
is the resource in `Streamed` mode, seen through a view that defers each call to its
`with` block. The mode is also the resource's type parameter, so a type checker knows
`client.predictions.with_raw_response.get(...)` is an `APIResponse[Prediction]`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar

import httpx

from ._response import AsyncResponseContextManager, ResponseContextManager

if TYPE_CHECKING:
    from typing_extensions import TypeVar as DefaultTypeVar

__all__ = ["RAW", "STREAMED", "M", "Plain", "Raw", "RequestOptions", "Streamed", "streaming_view"]

RAW = "raw"
STREAMED = "streamed"


class Plain:
    """Mode of a resource whose operations return parsed values (the default)."""


class Raw:
    """Mode of `.with_raw_response`: operations return the read `APIResponse`."""


class Streamed:
    """Mode of `.with_streaming_response`: operations return a context manager."""


if TYPE_CHECKING:
    M = DefaultTypeVar("M", default=Plain)  # `Predictions` alone means `Predictions[Plain]`
else:
    M = TypeVar("M")


class RequestOptions(TypedDict, total=False):
    """Options every operation takes as keywords, for that one request."""

    extra_headers: Mapping[str, str]
    """Headers added to (or replacing) the ones the SDK sends."""
    extra_query: Mapping[str, Any]
    """Query parameters added to the URL."""
    extra_body: Mapping[str, Any]
    """Fields added to the JSON body (or to the form of an upload)."""
    timeout: float | httpx.Timeout | None
    """This request's timeout, in seconds or as an `httpx.Timeout`."""


def streaming_view(resource: Any, is_async: bool) -> Any:
    """`resource` (in streamed mode) with each method call deferred to its `with` block."""
    return _AsyncStreamingView(resource) if is_async else _StreamingView(resource)


class _StreamingView:
    __slots__ = ("_resource",)

    def __init__(self, resource: Any) -> None:
        self._resource = resource

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._resource, name)
        if not callable(method):
            return method

        def deferred(*args: Any, **kwargs: Any) -> ResponseContextManager[Any]:
            return ResponseContextManager(lambda: method(*args, **kwargs))

        return deferred


class _AsyncStreamingView(_StreamingView):
    __slots__ = ()

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._resource, name)
        if not callable(method):
            return method

        def deferred(*args: Any, **kwargs: Any) -> AsyncResponseContextManager[Any]:
            return AsyncResponseContextManager(method(*args, **kwargs))

        return deferred
