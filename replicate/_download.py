"""Downloading a file: one implementation for `files.download` and `FileOutput`.

`FileDownload` / `AsyncFileDownload` read a streamed response only when asked, whole
or in chunks, with transport failures reported as APIConnectionError. `open_url` /
`aopen_url` fetch any URL (a model output on a CDN, a signed API link): redirects are
followed by hand so that the download token rule (`_Transport.serves_files`: only the
API's own paths that serve files) is applied again at every hop, and transient failures
are retried. That loop is written once, as the sans-IO generator `_fetch_steps`, run by
the transport's own two drivers.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Self

import httpx

from . import _retries
from ._addresses import check_public
from ._errors import ReplicateError, error_for_response
from ._transport import Steps, _connection_error, adrive_steps, drive_steps

if TYPE_CHECKING:
    from ._transport import _Transport

__all__ = ["DOWNLOAD_CHUNK", "AsyncFileDownload", "FileDownload", "aopen_url", "open_url"]

DOWNLOAD_CHUNK = 64 * 1024
MAX_REDIRECTS = 5
DEFAULT_RETRIES = 2  # for a download without a client


class _DownloadBase:
    def __init__(self, response: httpx.Response) -> None:
        self.response = response

    @property
    def headers(self) -> httpx.Headers:
        return self.response.headers

    @property
    def content_type(self) -> str | None:
        value: str | None = self.response.headers.get("content-type")
        return value

    @property
    def size(self) -> int | None:
        """The Content-Length, when the server sent one."""
        length = self.response.headers.get("content-length")
        return int(length) if length and length.isdigit() else None

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} {self.response.status_code} "
            f"content_type={self.content_type!r} size={self.size!r}>"
        )


class FileDownload(_DownloadBase):
    """A downloaded file whose body is read only when asked.

    `read()` returns it whole; `iter_bytes()` yields it in chunks without holding it;
    `save(path)` writes it to disk in chunks. Use it as a context manager (or call
    `close()`) when the body may not be read to the end.
    """

    def read(self) -> bytes:
        try:
            return self.response.read()
        except httpx.TransportError as error:
            raise _connection_error(self.response.request, error) from error
        finally:
            self.response.close()

    def iter_bytes(self, chunk_size: int | None = DOWNLOAD_CHUNK) -> Iterator[bytes]:
        try:
            yield from self.response.iter_bytes(chunk_size)
        except httpx.TransportError as error:
            raise _connection_error(self.response.request, error) from error
        finally:
            self.response.close()

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write the file to `path` chunk by chunk; returns the path."""
        target = Path(path)
        with target.open("wb") as out:
            for chunk in self.iter_bytes():
                out.write(chunk)
        return target

    def close(self) -> None:
        self.response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncFileDownload(_DownloadBase):
    """The asyncio twin of `FileDownload`: `await aread()`, `async for … in aiter_bytes()`."""

    async def aread(self) -> bytes:
        try:
            return await self.response.aread()
        except httpx.TransportError as error:
            raise _connection_error(self.response.request, error) from error
        finally:
            await self.response.aclose()

    async def aiter_bytes(self, chunk_size: int | None = DOWNLOAD_CHUNK) -> AsyncIterator[bytes]:
        try:
            async for chunk in self.response.aiter_bytes(chunk_size):
                yield chunk
        except httpx.TransportError as error:
            raise _connection_error(self.response.request, error) from error
        finally:
            await self.response.aclose()

    async def asave(self, path: str | os.PathLike[str]) -> Path:
        """Write the file to `path` chunk by chunk; returns the path."""
        target = Path(path)
        with target.open("wb") as out:
            async for chunk in self.aiter_bytes():
                out.write(chunk)
        return target

    async def aclose(self) -> None:
        await self.response.aclose()

    # The same names as the sync class, for code written against either.
    read = aread
    iter_bytes = aiter_bytes
    save = asave
    close = aclose

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


def _fetch_steps(
    transport: _Transport | None,
    url: str,
    build_request: Callable[..., httpx.Request],
    public_only: bool = False,
) -> Steps[httpx.Response]:
    """Yields requests to send (receiving the response, with an error status already read,
    or the TransportError) and seconds to sleep; returns the successful streaming response.
    With `public_only`, every hop's host must resolve to public addresses only."""
    max_retries = DEFAULT_RETRIES if transport is None else transport.max_retries
    target, attempt, hops = httpx.URL(url), 0, 0
    while True:
        if public_only:
            check_public(target)
        request = _signed_get(transport, target, build_request)
        outcome = yield request
        delay: float | None
        if isinstance(outcome, httpx.TransportError):
            delay = None
            if attempt < max_retries and _retries.should_retry_error("GET", outcome):
                delay = _retries.retry_delay(attempt)
            if delay is None:
                raise _connection_error(request, outcome) from outcome
        else:
            assert outcome is not None
            if outcome.is_redirect:
                if hops >= MAX_REDIRECTS:
                    raise ReplicateError(f"Too many redirects downloading {url}")
                target, hops = target.join(outcome.headers["location"]), hops + 1
                continue
            if outcome.status_code < 400:
                return outcome
            delay = None
            if attempt < max_retries and _retries.should_retry_status("GET", outcome.status_code):
                delay = _retries.retry_delay(attempt, outcome)
            if delay is None:
                raise error_for_response(outcome)
        yield delay
        attempt += 1


def _signed_get(
    transport: _Transport | None, url: httpx.URL, build_request: Callable[..., httpx.Request]
) -> httpx.Request:
    trusted = transport is not None and transport.serves_files(url)
    headers = transport.auth_headers(url) if transport is not None and trusted else {}
    request = build_request("GET", url, headers=headers)
    if not trusted:
        # Also drops a token set as a default header on a caller's own httpx client.
        request.headers.pop("Authorization", None)
    return request


def open_url(
    transport: _Transport | None, http: httpx.Client, url: str, *, public_only: bool = False
) -> FileDownload:
    """Start downloading `url` through `http`; see the module docstring."""

    def exchange(request: httpx.Request) -> httpx.Response:
        response = http.send(request, stream=True, follow_redirects=False)
        if response.status_code >= 300:  # a redirect or an error: only its headers matter
            try:
                response.read()
            finally:
                response.close()
        return response

    steps = _fetch_steps(transport, url, http.build_request, public_only)
    return FileDownload(drive_steps(steps, exchange))


async def aopen_url(
    transport: _Transport | None,
    http: httpx.AsyncClient,
    url: str,
    *,
    public_only: bool = False,
) -> AsyncFileDownload:
    """The async twin of `open_url`."""

    async def exchange(request: httpx.Request) -> httpx.Response:
        response = await http.send(request, stream=True, follow_redirects=False)
        if response.status_code >= 300:
            try:
                await response.aread()
            finally:
                await response.aclose()
        return response

    steps = _fetch_steps(transport, url, http.build_request, public_only)
    return AsyncFileDownload(await adrive_steps(steps, exchange))
