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
    from ..models.version_schema import VersionSchema


class Version(BaseModel):
    """One pushed version of a model.

    Attributes:
        id (str):
        created_at (datetime.datetime | None):
        cog_version (str | None): The Cog release that built it.
        openapi_schema (VersionSchema | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        id: str,
        created_at: datetime.datetime | None = NOT_GIVEN,
        cog_version: str | None = NOT_GIVEN,
        openapi_schema: VersionSchema | None = NOT_GIVEN,
    ) -> None:
        self._raw = {}
        self._cache = {}
        self.additional_properties = {}
        self.id = id
        if created_at is not NOT_GIVEN:
            self.created_at = created_at
        if cog_version is not NOT_GIVEN:
            self.cog_version = cog_version
        if openapi_schema is not NOT_GIVEN:
            self.openapi_schema = openapi_schema

    @property
    def id(self) -> str:
        raw: Any = self._raw
        value: str = raw.get("id")
        return value

    @id.setter
    def id(self, value: str) -> None:
        self._raw["id"] = to_json_value(value)

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
    def cog_version(self) -> str | None:
        raw: Any = self._raw
        value: str | None = raw.get("cog_version")
        return value

    @cog_version.setter
    def cog_version(self, value: str | None) -> None:
        self._raw["cog_version"] = to_json_value(value)

    @property
    def openapi_schema(self) -> VersionSchema | None:
        cache = self._cache
        value: VersionSchema | None = (
            cache["openapi_schema"]
            if "openapi_schema" in cache
            else self._convert("openapi_schema")
        )
        return value

    @openapi_schema.setter
    def openapi_schema(self, value: VersionSchema | None) -> None:
        self._assign("openapi_schema", value)


# Models this one refers to, imported after the class so that models referring to each
# other can load (and once, rather than on every parse).
from ..models.version_schema import VersionSchema  # noqa: E402

Version._define(
    {
        "id": ("id", None),
        "created_at": ("created_at", parse_datetime),
        "cog_version": ("cog_version", None),
        "openapi_schema": ("openapi_schema", VersionSchema._wrap),
    },
    required=("id",),
    nested=("openapi_schema",),
)
