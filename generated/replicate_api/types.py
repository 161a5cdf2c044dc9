"""Shared types of the generated package: the UNSET marker, uploads and responses.

Plain classes rather than attrs ones, so that importing an endpoint stays cheap.
"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar


class Unset:
    """Marks a field the server did not send (as opposed to an explicit null)."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# What `httpx.Client(files=...)` accepts.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    tuple[str | None, FileContent, str | None]
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


class File:
    """A file to upload: its content, and optionally its name and MIME type."""

    __slots__ = ("file_name", "mime_type", "payload")

    def __init__(
        self,
        payload: BinaryIO,
        file_name: str | None = None,
        mime_type: str | None = None,
    ) -> None:
        self.payload = payload
        self.file_name = file_name
        self.mime_type = mime_type

    def to_tuple(self) -> FileTypes:
        """The (name, content, type) tuple httpx takes for a multipart part."""
        return self.file_name, self.payload, self.mime_type

    def __repr__(self) -> str:
        return f"File(file_name={self.file_name!r}, mime_type={self.mime_type!r})"


T = TypeVar("T")


class Response(Generic[T]):
    """A response from an endpoint: status, raw content, headers and the parsed body."""

    __slots__ = ("content", "headers", "parsed", "status_code")

    def __init__(
        self,
        status_code: HTTPStatus,
        content: bytes,
        headers: MutableMapping[str, str],
        parsed: T | None,
    ) -> None:
        self.status_code = status_code
        self.content = content
        self.headers = headers
        self.parsed = parsed

    def __repr__(self) -> str:
        return f"Response(status_code={self.status_code!r}, parsed={self.parsed!r})"


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
