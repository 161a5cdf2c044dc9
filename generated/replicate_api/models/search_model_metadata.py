from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchModelMetadata")


class SearchModelMetadata:
    """
    Attributes:
        generated_description (None | str | Unset):
        tags (list[str] | None | Unset):
        score (float | None | Unset): Relevance to the query.
    """

    __slots__ = (
        "generated_description",
        "tags",
        "score",
        "additional_properties",
    )

    generated_description: None | str | Unset
    tags: list[str] | None | Unset
    score: float | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        *,
        generated_description: None | str | Unset = UNSET,
        tags: list[str] | None | Unset = UNSET,
        score: float | None | Unset = UNSET,
    ) -> None:
        self.generated_description = generated_description
        self.tags = tags
        self.score = score
        self.additional_properties = {}

    def __repr__(self) -> str:
        shown = [
            f"{name}={getattr(self, name)!r}"
            for name in self.__slots__
            if name != "additional_properties" and getattr(self, name) is not UNSET
        ]
        shown += [
            f"{key}={value!r}"
            for key, value in getattr(self, "additional_properties", {}).items()
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(
            getattr(self, name) == getattr(other, name) for name in self.__slots__
        )

    __hash__ = None  # type: ignore[assignment]

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: every field that is set, plus any fields the spec does not name."""
        generated_description: None | str | Unset
        if isinstance(self.generated_description, Unset):
            generated_description = UNSET
        else:
            generated_description = self.generated_description

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        score: float | None | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if generated_description is not UNSET:
            field_dict["generated_description"] = generated_description
        if tags is not UNSET:
            field_dict["tags"] = tags
        if score is not UNSET:
            field_dict["score"] = score
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON form; fields the spec does not name go to `additional_properties`."""
        d = dict(src_dict)
        generated_description = d.pop("generated_description", UNSET)

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None or isinstance(data, Unset):
                return cast("list[str] | None | Unset", data)
            if isinstance(data, list):
                try:
                    tags_type_0 = cast(list[str], data)

                    return tags_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast("list[str] | None | Unset", data)

        tags = _parse_tags(d.pop("tags", UNSET))

        score = d.pop("score", UNSET)

        search_model_metadata = cls(
            generated_description=generated_description,
            tags=tags,
            score=score,
        )
        search_model_metadata.additional_properties = d
        return search_model_metadata

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
