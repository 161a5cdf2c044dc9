"""files: upload, inspect, list, delete and download files.

Uploads are streamed as multipart forms built by httpx (random boundary, the file read
in chunks, never whole); downloads come back as a `FileDownload` that reads the body
only when asked, whole or in chunks.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Unpack

import httpx

from .._download import AsyncFileDownload, FileDownload
from .._uploads import FileContent, UploadForm
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
from ._variants import M, Raw, RequestOptions, Streamed

if TYPE_CHECKING:
    from replicate_api.models import File

__all__ = ["AsyncFileDownload", "AsyncFiles", "FileContent", "FileDownload", "Files"]

D = TypeVar("D")


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


def _create(
    content: FileContent,
    filename: str | None,
    content_type: str | None,
    metadata: Mapping[str, Any] | None,
) -> Call[File]:
    from replicate_api.models import File

    form = UploadForm(content, filename, content_type, metadata)
    return Call("POST", "/files", model(File), form=form.form, cleanup=form.close)


def _download(
    file_id: str, owner: str, expiry: int, signature: str, parse: Callable[[httpx.Response], D]
) -> Call[D]:
    from replicate_api.api.files import files_download

    kwargs = files_download.request_kwargs(file_id, owner=owner, expiry=expiry, signature=signature)
    return Call("GET", kwargs["url"], parse, params=kwargs["params"], stream=True)


# Resources ----------------------------------------------------------------------------


class _FilesOperations:
    @operation
    def create(
        self,
        *,
        content: FileContent,
        filename: str | None = None,
        content_type: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[File]:
        """Upload `content` (bytes, a path, a binary file object, or a
        `(filename, contents, media_type)` tuple), streamed.

        The filename defaults to the path's or file object's name, the content type to a
        guess from the filename; `metadata` is any JSON object kept with the file.
        """
        return _create(content, filename, content_type, metadata)

    @operation
    def get(self, file_id: str, **options: Unpack[RequestOptions]) -> Call[File]:
        return _get(file_id)

    @paged
    def list(self, **options: Unpack[RequestOptions]) -> Call[PageData[File]]:
        """The account's files, newest first; iterate the page to walk them all."""
        return _list()

    @operation
    def delete(self, file_id: str, **options: Unpack[RequestOptions]) -> Call[None]:
        return _delete(file_id)


class Files(SyncResource[M], _FilesOperations):
    with_raw_response: Files[Raw]
    with_streaming_response: Files[Streamed]

    @operation
    def download(
        self,
        file_id: str,
        *,
        owner: str,
        expiry: int,
        signature: str,
        **options: Unpack[RequestOptions],
    ) -> Call[FileDownload]:
        """Start downloading a file through its signed link; see `FileDownload`."""
        return _download(file_id, owner, expiry, signature, FileDownload)


class AsyncFiles(AsyncResource[M], _FilesOperations):
    with_raw_response: AsyncFiles[Raw]
    with_streaming_response: AsyncFiles[Streamed]

    @operation
    def download(
        self,
        file_id: str,
        *,
        owner: str,
        expiry: int,
        signature: str,
        **options: Unpack[RequestOptions],
    ) -> Call[AsyncFileDownload]:
        """Start downloading a file through its signed link; see `AsyncFileDownload`."""
        return _download(file_id, owner, expiry, signature, AsyncFileDownload)
