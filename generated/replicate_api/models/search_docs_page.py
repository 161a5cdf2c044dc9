from __future__ import annotations

from ..types import BaseModel


class SearchDocsPage(BaseModel):
    """A page of Replicate's documentation.

    Attributes:
        name (str):
        href (str): Path of the page on replicate.com.
    """

    __slots__ = (
        "name",
        "href",
    )

    name: str
    href: str

    def __init__(
        self,
        *,
        name: str,
        href: str,
    ) -> None:
        object.__setattr__(self, "_raw", {})
        self.additional_properties = {}
        self.name = name
        self.href = href


SearchDocsPage._define(
    {
        "name": ("name", None),
        "href": ("href", None),
    },
    required=(
        "name",
        "href",
    ),
)
