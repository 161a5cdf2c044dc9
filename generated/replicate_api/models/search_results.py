from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import BaseModel, list_of

if TYPE_CHECKING:
    from ..models.search_collection import SearchCollection
    from ..models.search_docs_page import SearchDocsPage
    from ..models.search_model import SearchModel


class SearchResults(BaseModel):
    """
    Attributes:
        query (str): The query as the server understood it.
        models (list[SearchModel]):
        collections (list[SearchCollection]):
        pages (list[SearchDocsPage]):
    """

    __slots__ = (
        "query",
        "models",
        "collections",
        "pages",
    )

    query: str
    models: list[SearchModel]
    collections: list[SearchCollection]
    pages: list[SearchDocsPage]

    def __init__(
        self,
        *,
        query: str,
        models: list[SearchModel],
        collections: list[SearchCollection],
        pages: list[SearchDocsPage],
    ) -> None:
        object.__setattr__(self, "_raw", {})
        self.additional_properties = {}
        self.query = query
        self.models = models
        self.collections = collections
        self.pages = pages


# Models this one refers to, imported after the class so that models referring to each
# other can load (and once, rather than on every parse).
from ..models.search_collection import SearchCollection  # noqa: E402
from ..models.search_docs_page import SearchDocsPage  # noqa: E402
from ..models.search_model import SearchModel  # noqa: E402

SearchResults._define(
    {
        "query": ("query", None),
        "models": ("models", list_of(SearchModel.from_dict)),
        "collections": ("collections", list_of(SearchCollection.from_dict)),
        "pages": ("pages", list_of(SearchDocsPage.from_dict)),
    },
    required=(
        "query",
        "models",
        "collections",
        "pages",
    ),
    nested=(
        "models",
        "collections",
        "pages",
    ),
)
