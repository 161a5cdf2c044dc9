from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import BaseModel, list_of

if TYPE_CHECKING:
    from ..models.version import Version


class VersionPage(BaseModel):
    """
    Attributes:
        next_ (str | None):
        previous (str | None):
        results (list[Version]):
    """

    __slots__ = (
        "next_",
        "previous",
        "results",
    )

    next_: str | None
    previous: str | None
    results: list[Version]

    def __init__(
        self,
        *,
        next_: str | None,
        previous: str | None,
        results: list[Version],
    ) -> None:
        object.__setattr__(self, "_raw", {})
        self.additional_properties = {}
        self.next_ = next_
        self.previous = previous
        self.results = results

    @property
    def next(self) -> str | None:
        """Alias of `next_`, under the API's own field name."""
        return self.next_


# Models this one refers to, imported after the class so that models referring to each
# other can load (and once, rather than on every parse).
from ..models.version import Version  # noqa: E402

VersionPage._define(
    {
        "next_": ("next", None),
        "previous": ("previous", None),
        "results": ("results", list_of(Version.from_dict)),
    },
    required=(
        "next",
        "previous",
        "results",
    ),
    nested=("results",),
)
