from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from .. import types
from ..types import (
    NOT_GIVEN,
    BaseModel,
    File,
    to_json_value,
)

if TYPE_CHECKING:
    from ..models.file_metadata import FileMetadata


class FileCreateRequest(BaseModel):
    """A multipart form; at most 100 MB of content.

    Attributes:
        content (File): The bytes.
        filename (str | None):
        type_ (str | None): MIME type of the content (default `application/octet-stream`).
        metadata (FileMetadata | None): JSON given by the uploader.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        content: File,
        filename: str | None = NOT_GIVEN,
        type_: str | None = NOT_GIVEN,
        metadata: FileMetadata | None = NOT_GIVEN,
    ) -> None:
        self._raw = {}
        self._cache = {}
        self.additional_properties = {}
        self.content = content
        if filename is not NOT_GIVEN:
            self.filename = filename
        if type_ is not NOT_GIVEN:
            self.type_ = type_
        if metadata is not NOT_GIVEN:
            self.metadata = metadata

    @property
    def content(self) -> File:
        raw: Any = self._raw
        value: File = raw.get("content")
        return value

    @content.setter
    def content(self, value: File) -> None:
        self._raw["content"] = to_json_value(value)

    @property
    def filename(self) -> str | None:
        raw: Any = self._raw
        value: str | None = raw.get("filename")
        return value

    @filename.setter
    def filename(self, value: str | None) -> None:
        self._raw["filename"] = to_json_value(value)

    @property
    def type_(self) -> str | None:
        raw: Any = self._raw
        value: str | None = raw.get("type")
        return value

    @type_.setter
    def type_(self, value: str | None) -> None:
        self._raw["type"] = to_json_value(value)

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
    def type(self) -> str | None:
        """Alias of `type_`, under the API's own field name."""
        return self.type_

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        files.append(("content", self.content.to_tuple()))

        if self.filename is not None:
            files.append(
                ("filename", (None, str(self.filename).encode(), "text/plain"))
            )

        if self.type_ is not None:
            files.append(("type", (None, str(self.type_).encode(), "text/plain")))

        if self.metadata is not None:
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

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))
        return files


# Models this one refers to, imported after the class so that models referring to each
# other can load (and once, rather than on every parse).
from ..models.file_metadata import FileMetadata  # noqa: E402

FileCreateRequest._define(
    {
        "content": ("content", None),
        "filename": ("filename", None),
        "type_": ("type", None),
        "metadata": ("metadata", FileMetadata._wrap),
    },
    required=("content",),
    nested=("metadata",),
)
