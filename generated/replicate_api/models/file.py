from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from ..types import (
    NOT_GIVEN,
    BaseModel,
    parse_datetime,
    to_json_value,
)

if TYPE_CHECKING:
    from ..models.file_checksums import FileChecksums
    from ..models.file_metadata import FileMetadata
    from ..models.file_urls import FileUrls


class File(BaseModel):
    """An uploaded file.

    Attributes:
        id (str):
        urls (FileUrls):
        name (str | None): The uploaded file name.
        content_type (str | None):
        size (int | None): Length in bytes.
        etag (str | None):
        checksums (FileChecksums | None):
        metadata (FileMetadata | None):
        created_at (datetime.datetime | None):
        expires_at (datetime.datetime | None): Time the file will be deleted.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: str,
        urls: FileUrls,
        name: str | None = NOT_GIVEN,
        content_type: str | None = NOT_GIVEN,
        size: int | None = NOT_GIVEN,
        etag: str | None = NOT_GIVEN,
        checksums: FileChecksums | None = NOT_GIVEN,
        metadata: FileMetadata | None = NOT_GIVEN,
        created_at: datetime.datetime | None = NOT_GIVEN,
        expires_at: datetime.datetime | None = NOT_GIVEN,
    ) -> None:
        self._raw = {}
        self._cache = {}
        self.additional_properties = {}
        self.id = id
        self.urls = urls
        if name is not NOT_GIVEN:
            self.name = name
        if content_type is not NOT_GIVEN:
            self.content_type = content_type
        if size is not NOT_GIVEN:
            self.size = size
        if etag is not NOT_GIVEN:
            self.etag = etag
        if checksums is not NOT_GIVEN:
            self.checksums = checksums
        if metadata is not NOT_GIVEN:
            self.metadata = metadata
        if created_at is not NOT_GIVEN:
            self.created_at = created_at
        if expires_at is not NOT_GIVEN:
            self.expires_at = expires_at

    @property
    def id(self) -> str:
        raw: Any = self._raw
        value: str = raw.get("id")
        return value

    @id.setter
    def id(self, value: str) -> None:
        self._raw["id"] = to_json_value(value)

    @property
    def urls(self) -> FileUrls:
        cache = self._cache
        value: FileUrls = cache["urls"] if "urls" in cache else self._convert("urls")
        return value

    @urls.setter
    def urls(self, value: FileUrls) -> None:
        self._assign("urls", value)

    @property
    def name(self) -> str | None:
        raw: Any = self._raw
        value: str | None = raw.get("name")
        return value

    @name.setter
    def name(self, value: str | None) -> None:
        self._raw["name"] = to_json_value(value)

    @property
    def content_type(self) -> str | None:
        raw: Any = self._raw
        value: str | None = raw.get("content_type")
        return value

    @content_type.setter
    def content_type(self, value: str | None) -> None:
        self._raw["content_type"] = to_json_value(value)

    @property
    def size(self) -> int | None:
        raw: Any = self._raw
        value: int | None = raw.get("size")
        return value

    @size.setter
    def size(self, value: int | None) -> None:
        self._raw["size"] = to_json_value(value)

    @property
    def etag(self) -> str | None:
        raw: Any = self._raw
        value: str | None = raw.get("etag")
        return value

    @etag.setter
    def etag(self, value: str | None) -> None:
        self._raw["etag"] = to_json_value(value)

    @property
    def checksums(self) -> FileChecksums | None:
        cache = self._cache
        value: FileChecksums | None = (
            cache["checksums"] if "checksums" in cache else self._convert("checksums")
        )
        return value

    @checksums.setter
    def checksums(self, value: FileChecksums | None) -> None:
        self._assign("checksums", value)

    @property
    def metadata(self) -> FileMetadata | None:
        cache = self._cache
        value: FileMetadata | None = (
            cache["metadata"] if "metadata" in cache else self._convert("metadata")
        )
        return value

    @metadata.setter
    def metadata(self, value: FileMetadata | None) -> None:
        self._assign("metadata", value)

    @property
    def created_at(self) -> datetime.datetime | None:
        cache = self._cache
        value: datetime.datetime | None = (
            cache["created_at"]
            if "created_at" in cache
            else self._convert("created_at")
        )
        return value

    @created_at.setter
    def created_at(self, value: datetime.datetime | None) -> None:
        self._assign("created_at", value)

    @property
    def expires_at(self) -> datetime.datetime | None:
        cache = self._cache
        value: datetime.datetime | None = (
            cache["expires_at"]
            if "expires_at" in cache
            else self._convert("expires_at")
        )
        return value

    @expires_at.setter
    def expires_at(self, value: datetime.datetime | None) -> None:
        self._assign("expires_at", value)


# Models this one refers to, imported after the class so that models referring to each
# other can load (and once, rather than on every parse).
from ..models.file_checksums import FileChecksums  # noqa: E402
from ..models.file_metadata import FileMetadata  # noqa: E402
from ..models.file_urls import FileUrls  # noqa: E402

File._define(
    {
        "id": ("id", None),
        "urls": ("urls", FileUrls._wrap),
        "name": ("name", None),
        "content_type": ("content_type", None),
        "size": ("size", None),
        "etag": ("etag", None),
        "checksums": ("checksums", FileChecksums._wrap),
        "metadata": ("metadata", FileMetadata._wrap),
        "created_at": ("created_at", parse_datetime),
        "expires_at": ("expires_at", parse_datetime),
    },
    required=(
        "id",
        "urls",
    ),
    nested=(
        "urls",
        "checksums",
        "metadata",
    ),
)
