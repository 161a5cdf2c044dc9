from __future__ import annotations

from ..types import (
    BaseModel,
)


class TrainingInput(BaseModel):
    """Inputs of the model's training function, keyed by name."""

    __slots__ = ()

    def __init__(
        self,
    ) -> None:
        self._raw = {}
        self._cache = {}
        self.additional_properties = {}


TrainingInput._define(
    {},
)
