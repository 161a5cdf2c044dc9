from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import BaseModel, list_of

if TYPE_CHECKING:
    from ..models.prediction import Prediction


class PredictionPage(BaseModel):
    """
    Attributes:
        next_ (str | None): URL of the next page.
        previous (str | None): URL of the previous page.
        results (list[Prediction]):
    """

    __slots__ = (
        "next_",
        "previous",
        "results",
    )

    next_: str | None
    previous: str | None
    results: list[Prediction]

    def __init__(
        self,
        *,
        next_: str | None,
        previous: str | None,
        results: list[Prediction],
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
from ..models.prediction import Prediction  # noqa: E402

PredictionPage._define(
    {
        "next_": ("next", None),
        "previous": ("previous", None),
        "results": ("results", list_of(Prediction.from_dict)),
    },
    required=(
        "next",
        "previous",
        "results",
    ),
    nested=("results",),
)
