"""HTTP responses handed to the caller: `.with_raw_response` and `.with_streaming_response`.

A raw response has been read whole; a streamed one reads its body only when asked and
is closed when its `with` block ends. Both give the headers and status at once, and
`parse()` turns the body into what the plain method returns.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, Generic, TypeVar

import httpx

from .._errors import APIResponseError

__all__ = [
    "APIResponse",
    "AsyncAPIResponse",
    "AsyncResponseContextManager",
    "ResponseContextManager",
    "ResponseText",
]

T = TypeVar("T")


class ResponseText(str):
    """The body as text; `.text` and `.text()` both give it (the official SDK calls it)."""

    __slots__ = ()

    def __call__(self) -> str:
        return str(self)


class _Base(Generic[T]):
    __slots__ = ("_parse", "_parsed", "http_response")

    def __init__(self, response: httpx.Response, parse: Callable[[httpx.Response], T]) -> None:
        self.http_response = response
        self._parse = parse
        self._parsed: list[T] = []

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def http_request(self) -> httpx.Request:
        return self.http_response.request

    @property
    def url(self) -> httpx.URL:
        return self.http_response.url

    @property
    def is_closed(self) -> bool:
        return self.http_response.is_closed

    def _value(self) -> T:
        if not self._parsed:
            self._parsed.append(self._parse(self.http_response))
        return self._parsed[0]

    def _decoded(self) -> Any:
        try:
            return self.http_response.json()
        except ValueError:
            raise APIResponseError(self.http_response, "the body is not valid JSON") from None

    def __repr__(self) -> str:
        request = self.http_request
        return f"<{type(self).__name__} [{self.status_code}] {request.method} {request.url.path}>"


class APIResponse(_Base[T]):
    """A response of a sync call: headers and status now, the body when asked."""

    __slots__ = ()

    def read(self) -> bytes:
        return self.http_response.read()

    @property
    def text(self) -> ResponseText:
        self.read()
        return ResponseText(self.http_response.text)

    def json(self) -> Any:
        self.read()
        return self._decoded()

    def parse(self) -> T:
        """What the plain method returns (a model, a page …), made once."""
        self.read()
        return self._value()

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        return self.http_response.iter_bytes(chunk_size)

    def iter_text(self, chunk_size: int | None = None) -> Iterator[str]:
        return self.http_response.iter_text(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        return self.http_response.iter_lines()

    def close(self) -> None:
        self.http_response.close()


class AsyncAPIResponse(_Base[T]):
    """A response of an async call; the methods that may read the body are awaited."""

    __slots__ = ()

    async def read(self) -> bytes:
        return await self.http_response.aread()

    async def text(self) -> str:
        await self.read()
        return self.http_response.text

    async def json(self) -> Any:
        await self.read()
        return self._decoded()

    async def parse(self) -> T:
        """What the plain method returns (a model, a page …), made once."""
        await self.read()
        return self._value()

    def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        return self.http_response.aiter_bytes(chunk_size)

    def iter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]:
        return self.http_response.aiter_text(chunk_size)

    def iter_lines(self) -> AsyncIterator[str]:
        return self.http_response.aiter_lines()

    async def close(self) -> None:
        await self.http_response.aclose()


class ResponseContextManager(Generic[T]):
    """`with ... as response:` sends the call on entry and closes the response on exit."""

    __slots__ = ("_response", "_send")

    def __init__(self, send: Callable[[], APIResponse[T]]) -> None:
        self._send = send
        self._response: APIResponse[T] | None = None

    def __enter__(self) -> APIResponse[T]:
        self._response = self._send()
        return self._response

    def __exit__(self, *exc_info: object) -> None:
        if self._response is not None:
            self._response.close()


class AsyncResponseContextManager(Generic[T]):
    """`async with ... as response:` sends the call on entry and closes it on exit."""

    __slots__ = ("_response", "_send")

    def __init__(self, send: Awaitable[AsyncAPIResponse[T]]) -> None:
        self._send = send
        self._response: AsyncAPIResponse[T] | None = None

    async def __aenter__(self) -> AsyncAPIResponse[T]:
        self._response = await self._send
        return self._response

    async def __aexit__(self, *exc_info: object) -> None:
        if self._response is not None:
            await self._response.close()
