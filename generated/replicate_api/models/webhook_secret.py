from __future__ import annotations

from ..types import BaseModel


class WebhookSecret(BaseModel):
    """
    Attributes:
        key (str): The secret (starts with `whsec_`).
    """

    __slots__ = ("key",)

    key: str

    def __init__(
        self,
        *,
        key: str,
    ) -> None:
        object.__setattr__(self, "_raw", {})
        self.additional_properties = {}
        self.key = key


WebhookSecret._define(
    {
        "key": ("key", None),
    },
    required=("key",),
)
