"""collections: curated lists of models."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from ._base import AsyncResource, Call, PageData, SyncResource, model, operation, page_of, paged
from ._variants import M, Raw, RequestOptions, Streamed

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


class _CollectionsOperations:
    @operation
    def get(self, collection_slug: str, **options: Unpack[RequestOptions]) -> Call[Collection]:
        """A collection and its models, by slug (`collection_slug="super-resolution"`)."""
        return _get(collection_slug)

    @paged
    def list(self, **options: Unpack[RequestOptions]) -> Call[PageData[CollectionSummary]]:
        """All collections (without their models); iterate the page to walk them all."""
        return _list()


class Collections(SyncResource[M], _CollectionsOperations):
    """Curated collections of models."""

    with_raw_response: Collections[Raw]
    with_streaming_response: Collections[Streamed]


class AsyncCollections(AsyncResource[M], _CollectionsOperations):
    """The asyncio twin of `Collections`: the same methods, awaited."""

    with_raw_response: AsyncCollections[Raw]
    with_streaming_response: AsyncCollections[Streamed]
