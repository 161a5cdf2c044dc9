from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from ..types import NOT_GIVEN, BaseModel, parse_datetime

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

    __slots__ = (
        "id",
        "urls",
        "name",
        "content_type",
        "size",
        "etag",
        "checksums",
        "metadata",
        "created_at",
        "expires_at",
    )

    id: str
    urls: FileUrls
    name: str | None
    content_type: str | None
    size: int | None
    etag: str | None
    checksums: FileChecksums | None
    metadata: FileMetadata | None
    created_at: datetime.datetime | None
    expires_at: datetime.datetime | None

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
        object.__setattr__(self, "_raw", {})
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


# Models this one refers to, imported after the class so that models referring to each
# other can load (and once, rather than on every parse).
from ..models.file_checksums import FileChecksums  # noqa: E402
from ..models.file_metadata import FileMetadata  # noqa: E402
from ..models.file_urls import FileUrls  # noqa: E402

File._define(
    {
        "id": ("id", None),
        "urls": ("urls", FileUrls.from_dict),
        "name": ("name", None),
        "content_type": ("content_type", None),
        "size": ("size", None),
        "etag": ("etag", None),
        "checksums": ("checksums", FileChecksums.from_dict),
        "metadata": ("metadata", FileMetadata.from_dict),
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
