from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeploymentUpdateRequest")


class DeploymentUpdateRequest:
    """Fields to change; the ones left out stay as they are.

    Attributes:
        version (str | Unset):
        hardware (str | Unset):
        min_instances (int | Unset):
        max_instances (int | Unset):
    """

    __slots__ = (
        "version",
        "hardware",
        "min_instances",
        "max_instances",
    )

    version: str | Unset
    hardware: str | Unset
    min_instances: int | Unset
    max_instances: int | Unset

    def __init__(
        self,
        *,
        version: str | Unset = UNSET,
        hardware: str | Unset = UNSET,
        min_instances: int | Unset = UNSET,
        max_instances: int | Unset = UNSET,
    ) -> None:
        self.version = version
        self.hardware = hardware
        self.min_instances = min_instances
        self.max_instances = max_instances

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
        version = self.version

        hardware = self.hardware

        min_instances = self.min_instances

        max_instances = self.max_instances

        field_dict: dict[str, Any] = {}
        if version is not UNSET:
            field_dict["version"] = version
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
        version = d.pop("version", UNSET)

        hardware = d.pop("hardware", UNSET)

        min_instances = d.pop("min_instances", UNSET)

        max_instances = d.pop("max_instances", UNSET)

        deployment_update_request = cls(
            version=version,
            hardware=hardware,
            min_instances=min_instances,
            max_instances=max_instances,
        )
        return deployment_update_request
