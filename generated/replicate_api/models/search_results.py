from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..types import (
    BaseModel,
    list_of,
    to_json_value,
)

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

    __slots__ = ()

    def __init__(
        self,
        *,
        query: str,
        models: list[SearchModel],
        collections: list[SearchCollection],
        pages: list[SearchDocsPage],
    ) -> None:
        self._raw = {}
        self._cache = {}
        self.additional_properties = {}
        self.query = query
        self.models = models
        self.collections = collections
        self.pages = pages

    @property
    def query(self) -> str:
        raw: Any = self._raw
        value: str = raw.get("query")
        return value

    @query.setter
    def query(self, value: str) -> None:
        self._raw["query"] = to_json_value(value)

    @property
    def models(self) -> list[SearchModel]:
        cache = self._cache
        value: list[SearchModel] = (
            cache["models"] if "models" in cache else self._convert("models")
        )
        return value

    @models.setter
    def models(self, value: list[SearchModel]) -> None:
        self._assign("models", value)

    @property
    def collections(self) -> list[SearchCollection]:
        cache = self._cache
        value: list[SearchCollection] = (
            cache["collections"]
            if "collections" in cache
            else self._convert("collections")
        )
        return value

    @collections.setter
    def collections(self, value: list[SearchCollection]) -> None:
        self._assign("collections", value)

    @property
    def pages(self) -> list[SearchDocsPage]:
        cache = self._cache
        value: list[SearchDocsPage] = (
            cache["pages"] if "pages" in cache else self._convert("pages")
        )
        return value

    @pages.setter
    def pages(self, value: list[SearchDocsPage]) -> None:
        self._assign("pages", value)


# Models this one refers to, imported after the class so that models referring to each
# other can load (and once, rather than on every parse).
from ..models.search_collection import SearchCollection  # noqa: E402
from ..models.search_docs_page import SearchDocsPage  # noqa: E402
from ..models.search_model import SearchModel  # noqa: E402

SearchResults._define(
    {
        "query": ("query", None),
        "models": ("models", list_of(SearchModel._wrap)),
        "collections": ("collections", list_of(SearchCollection._wrap)),
        "pages": ("pages", list_of(SearchDocsPage._wrap)),
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
