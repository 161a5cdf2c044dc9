from __future__ import annotations

from typing import Any

from ..types import (
    NOT_GIVEN,
    BaseModel,
    to_json_value,
)


class SearchModelMetadata(BaseModel):
    """
    Attributes:
        generated_description (str | None):
        tags (list[str] | None):
        score (float | None): Relevance to the query.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        generated_description: str | None = NOT_GIVEN,
        tags: list[str] | None = NOT_GIVEN,
        score: float | None = NOT_GIVEN,
    ) -> None:
        self._raw = {}
        self._cache = {}
        self.additional_properties = {}
        if generated_description is not NOT_GIVEN:
            self.generated_description = generated_description
        if tags is not NOT_GIVEN:
            self.tags = tags
        if score is not NOT_GIVEN:
            self.score = score

    @property
    def generated_description(self) -> str | None:
        raw: Any = self._raw
        value: str | None = raw.get("generated_description")
        return value

    @generated_description.setter
    def generated_description(self, value: str | None) -> None:
        self._raw["generated_description"] = to_json_value(value)

    @property
    def tags(self) -> list[str] | None:
        raw: Any = self._raw
        value: list[str] | None = raw.get("tags")
        return value

    @tags.setter
    def tags(self, value: list[str] | None) -> None:
        self._raw["tags"] = to_json_value(value)

    @property
    def score(self) -> float | None:
        raw: Any = self._raw
        value: float | None = raw.get("score")
        return value

    @score.setter
    def score(self, value: float | None) -> None:
        self._raw["score"] = to_json_value(value)


SearchModelMetadata._define(
    {
        "generated_description": ("generated_description", None),
        "tags": ("tags", None),
        "score": ("score", None),
    },
    nested=("tags",),
)
