"""files: upload, inspect, list, delete and download files.

Uploads are streamed as multipart forms built by httpx (random boundary, the file read
in chunks, never whole); downloads come back as a `FileDownload` that reads the body
only when asked, whole or in chunks.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self

import httpx

from .._transport import _connection_error
from .._uploads import FileContent, async_upload, upload
from ._base import (
    AsyncResource,
    Call,
    PageData,
    SyncResource,
    model,
    nothing,
    operation,
    page_of,
    paged,
)

if TYPE_CHECKING:
    from replicate_api.models import File

DOWNLOAD_CHUNK = 64 * 1024


def _get(file_id: str) -> Call[File]:
    from replicate_api.api.files import files_get
    from replicate_api.models import File

    return Call.generated(files_get.request_kwargs(file_id), model(File))


def _list() -> Call[PageData[File]]:
    from replicate_api.api.files import files_list
    from replicate_api.models import FilePage

    return Call.generated(files_list.request_kwargs(), page_of(FilePage))


def _delete(file_id: str) -> Call[None]:
    from replicate_api.api.files import files_delete

    return Call.generated(files_delete.request_kwargs(file_id), nothing)


def _download_request(file_id: str, owner: str, expiry: int, signature: str) -> dict[str, Any]:
    from replicate_api.api.files import files_download

    kwargs = files_download.request_kwargs(file_id, owner=owner, expiry=expiry, signature=signature)
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


class _FilesOperations:
    @operation
    def get(self, file_id: str) -> Call[File]:
        return _get(file_id)

    @paged
    def list(self) -> Call[PageData[File]]:
        """The account's files, newest first; iterate the page to walk them all."""
        return _list()

    @operation
    def delete(self, file_id: str) -> Call[None]:
        return _delete(file_id)


class Files(SyncResource, _FilesOperations):
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
        return upload(
            self._transport,
            content=content,
            filename=filename,
            content_type=content_type,
            metadata=metadata,
        )

    def download(self, file_id: str, *, owner: str, expiry: int, signature: str) -> FileDownload:
        """Start downloading a file through its signed link; see `FileDownload`."""
        request = _download_request(file_id, owner, expiry, signature)
        response = self._transport.request(
            request.pop("method"), request.pop("url"), stream=True, **request
        )
        return FileDownload(response)


class AsyncFiles(AsyncResource, _FilesOperations):
    async def create(
        self,
        *,
        content: FileContent,
        filename: str | None = None,
        content_type: str | None = None,
        metadata: Mapping[str, Any] | None = None,
    ) -> File:
        """Upload `content`, streamed; see `Files.create`."""
        return await async_upload(
            self._transport,
            content=content,
            filename=filename,
            content_type=content_type,
            metadata=metadata,
        )

    async def download(
        self, file_id: str, *, owner: str, expiry: int, signature: str
    ) -> AsyncFileDownload:
        request = _download_request(file_id, owner, expiry, signature)
        response = await self._transport.request(
            request.pop("method"), request.pop("url"), stream=True, **request
        )
        return AsyncFileDownload(response)
