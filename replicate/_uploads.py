"""Uploading files: the multipart `POST /files` used by `files.create` and by run inputs.

Forms are built by httpx (random boundary, the file read in chunks, never whole); a
retried attempt sends the whole file again, so a stream that cannot be rewound is
refused rather than sent short.
"""

from __future__ import annotations

import json
import mimetypes
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import httpx

from ._errors import ReplicateError
from ._parsing import model

if TYPE_CHECKING:
    from replicate_api.models import File

    from ._transport import AsyncTransport, SyncTransport, _Transport

__all__ = ["FileContent", "UploadForm", "async_upload", "upload"]

FileSource = bytes | str | os.PathLike[str] | IO[bytes]
FileContent = FileSource | tuple[str | None, FileSource] | tuple[str | None, FileSource, str | None]
"""What `files.create(content=...)` takes: bytes, a path, a file opened in binary mode, or
a `(filename, contents, media_type)` tuple of those (the media type may be left out)."""


class UploadForm:
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
        if isinstance(content, tuple):
            if len(content) not in (2, 3):
                raise TypeError("content as a tuple is (filename, contents[, media_type])")
            filename = filename or content[0]
            content_type = content_type or (content[2] if len(content) == 3 else None)
            content = content[1]
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
    transport: _Transport, build_request: Callable[..., httpx.Request], upload: UploadForm
) -> Callable[[], httpx.Request]:
    url = transport.url("/files")
    headers = transport.signed_headers(url)

    def build() -> httpx.Request:
        return build_request(
            "POST", url, headers=headers, timeout=transport.timeout, **upload.form()
        )

    return build


def upload(
    transport: SyncTransport,
    *,
    content: FileContent,
    filename: str | None = None,
    content_type: str | None = None,
    metadata: Mapping[str, Any] | None = None,
) -> File:
    """Upload one file through `transport`; returns the created File."""
    form = UploadForm(content, filename, content_type, metadata)
    try:
        response = transport.send(_upload_factory(transport, transport.http.build_request, form))
    finally:
        form.close()
    return _parse_file(response)


async def async_upload(
    transport: AsyncTransport,
    *,
    content: FileContent,
    filename: str | None = None,
    content_type: str | None = None,
    metadata: Mapping[str, Any] | None = None,
) -> File:
    """The async twin of `upload`."""
    form = UploadForm(content, filename, content_type, metadata)
    try:
        response = await transport.send(
            _upload_factory(transport, transport.http.build_request, form)
        )
    finally:
        form.close()
    return _parse_file(response)


def _parse_file(response: httpx.Response) -> File:
    from replicate_api.models import File

    return model(File)(response)
