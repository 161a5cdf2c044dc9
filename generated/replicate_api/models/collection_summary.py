from __future__ import annotations

from typing import Any

from ..types import (
    NOT_GIVEN,
    BaseModel,
    to_json_value,
)


class CollectionSummary(BaseModel):
    """A collection as it appears in a list, without its models.

    Attributes:
        name (str):
        slug (str):
        description (str | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        name: str,
        slug: str,
        description: str | None = NOT_GIVEN,
    ) -> None:
        self._raw = {}
        self._cache = {}
        self.additional_properties = {}
        self.name = name
        self.slug = slug
        if description is not NOT_GIVEN:
            self.description = description

    @property
    def name(self) -> str:
        raw: Any = self._raw
        value: str = raw.get("name")
        return value

    @name.setter
    def name(self, value: str) -> None:
        self._raw["name"] = to_json_value(value)

    @property
    def slug(self) -> str:
        raw: Any = self._raw
        value: str = raw.get("slug")
        return value

    @slug.setter
    def slug(self, value: str) -> None:
        self._raw["slug"] = to_json_value(value)

    @property
    def description(self) -> str | None:
        raw: Any = self._raw
        value: str | None = raw.get("description")
        return value

    @description.setter
    def description(self, value: str | None) -> None:
        self._raw["description"] = to_json_value(value)


CollectionSummary._define(
    {
        "name": ("name", None),
        "slug": ("slug", None),
        "description": ("description", None),
    },
    required=(
        "name",
        "slug",
    ),
)
