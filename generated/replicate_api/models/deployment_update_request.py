from __future__ import annotations

from ..types import NOT_GIVEN, BaseModel


class DeploymentUpdateRequest(BaseModel):
    """Fields to change; the ones left out stay as they are.

    Attributes:
        version (str | None):
        hardware (str | None):
        min_instances (int | None):
        max_instances (int | None):
    """

    __slots__ = (
        "version",
        "hardware",
        "min_instances",
        "max_instances",
    )

    version: str | None
    hardware: str | None
    min_instances: int | None
    max_instances: int | None

    def __init__(
        self,
        *,
        version: str | None = NOT_GIVEN,
        hardware: str | None = NOT_GIVEN,
        min_instances: int | None = NOT_GIVEN,
        max_instances: int | None = NOT_GIVEN,
    ) -> None:
        object.__setattr__(self, "_raw", {})
        self.additional_properties = {}
        if version is not NOT_GIVEN:
            self.version = version
        if hardware is not NOT_GIVEN:
            self.hardware = hardware
        if min_instances is not NOT_GIVEN:
            self.min_instances = min_instances
        if max_instances is not NOT_GIVEN:
            self.max_instances = max_instances


DeploymentUpdateRequest._define(
    {
        "version": ("version", None),
        "hardware": ("hardware", None),
        "min_instances": ("min_instances", None),
        "max_instances": ("max_instances", None),
    },
)
