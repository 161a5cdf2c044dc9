"""The shortest way from a built request to the connection pool.

`client.send()` runs every request through httpx's auth flow, redirect loop, event hooks
and cookie jar: generators, coroutines and a cookie parse per call, eight tracked objects
and about a tenth of a warm call. A client that uses none of them (no auth, redirects,
hooks, proxy mounts or cookies: the ones this SDK builds) has its requests handed straight to
its transport; any other client goes through `send()` as before. On the direct way,
cookies a response sets are not kept (the API sets none) and `response.elapsed` is unset.
"""

from __future__ import annotations

import httpx

__all__ = ["asend", "send"]


def _plain(http: httpx.Client | httpx.AsyncClient) -> bool:
    """Whether `http.send()` would add nothing to a request built by `http`."""
    hooks = http.event_hooks
    return not (
        http.is_closed
        or http.follow_redirects
        or http.auth is not None
        or http._mounts
        or hooks["request"]
        or hooks["response"]
        or len(http.cookies.jar)
    )


def send(http: httpx.Client, request: httpx.Request) -> httpx.Response:
    """`http.send(request, stream=True)`, the short way when `http` adds nothing."""
    if not _plain(http):
        return http.send(request, stream=True)
    try:
        response = http._transport.handle_request(request)
    except httpx.RequestError as error:
        _attach(error, request)
        raise
    response.request = request
    return response


async def asend(http: httpx.AsyncClient, request: httpx.Request) -> httpx.Response:
    """`await http.send(request, stream=True)`, the short way when `http` adds nothing."""
    if not _plain(http):
        return await http.send(request, stream=True)
    try:
        response = await http._transport.handle_async_request(request)
    except httpx.RequestError as error:
        _attach(error, request)
        raise
    response.request = request
    return response


def _attach(error: httpx.RequestError, request: httpx.Request) -> None:
    """Give a transport's error its request, as `send()` would (`error.request` works)."""
    if getattr(error, "_request", None) is None:
        error.request = request
