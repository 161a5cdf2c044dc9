from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.search_collection import SearchCollection
    from ..models.search_docs_page import SearchDocsPage
    from ..models.search_model import SearchModel


T = TypeVar("T", bound="SearchResults")


class SearchResults:
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
        "additional_properties",
    )

    query: str
    models: list[SearchModel]
    collections: list[SearchCollection]
    pages: list[SearchDocsPage]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        *,
        query: str,
        models: list[SearchModel],
        collections: list[SearchCollection],
        pages: list[SearchDocsPage],
    ) -> None:
        self.query = query
        self.models = models
        self.collections = collections
        self.pages = pages
        self.additional_properties = {}

    def __repr__(self) -> str:
        shown = [
            f"{name}={getattr(self, name)!r}"
            for name in self.__slots__
            if name != "additional_properties" and getattr(self, name) is not UNSET
        ]
        shown += [
            f"{key}={value!r}"
            for key, value in getattr(self, "additional_properties", {}).items()
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(
            getattr(self, name) == getattr(other, name) for name in self.__slots__
        )

    __hash__ = None  # type: ignore[assignment]

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: every field that is set, plus any fields the spec does not name."""
        query = self.query

        models = []
        for models_item_data in self.models:
            models_item = models_item_data.to_dict()
            models.append(models_item)

        collections = []
        for collections_item_data in self.collections:
            collections_item = collections_item_data.to_dict()
            collections.append(collections_item)

        pages = []
        for pages_item_data in self.pages:
            pages_item = pages_item_data.to_dict()
            pages.append(pages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["query"] = query
        field_dict["models"] = models
        field_dict["collections"] = collections
        field_dict["pages"] = pages
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON form; fields the spec does not name go to `additional_properties`."""
        d = dict(src_dict)
        query = d.pop("query")

        models = []
        _models = d.pop("models")
        for models_item_data in _models:
            models_item = SearchModel.from_dict(models_item_data)

            models.append(models_item)

        collections = []
        _collections = d.pop("collections")
        for collections_item_data in _collections:
            collections_item = SearchCollection.from_dict(collections_item_data)

            collections.append(collections_item)

        pages = []
        _pages = d.pop("pages")
        for pages_item_data in _pages:
            pages_item = SearchDocsPage.from_dict(pages_item_data)

            pages.append(pages_item)

        search_results = cls(
            query=query,
            models=models,
            collections=collections,
            pages=pages,
        )
        search_results.additional_properties = d
        return search_results

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Models this one refers to, imported after the class so that models referring to each
# other can load (and once, rather than on every parse).
from ..models.search_collection import SearchCollection  # noqa: E402
from ..models.search_docs_page import SearchDocsPage  # noqa: E402
from ..models.search_model import SearchModel  # noqa: E402
