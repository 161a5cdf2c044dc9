from __future__ import annotations

from typing import Any

from ..types import (
    BaseModel,
    to_json_value,
)


class WebhookSecret(BaseModel):
    """
    Attributes:
        key (str): The secret (starts with `whsec_`).
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        key: str,
    ) -> None:
        self._raw = {}
        self._cache = {}
        self.additional_properties = {}
        self.key = key

    @property
    def key(self) -> str:
        raw: Any = self._raw
        value: str = raw.get("key")
        return value

    @key.setter
    def key(self, value: str) -> None:
        self._raw["key"] = to_json_value(value)


WebhookSecret._define(
    {
        "key": ("key", None),
    },
    required=("key",),
)
