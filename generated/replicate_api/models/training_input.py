from __future__ import annotations

from ..types import BaseModel


class TrainingInput(BaseModel):
    """Inputs of the model's training function, keyed by name."""

    __slots__ = ()

    def __init__(
        self,
    ) -> None:
        object.__setattr__(self, "_raw", {})
        self.additional_properties = {}


TrainingInput._define(
    {},
)
