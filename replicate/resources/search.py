"""search: one query across public models, collections and documentation pages.

Used by `Replicate.search` / `AsyncReplicate.search` and `replicate.search(...)`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._base import AsyncResource, Call, SyncResource, model

if TYPE_CHECKING:
    from replicate_api.models import SearchResults

    from .._transport import AsyncTransport, SyncTransport

__all__ = ["SearchResults", "async_search", "search"]


def _search(query: str, limit: int | None) -> Call[SearchResults]:
    from replicate_api.api.search import search as search_endpoint
    from replicate_api.models import SearchResults

    options: dict[str, Any] = {} if limit is None else {"limit": limit}
    return Call.generated(
        search_endpoint.request_kwargs(query=query, **options), model(SearchResults)
    )


def search(transport: SyncTransport, *, query: str, limit: int | None = None) -> SearchResults:
    """Search public models, collections and docs; `limit` caps the models returned."""
    return SyncResource(transport)._call(_search(query, limit))


async def async_search(
    transport: AsyncTransport, *, query: str, limit: int | None = None
) -> SearchResults:
    return await AsyncResource(transport)._call(_search(query, limit))


def __getattr__(name: str) -> Any:
    # `SearchResults` is the generated model, loaded only when asked for.
    if name == "SearchResults":
        from replicate_api.models import SearchResults

        return SearchResults
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
