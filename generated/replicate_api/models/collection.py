from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..types import (
    NOT_GIVEN,
    BaseModel,
    list_of,
    to_json_value,
)

if TYPE_CHECKING:
    from ..models.model import Model


class Collection(BaseModel):
    """
    Attributes:
        name (str):
        slug (str):
        description (str | None):
        full_description (str | None): A longer description in Markdown.
        models (list[Model] | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        name: str,
        slug: str,
        description: str | None = NOT_GIVEN,
        full_description: str | None = NOT_GIVEN,
        models: list[Model] | None = NOT_GIVEN,
    ) -> None:
        self._raw = {}
        self._cache = {}
        self.additional_properties = {}
        self.name = name
        self.slug = slug
        if description is not NOT_GIVEN:
            self.description = description
        if full_description is not NOT_GIVEN:
            self.full_description = full_description
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
    def full_description(self) -> str | None:
        raw: Any = self._raw
        value: str | None = raw.get("full_description")
        return value

    @full_description.setter
    def full_description(self, value: str | None) -> None:
        self._raw["full_description"] = to_json_value(value)

    @property
    def models(self) -> list[Model] | None:
        cache = self._cache
        value: list[Model] | None = (
            cache["models"] if "models" in cache else self._convert("models")
        )
        return value

    @models.setter
    def models(self, value: list[Model] | None) -> None:
        self._assign("models", value)


# Models this one refers to, imported after the class so that models referring to each
# other can load (and once, rather than on every parse).
from ..models.model import Model  # noqa: E402

Collection._define(
    {
        "name": ("name", None),
        "slug": ("slug", None),
        "description": ("description", None),
        "full_description": ("full_description", None),
        "models": ("models", list_of(Model._wrap)),
    },
    required=(
        "name",
        "slug",
    ),
    nested=("models",),
)
