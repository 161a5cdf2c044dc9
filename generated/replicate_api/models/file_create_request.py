from __future__ import annotations

import json
from collections.abc import Mapping
from io import BytesIO
from typing import TYPE_CHECKING, Any, TypeVar

from .. import types
from ..types import UNSET, File, Unset

if TYPE_CHECKING:
    from ..models.file_metadata import FileMetadata


T = TypeVar("T", bound="FileCreateRequest")


class FileCreateRequest:
    """A multipart form; at most 100 MB of content.

    Attributes:
        content (File): The bytes.
        filename (str | Unset):
        type_ (str | Unset): MIME type of the content (default `application/octet-stream`).
        metadata (FileMetadata | Unset): JSON given by the uploader.
    """

    __slots__ = (
        "content",
        "filename",
        "type_",
        "metadata",
    )

    content: File
    filename: str | Unset
    type_: str | Unset
    metadata: FileMetadata | Unset

    def __init__(
        self,
        *,
        content: File,
        filename: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        metadata: FileMetadata | Unset = UNSET,
    ) -> None:
        self.content = content
        self.filename = filename
        self.type_ = type_
        self.metadata = metadata

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

    @property
    def type(self) -> str | Unset:
        """Alias of `type_`, under the API's own field name."""
        return self.type_

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: every field that is set, plus any fields the spec does not name."""
        content = self.content.to_tuple()

        filename = self.filename

        type_ = self.type_

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict["content"] = content
        if filename is not UNSET:
            field_dict["filename"] = filename
        if type_ is not UNSET:
            field_dict["type"] = type_
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        files.append(("content", self.content.to_tuple()))

        if not isinstance(self.filename, Unset):
            files.append(
                ("filename", (None, str(self.filename).encode(), "text/plain"))
            )

        if not isinstance(self.type_, Unset):
            files.append(("type", (None, str(self.type_).encode(), "text/plain")))

        if not isinstance(self.metadata, Unset):
            files.append(
                (
                    "metadata",
                    (
                        None,
                        json.dumps(self.metadata.to_dict()).encode(),
                        "application/json",
                    ),
                )
            )

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON form; fields the spec does not name go to `additional_properties`."""
        d = dict(src_dict)
        content = File(payload=BytesIO(d.pop("content")))

        filename = d.pop("filename", UNSET)

        type_ = d.pop("type", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: FileMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = FileMetadata.from_dict(_metadata)

        file_create_request = cls(
            content=content,
            filename=filename,
            type_=type_,
            metadata=metadata,
        )
        return file_create_request


# Models this one refers to, imported after the class so that models referring to each
# other can load (and once, rather than on every parse).
from ..models.file_metadata import FileMetadata  # noqa: E402
