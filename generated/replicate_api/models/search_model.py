from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import (
    NOT_GIVEN,
    BaseModel,
)

if TYPE_CHECKING:
    from ..models.model import Model
    from ..models.search_model_metadata import SearchModelMetadata


class SearchModel(BaseModel):
    """
    Attributes:
        model (Model): A model on Replicate.
        metadata (SearchModelMetadata | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        model: Model,
        metadata: SearchModelMetadata | None = NOT_GIVEN,
    ) -> None:
        self._raw = {}
        self._cache = {}
        self.additional_properties = {}
        self.model = model
        if metadata is not NOT_GIVEN:
            self.metadata = metadata

    @property
    def model(self) -> Model:
        cache = self._cache
        value: Model = cache["model"] if "model" in cache else self._convert("model")
        return value

    @model.setter
    def model(self, value: Model) -> None:
        self._assign("model", value)

    @property
    def metadata(self) -> SearchModelMetadata | None:
        cache = self._cache
        value: SearchModelMetadata | None = (
            cache["metadata"] if "metadata" in cache else self._convert("metadata")
        )
        return value

    @metadata.setter
    def metadata(self, value: SearchModelMetadata | None) -> None:
        self._assign("metadata", value)


# Models this one refers to, imported after the class so that models referring to each
# other can load (and once, rather than on every parse).
from ..models.model import Model  # noqa: E402
from ..models.search_model_metadata import SearchModelMetadata  # noqa: E402

SearchModel._define(
    {
        "model": ("model", Model._wrap),
        "metadata": ("metadata", SearchModelMetadata._wrap),
    },
    required=("model",),
    nested=(
        "model",
        "metadata",
    ),
)
