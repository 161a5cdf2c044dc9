from __future__ import annotations

from ..types import (
    BaseModel,
)


class PredictionInput(BaseModel):
    """The model's input, keyed by input name; see the version's `openapi_schema`."""

    __slots__ = ()

    def __init__(
        self,
    ) -> None:
        self._raw = {}
        self._cache = {}
        self.additional_properties = {}


PredictionInput._define(
    {},
)
