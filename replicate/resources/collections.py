"""collections: curated lists of models."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._pagination import AsyncPage, SyncPage
from ._base import AsyncResource, Call, PageData, SyncResource, model, page_of

if TYPE_CHECKING:
    from replicate_api.models import Collection, CollectionSummary


def _get(collection_slug: str) -> Call[Collection]:
    from replicate_api.api.collections import collections_get
    from replicate_api.models import Collection

    return Call.generated(collections_get.request_kwargs(collection_slug), model(Collection))


def _list() -> Call[PageData[CollectionSummary]]:
    from replicate_api.api.collections import collections_list
    from replicate_api.models import CollectionPage

    return Call.generated(collections_list.request_kwargs(), page_of(CollectionPage))


class Collections(SyncResource):
    def get(self, collection_slug: str) -> Collection:
        """A collection and its models, by slug (`collection_slug="super-resolution"`)."""
        return self._call(_get(collection_slug))

    def list(self) -> SyncPage[CollectionSummary]:
        """All collections (without their models); iterate the page to walk them all."""
        return self._page(_list())


class AsyncCollections(AsyncResource):
    async def get(self, collection_slug: str) -> Collection:
        return await self._call(_get(collection_slug))

    async def list(self) -> AsyncPage[CollectionSummary]:
        return await self._page(_list())
