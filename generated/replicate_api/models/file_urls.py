from __future__ import annotations

from ..types import NOT_GIVEN, BaseModel


class FileUrls(BaseModel):
    """
    Attributes:
        get (str | None): The file's API resource.
    """

    __slots__ = ("get",)

    get: str | None

    def __init__(
        self,
        *,
        get: str | None = NOT_GIVEN,
    ) -> None:
        object.__setattr__(self, "_raw", {})
        self.additional_properties = {}
        if get is not NOT_GIVEN:
            self.get = get


FileUrls._define(
    {
        "get": ("get", None),
    },
)
