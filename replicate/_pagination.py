"""Pages of list results that know how to fetch the pages after them.

Iterating a page walks every item of every following page, fetching each `next`
page (an absolute URL on the API's own host) only when the items before it are used.
An async list method returns an `AsyncPager`: `await` it for the first page, or
`async for` straight over every item.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from typing import Any, Generic, TypeVar

from ._errors import ReplicateError

__all__ = ["AsyncPage", "AsyncPager", "PageInfo", "SyncPage"]

T = TypeVar("T")


class PageInfo:
    """Where the next page is: its absolute URL."""

    __slots__ = ("url",)

    def __init__(self, url: str) -> None:
        self.url = url

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PageInfo) and other.url == self.url

    def __hash__(self) -> int:
        return hash(self.url)

    def __repr__(self) -> str:
        return f"PageInfo(url={self.url!r})"


class _Page(Generic[T]):
    __slots__ = ("_load", "next", "previous", "results")

    results: list[T]
    next: str | None
    previous: str | None

    def __init__(self, results: list[T], next: str | None, previous: str | None) -> None:
        self.results = results
        self.next = next
        self.previous = previous

    def has_next(self) -> bool:
        return bool(self.next)

    def has_next_page(self) -> bool:
        return bool(self.next)

    def next_page_info(self) -> PageInfo | None:
        return PageInfo(self.next) if self.next else None

    def _next_url(self) -> str:
        if not self.next:
            raise ReplicateError("This is the last page: there is no next page to fetch.")
        return self.next

    def __repr__(self) -> str:
        return f"{type(self).__name__}(results=<{len(self.results)} items>, next={self.next!r})"


class SyncPage(_Page[T]):
    """One page of results; `for item in page` walks this page and all that follow."""

    def __init__(
        self,
        results: list[T],
        next: str | None,
        previous: str | None,
        load: Callable[[str], SyncPage[T]],
    ) -> None:
        super().__init__(results, next, previous)
        self._load = load

    def next_page(self) -> SyncPage[T] | None:
        return self._load(self.next) if self.next else None

    def get_next_page(self) -> SyncPage[T]:
        """The next page; raises ReplicateError on the last one (see `has_next_page()`)."""
        return self._load(self._next_url())

    def iter_pages(self) -> Iterator[SyncPage[T]]:
        page: SyncPage[T] | None = self
        while page is not None:
            yield page
            page = page.next_page()

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.results


class AsyncPage(_Page[T]):
    """One page of results; `async for item in page` walks this page and all that follow."""

    def __init__(
        self,
        results: list[T],
        next: str | None,
        previous: str | None,
        load: Callable[[str], Awaitable[AsyncPage[T]]],
    ) -> None:
        super().__init__(results, next, previous)
        self._load = load

    async def next_page(self) -> AsyncPage[T] | None:
        return await self._load(self.next) if self.next else None

    async def get_next_page(self) -> AsyncPage[T]:
        """The next page; raises ReplicateError on the last one (see `has_next_page()`)."""
        return await self._load(self._next_url())

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        page: AsyncPage[T] | None = self
        while page is not None:
            yield page
            page = await page.next_page()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.results:
                yield item


class AsyncPager(Generic[T]):
    """An async list call not sent yet: `await` it for the first page, or iterate it with
    `async for` to walk every item of every page."""

    __slots__ = ("_fetch",)

    def __init__(self, fetch: Callable[[], Awaitable[AsyncPage[T]]]) -> None:
        self._fetch = fetch

    def __await__(self) -> Generator[Any, None, AsyncPage[T]]:
        return self._fetch().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for item in await self._fetch():
            yield item
