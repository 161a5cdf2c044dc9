from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model import Model


T = TypeVar("T", bound="Collection")


class Collection:
    """
    Attributes:
        name (str):
        slug (str):
        description (None | str | Unset):
        full_description (None | str | Unset): A longer description in Markdown.
        models (list[Model] | None | Unset):
    """

    __slots__ = (
        "name",
        "slug",
        "description",
        "full_description",
        "models",
        "additional_properties",
    )

    name: str
    slug: str
    description: None | str | Unset
    full_description: None | str | Unset
    models: list[Model] | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        *,
        name: str,
        slug: str,
        description: None | str | Unset = UNSET,
        full_description: None | str | Unset = UNSET,
        models: list[Model] | None | Unset = UNSET,
    ) -> None:
        self.name = name
        self.slug = slug
        self.description = description
        self.full_description = full_description
        self.models = models
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
        name = self.name

        slug = self.slug

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        full_description: None | str | Unset
        if isinstance(self.full_description, Unset):
            full_description = UNSET
        else:
            full_description = self.full_description

        models: list[dict[str, Any]] | None | Unset
        if isinstance(self.models, Unset):
            models = UNSET
        elif isinstance(self.models, list):
            models = []
            for models_type_0_item_data in self.models:
                models_type_0_item = models_type_0_item_data.to_dict()
                models.append(models_type_0_item)

        else:
            models = self.models

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["name"] = name
        field_dict["slug"] = slug
        if description is not UNSET:
            field_dict["description"] = description
        if full_description is not UNSET:
            field_dict["full_description"] = full_description
        if models is not UNSET:
            field_dict["models"] = models
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON form; fields the spec does not name go to `additional_properties`."""
        d = dict(src_dict)
        name = d.pop("name")

        slug = d.pop("slug")

        description = d.pop("description", UNSET)

        full_description = d.pop("full_description", UNSET)

        def _parse_models(data: object) -> list[Model] | None | Unset:
            if data is None or isinstance(data, Unset):
                return cast("list[Model] | None | Unset", data)
            if isinstance(data, list):
                try:
                    models_type_0 = []
                    _models_type_0 = data
                    for models_type_0_item_data in _models_type_0:
                        models_type_0_item = Model.from_dict(models_type_0_item_data)

                        models_type_0.append(models_type_0_item)

                    return models_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast("list[Model] | None | Unset", data)

        models = _parse_models(d.pop("models", UNSET))

        collection = cls(
            name=name,
            slug=slug,
            description=description,
            full_description=full_description,
            models=models,
        )
        collection.additional_properties = d
        return collection

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
