from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_checksums import FileChecksums
    from ..models.file_metadata import FileMetadata
    from ..models.file_urls import FileUrls


T = TypeVar("T", bound="File")


class File:
    """An uploaded file.

    Attributes:
        id (str):
        urls (FileUrls):
        name (None | str | Unset): The uploaded file name.
        content_type (None | str | Unset):
        size (int | None | Unset): Length in bytes.
        etag (None | str | Unset):
        checksums (FileChecksums | None | Unset):
        metadata (FileMetadata | None | Unset):
        created_at (None | str | Unset):
        expires_at (None | str | Unset): Time the file will be deleted.
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
        "additional_properties",
    )

    id: str
    urls: FileUrls
    name: None | str | Unset
    content_type: None | str | Unset
    size: int | None | Unset
    etag: None | str | Unset
    checksums: FileChecksums | None | Unset
    metadata: FileMetadata | None | Unset
    created_at: None | str | Unset
    expires_at: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        *,
        id: str,
        urls: FileUrls,
        name: None | str | Unset = UNSET,
        content_type: None | str | Unset = UNSET,
        size: int | None | Unset = UNSET,
        etag: None | str | Unset = UNSET,
        checksums: FileChecksums | None | Unset = UNSET,
        metadata: FileMetadata | None | Unset = UNSET,
        created_at: None | str | Unset = UNSET,
        expires_at: None | str | Unset = UNSET,
    ) -> None:
        self.id = id
        self.urls = urls
        self.name = name
        self.content_type = content_type
        self.size = size
        self.etag = etag
        self.checksums = checksums
        self.metadata = metadata
        self.created_at = created_at
        self.expires_at = expires_at
        self.additional_properties = {}

    def __repr__(self) -> str:
        shown = [
            f"{name}={getattr(self, name)!r}"
            for name in self.__slots__
            if name != "additional_properties" and getattr(self, name) is not UNSET
        ]
        shown += [
            f"{key}={value!r}"
            for key, value in getattr(self, "additional_properties", {}).items()
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(
            getattr(self, name) == getattr(other, name) for name in self.__slots__
        )

    __hash__ = None  # type: ignore[assignment]

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: every field that is set, plus any fields the spec does not name."""
        id = self.id

        urls = self.urls.to_dict()

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        content_type: None | str | Unset
        if isinstance(self.content_type, Unset):
            content_type = UNSET
        else:
            content_type = self.content_type

        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        etag: None | str | Unset
        if isinstance(self.etag, Unset):
            etag = UNSET
        else:
            etag = self.etag

        checksums: dict[str, Any] | None | Unset
        if isinstance(self.checksums, Unset):
            checksums = UNSET
        elif isinstance(self.checksums, FileChecksums):
            checksums = self.checksums.to_dict()
        else:
            checksums = self.checksums

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, FileMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["urls"] = urls
        if name is not UNSET:
            field_dict["name"] = name
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if size is not UNSET:
            field_dict["size"] = size
        if etag is not UNSET:
            field_dict["etag"] = etag
        if checksums is not UNSET:
            field_dict["checksums"] = checksums
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON form; fields the spec does not name go to `additional_properties`."""
        d = dict(src_dict)
        id = d.pop("id")

        urls = FileUrls.from_dict(d.pop("urls"))

        name = d.pop("name", UNSET)

        content_type = d.pop("content_type", UNSET)

        size = d.pop("size", UNSET)

        etag = d.pop("etag", UNSET)

        def _parse_checksums(data: object) -> FileChecksums | None | Unset:
            if data is None or isinstance(data, Unset):
                return cast("FileChecksums | None | Unset", data)
            if isinstance(data, dict):
                try:
                    checksums_type_0 = FileChecksums.from_dict(data)

                    return checksums_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast("FileChecksums | None | Unset", data)

        checksums = _parse_checksums(d.pop("checksums", UNSET))

        def _parse_metadata(data: object) -> FileMetadata | None | Unset:
            if data is None or isinstance(data, Unset):
                return cast("FileMetadata | None | Unset", data)
            if isinstance(data, dict):
                try:
                    metadata_type_0 = FileMetadata.from_dict(data)

                    return metadata_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast("FileMetadata | None | Unset", data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        created_at = d.pop("created_at", UNSET)

        expires_at = d.pop("expires_at", UNSET)

        file = cls(
            id=id,
            urls=urls,
            name=name,
            content_type=content_type,
            size=size,
            etag=etag,
            checksums=checksums,
            metadata=metadata,
            created_at=created_at,
            expires_at=expires_at,
        )
        file.additional_properties = d
        return file

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Models this one refers to, imported after the class so that models referring to each
# other can load (and once, rather than on every parse).
from ..models.file_checksums import FileChecksums  # noqa: E402
from ..models.file_metadata import FileMetadata  # noqa: E402
from ..models.file_urls import FileUrls  # noqa: E402
