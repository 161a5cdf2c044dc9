from __future__ import annotations

from typing import Any

from ..types import (
    BaseModel,
    to_json_value,
)


class DeploymentCreateRequest(BaseModel):
    """
    Attributes:
        name (str):
        model (str): The model to serve, as `owner/name`.
        version (str): The 64-character version ID to serve.
        hardware (str): Hardware SKU (see `hardware.list`).
        min_instances (int):
        max_instances (int):
    """

    __slots__ = ()

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
        self._raw = {}
        self._cache = {}
        self.additional_properties = {}
        self.name = name
        self.model = model
        self.version = version
        self.hardware = hardware
        self.min_instances = min_instances
        self.max_instances = max_instances

    @property
    def name(self) -> str:
        raw: Any = self._raw
        value: str = raw.get("name")
        return value

    @name.setter
    def name(self, value: str) -> None:
        self._raw["name"] = to_json_value(value)

    @property
    def model(self) -> str:
        raw: Any = self._raw
        value: str = raw.get("model")
        return value

    @model.setter
    def model(self, value: str) -> None:
        self._raw["model"] = to_json_value(value)

    @property
    def version(self) -> str:
        raw: Any = self._raw
        value: str = raw.get("version")
        return value

    @version.setter
    def version(self, value: str) -> None:
        self._raw["version"] = to_json_value(value)

    @property
    def hardware(self) -> str:
        raw: Any = self._raw
        value: str = raw.get("hardware")
        return value

    @hardware.setter
    def hardware(self, value: str) -> None:
        self._raw["hardware"] = to_json_value(value)

    @property
    def min_instances(self) -> int:
        raw: Any = self._raw
        value: int = raw.get("min_instances")
        return value

    @min_instances.setter
    def min_instances(self, value: int) -> None:
        self._raw["min_instances"] = to_json_value(value)

    @property
    def max_instances(self) -> int:
        raw: Any = self._raw
        value: int = raw.get("max_instances")
        return value

    @max_instances.setter
    def max_instances(self, value: int) -> None:
        self._raw["max_instances"] = to_json_value(value)


DeploymentCreateRequest._define(
    {
        "name": ("name", None),
        "model": ("model", None),
        "version": ("version", None),
        "hardware": ("hardware", None),
        "min_instances": ("min_instances", None),
        "max_instances": ("max_instances", None),
    },
    required=(
        "name",
        "model",
        "version",
        "hardware",
        "min_instances",
        "max_instances",
    ),
)
