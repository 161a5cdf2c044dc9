from __future__ import annotations

from ..types import (
    BaseModel,
)


class FileMetadata(BaseModel):
    """JSON given by the uploader."""

    __slots__ = ()

    def __init__(
        self,
    ) -> None:
        self._raw = {}
        self._cache = {}
        self.additional_properties = {}


FileMetadata._define(
    {},
)
