"""Files in and out of a prediction.

Out: URLs and `data:` URIs in a model's output become `FileOutput` objects that read,
iterate or save the file, sync or async. The API token goes only to the API's own
origin: a download from any other host (a CDN, a redirect target) never carries it.

In: a `pathlib.Path`, an open binary file or `bytes` anywhere in an input is found by
`find_files`, uploaded by the caller (sync or async) or turned into a `data:` URI, and
`replace_files` swaps each one for its URL, copying only the containers on the way to a
file. An input without files is returned as it is, never copied.
"""

from __future__ import annotations

import base64
import io
import mimetypes
import os
import re
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path, PurePath
from typing import IO, TYPE_CHECKING, Any
from urllib.parse import unquote, unquote_to_bytes, urlsplit

import httpx

from . import _retries
from ._errors import ReplicateError, error_for_response
from ._transport import AsyncTransport, SyncTransport, _connection_error, transport_of

if TYPE_CHECKING:
    from ._transport import _Transport

Transport = SyncTransport | AsyncTransport

CHUNK_SIZE = 64 * 1024
MAX_REDIRECTS = 5
# `file_encoding_strategy="base64"` inlines files up to this size; larger ones are uploaded.
MAX_DATA_URI_BYTES = 1024 * 1024

_URL = re.compile(r"https?://[^\s/]+/\S*", re.ASCII)


# Outputs ------------------------------------------------------------------------------


def is_file_url(value: str) -> bool:
    """Whether an output string is a file: a `data:` URI or a whole http(s) URL."""
    return value.startswith("data:") or (
        value.startswith(("https://", "http://")) and _URL.fullmatch(value) is not None
    )


def to_file_outputs(value: Any, transport: Transport | None) -> Any:
    """`value` with every file URL replaced by a FileOutput (containers copied only if needed)."""
    if isinstance(value, str):
        return FileOutput(value, transport) if is_file_url(value) else value
    if isinstance(value, list):
        converted = [to_file_outputs(item, transport) for item in value]
        return (
            converted if any(a is not b for a, b in zip(converted, value, strict=True)) else value
        )
    if isinstance(value, dict):
        changed = {key: to_file_outputs(item, transport) for key, item in value.items()}
        same = all(changed[key] is item for key, item in value.items())
        return value if same else changed
    return value


class FileOutput:
    """A file a model produced, at `url` (an http(s) URL or a `data:` URI).

    Sync: `read()`, `for chunk in output`, `save(path)`.
    Async: `await aread()`, `async for chunk in output`, `await asave(path)`.
    `str(output)` is the URL. Nothing is downloaded until asked. `client` (a client or
    its transport) decides where the token may go and lends its connection pool.
    """

    __slots__ = ("_transport", "url")

    def __init__(self, url: str, client: object = None) -> None:
        self.url = url
        self._transport = None if client is None else transport_of(client)

    @property
    def name(self) -> str:
        """A file name for the output: the URL's last path segment, or "output.<ext>"."""
        if self.url.startswith("data:"):
            media_type = _parse_data_uri(self.url)[0]
            return "output" + (mimetypes.guess_extension(media_type) or "")
        return unquote(urlsplit(self.url).path.rsplit("/", 1)[-1]) or "output"

    def __str__(self) -> str:
        return self.url

    def __repr__(self) -> str:
        shown = self.url if len(self.url) <= 80 else self.url[:77] + "..."
        return f"FileOutput({shown!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, FileOutput):
            return self.url == other.url
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.url)

    # Sync ---------------------------------------------------------------------------

    def read(self) -> bytes:
        """The whole file."""
        if self.url.startswith("data:"):
            return _parse_data_uri(self.url)[1]
        return b"".join(self)

    def __iter__(self) -> Iterator[bytes]:
        """The file in chunks, never held whole."""
        if self.url.startswith("data:"):
            yield from _chunks(_parse_data_uri(self.url)[1])
            return
        with _SyncFetch(self._transport) as fetch:
            response = fetch.open(self.url)
            try:
                yield from response.iter_bytes(CHUNK_SIZE)
            except httpx.TransportError as error:
                raise _connection_error(response.request, error) from None
            finally:
                response.close()

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write the file to `path` (or into it, when it is a directory); returns the path."""
        target = self._target(path)
        with target.open("wb") as out:
            for chunk in self:
                out.write(chunk)
        return target

    # Async --------------------------------------------------------------------------

    async def aread(self) -> bytes:
        if self.url.startswith("data:"):
            return _parse_data_uri(self.url)[1]
        return b"".join([chunk async for chunk in self])

    async def __aiter__(self) -> AsyncIterator[bytes]:
        if self.url.startswith("data:"):
            for chunk in _chunks(_parse_data_uri(self.url)[1]):
                yield chunk
            return
        async with _AsyncFetch(self._transport) as fetch:
            response = await fetch.open(self.url)
            try:
                async for chunk in response.aiter_bytes(CHUNK_SIZE):
                    yield chunk
            except httpx.TransportError as error:
                raise _connection_error(response.request, error) from None
            finally:
                await response.aclose()

    async def asave(self, path: str | os.PathLike[str]) -> Path:
        target = self._target(path)
        with target.open("wb") as out:
            async for chunk in self:
                out.write(chunk)
        return target

    def _target(self, path: str | os.PathLike[str]) -> Path:
        target = Path(path)
        return target / self.name if target.is_dir() else target


def _chunks(data: bytes) -> Iterator[bytes]:
    view = memoryview(data)
    for start in range(0, len(data), CHUNK_SIZE):
        yield bytes(view[start : start + CHUNK_SIZE])


def _parse_data_uri(uri: str) -> tuple[str, bytes]:
    """(media type, content) of a `data:` URI."""
    header, comma, payload = uri[5:].partition(",")
    if not comma:
        raise ValueError("malformed data: URI (no comma)")
    params = header.split(";")
    media_type = params[0] or "text/plain"
    if params[-1] == "base64":
        return media_type, base64.b64decode(unquote(payload))
    return media_type, unquote_to_bytes(payload)


class _Fetch:
    """How downloads are signed, decided again at every redirect hop.

    The token goes only to URLs under the API's base URL (same origin and under its
    path, e.g. /v1/files/…/download); any other host, or another path of the same
    host (where a file server may live), gets no Authorization header at all.
    """

    def __init__(self, transport: Transport | None) -> None:
        self.transport = transport

    def build(self, http: httpx.Client | httpx.AsyncClient, url: httpx.URL) -> httpx.Request:
        transport = self.transport
        trusted = transport is not None and _under_api(transport, url)
        headers = transport.auth_headers(url) if transport is not None and trusted else {}
        request = http.build_request("GET", url, headers=headers)
        if not trusted:
            # Also drops a token set as a default header on a caller's own httpx client.
            request.headers.pop("Authorization", None)
        return request

    @property
    def max_retries(self) -> int:
        return 2 if self.transport is None else self.transport.max_retries


class _SyncFetch(_Fetch):
    def __enter__(self) -> _SyncFetch:
        if isinstance(self.transport, SyncTransport):
            self.http, self.owned = self.transport.http, False
        else:
            self.http, self.owned = httpx.Client(timeout=_timeout(self.transport)), True
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.owned:
            self.http.close()

    def open(self, url: str) -> httpx.Response:
        """A streaming response for `url`, redirects followed, transient failures retried."""
        import time

        target, attempt, hops = httpx.URL(url), 0, 0
        while True:
            request = self.build(self.http, target)
            delay: float | None
            try:
                response = self.http.send(request, stream=True, follow_redirects=False)
            except httpx.TransportError as error:
                delay = _retry_after_error(attempt, self.max_retries, error)
                if delay is None:
                    raise _connection_error(request, error) from None
            else:
                if response.is_redirect:
                    response.close()
                    target, hops = _next_url(response, hops), hops + 1
                    continue
                if response.status_code < 400:
                    return response
                response.read()
                response.close()
                delay = _retry_after_status(attempt, self.max_retries, response)
                if delay is None:
                    raise error_for_response(response)
            time.sleep(delay)
            attempt += 1


class _AsyncFetch(_Fetch):
    async def __aenter__(self) -> _AsyncFetch:
        if isinstance(self.transport, AsyncTransport):
            self.http, self.owned = self.transport.http, False
        else:
            self.http, self.owned = httpx.AsyncClient(timeout=_timeout(self.transport)), True
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        if self.owned:
            await self.http.aclose()

    async def open(self, url: str) -> httpx.Response:
        import asyncio

        target, attempt, hops = httpx.URL(url), 0, 0
        while True:
            request = self.build(self.http, target)
            delay: float | None
            try:
                response = await self.http.send(request, stream=True, follow_redirects=False)
            except httpx.TransportError as error:
                delay = _retry_after_error(attempt, self.max_retries, error)
                if delay is None:
                    raise _connection_error(request, error) from None
            else:
                if response.is_redirect:
                    await response.aclose()
                    target, hops = _next_url(response, hops), hops + 1
                    continue
                if response.status_code < 400:
                    return response
                await response.aread()
                await response.aclose()
                delay = _retry_after_status(attempt, self.max_retries, response)
                if delay is None:
                    raise error_for_response(response)
            await asyncio.sleep(delay)
            attempt += 1


def _under_api(transport: _Transport, url: httpx.URL) -> bool:
    return transport.is_api_url(url) and url.path.startswith(transport.base_url.path)


def _timeout(transport: Transport | None) -> httpx.Timeout:
    return httpx.Timeout(60.0) if transport is None else transport.timeout


def _next_url(response: httpx.Response, hops: int) -> httpx.URL:
    if hops >= MAX_REDIRECTS:
        raise ReplicateError(f"Too many redirects downloading {response.request.url}")
    return response.request.url.join(response.headers["location"])


def _retry_after_error(attempt: int, max_retries: int, error: Exception) -> float | None:
    if attempt >= max_retries or not _retries.should_retry_error("GET", error):
        return None
    return _retries.retry_delay(attempt)


def _retry_after_status(attempt: int, max_retries: int, response: httpx.Response) -> float | None:
    if attempt >= max_retries or not _retries.should_retry_status("GET", response.status_code):
        return None
    return _retries.retry_delay(attempt, response)


# Inputs -------------------------------------------------------------------------------

FileInput = PurePath | bytes | bytearray | IO[bytes]
_SCALARS = (str, int, float, bool, type(None))


def is_file_input(value: Any) -> bool:
    """A path, bytes, or an object with `read()` (an open file, BytesIO …); FileOutputs too."""
    if isinstance(value, PurePath | bytes | bytearray | FileOutput):
        return True
    return isinstance(value, io.IOBase) or (
        callable(getattr(value, "read", None)) and not isinstance(value, _SCALARS)
    )


def find_files(value: Any) -> list[Any]:
    """Every file input inside `value` (nested dicts, lists and tuples), each once."""
    found: dict[int, Any] = {}
    _collect(value, found)
    return list(found.values())


def _collect(value: Any, found: dict[int, Any]) -> None:
    if isinstance(value, _SCALARS):
        return
    if isinstance(value, dict):
        for item in value.values():
            _collect(item, found)
    elif isinstance(value, list | tuple):
        for item in value:
            _collect(item, found)
    elif is_file_input(value):
        found.setdefault(id(value), value)


def replace_files(value: Any, urls: dict[int, str]) -> Any:
    """`value` with each file (keyed by `id()`) replaced by its URL.

    Only the containers on the way to a file are copied; the rest is shared.
    """
    if isinstance(value, _SCALARS):
        return value
    if isinstance(value, dict):
        items = {key: replace_files(item, urls) for key, item in value.items()}
        return value if all(items[key] is item for key, item in value.items()) else items
    if isinstance(value, list | tuple):
        converted = [replace_files(item, urls) for item in value]
        unchanged = all(a is b for a, b in zip(converted, value, strict=True))
        return value if unchanged else converted
    return urls.get(id(value), value)


def upload_args(value: Any) -> dict[str, Any]:
    """Keyword arguments of `files.create` for one file input (not a FileOutput)."""
    if isinstance(value, PurePath):
        return {"content": Path(value), "filename": value.name}
    if isinstance(value, bytes | bytearray):
        return {"content": bytes(value)}
    return {"content": value}


def data_uri(value: Any) -> str | None:
    """A `data:` URI for a small file input, or None when it is too big to inline."""
    content = _small_content(value)
    if content is None:
        return None
    name = value.name if isinstance(value, PurePath) else str(getattr(value, "name", "") or "")
    media_type = mimetypes.guess_type(name)[0] if name else None
    encoded = base64.b64encode(content).decode("ascii")
    return f"data:{media_type or 'application/octet-stream'};base64,{encoded}"


def _small_content(value: Any) -> bytes | None:
    if isinstance(value, bytes | bytearray):
        return bytes(value) if len(value) <= MAX_DATA_URI_BYTES else None
    if isinstance(value, PurePath):
        path = Path(value)
        if path.stat().st_size > MAX_DATA_URI_BYTES:
            return None
        return path.read_bytes()
    start = _tell(value)
    content: bytes = value.read(MAX_DATA_URI_BYTES + 1)
    if len(content) <= MAX_DATA_URI_BYTES:
        return content
    if start is None:
        raise ValueError(
            "A file input is too big for a data: URI and cannot be rewound to upload it instead"
        )
    value.seek(start)
    return None


def _tell(value: Any) -> int | None:
    seekable: Callable[[], bool] | None = getattr(value, "seekable", None)
    if seekable is not None and seekable():
        position: int = value.tell()
        return position
    return None
