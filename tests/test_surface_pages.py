"""Pagination as the official README uses it, against a local server with two items a page."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from replicate import AsyncReplicate, Replicate, ReplicateError
from replicate.testing import LocalServer

SEEDED = {
    "replicate/hello-world",
    "anthropic/claude-sonnet-4",
    "google/nano-banana",
    "stability-ai/sdxl",
    "minimax/video-01",
}


@pytest.fixture(scope="module")
def small_pages() -> Iterator[LocalServer]:
    with LocalServer(token="r8_pages", page_size=2) as server:
        yield server


def _sync(server: LocalServer) -> Replicate:
    return Replicate(bearer_token="r8_pages", base_url=server.base_url)


def _async(server: LocalServer) -> AsyncReplicate:
    return AsyncReplicate(bearer_token="r8_pages", base_url=server.base_url)


def test_for_walks_every_page(small_pages: LocalServer) -> None:
    with _sync(small_pages) as client:
        names = [f"{model.owner}/{model.name}" for model in client.models.list()]
    assert set(names) == SEEDED
    assert len(names) == len(SEEDED)


def test_page_controls(small_pages: LocalServer) -> None:
    with _sync(small_pages) as client:
        first = client.models.list()
        assert len(first.results) == 2
        assert first.has_next_page()
        info = first.next_page_info()
        assert info is not None
        assert info.url == first.next
        second = first.get_next_page()
        assert len(second.results) == 2
        assert {m.name for m in second.results}.isdisjoint({m.name for m in first.results})
        last = second.get_next_page()
        assert len(last.results) == 1
        assert not last.has_next_page()
        assert last.next is None
        assert last.next_page_info() is None
        with pytest.raises(ReplicateError, match="last page"):
            last.get_next_page()


def test_async_for_without_await(small_pages: LocalServer) -> None:
    async def main() -> list[str]:
        async with _async(small_pages) as client:
            return [f"{model.owner}/{model.name}" async for model in client.models.list()]

    names = asyncio.run(main())
    assert set(names) == SEEDED
    assert len(names) == len(SEEDED)


def test_async_awaited_page_controls(small_pages: LocalServer) -> None:
    async def main() -> None:
        async with _async(small_pages) as client:
            first = await client.models.list()
            assert first.has_next_page()
            assert first.next_page_info() is not None
            second = await first.get_next_page()
            assert len(second.results) == 2
            last = await second.get_next_page()
            assert not last.has_next_page()
            with pytest.raises(ReplicateError):
                await last.get_next_page()
            # An awaited first page walks on with async for, too.
            assert len([model async for model in first]) == len(SEEDED)

    asyncio.run(main())


def test_nothing_is_sent_until_the_pager_is_awaited_or_iterated(small_pages: LocalServer) -> None:
    async def main() -> None:
        async with _async(small_pages) as client:
            route = "GET /v1/predictions"
            before = small_pages.counters.requests[route]
            pager = client.predictions.list()
            assert small_pages.counters.requests[route] == before
            page = await pager
            assert page.results == []
            assert small_pages.counters.requests[route] == before + 1

    asyncio.run(main())
