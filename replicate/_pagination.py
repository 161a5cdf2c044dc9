"""Pages of list results that know how to fetch the pages after them.

Iterating a page walks every item of every following page, fetching each `next`
page (an absolute URL on the API's own host) only when the items before it are used.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")


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

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        page: AsyncPage[T] | None = self
        while page is not None:
            yield page
            page = await page.next_page()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.results:
                yield item
