from __future__ import annotations

from typing import Any

from ..types import (
    NOT_GIVEN,
    BaseModel,
    to_json_value,
)


class DeploymentConfiguration(BaseModel):
    """
    Attributes:
        hardware (str | None): Hardware SKU.
        min_instances (int | None):
        max_instances (int | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        hardware: str | None = NOT_GIVEN,
        min_instances: int | None = NOT_GIVEN,
        max_instances: int | None = NOT_GIVEN,
    ) -> None:
        self._raw = {}
        self._cache = {}
        self.additional_properties = {}
        if hardware is not NOT_GIVEN:
            self.hardware = hardware
        if min_instances is not NOT_GIVEN:
            self.min_instances = min_instances
        if max_instances is not NOT_GIVEN:
            self.max_instances = max_instances

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


DeploymentConfiguration._define(
    {
        "hardware": ("hardware", None),
        "min_instances": ("min_instances", None),
        "max_instances": ("max_instances", None),
    },
)
