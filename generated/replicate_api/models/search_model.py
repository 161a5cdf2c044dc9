from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import NOT_GIVEN, BaseModel

if TYPE_CHECKING:
    from ..models.model import Model
    from ..models.search_model_metadata import SearchModelMetadata


class SearchModel(BaseModel):
    """
    Attributes:
        model (Model): A model on Replicate.
        metadata (SearchModelMetadata | None):
    """

    __slots__ = (
        "model",
        "metadata",
    )

    model: Model
    metadata: SearchModelMetadata | None

    def __init__(
        self,
        *,
        model: Model,
        metadata: SearchModelMetadata | None = NOT_GIVEN,
    ) -> None:
        object.__setattr__(self, "_raw", {})
        self.additional_properties = {}
        self.model = model
        if metadata is not NOT_GIVEN:
            self.metadata = metadata


# Models this one refers to, imported after the class so that models referring to each
# other can load (and once, rather than on every parse).
from ..models.model import Model  # noqa: E402
from ..models.search_model_metadata import SearchModelMetadata  # noqa: E402

SearchModel._define(
    {
        "model": ("model", Model.from_dict),
        "metadata": ("metadata", SearchModelMetadata.from_dict),
    },
    required=("model",),
    nested=(
        "model",
        "metadata",
    ),
)
