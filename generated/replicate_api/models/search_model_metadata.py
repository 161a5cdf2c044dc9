from __future__ import annotations

from ..types import NOT_GIVEN, BaseModel


class SearchModelMetadata(BaseModel):
    """
    Attributes:
        generated_description (str | None):
        tags (list[str] | None):
        score (float | None): Relevance to the query.
    """

    __slots__ = (
        "generated_description",
        "tags",
        "score",
    )

    generated_description: str | None
    tags: list[str] | None
    score: float | None

    def __init__(
        self,
        *,
        generated_description: str | None = NOT_GIVEN,
        tags: list[str] | None = NOT_GIVEN,
        score: float | None = NOT_GIVEN,
    ) -> None:
        object.__setattr__(self, "_raw", {})
        self.additional_properties = {}
        if generated_description is not NOT_GIVEN:
            self.generated_description = generated_description
        if tags is not NOT_GIVEN:
            self.tags = tags
        if score is not NOT_GIVEN:
            self.score = score


SearchModelMetadata._define(
    {
        "generated_description": ("generated_description", None),
        "tags": ("tags", None),
        "score": ("score", None),
    },
    nested=("tags",),
)
