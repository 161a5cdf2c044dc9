"""The clients themselves: configuration, lifecycle, module-level use, low-level requests."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator

import _resource_samples as samples
import httpx
import pytest
import respx
from _resource_samples import API, TOKEN

import replicate
from replicate import AsyncReplicate, NotFoundError, Replicate


@pytest.fixture
def fresh_default(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Module-level calls build their default client anew for this test."""
    monkeypatch.setattr(replicate, "_default", None)
    yield
    if replicate._default is not None:
        replicate._default.close()


# Configuration --------------------------------------------------------------------------


def test_repr_and_str_never_show_the_token() -> None:
    for client in (
        Replicate(bearer_token=TOKEN, base_url=API),
        AsyncReplicate(bearer_token=TOKEN, base_url=API),
    ):
        assert TOKEN not in repr(client) and TOKEN not in str(client)
        assert API in repr(client)


def test_base_url_comes_from_argument_then_environment_then_default(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("REPLICATE_BASE_URL", raising=False)
    assert Replicate().base_url == "https://api.replicate.com/v1"
    monkeypatch.setenv("REPLICATE_BASE_URL", "http://127.0.0.1:9/v1")
    assert Replicate().base_url == "http://127.0.0.1:9/v1"
    assert AsyncReplicate().base_url == "http://127.0.0.1:9/v1"
    assert Replicate(base_url=API).base_url == API


def test_base_url_with_or_without_trailing_slash() -> None:
    with respx.mock() as router:
        route = router.get(f"{API}/account").respond(200, json=samples.account())
        Replicate(bearer_token=TOKEN, base_url=API + "/").account.get()
        Replicate(bearer_token=TOKEN, base_url=API).account.get()
    assert route.call_count == 2


def test_negative_max_retries_is_rejected() -> None:
    with pytest.raises(ValueError, match="max_retries"):
        Replicate(max_retries=-1)


def test_with_options_changes_settings_and_shares_the_pool() -> None:
    client = Replicate(bearer_token=TOKEN, base_url=API, max_retries=2)
    other = client.with_options(max_retries=0, timeout=5.0)
    assert isinstance(other, Replicate)
    assert other._http is client._http
    assert (other.max_retries, other.timeout, other.base_url) == (0, 5.0, API)
    assert (client.max_retries, client.bearer_token) == (2, TOKEN)
    assert other.bearer_token == TOKEN
    with pytest.raises(TypeError, match="bogus"):
        client.with_options(bogus=1)
    assert isinstance(AsyncReplicate().with_options(max_retries=1), AsyncReplicate)


def test_closing_a_client_closes_only_its_own_pool() -> None:
    with Replicate(bearer_token=TOKEN) as client:
        own = client._http
    assert own.is_closed

    shared = httpx.Client()
    with Replicate(bearer_token=TOKEN, http_client=shared) as client:
        assert shared.headers["user-agent"] == f"replicate-python-sdk/{replicate.__version__}"
    assert not shared.is_closed
    shared.close()


async def test_async_client_lifecycle() -> None:
    async with AsyncReplicate(bearer_token=TOKEN) as client:
        own = client._http
    assert own.is_closed


def test_resources_are_built_once_and_match_the_client_kind() -> None:
    from replicate.resources.models import AsyncModels, Models

    sync, asynchronous = Replicate(), AsyncReplicate()
    assert sync.models is sync.models
    assert isinstance(sync.models, Models) and isinstance(asynchronous.models, AsyncModels)
    assert type(sync.models.versions).__name__ == "Versions"
    assert type(asynchronous.webhooks.default.secret).__name__ == "AsyncDefaultWebhookSecret"


def test_a_user_http_client_gets_our_user_agent_and_token() -> None:
    with respx.mock() as router:
        route = router.get(f"{API}/account").respond(200, json=samples.account())
        Replicate(bearer_token=TOKEN, base_url=API, http_client=httpx.Client()).account.get()
    request = route.calls.last.request
    assert request.headers["user-agent"] == f"replicate-python-sdk/{replicate.__version__}"
    assert request.headers["authorization"] == f"Bearer {TOKEN}"


# Module-level use -----------------------------------------------------------------------


def test_module_level_calls_use_a_default_client_built_on_first_use(
    monkeypatch: pytest.MonkeyPatch, fresh_default: None
) -> None:
    # `replicate` was imported long before these variables were set.
    monkeypatch.setenv("REPLICATE_API_TOKEN", "r8_setafterimport")
    monkeypatch.setenv("REPLICATE_BASE_URL", API)
    with respx.mock() as router:
        route = router.get(f"{API}/predictions/p1").respond(200, json=samples.prediction("p1"))
        search = router.get(f"{API}/search").respond(200, json=samples.search_results())
        assert replicate.predictions.get(prediction_id="p1").id == "p1"
        assert replicate.search(query="nano banana").query == "nano banana"
    assert route.calls.last.request.headers["authorization"] == "Bearer r8_setafterimport"
    assert search.calls.last.request.url.params["query"] == "nano banana"
    assert replicate.default_client() is replicate._default
    assert replicate.models is replicate.default_client().models


def test_unknown_module_attributes_raise_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_thing"):
        replicate.no_such_thing  # noqa: B018


def test_importing_replicate_loads_no_generated_code() -> None:
    script = (
        "import sys, json, replicate\n"
        "before = sorted(m for m in sys.modules if m.startswith(('replicate_api', "
        "'replicate.resources.')))\n"
        "replicate.Replicate(bearer_token='x').models\n"
        "after = sorted(m for m in sys.modules if m.startswith('replicate_api.api.'))\n"
        "print(json.dumps([before, after]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    before, after = json.loads(result.stdout)
    assert before == []
    assert after == []  # building a resource does not load endpoints until a call


# Low-level requests ---------------------------------------------------------------------


def test_low_level_get_post_and_request() -> None:
    with respx.mock() as router:
        get = router.get(f"{API}/custom/endpoint").respond(200, json={"ok": 1})
        post = router.post(f"{API}/custom/endpoint").respond(201, json={"ok": 2})
        patch = router.patch(f"{API}/custom/endpoint").respond(200, json={"ok": 3})
        client = Replicate(bearer_token=TOKEN, base_url=API)
        first = client.get("/custom/endpoint", params={"a": "b"})
        second = client.post("/custom/endpoint", json={"key": "value"})
        third = client.request(
            method="patch",
            url="/custom/endpoint",
            json={"key": "value"},
            headers={"X-Custom-Header": "value"},
        )
    assert [r.json() for r in (first, second, third)] == [{"ok": 1}, {"ok": 2}, {"ok": 3}]
    assert get.calls.last.request.url.params["a"] == "b"
    assert json.loads(post.calls.last.request.content) == {"key": "value"}
    sent = patch.calls.last.request
    assert sent.method == "PATCH"
    assert sent.headers["x-custom-header"] == "value"
    assert sent.headers["authorization"] == f"Bearer {TOKEN}"


def test_low_level_errors_raise() -> None:
    with respx.mock() as router:
        router.get(f"{API}/nope").respond(404, json={"detail": "Not here"})
        with pytest.raises(NotFoundError, match="Not here"):
            Replicate(bearer_token=TOKEN, base_url=API).get("/nope")


async def test_async_low_level_requests() -> None:
    with respx.mock() as router:
        route = router.post(f"{API}/custom").respond(200, json={"echo": True})
        async with AsyncReplicate(bearer_token=TOKEN, base_url=API) as client:
            response = await client.post("/custom", json={"x": 1})
            again = await client.request("POST", f"{API}/custom", json={"x": 2})
    assert response.json() == {"echo": True} and again.status_code == 200
    assert [json.loads(c.request.content) for c in route.calls] == [{"x": 1}, {"x": 2}]
