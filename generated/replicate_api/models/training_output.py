from __future__ import annotations

from ..types import NOT_GIVEN, BaseModel


class TrainingOutput(BaseModel):
    """What a finished training produced.

    Attributes:
        version (str | None): The new model version, as `owner/name:version_id`.
        weights (str | None): URL of the trained weights.
    """

    __slots__ = (
        "version",
        "weights",
    )

    version: str | None
    weights: str | None

    def __init__(
        self,
        *,
        version: str | None = NOT_GIVEN,
        weights: str | None = NOT_GIVEN,
    ) -> None:
        object.__setattr__(self, "_raw", {})
        self.additional_properties = {}
        if version is not NOT_GIVEN:
            self.version = version
        if weights is not NOT_GIVEN:
            self.weights = weights


TrainingOutput._define(
    {
        "version": ("version", None),
        "weights": ("weights", None),
    },
)
