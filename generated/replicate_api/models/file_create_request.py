from __future__ import annotations

import json
from typing import TYPE_CHECKING

from .. import types
from ..types import (
    NOT_GIVEN,
    BaseModel,
    File,
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

    __slots__ = (
        "content",
        "filename",
        "type_",
        "metadata",
    )

    content: File
    filename: str | None
    type_: str | None
    metadata: FileMetadata | None

    def __init__(
        self,
        *,
        content: File,
        filename: str | None = NOT_GIVEN,
        type_: str | None = NOT_GIVEN,
        metadata: FileMetadata | None = NOT_GIVEN,
    ) -> None:
        object.__setattr__(self, "_raw", {})
        self.additional_properties = {}
        self.content = content
        if filename is not NOT_GIVEN:
            self.filename = filename
        if type_ is not NOT_GIVEN:
            self.type_ = type_
        if metadata is not NOT_GIVEN:
            self.metadata = metadata

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
        "metadata": ("metadata", FileMetadata.from_dict),
    },
    required=("content",),
    nested=("metadata",),
)
