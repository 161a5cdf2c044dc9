from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model import Model
    from ..models.search_model_metadata import SearchModelMetadata


T = TypeVar("T", bound="SearchModel")


class SearchModel:
    """
    Attributes:
        model (Model): A model on Replicate.
        metadata (None | SearchModelMetadata | Unset):
    """

    __slots__ = (
        "model",
        "metadata",
        "additional_properties",
    )

    model: Model
    metadata: None | SearchModelMetadata | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        *,
        model: Model,
        metadata: None | SearchModelMetadata | Unset = UNSET,
    ) -> None:
        self.model = model
        self.metadata = metadata
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
        model = self.model.to_dict()

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, SearchModelMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["model"] = model
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON form; fields the spec does not name go to `additional_properties`."""
        d = dict(src_dict)
        model = Model.from_dict(d.pop("model"))

        def _parse_metadata(data: object) -> None | SearchModelMetadata | Unset:
            if data is None or isinstance(data, Unset):
                return cast("None | SearchModelMetadata | Unset", data)
            if isinstance(data, dict):
                try:
                    metadata_type_0 = SearchModelMetadata.from_dict(data)

                    return metadata_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast("None | SearchModelMetadata | Unset", data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        search_model = cls(
            model=model,
            metadata=metadata,
        )
        search_model.additional_properties = d
        return search_model

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


# Models this one refers to, imported after the class so that models referring to each
# other can load (and once, rather than on every parse).
from ..models.model import Model  # noqa: E402
from ..models.search_model_metadata import SearchModelMetadata  # noqa: E402
