from __future__ import annotations

from typing import Any

from ..types import (
    NOT_GIVEN,
    BaseModel,
    to_json_value,
)


class FileChecksums(BaseModel):
    """Digests of the content, keyed by algorithm.

    Attributes:
        sha256 (str | None):
        md5 (str | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        sha256: str | None = NOT_GIVEN,
        md5: str | None = NOT_GIVEN,
    ) -> None:
        self._raw = {}
        self._cache = {}
        self.additional_properties = {}
        if sha256 is not NOT_GIVEN:
            self.sha256 = sha256
        if md5 is not NOT_GIVEN:
            self.md5 = md5

    @property
    def sha256(self) -> str | None:
        raw: Any = self._raw
        value: str | None = raw.get("sha256")
        return value

    @sha256.setter
    def sha256(self, value: str | None) -> None:
        self._raw["sha256"] = to_json_value(value)

    @property
    def md5(self) -> str | None:
        raw: Any = self._raw
        value: str | None = raw.get("md5")
        return value

    @md5.setter
    def md5(self, value: str | None) -> None:
        self._raw["md5"] = to_json_value(value)


FileChecksums._define(
    {
        "sha256": ("sha256", None),
        "md5": ("md5", None),
    },
)
