from __future__ import annotations

from typing import Any

from ..types import (
    NOT_GIVEN,
    BaseModel,
    to_json_value,
)


class SearchCollection(BaseModel):
    """
    Attributes:
        name (str):
        slug (str):
        description (str | None):
        models (list[str] | None): Models in the collection, as `owner/name`.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        name: str,
        slug: str,
        description: str | None = NOT_GIVEN,
        models: list[str] | None = NOT_GIVEN,
    ) -> None:
        self._raw = {}
        self._cache = {}
        self.additional_properties = {}
        self.name = name
        self.slug = slug
        if description is not NOT_GIVEN:
            self.description = description
        if models is not NOT_GIVEN:
            self.models = models

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

    @property
    def models(self) -> list[str] | None:
        raw: Any = self._raw
        value: list[str] | None = raw.get("models")
        return value

    @models.setter
    def models(self, value: list[str] | None) -> None:
        self._raw["models"] = to_json_value(value)


SearchCollection._define(
    {
        "name": ("name", None),
        "slug": ("slug", None),
        "description": ("description", None),
        "models": ("models", None),
    },
    required=(
        "name",
        "slug",
    ),
    nested=("models",),
)
