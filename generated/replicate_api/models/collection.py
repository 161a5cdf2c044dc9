from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import NOT_GIVEN, BaseModel, list_of

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

    __slots__ = (
        "name",
        "slug",
        "description",
        "full_description",
        "models",
    )

    name: str
    slug: str
    description: str | None
    full_description: str | None
    models: list[Model] | None

    def __init__(
        self,
        *,
        name: str,
        slug: str,
        description: str | None = NOT_GIVEN,
        full_description: str | None = NOT_GIVEN,
        models: list[Model] | None = NOT_GIVEN,
    ) -> None:
        object.__setattr__(self, "_raw", {})
        self.additional_properties = {}
        self.name = name
        self.slug = slug
        if description is not NOT_GIVEN:
            self.description = description
        if full_description is not NOT_GIVEN:
            self.full_description = full_description
        if models is not NOT_GIVEN:
            self.models = models


# Models this one refers to, imported after the class so that models referring to each
# other can load (and once, rather than on every parse).
from ..models.model import Model  # noqa: E402

Collection._define(
    {
        "name": ("name", None),
        "slug": ("slug", None),
        "description": ("description", None),
        "full_description": ("full_description", None),
        "models": ("models", list_of(Model.from_dict)),
    },
    required=(
        "name",
        "slug",
    ),
    nested=("models",),
)
