from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..types import (
    BaseModel,
    list_of,
    to_json_value,
)

if TYPE_CHECKING:
    from ..models.deployment import Deployment


class DeploymentPage(BaseModel):
    """
    Attributes:
        next_ (str | None):
        previous (str | None):
        results (list[Deployment]):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        next_: str | None,
        previous: str | None,
        results: list[Deployment],
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
    def results(self) -> list[Deployment]:
        cache = self._cache
        value: list[Deployment] = (
            cache["results"] if "results" in cache else self._convert("results")
        )
        return value

    @results.setter
    def results(self, value: list[Deployment]) -> None:
        self._assign("results", value)

    @property
    def next(self) -> str | None:
        """Alias of `next_`, under the API's own field name."""
        return self.next_


# Models this one refers to, imported after the class so that models referring to each
# other can load (and once, rather than on every parse).
from ..models.deployment import Deployment  # noqa: E402

DeploymentPage._define(
    {
        "next_": ("next", None),
        "previous": ("previous", None),
        "results": ("results", list_of(Deployment._wrap)),
    },
    required=(
        "next",
        "previous",
        "results",
    ),
    nested=("results",),
)
