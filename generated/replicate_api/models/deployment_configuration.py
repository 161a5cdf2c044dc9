from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeploymentConfiguration")


class DeploymentConfiguration:
    """
    Attributes:
        hardware (None | str | Unset): Hardware SKU.
        min_instances (int | None | Unset):
        max_instances (int | None | Unset):
    """

    __slots__ = (
        "hardware",
        "min_instances",
        "max_instances",
        "additional_properties",
    )

    hardware: None | str | Unset
    min_instances: int | None | Unset
    max_instances: int | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        *,
        hardware: None | str | Unset = UNSET,
        min_instances: int | None | Unset = UNSET,
        max_instances: int | None | Unset = UNSET,
    ) -> None:
        self.hardware = hardware
        self.min_instances = min_instances
        self.max_instances = max_instances
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
        hardware: None | str | Unset
        if isinstance(self.hardware, Unset):
            hardware = UNSET
        else:
            hardware = self.hardware

        min_instances: int | None | Unset
        if isinstance(self.min_instances, Unset):
            min_instances = UNSET
        else:
            min_instances = self.min_instances

        max_instances: int | None | Unset
        if isinstance(self.max_instances, Unset):
            max_instances = UNSET
        else:
            max_instances = self.max_instances

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hardware is not UNSET:
            field_dict["hardware"] = hardware
        if min_instances is not UNSET:
            field_dict["min_instances"] = min_instances
        if max_instances is not UNSET:
            field_dict["max_instances"] = max_instances
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON form; fields the spec does not name go to `additional_properties`."""
        d = dict(src_dict)
        hardware = d.pop("hardware", UNSET)

        min_instances = d.pop("min_instances", UNSET)

        max_instances = d.pop("max_instances", UNSET)

        deployment_configuration = cls(
            hardware=hardware,
            min_instances=min_instances,
            max_instances=max_instances,
        )
        deployment_configuration.additional_properties = d
        return deployment_configuration

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
