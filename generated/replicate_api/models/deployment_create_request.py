from __future__ import annotations

from ..types import BaseModel


class DeploymentCreateRequest(BaseModel):
    """
    Attributes:
        name (str):
        model (str): The model to serve, as `owner/name`.
        version (str): The 64-character version ID to serve.
        hardware (str): Hardware SKU (see `hardware.list`).
        min_instances (int):
        max_instances (int):
    """

    __slots__ = (
        "name",
        "model",
        "version",
        "hardware",
        "min_instances",
        "max_instances",
    )

    name: str
    model: str
    version: str
    hardware: str
    min_instances: int
    max_instances: int

    def __init__(
        self,
        *,
        name: str,
        model: str,
        version: str,
        hardware: str,
        min_instances: int,
        max_instances: int,
    ) -> None:
        object.__setattr__(self, "_raw", {})
        self.additional_properties = {}
        self.name = name
        self.model = model
        self.version = version
        self.hardware = hardware
        self.min_instances = min_instances
        self.max_instances = max_instances


DeploymentCreateRequest._define(
    {
        "name": ("name", None),
        "model": ("model", None),
        "version": ("version", None),
        "hardware": ("hardware", None),
        "min_instances": ("min_instances", None),
        "max_instances": ("max_instances", None),
    },
    required=(
        "name",
        "model",
        "version",
        "hardware",
        "min_instances",
        "max_instances",
    ),
)
