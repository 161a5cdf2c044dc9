from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from ..types import NOT_GIVEN, BaseModel, parse_datetime

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

    __slots__ = (
        "id",
        "created_at",
        "cog_version",
        "openapi_schema",
    )

    id: str
    created_at: datetime.datetime | None
    cog_version: str | None
    openapi_schema: VersionSchema | None

    def __init__(
        self,
        *,
        id: str,
        created_at: datetime.datetime | None = NOT_GIVEN,
        cog_version: str | None = NOT_GIVEN,
        openapi_schema: VersionSchema | None = NOT_GIVEN,
    ) -> None:
        object.__setattr__(self, "_raw", {})
        self.additional_properties = {}
        self.id = id
        if created_at is not NOT_GIVEN:
            self.created_at = created_at
        if cog_version is not NOT_GIVEN:
            self.cog_version = cog_version
        if openapi_schema is not NOT_GIVEN:
            self.openapi_schema = openapi_schema


# Models this one refers to, imported after the class so that models referring to each
# other can load (and once, rather than on every parse).
from ..models.version_schema import VersionSchema  # noqa: E402

Version._define(
    {
        "id": ("id", None),
        "created_at": ("created_at", parse_datetime),
        "cog_version": ("cog_version", None),
        "openapi_schema": ("openapi_schema", VersionSchema.from_dict),
    },
    required=("id",),
    nested=("openapi_schema",),
)
