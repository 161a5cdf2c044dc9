"""files: upload, inspect, list, delete and download files.

Uploads are streamed as multipart forms built by httpx (random boundary, the file read
in chunks, never whole); downloads come back as a `FileDownload` that reads the body
only when asked, whole or in chunks.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._download import AsyncFileDownload, FileDownload
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

__all__ = ["AsyncFileDownload", "AsyncFiles", "FileContent", "FileDownload", "Files"]


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
