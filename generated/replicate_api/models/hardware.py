from __future__ import annotations

from ..types import BaseModel


class Hardware(BaseModel):
    """
    Attributes:
        sku (str): Identifier used when creating models and deployments.
        name (str): Readable name.
    """

    __slots__ = (
        "sku",
        "name",
    )

    sku: str
    name: str

    def __init__(
        self,
        *,
        sku: str,
        name: str,
    ) -> None:
        object.__setattr__(self, "_raw", {})
        self.additional_properties = {}
        self.sku = sku
        self.name = name


Hardware._define(
    {
        "sku": ("sku", None),
        "name": ("name", None),
    },
    required=(
        "sku",
        "name",
    ),
)
