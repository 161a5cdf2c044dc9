from __future__ import annotations

from typing import Any

from ..types import (
    BaseModel,
    to_json_value,
)


class SearchDocsPage(BaseModel):
    """A page of Replicate's documentation.

    Attributes:
        name (str):
        href (str): Path of the page on replicate.com.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        name: str,
        href: str,
    ) -> None:
        self._raw = {}
        self._cache = {}
        self.additional_properties = {}
        self.name = name
        self.href = href

    @property
    def name(self) -> str:
        raw: Any = self._raw
        value: str = raw.get("name")
        return value

    @name.setter
    def name(self, value: str) -> None:
        self._raw["name"] = to_json_value(value)

    @property
    def href(self) -> str:
        raw: Any = self._raw
        value: str = raw.get("href")
        return value

    @href.setter
    def href(self, value: str) -> None:
        self._raw["href"] = to_json_value(value)


SearchDocsPage._define(
    {
        "name": ("name", None),
        "href": ("href", None),
    },
    required=(
        "name",
        "href",
    ),
)
