"""`DefaultAioHttpClient`: an httpx.AsyncClient whose requests travel over aiohttp.

    client = AsyncReplicate(http_client=DefaultAioHttpClient())

Needs the `aiohttp` extra (`pip install 'replicate[aiohttp]'`). httpx keeps building
requests, following nothing and decoding bodies; aiohttp only moves bytes, with its own
connection pool. Its errors are mapped here, not by a generic adapter, so the retry policy
can tell a request that never left (a failed connect) from one the server may have
received (a disconnect after sending): only the first kind may be sent again.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import AsyncIterator
from typing import Any

import httpx

from ._transport import DEFAULT_LIMITS, DEFAULT_TIMEOUT, USER_AGENT

try:
    import aiohttp
except ImportError as exc:  # pragma: no cover - depends on the installed extras
    raise ImportError(
        "DefaultAioHttpClient needs aiohttp: pip install 'replicate[aiohttp]'"
    ) from exc

__all__ = ["AioHttpTransport", "DefaultAioHttpClient"]


class DefaultAioHttpClient(httpx.AsyncClient):
    """An httpx.AsyncClient over aiohttp, with this SDK's timeouts and pool limits.

    Accepts httpx.AsyncClient's keyword arguments; `limits` sizes aiohttp's pool
    (its `max_connections`), `verify` is True, False or an ssl.SSLContext.
    """

    def __init__(
        self,
        *,
        limits: httpx.Limits = DEFAULT_LIMITS,
        verify: ssl.SSLContext | bool = True,
        timeout: Any = DEFAULT_TIMEOUT,
        **kwargs: Any,
    ) -> None:
        kwargs.setdefault("headers", {"User-Agent": USER_AGENT})
        transport = AioHttpTransport(limits=limits, verify=verify)
        super().__init__(transport=transport, limits=limits, timeout=timeout, **kwargs)


class AioHttpTransport(httpx.AsyncBaseTransport):
    """An httpx transport that sends over one aiohttp session per event loop.

    A session belongs to the loop it was made in; when a request comes from another loop
    (a second `asyncio.run`), the old session's sockets are closed and a new one is made.
    """

    def __init__(
        self, *, limits: httpx.Limits = DEFAULT_LIMITS, verify: ssl.SSLContext | bool = True
    ) -> None:
        self.limits = limits
        self._verify = verify
        self._session: aiohttp.ClientSession | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._timeouts: dict[tuple[Any, ...], aiohttp.ClientTimeout] = {}

    def _current_session(self) -> aiohttp.ClientSession:
        loop = asyncio.get_running_loop()
        session = self._session
        if session is not None and self._loop is loop:
            return session
        _drop(session)  # its loop is gone
        connector = aiohttp.TCPConnector(
            limit=self.limits.max_connections or 0,
            limit_per_host=0,
            keepalive_timeout=self.limits.keepalive_expiry or 5.0,
            ssl=self._verify,
        )
        self._session = aiohttp.ClientSession(
            connector=connector,
            cookie_jar=aiohttp.DummyCookieJar(),  # httpx keeps the cookies
            auto_decompress=False,  # httpx decodes the body
            timeout=aiohttp.ClientTimeout(),
        )
        self._loop = loop
        return self._session

    def _timeout(self, request: httpx.Request) -> aiohttp.ClientTimeout:
        given = request.extensions.get("timeout") or {}
        key = (given.get("connect"), given.get("read"), given.get("pool"))
        timeout = self._timeouts.get(key)
        if timeout is None:
            connect, read, pool = key
            waited = None if connect is None or pool is None else connect + pool
            timeout = aiohttp.ClientTimeout(connect=waited, sock_connect=connect, sock_read=read)
            self._timeouts[key] = timeout
        return timeout

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        session = self._current_session()
        data: Any
        headers = request.headers.multi_items()
        try:
            data = request.content or None
        except httpx.RequestNotRead:  # a streamed upload: aiohttp does its own chunking
            data = _chunks(request)
            headers = [(k, v) for k, v in headers if k.lower() != "transfer-encoding"]
        try:
            answer = await session.request(
                request.method,
                str(request.url),
                headers=headers,
                data=data,
                allow_redirects=False,
                timeout=self._timeout(request),
                server_hostname=request.extensions.get("sni_hostname"),
            )
        except aiohttp.ClientError as error:
            raise _mapped(error, request) from error
        except TimeoutError as error:
            raise httpx.ReadTimeout(str(error) or "timed out", request=request) from error
        return httpx.Response(
            answer.status, headers=answer.raw_headers, stream=_Body(answer), request=request
        )

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    def __del__(self) -> None:
        # A client nobody closed: its sockets go now, without aiohttp's warnings at exit.
        _drop(self._session)


def _drop(session: aiohttp.ClientSession | None) -> None:
    """Close a session's sockets synchronously (its loop may be gone or not running;
    aiohttp's public close() is a coroutine for that loop)."""
    if session is not None and session.connector is not None:
        session.connector._close()


class _Body(httpx.AsyncByteStream):
    """A response body read from aiohttp as it arrives; closing gives the connection back
    (or drops it, when the body was not read to the end)."""

    __slots__ = ("_answer",)

    def __init__(self, answer: aiohttp.ClientResponse) -> None:
        self._answer = answer

    async def __aiter__(self) -> AsyncIterator[bytes]:
        content = self._answer.content
        try:
            while chunk := await content.readany():
                yield chunk
        except aiohttp.ClientError as error:
            raise _mapped(error, None) from error
        except TimeoutError as error:
            raise httpx.ReadTimeout(str(error) or "timed out") from error

    async def aclose(self) -> None:
        self._answer.release()


async def _chunks(request: httpx.Request) -> AsyncIterator[bytes]:
    async for chunk in request.stream:  # type: ignore[union-attr]
        yield chunk


def _mapped(error: aiohttp.ClientError, request: httpx.Request | None) -> httpx.TransportError:
    """The httpx error for an aiohttp one. Only a failed connect (or connect timeout)
    becomes ConnectError/ConnectTimeout, the errors the retry policy reads as "never sent";
    a disconnect, reset or timeout after that may have reached the server."""
    message = str(error) or type(error).__name__
    kind: type[httpx.TransportError]
    if isinstance(error, aiohttp.ClientConnectorError):
        kind = httpx.ConnectError
    elif isinstance(error, aiohttp.ConnectionTimeoutError):
        kind = httpx.ConnectTimeout
    elif isinstance(error, aiohttp.ServerTimeoutError):
        kind = httpx.ReadTimeout
    elif isinstance(error, (aiohttp.InvalidURL, aiohttp.NonHttpUrlClientError)):
        kind = httpx.UnsupportedProtocol
    elif isinstance(error, (aiohttp.ServerDisconnectedError, aiohttp.ClientResponseError)):
        kind = httpx.RemoteProtocolError
    else:  # payload errors, resets, OS errors while sending or reading
        kind = httpx.ReadError
    return kind(message, request=request) if request is not None else kind(message)
