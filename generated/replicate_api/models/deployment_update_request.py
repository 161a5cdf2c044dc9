from __future__ import annotations

from typing import Any

from ..types import (
    NOT_GIVEN,
    BaseModel,
    to_json_value,
)


class DeploymentUpdateRequest(BaseModel):
    """Fields to change; the ones left out stay as they are.

    Attributes:
        version (str | None):
        hardware (str | None):
        min_instances (int | None):
        max_instances (int | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        version: str | None = NOT_GIVEN,
        hardware: str | None = NOT_GIVEN,
        min_instances: int | None = NOT_GIVEN,
        max_instances: int | None = NOT_GIVEN,
    ) -> None:
        self._raw = {}
        self._cache = {}
        self.additional_properties = {}
        if version is not NOT_GIVEN:
            self.version = version
        if hardware is not NOT_GIVEN:
            self.hardware = hardware
        if min_instances is not NOT_GIVEN:
            self.min_instances = min_instances
        if max_instances is not NOT_GIVEN:
            self.max_instances = max_instances

    @property
    def version(self) -> str | None:
        raw: Any = self._raw
        value: str | None = raw.get("version")
        return value

    @version.setter
    def version(self, value: str | None) -> None:
        self._raw["version"] = to_json_value(value)

    @property
    def hardware(self) -> str | None:
        raw: Any = self._raw
        value: str | None = raw.get("hardware")
        return value

    @hardware.setter
    def hardware(self, value: str | None) -> None:
        self._raw["hardware"] = to_json_value(value)

    @property
    def min_instances(self) -> int | None:
        raw: Any = self._raw
        value: int | None = raw.get("min_instances")
        return value

    @min_instances.setter
    def min_instances(self, value: int | None) -> None:
        self._raw["min_instances"] = to_json_value(value)

    @property
    def max_instances(self) -> int | None:
        raw: Any = self._raw
        value: int | None = raw.get("max_instances")
        return value

    @max_instances.setter
    def max_instances(self, value: int | None) -> None:
        self._raw["max_instances"] = to_json_value(value)


DeploymentUpdateRequest._define(
    {
        "version": ("version", None),
        "hardware": ("hardware", None),
        "min_instances": ("min_instances", None),
        "max_instances": ("max_instances", None),
    },
)
