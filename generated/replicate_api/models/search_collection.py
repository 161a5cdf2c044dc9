from __future__ import annotations

from ..types import NOT_GIVEN, BaseModel


class SearchCollection(BaseModel):
    """
    Attributes:
        name (str):
        slug (str):
        description (str | None):
        models (list[str] | None): Models in the collection, as `owner/name`.
    """

    __slots__ = (
        "name",
        "slug",
        "description",
        "models",
    )

    name: str
    slug: str
    description: str | None
    models: list[str] | None

    def __init__(
        self,
        *,
        name: str,
        slug: str,
        description: str | None = NOT_GIVEN,
        models: list[str] | None = NOT_GIVEN,
    ) -> None:
        object.__setattr__(self, "_raw", {})
        self.additional_properties = {}
        self.name = name
        self.slug = slug
        if description is not NOT_GIVEN:
            self.description = description
        if models is not NOT_GIVEN:
            self.models = models


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
