from __future__ import annotations

from ..types import NOT_GIVEN, BaseModel


class DeploymentConfiguration(BaseModel):
    """
    Attributes:
        hardware (str | None): Hardware SKU.
        min_instances (int | None):
        max_instances (int | None):
    """

    __slots__ = (
        "hardware",
        "min_instances",
        "max_instances",
    )

    hardware: str | None
    min_instances: int | None
    max_instances: int | None

    def __init__(
        self,
        *,
        hardware: str | None = NOT_GIVEN,
        min_instances: int | None = NOT_GIVEN,
        max_instances: int | None = NOT_GIVEN,
    ) -> None:
        object.__setattr__(self, "_raw", {})
        self.additional_properties = {}
        if hardware is not NOT_GIVEN:
            self.hardware = hardware
        if min_instances is not NOT_GIVEN:
            self.min_instances = min_instances
        if max_instances is not NOT_GIVEN:
            self.max_instances = max_instances


DeploymentConfiguration._define(
    {
        "hardware": ("hardware", None),
        "min_instances": ("min_instances", None),
        "max_instances": ("max_instances", None),
    },
)
