"""files: upload, inspect, list, delete and download files.

Uploads are streamed as multipart forms built by httpx (random boundary, the file read
in chunks, never whole); downloads come back as a `FileDownload` that reads the body
only when asked, whole or in chunks.
"""

from __future__ import annotations

import json
import mimetypes
import os
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Self

import httpx

from .._errors import ReplicateError
from .._pagination import AsyncPage, SyncPage
from .._transport import _connection_error
from ._base import AsyncResource, Call, PageData, SyncResource, model, nothing, page_of

if TYPE_CHECKING:
    from replicate_api.models import File

    from .._transport import _Transport

FileContent = bytes | str | os.PathLike[str] | IO[bytes]
"""What `files.create(content=...)` takes: bytes, a path, or a file opened in binary mode."""

DOWNLOAD_CHUNK = 64 * 1024


# Uploads ------------------------------------------------------------------------------


class _Upload:
    """The parts of a files.create form; opens (and later closes) a file given by path."""

    def __init__(
        self,
        content: FileContent,
        filename: str | None,
        content_type: str | None,
        metadata: Mapping[str, Any] | None,
    ) -> None:
        self._opened: IO[bytes] | None = None
        self.source: bytes | IO[bytes] | _ReadOnly
        if isinstance(content, bytes | bytearray | memoryview):
            self.source, default_name = bytes(content), "file"
        elif isinstance(content, str | os.PathLike):
            path = Path(content)
            self.source = self._opened = path.open("rb")
            default_name = path.name
        elif hasattr(content, "read"):
            self.source = content if _seekable(content) else _ReadOnly(content)
            default_name = Path(str(getattr(content, "name", "") or "file")).name
        else:
            raise TypeError(
                "content must be bytes, a path or a binary file object, "
                f"not {type(content).__name__}"
            )
        self.filename = filename or default_name or "file"
        self.content_type = (
            content_type or mimetypes.guess_type(self.filename)[0] or "application/octet-stream"
        )
        self.metadata = None if metadata is None else json.dumps(dict(metadata)).encode()
        self._builds = 0

    def _rewindable(self) -> bool:
        return isinstance(self.source, bytes) or _seekable(self.source)

    def form(self) -> dict[str, Any]:
        """httpx `data=` and `files=` for one attempt; each attempt re-sends the whole file."""
        if self._builds and not self._rewindable():
            raise ReplicateError(
                "The upload failed before the server took it, and its content cannot be "
                "read a second time (the file object is not seekable)."
            )
        self._builds += 1
        # httpx rewinds a seekable file to its start before sending it.
        files: list[tuple[str, Any]] = [
            ("content", (self.filename, self.source, self.content_type))
        ]
        if self.metadata is not None:
            files.append(("metadata", (None, self.metadata, "application/json")))
        data = {"filename": self.filename, "type": self.content_type}
        return {"data": data, "files": files}

    def close(self) -> None:
        if self._opened is not None:
            self._opened.close()


def _seekable(stream: object) -> bool:
    seekable = getattr(stream, "seekable", None)
    try:
        return bool(seekable and seekable())
    except ValueError:  # closed
        return False


class _ReadOnly:
    """A pipe or socket seen only through `read`: httpx then streams it chunked instead of
    trusting a size from fstat (0 for a pipe) or trying to seek it."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream

    def read(self, size: int = -1) -> bytes:
        return self._stream.read(size)


def _upload_factory(
    transport: _Transport, build_request: Callable[..., httpx.Request], upload: _Upload
) -> Callable[[], httpx.Request]:
    url = transport.url("/files")
    headers = transport.signed_headers(url)

    def build() -> httpx.Request:
        return build_request(
            "POST", url, headers=headers, timeout=transport.timeout, **upload.form()
        )

    return build


def _parse_file(response: httpx.Response) -> File:
    from replicate_api.models import File

    return model(File)(response)


# Other operations ---------------------------------------------------------------------


def _get(file_id: str) -> Call[File]:
    from replicate_api.api.files import files_get
    from replicate_api.models import File

    return Call.generated(files_get._get_kwargs(file_id), model(File))


def _list() -> Call[PageData[File]]:
    from replicate_api.api.files import files_list
    from replicate_api.models import FilePage

    return Call.generated(files_list._get_kwargs(), page_of(FilePage))


def _delete(file_id: str) -> Call[None]:
    from replicate_api.api.files import files_delete

    return Call.generated(files_delete._get_kwargs(file_id), nothing)


def _download_request(file_id: str, owner: str, expiry: int, signature: str) -> dict[str, Any]:
    from replicate_api.api.files import files_download

    kwargs = files_download._get_kwargs(file_id, owner=owner, expiry=expiry, signature=signature)
    return {"method": "GET", "url": kwargs["url"], "params": kwargs["params"]}


# Downloads ----------------------------------------------------------------------------


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
            raise _connection_error(self.response.request, error) from None
        finally:
            self.response.close()

    def iter_bytes(self, chunk_size: int | None = DOWNLOAD_CHUNK) -> Iterator[bytes]:
        try:
            yield from self.response.iter_bytes(chunk_size)
        except httpx.TransportError as error:
            raise _connection_error(self.response.request, error) from None
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
            raise _connection_error(self.response.request, error) from None
        finally:
            await self.response.aclose()

    async def aiter_bytes(self, chunk_size: int | None = DOWNLOAD_CHUNK) -> AsyncIterator[bytes]:
        try:
            async for chunk in self.response.aiter_bytes(chunk_size):
                yield chunk
        except httpx.TransportError as error:
            raise _connection_error(self.response.request, error) from None
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


# Resources ----------------------------------------------------------------------------


class Files(SyncResource):
    def create(
        self,
        *,
        content: FileContent,
        filename: str | None = None,
        content_type: str | None = None,
        metadata: Mapping[str, Any] | None = None,
    ) -> File:
        """Upload `content` (bytes, a path, or a binary file object), streamed.

        The filename defaults to the path's or file object's name, the content type to a
        guess from the filename; `metadata` is any JSON object kept with the file.
        """
        transport = self._client._transport
        upload = _Upload(content, filename, content_type, metadata)
        try:
            response = transport.send(
                _upload_factory(transport, transport.http.build_request, upload)
            )
        finally:
            upload.close()
        return _parse_file(response)

    def get(self, file_id: str) -> File:
        return self._call(_get(file_id))

    def list(self) -> SyncPage[File]:
        """The account's files, newest first; iterate the page to walk them all."""
        return self._page(_list())

    def delete(self, file_id: str) -> None:
        return self._call(_delete(file_id))

    def download(self, file_id: str, *, owner: str, expiry: int, signature: str) -> FileDownload:
        """Start downloading a file through its signed link; see `FileDownload`."""
        request = _download_request(file_id, owner, expiry, signature)
        response = self._client._transport.request(
            request.pop("method"), request.pop("url"), stream=True, **request
        )
        return FileDownload(response)


class AsyncFiles(AsyncResource):
    async def create(
        self,
        *,
        content: FileContent,
        filename: str | None = None,
        content_type: str | None = None,
        metadata: Mapping[str, Any] | None = None,
    ) -> File:
        """Upload `content`, streamed; see `Files.create`."""
        transport = self._client._transport
        upload = _Upload(content, filename, content_type, metadata)
        try:
            response = await transport.send(
                _upload_factory(transport, transport.http.build_request, upload)
            )
        finally:
            upload.close()
        return _parse_file(response)

    async def get(self, file_id: str) -> File:
        return await self._call(_get(file_id))

    async def list(self) -> AsyncPage[File]:
        return await self._page(_list())

    async def delete(self, file_id: str) -> None:
        return await self._call(_delete(file_id))

    async def download(
        self, file_id: str, *, owner: str, expiry: int, signature: str
    ) -> AsyncFileDownload:
        request = _download_request(file_id, owner, expiry, signature)
        response = await self._client._transport.request(
            request.pop("method"), request.pop("url"), stream=True, **request
        )
        return AsyncFileDownload(response)
