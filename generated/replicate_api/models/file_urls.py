from __future__ import annotations

from typing import Any

from ..types import (
    NOT_GIVEN,
    BaseModel,
    to_json_value,
)


class FileUrls(BaseModel):
    """
    Attributes:
        get (str | None): The file's API resource.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        get: str | None = NOT_GIVEN,
    ) -> None:
        self._raw = {}
        self._cache = {}
        self.additional_properties = {}
        if get is not NOT_GIVEN:
            self.get = get

    @property
    def get(self) -> str | None:
        raw: Any = self._raw
        value: str | None = raw.get("get")
        return value

    @get.setter
    def get(self, value: str | None) -> None:
        self._raw["get"] = to_json_value(value)


FileUrls._define(
    {
        "get": ("get", None),
    },
)
