from __future__ import annotations

from typing import Any

from ..types import (
    BaseModel,
    to_json_value,
)


class Hardware(BaseModel):
    """
    Attributes:
        sku (str): Identifier used when creating models and deployments.
        name (str): Readable name.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        sku: str,
        name: str,
    ) -> None:
        self._raw = {}
        self._cache = {}
        self.additional_properties = {}
        self.sku = sku
        self.name = name

    @property
    def sku(self) -> str:
        raw: Any = self._raw
        value: str = raw.get("sku")
        return value

    @sku.setter
    def sku(self, value: str) -> None:
        self._raw["sku"] = to_json_value(value)

    @property
    def name(self) -> str:
        raw: Any = self._raw
        value: str = raw.get("name")
        return value

    @name.setter
    def name(self, value: str) -> None:
        self._raw["name"] = to_json_value(value)


Hardware._define(
    {
        "sku": ("sku", None),
        "name": ("name", None),
    },
    required=(
        "sku",
        "name",
    ),
)
