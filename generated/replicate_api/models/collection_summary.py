from __future__ import annotations

from ..types import NOT_GIVEN, BaseModel


class CollectionSummary(BaseModel):
    """A collection as it appears in a list, without its models.

    Attributes:
        name (str):
        slug (str):
        description (str | None):
    """

    __slots__ = (
        "name",
        "slug",
        "description",
    )

    name: str
    slug: str
    description: str | None

    def __init__(
        self,
        *,
        name: str,
        slug: str,
        description: str | None = NOT_GIVEN,
    ) -> None:
        object.__setattr__(self, "_raw", {})
        self.additional_properties = {}
        self.name = name
        self.slug = slug
        if description is not NOT_GIVEN:
            self.description = description


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
