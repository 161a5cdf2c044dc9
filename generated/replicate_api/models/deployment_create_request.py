from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET

T = TypeVar("T", bound="DeploymentCreateRequest")


class DeploymentCreateRequest:
    """
    Attributes:
        name (str):
        model (str): The model to serve, as `owner/name`.
        version (str): The 64-character version ID to serve.
        hardware (str): Hardware SKU (see `hardware.list`).
        min_instances (int):
        max_instances (int):
    """

    __slots__ = (
        "name",
        "model",
        "version",
        "hardware",
        "min_instances",
        "max_instances",
    )

    name: str
    model: str
    version: str
    hardware: str
    min_instances: int
    max_instances: int

    def __init__(
        self,
        *,
        name: str,
        model: str,
        version: str,
        hardware: str,
        min_instances: int,
        max_instances: int,
    ) -> None:
        self.name = name
        self.model = model
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
        name = self.name

        model = self.model

        version = self.version

        hardware = self.hardware

        min_instances = self.min_instances

        max_instances = self.max_instances

        field_dict: dict[str, Any] = {}
        field_dict["name"] = name
        field_dict["model"] = model
        field_dict["version"] = version
        field_dict["hardware"] = hardware
        field_dict["min_instances"] = min_instances
        field_dict["max_instances"] = max_instances
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON form; fields the spec does not name go to `additional_properties`."""
        d = dict(src_dict)
        name = d.pop("name")

        model = d.pop("model")

        version = d.pop("version")

        hardware = d.pop("hardware")

        min_instances = d.pop("min_instances")

        max_instances = d.pop("max_instances")

        deployment_create_request = cls(
            name=name,
            model=model,
            version=version,
            hardware=hardware,
            min_instances=min_instances,
            max_instances=max_instances,
        )
        return deployment_create_request
