"""Pages of list results: walking every page by absolute `next` URLs, sync and async."""

from __future__ import annotations

import _resource_samples as samples
import httpx
import pytest
import respx
from _resource_samples import API, TOKEN

from replicate import AsyncPage, Replicate, ReplicateError, SyncPage

# Three pages; the cursors are absolute URLs, as the API sends them.
PAGE_2 = f"{API}/predictions?cursor=c2"
PAGE_3 = f"{API}/predictions?cursor=c3"


def _three_pages(router: respx.MockRouter) -> respx.Route:
    pages = {
        None: samples.page([samples.prediction("p1"), samples.prediction("p2")], next=PAGE_2),
        "c2": samples.page([samples.prediction("p3"), samples.prediction("p4")], next=PAGE_3),
        "c3": samples.page([samples.prediction("p5")]),
    }

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=pages[request.url.params.get("cursor")])

    return router.get(f"{API}/predictions").mock(side_effect=answer)


def _client() -> Replicate:
    return samples.sync_client()


def test_iterating_a_page_walks_every_page() -> None:
    with respx.mock() as router:
        route = _three_pages(router)
        page = _client().predictions.list()
        assert isinstance(page, SyncPage)
        assert [p.id for p in page.results] == ["p1", "p2"]
        assert page.next == PAGE_2 and page.has_next()
        ids = [p.id for p in page]
    assert ids == ["p1", "p2", "p3", "p4", "p5"]
    sent = [call.request for call in route.calls]
    assert [str(r.url) for r in sent] == [f"{API}/predictions", PAGE_2, PAGE_3]
    assert all(r.headers["authorization"] == f"Bearer {TOKEN}" for r in sent)


def test_pages_are_fetched_only_when_needed() -> None:
    with respx.mock() as router:
        route = _three_pages(router)
        page = _client().predictions.list()
        first_three = []
        for prediction in page:
            first_three.append(prediction.id)
            if len(first_three) == 3:
                break
    assert first_three == ["p1", "p2", "p3"]
    assert route.call_count == 2


def test_iter_pages_and_next_page() -> None:
    with respx.mock() as router:
        _three_pages(router)
        page = _client().predictions.list()
        sizes = [len(p.results) for p in page.iter_pages()]
        second = page.next_page()
        assert second is not None
        last = second.next_page()
        assert last is not None
        assert last.next is None and not last.has_next()
        assert last.next_page() is None
    assert sizes == [2, 2, 1]
    assert "results=<2 items>" in repr(page)


async def test_async_iteration_walks_every_page() -> None:
    with respx.mock() as router:
        route = _three_pages(router)
        async with samples.async_client() as client:
            page = await client.predictions.list()
            assert isinstance(page, AsyncPage)
            ids = [p.id async for p in page]
            sizes = [len(p.results) async for p in page.iter_pages()]
    assert ids == ["p1", "p2", "p3", "p4", "p5"]
    assert sizes == [2, 2, 1]
    assert str(route.calls[2].request.url) == PAGE_3


@pytest.mark.parametrize(
    "foreign",
    [
        "https://evil.example/v1/predictions?cursor=c2",
        "http://api.replicate.test/v1/predictions?cursor=c2",  # same host, no TLS
        "https://api.replicate.test:8443/v1/predictions?cursor=c2",
    ],
)
def test_a_next_link_to_another_origin_is_refused(foreign: str) -> None:
    with respx.mock(assert_all_called=False) as router:
        router.get(f"{API}/predictions").respond(
            200, json=samples.page([samples.prediction("p1")], next=foreign)
        )
        elsewhere = router.route(url__startswith=foreign.split("/v1")[0] + "/")
        page = _client().predictions.list()
        with pytest.raises(ReplicateError, match="another host"):
            list(page)
    assert elsewhere.call_count == 0


async def test_async_next_link_to_another_host_is_refused() -> None:
    with respx.mock(assert_all_called=False) as router:
        router.get(f"{API}/files").respond(
            200, json=samples.page([samples.file()], next="https://evil.example/files?c=2")
        )
        evil = router.route(host="evil.example")
        async with samples.async_client() as client:
            page = await client.files.list()
            with pytest.raises(ReplicateError, match=r"evil\.example"):
                await page.next_page()
    assert evil.call_count == 0


def test_search_pages_repeat_the_query_body() -> None:
    next_url = f"{API}/models?cursor=abc"
    with respx.mock() as router:
        route = router.route(method="QUERY", url__startswith=f"{API}/models").mock(
            side_effect=[
                httpx.Response(200, json=samples.page([samples.model("a", "one")], next=next_url)),
                httpx.Response(200, json=samples.page([samples.model("b", "two")])),
            ]
        )
        names = [m.name for m in _client().models.search("hello")]
    assert names == ["one", "two"]
    assert [c.request.content for c in route.calls] == [b"hello", b"hello"]
    assert str(route.calls[1].request.url) == next_url


def test_list_filters_are_not_repeated_on_following_pages() -> None:
    # The next URL already carries the cursor and the filters; adding ours would double them.
    next_url = f"{API}/models?cursor=x&sort_by=model_created_at"
    with respx.mock() as router:
        route = router.get(url__startswith=f"{API}/models").mock(
            side_effect=[
                httpx.Response(200, json=samples.page([samples.model()], next=next_url)),
                httpx.Response(200, json=samples.page([])),
            ]
        )
        list(_client().models.list(sort_by="model_created_at"))
    assert str(route.calls[1].request.url) == next_url


def test_an_empty_page_iterates_to_nothing() -> None:
    with respx.mock() as router:
        route = router.get(f"{API}/trainings").respond(200, json=samples.page([]))
        assert list(_client().trainings.list()) == []
    assert route.call_count == 1


def test_a_page_body_without_results_is_a_clear_error() -> None:
    from replicate import APIResponseError

    with respx.mock() as router:
        router.get(f"{API}/deployments").respond(200, json={"detail": "oops"})
        with pytest.raises(APIResponseError, match="GET /v1/deployments"):
            _client().deployments.list()
