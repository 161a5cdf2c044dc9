from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..types import (
    BaseModel,
    list_of,
    to_json_value,
)

if TYPE_CHECKING:
    from ..models.prediction import Prediction


class PredictionPage(BaseModel):
    """
    Attributes:
        next_ (str | None): URL of the next page.
        previous (str | None): URL of the previous page.
        results (list[Prediction]):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        next_: str | None,
        previous: str | None,
        results: list[Prediction],
    ) -> None:
        self._raw = {}
        self._cache = {}
        self.additional_properties = {}
        self.next_ = next_
        self.previous = previous
        self.results = results

    @property
    def next_(self) -> str | None:
        raw: Any = self._raw
        value: str | None = raw.get("next")
        return value

    @next_.setter
    def next_(self, value: str | None) -> None:
        self._raw["next"] = to_json_value(value)

    @property
    def previous(self) -> str | None:
        raw: Any = self._raw
        value: str | None = raw.get("previous")
        return value

    @previous.setter
    def previous(self, value: str | None) -> None:
        self._raw["previous"] = to_json_value(value)

    @property
    def results(self) -> list[Prediction]:
        cache = self._cache
        value: list[Prediction] = (
            cache["results"] if "results" in cache else self._convert("results")
        )
        return value

    @results.setter
    def results(self, value: list[Prediction]) -> None:
        self._assign("results", value)

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
        "results": ("results", list_of(Prediction._wrap)),
    },
    required=(
        "next",
        "previous",
        "results",
    ),
    nested=("results",),
)
