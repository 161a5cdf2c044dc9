from __future__ import annotations

from typing import Any

from ..types import (
    NOT_GIVEN,
    BaseModel,
    to_json_value,
)


class TrainingOutput(BaseModel):
    """What a finished training produced.

    Attributes:
        version (str | None): The new model version, as `owner/name:version_id`.
        weights (str | None): URL of the trained weights.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        version: str | None = NOT_GIVEN,
        weights: str | None = NOT_GIVEN,
    ) -> None:
        self._raw = {}
        self._cache = {}
        self.additional_properties = {}
        if version is not NOT_GIVEN:
            self.version = version
        if weights is not NOT_GIVEN:
            self.weights = weights

    @property
    def version(self) -> str | None:
        raw: Any = self._raw
        value: str | None = raw.get("version")
        return value

    @version.setter
    def version(self, value: str | None) -> None:
        self._raw["version"] = to_json_value(value)

    @property
    def weights(self) -> str | None:
        raw: Any = self._raw
        value: str | None = raw.get("weights")
        return value

    @weights.setter
    def weights(self, value: str | None) -> None:
        self._raw["weights"] = to_json_value(value)


TrainingOutput._define(
    {
        "version": ("version", None),
        "weights": ("weights", None),
    },
)
