"""The `Replicate` and `AsyncReplicate` clients.

Both hold their configuration and one connection pool, and expose the API's
resources as lazily built attributes (`client.predictions`, `client.models` …).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, Self

import httpx

from ._lazy import lazy_resource
from ._transport import (
    DEFAULT_BASE_URL,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    USER_AGENT,
    AsyncTransport,
    SyncTransport,
)

if TYPE_CHECKING:
    from .resources.account import Account, AsyncAccount
    from .resources.collections import AsyncCollections, Collections
    from .resources.deployments import AsyncDeployments, Deployments
    from .resources.files import AsyncFiles, Files
    from .resources.hardware import AsyncHardware, Hardware
    from .resources.models import AsyncModels, Models
    from .resources.predictions import AsyncPredictions, Predictions
    from .resources.search import SearchResults
    from .resources.trainings import AsyncTrainings, Trainings
    from .resources.webhooks import AsyncWebhooks, Webhooks

Timeout = float | httpx.Timeout | None

_RESOURCES = "replicate.resources."


class _Settings:
    """Configuration shared by both clients; `with_options` copies it with changes."""

    bearer_token: str | None
    base_url: str
    timeout: Timeout
    max_retries: int

    def _configure(
        self,
        bearer_token: str | None,
        base_url: str | None,
        timeout: Timeout,
        max_retries: int,
    ) -> None:
        if max_retries < 0:
            raise ValueError(f"max_retries must be 0 or more, got {max_retries}")
        self.bearer_token = bearer_token
        self.base_url = base_url or os.environ.get("REPLICATE_BASE_URL") or DEFAULT_BASE_URL
        self.timeout = timeout
        self.max_retries = max_retries

    def _options(self, **changes: Any) -> dict[str, Any]:
        options = {
            "bearer_token": self.bearer_token,
            "base_url": self.base_url,
            "timeout": self.timeout,
            "max_retries": self.max_retries,
        }
        unknown = set(changes) - set(options)
        if unknown:
            raise TypeError(f"with_options() got unexpected options: {', '.join(sorted(unknown))}")
        return {**options, **changes}

    def __repr__(self) -> str:
        # Never shows the token.
        return f"{type(self).__name__}(base_url={self.base_url!r})"


def _http_timeout(timeout: Timeout) -> httpx.Timeout:
    return timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)


def _headers() -> dict[str, str]:
    return {"User-Agent": USER_AGENT}


class Replicate(_Settings):
    """A client for Replicate's HTTP API.

    The token comes from `bearer_token` or, at the first request, from the
    REPLICATE_API_TOKEN environment variable; the base URL from `base_url`,
    REPLICATE_BASE_URL or https://api.replicate.com/v1.
    """

    predictions: lazy_resource[Predictions] = lazy_resource(_RESOURCES + "predictions:Predictions")
    models: lazy_resource[Models] = lazy_resource(_RESOURCES + "models:Models")
    collections: lazy_resource[Collections] = lazy_resource(_RESOURCES + "collections:Collections")
    deployments: lazy_resource[Deployments] = lazy_resource(_RESOURCES + "deployments:Deployments")
    trainings: lazy_resource[Trainings] = lazy_resource(_RESOURCES + "trainings:Trainings")
    files: lazy_resource[Files] = lazy_resource(_RESOURCES + "files:Files")
    hardware: lazy_resource[Hardware] = lazy_resource(_RESOURCES + "hardware:Hardware")
    account: lazy_resource[Account] = lazy_resource(_RESOURCES + "account:Account")
    webhooks: lazy_resource[Webhooks] = lazy_resource(_RESOURCES + "webhooks:Webhooks")

    def __init__(
        self,
        *,
        bearer_token: str | None = None,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
    ) -> None:
        self._configure(bearer_token, base_url, timeout, max_retries)
        self._owns_http = http_client is None
        if http_client is None:
            http_client = httpx.Client(timeout=_http_timeout(timeout), headers=_headers())
        else:
            http_client.headers.setdefault("User-Agent", USER_AGENT)
        self._http = http_client
        self._transport = SyncTransport(
            http_client,
            base_url=self.base_url,
            token=bearer_token,
            max_retries=max_retries,
            timeout=_http_timeout(timeout),
        )

    def with_options(self, **changes: Any) -> Replicate:
        """A client with some settings changed, sharing this one's connection pool."""
        return Replicate(**self._options(**changes), http_client=self._http)

    # Low-level access ---------------------------------------------------------------

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """Send any request to the API (a path like "/predictions", or an absolute URL).

        Keyword arguments are httpx's (`json`, `params`, `headers`, `content` …).
        Error statuses raise; the response comes back read.
        """
        return self._transport.request(method.upper(), url, **kwargs)

    def get(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", url, **kwargs)

    def search(self, *, query: str, limit: int | None = None) -> SearchResults:
        """Search public models, collections and docs."""
        from .resources.search import search

        return search(self, query=query, limit=limit)

    # Lifecycle ----------------------------------------------------------------------

    def close(self) -> None:
        """Close the connection pool (unless it was passed in as `http_client`)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncReplicate(_Settings):
    """The asyncio twin of `Replicate`: same constructor, awaitable methods."""

    predictions: lazy_resource[AsyncPredictions] = lazy_resource(
        _RESOURCES + "predictions:AsyncPredictions"
    )
    models: lazy_resource[AsyncModels] = lazy_resource(_RESOURCES + "models:AsyncModels")
    collections: lazy_resource[AsyncCollections] = lazy_resource(
        _RESOURCES + "collections:AsyncCollections"
    )
    deployments: lazy_resource[AsyncDeployments] = lazy_resource(
        _RESOURCES + "deployments:AsyncDeployments"
    )
    trainings: lazy_resource[AsyncTrainings] = lazy_resource(
        _RESOURCES + "trainings:AsyncTrainings"
    )
    files: lazy_resource[AsyncFiles] = lazy_resource(_RESOURCES + "files:AsyncFiles")
    hardware: lazy_resource[AsyncHardware] = lazy_resource(_RESOURCES + "hardware:AsyncHardware")
    account: lazy_resource[AsyncAccount] = lazy_resource(_RESOURCES + "account:AsyncAccount")
    webhooks: lazy_resource[AsyncWebhooks] = lazy_resource(_RESOURCES + "webhooks:AsyncWebhooks")

    def __init__(
        self,
        *,
        bearer_token: str | None = None,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        self._configure(bearer_token, base_url, timeout, max_retries)
        self._owns_http = http_client is None
        if http_client is None:
            http_client = httpx.AsyncClient(timeout=_http_timeout(timeout), headers=_headers())
        else:
            http_client.headers.setdefault("User-Agent", USER_AGENT)
        self._http = http_client
        self._transport = AsyncTransport(
            http_client,
            base_url=self.base_url,
            token=bearer_token,
            max_retries=max_retries,
            timeout=_http_timeout(timeout),
        )

    def with_options(self, **changes: Any) -> AsyncReplicate:
        """A client with some settings changed, sharing this one's connection pool."""
        return AsyncReplicate(**self._options(**changes), http_client=self._http)

    async def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """Send any request to the API; see `Replicate.request`."""
        return await self._transport.request(method.upper(), url, **kwargs)

    async def get(self, url: str, **kwargs: Any) -> httpx.Response:
        return await self.request("GET", url, **kwargs)

    async def post(self, url: str, **kwargs: Any) -> httpx.Response:
        return await self.request("POST", url, **kwargs)

    async def search(self, *, query: str, limit: int | None = None) -> SearchResults:
        """Search public models, collections and docs."""
        from .resources.search import async_search

        return await async_search(self, query=query, limit=limit)

    async def close(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
