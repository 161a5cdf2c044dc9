"""The `Replicate` and `AsyncReplicate` clients.

Both hold their configuration and one connection pool, and expose the API's
resources as lazily built attributes (`client.predictions`, `client.models` …).
"""

from __future__ import annotations

import os
from importlib import import_module
from typing import TYPE_CHECKING, Any, Generic, Literal, Self, TypeVar, overload

import httpx

from ._sharding import ShardedTransport, in_flight_limit
from ._transport import (
    DEFAULT_BASE_URL,
    DEFAULT_LIMITS,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    USER_AGENT,
    AsyncTransport,
    Gate,
    SyncTransport,
)

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Callable, Iterator

    from replicate_api.models import Prediction
    from typing_extensions import TypeVar as DefaultTypeVar

    from ._lowlevel import LowLevelOptions
    from ._sse import ServerSentEvent
    from ._use import AsyncFunction, Function
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

if TYPE_CHECKING:
    R = DefaultTypeVar("R", default=httpx.Response)  # what a low-level call's `cast_to` asks for

_RESOURCES = "replicate.resources."
T = TypeVar("T")


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
        self.base_url = _checked_base_url(base_url)
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


class lazy_resource(Generic[T]):
    """`predictions: lazy_resource[Predictions] = lazy_resource("pkg.module:Predictions")`

    The module is imported and the resource built (over the client's transport, its
    only argument) the first time the attribute is read, then cached on the client.
    """

    def __init__(self, target: str) -> None:
        self.module, _, self.attr = target.partition(":")
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type) -> lazy_resource[T]: ...
    @overload
    def __get__(self, instance: object, owner: type) -> T: ...
    def __get__(self, instance: Any, owner: type) -> Any:
        if instance is None:
            return self
        value = getattr(import_module(self.module), self.attr)(instance._transport)
        instance.__dict__[self.name] = value
        return value


def _checked_base_url(given: str | None) -> str:
    """The base URL to use; one without http:// or https:// is refused, saying where from."""
    from_env = os.environ.get("REPLICATE_BASE_URL")
    base_url = given or from_env or DEFAULT_BASE_URL
    if not base_url.lower().startswith(("http://", "https://")):
        source = "base_url" if given else "REPLICATE_BASE_URL"
        raise ValueError(
            f"{source} must start with http:// or https://, got {base_url!r} "
            f"(for example http://{base_url.lstrip('/') or 'localhost:8000/v1'})"
        )
    return base_url


def _http_timeout(timeout: Timeout) -> httpx.Timeout:
    return timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)


def _headers() -> dict[str, str]:
    return {"User-Agent": USER_AGENT}


def _claim_user_agent(headers: httpx.Headers) -> None:
    # httpx fills in its own User-Agent; replace that one, keep one the user chose.
    if headers.get("User-Agent", "").startswith("python-httpx/"):
        headers["User-Agent"] = USER_AGENT


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
        renew: Callable[[], httpx.Client] | None = None
        if http_client is None:

            def renew() -> httpx.Client:
                return httpx.Client(
                    timeout=_http_timeout(timeout), headers=_headers(), limits=DEFAULT_LIMITS
                )

            http_client = renew()
        else:
            _claim_user_agent(http_client.headers)
        self._transport = SyncTransport(
            http_client,
            base_url=self.base_url,
            token=bearer_token,
            max_retries=max_retries,
            timeout=_http_timeout(timeout),
            renew=renew,
        )

    @property
    def _http(self) -> httpx.Client:
        """The connection pool in use (a fresh one after a fork, or per event loop)."""
        return self._transport.http

    @property
    def transport(self) -> SyncTransport:
        """What sends this client's requests (signing, retries, errors); resources,
        run()/use()/stream() and FileOutputs all go through it."""
        return self._transport

    def with_options(self, **changes: Any) -> Replicate:
        """A client with some settings changed, sharing this one's connection pool
        (or using the `http_client=` given)."""
        http_client = changes.pop("http_client", None)
        clone = Replicate(
            **self._options(**changes), http_client=http_client or self._transport.http
        )
        if http_client is None:
            clone._transport.pool = self._transport.pool  # renewed together after a fork
        return clone

    # Low-level access ---------------------------------------------------------------

    def request(
        self,
        method: str,
        url: str,
        *,
        cast_to: type[R] | None = None,
        body: Any = None,
        options: LowLevelOptions | None = None,
        **kwargs: Any,
    ) -> R:
        """Send any request to the API (a path like "/predictions", or an absolute URL).

        Keyword arguments are httpx's (`json`, `params`, `headers`, `content` …), or the
        official README's `body=` and `options=`; `cast_to` picks what comes back (see
        `replicate._lowlevel`). Error statuses raise; the response comes back read.
        """
        from ._lowlevel import cast_response, send_kwargs

        sent = send_kwargs(body, options, kwargs)
        return cast_response(self._transport.request(method.upper(), url, **sent), cast_to)

    def get(self, url: str, *, cast_to: type[R] | None = None, **kwargs: Any) -> R:
        return self.request("GET", url, cast_to=cast_to, **kwargs)

    def post(self, url: str, *, cast_to: type[R] | None = None, **kwargs: Any) -> R:
        return self.request("POST", url, cast_to=cast_to, **kwargs)

    def put(self, url: str, *, cast_to: type[R] | None = None, **kwargs: Any) -> R:
        return self.request("PUT", url, cast_to=cast_to, **kwargs)

    def patch(self, url: str, *, cast_to: type[R] | None = None, **kwargs: Any) -> R:
        return self.request("PATCH", url, cast_to=cast_to, **kwargs)

    def delete(self, url: str, *, cast_to: type[R] | None = None, **kwargs: Any) -> R:
        return self.request("DELETE", url, cast_to=cast_to, **kwargs)

    def search(self, *, query: str, limit: int | None = None) -> SearchResults:
        """Search public models, collections and docs."""
        from .resources.search import search

        return search(self._transport, query=query, limit=limit)

    # High-level: run, use, stream (replicate/_run.py, _use.py) ---------------------

    def run(
        self,
        ref: str,
        input: dict[str, Any] | None = None,
        *,
        wait: bool | int = True,
        timeout: float | None = None,
        use_file_output: bool = True,
        cancel_on_timeout: bool = True,
        cancel_on_interrupt: bool = True,
        file_encoding_strategy: Literal["url", "base64"] = "url",
        webhook: str | None = None,
        webhook_events_filter: list[str] | None = None,
        validate: bool | None = None,
    ) -> Any:
        """Run a model and return its output once it has finished.

        `ref` is "owner/name", "owner/name:version" or a version id. `wait=True` (or
        1-60 seconds) holds the request open so a fast model costs one request; after
        that (or with `wait=False`) the prediction is polled. `timeout=` is a deadline
        for the whole run: past it the prediction is canceled (unless
        `cancel_on_timeout=False`) and DeadlineExceededError raised. An interrupt
        (Ctrl-C, a cancelled task) once the prediction exists cancels it too, unless
        `cancel_on_interrupt=False`; a note on the interrupt names the prediction.
        Paths, open binary files and bytes in `input` are uploaded (or inlined as data URIs with
        `file_encoding_strategy="base64"`). Output files come back as FileOutput
        objects unless `use_file_output=False`. A failed or canceled prediction raises
        ModelError.

        `input` is checked against the model's schema before anything is created when
        this client has read it already (by `use()`, or an earlier `validate=True`);
        `validate=True` reads it if need be (one request per model), `validate=False`
        skips the check. Problems raise InputValidationError, listing them all.
        """
        from ._run import run

        return run(
            self._transport,
            ref,
            input,
            wait=wait,
            timeout=timeout,
            use_file_output=use_file_output,
            cancel_on_timeout=cancel_on_timeout,
            cancel_on_interrupt=cancel_on_interrupt,
            file_encoding_strategy=file_encoding_strategy,
            webhook=webhook,
            webhook_events_filter=webhook_events_filter,
            validate=validate,
        )

    def use(
        self,
        ref: str,
        *,
        streaming: bool = False,
        use_file_output: bool = True,
        wait: bool | int = True,
        timeout: float | None = None,
        cancel_on_timeout: bool = True,
        cancel_on_interrupt: bool = True,
        file_encoding_strategy: Literal["url", "base64"] = "url",
    ) -> Function:
        """A model as a function: `f(**inputs)` returns its output, `f.create(**inputs)`
        a handle. The schema is read once per client to shape outputs and to check
        inputs before any prediction is created (unknown or missing keys, wrong types,
        values outside an enum raise InputValidationError); `streaming=True` makes calls
        yield output items (tokens) as they are produced."""
        from ._use import Function

        return Function(
            self._transport,
            ref,
            streaming=streaming,
            use_file_output=use_file_output,
            wait=wait,
            timeout=timeout,
            cancel_on_timeout=cancel_on_timeout,
            cancel_on_interrupt=cancel_on_interrupt,
            file_encoding_strategy=file_encoding_strategy,
        )

    def stream(
        self,
        ref: str | Prediction,
        input: dict[str, Any] | None = None,
        *,
        include_logs: bool = False,
        cancel_on_interrupt: bool = True,
        file_encoding_strategy: Literal["url", "base64"] = "url",
        webhook: str | None = None,
        webhook_events_filter: list[str] | None = None,
    ) -> Iterator[ServerSentEvent]:
        """Start a prediction (or follow a given one) and yield its output events.

        Events are read from the prediction's server-sent event stream, resuming where
        they left off if the connection drops; `str(event)` is the text. Logs events too
        with `include_logs=True`. A failed or canceled prediction raises ModelError.
        """
        from ._stream import stream

        return stream(
            self._transport,
            ref,
            input,
            include_logs=include_logs,
            cancel_on_interrupt=cancel_on_interrupt,
            file_encoding_strategy=file_encoding_strategy,
            webhook=webhook,
            webhook_events_filter=webhook_events_filter,
        )

    # Lifecycle ----------------------------------------------------------------------

    def close(self) -> None:
        """Close the connection pool (unless it was passed in as `http_client`)."""
        if self._owns_http:
            self._transport.pool.close()

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
        renew: Callable[[], httpx.AsyncClient] | None = None
        if http_client is None:

            def renew() -> httpx.AsyncClient:
                return httpx.AsyncClient(
                    timeout=_http_timeout(timeout),
                    headers=_headers(),
                    transport=ShardedTransport(limits=DEFAULT_LIMITS),
                )

            http_client = renew()
        else:
            _claim_user_agent(http_client.headers)
        gate = Gate(in_flight_limit(http_client, DEFAULT_LIMITS.max_connections or 100))
        self._transport = AsyncTransport(
            http_client,
            base_url=self.base_url,
            token=bearer_token,
            max_retries=max_retries,
            timeout=_http_timeout(timeout),
            gate=gate,
            renew=renew,
        )

    @property
    def _http(self) -> httpx.AsyncClient:
        """The connection pool in use (a fresh one after a fork, or per event loop)."""
        return self._transport.http

    @property
    def transport(self) -> AsyncTransport:
        """What sends this client's requests; see `Replicate.transport`."""
        return self._transport

    def with_options(self, **changes: Any) -> AsyncReplicate:
        """A client with some settings changed, sharing this one's connection pool
        (or using the `http_client=` given)."""
        http_client = changes.pop("http_client", None)
        clone = AsyncReplicate(
            **self._options(**changes), http_client=http_client or self._transport.http
        )
        if http_client is None:
            clone._transport.gate = self._transport.gate  # one pool, one limit
            clone._transport.pool = self._transport.pool
        return clone

    async def request(
        self,
        method: str,
        url: str,
        *,
        cast_to: type[R] | None = None,
        body: Any = None,
        options: LowLevelOptions | None = None,
        **kwargs: Any,
    ) -> R:
        """Send any request to the API; see `Replicate.request`."""
        from ._lowlevel import cast_response, send_kwargs

        sent = send_kwargs(body, options, kwargs)
        response = await self._transport.request(method.upper(), url, **sent)
        return cast_response(response, cast_to)

    async def get(self, url: str, *, cast_to: type[R] | None = None, **kwargs: Any) -> R:
        return await self.request("GET", url, cast_to=cast_to, **kwargs)

    async def post(self, url: str, *, cast_to: type[R] | None = None, **kwargs: Any) -> R:
        return await self.request("POST", url, cast_to=cast_to, **kwargs)

    async def put(self, url: str, *, cast_to: type[R] | None = None, **kwargs: Any) -> R:
        return await self.request("PUT", url, cast_to=cast_to, **kwargs)

    async def patch(self, url: str, *, cast_to: type[R] | None = None, **kwargs: Any) -> R:
        return await self.request("PATCH", url, cast_to=cast_to, **kwargs)

    async def delete(self, url: str, *, cast_to: type[R] | None = None, **kwargs: Any) -> R:
        return await self.request("DELETE", url, cast_to=cast_to, **kwargs)

    async def search(self, *, query: str, limit: int | None = None) -> SearchResults:
        """Search public models, collections and docs."""
        from .resources.search import async_search

        return await async_search(self._transport, query=query, limit=limit)

    # High-level: run, use, stream (replicate/_run.py, _use.py) ---------------------

    async def run(
        self,
        ref: str,
        input: dict[str, Any] | None = None,
        *,
        wait: bool | int = True,
        timeout: float | None = None,
        use_file_output: bool = True,
        cancel_on_timeout: bool = True,
        cancel_on_interrupt: bool = True,
        file_encoding_strategy: Literal["url", "base64"] = "url",
        webhook: str | None = None,
        webhook_events_filter: list[str] | None = None,
        validate: bool | None = None,
    ) -> Any:
        """Run a model and return its output; see `Replicate.run`."""
        from ._run import async_run

        return await async_run(
            self._transport,
            ref,
            input,
            wait=wait,
            timeout=timeout,
            use_file_output=use_file_output,
            cancel_on_timeout=cancel_on_timeout,
            cancel_on_interrupt=cancel_on_interrupt,
            file_encoding_strategy=file_encoding_strategy,
            webhook=webhook,
            webhook_events_filter=webhook_events_filter,
            validate=validate,
        )

    def use(
        self,
        ref: str,
        *,
        streaming: bool = False,
        use_file_output: bool = True,
        wait: bool | int = True,
        timeout: float | None = None,
        cancel_on_timeout: bool = True,
        cancel_on_interrupt: bool = True,
        file_encoding_strategy: Literal["url", "base64"] = "url",
    ) -> AsyncFunction:
        """A model as an async function: `await f(**inputs)`; with `streaming=True`,
        `async for item in f(**inputs)`. See `Replicate.use`."""
        from ._use import AsyncFunction

        return AsyncFunction(
            self._transport,
            ref,
            streaming=streaming,
            use_file_output=use_file_output,
            wait=wait,
            timeout=timeout,
            cancel_on_timeout=cancel_on_timeout,
            cancel_on_interrupt=cancel_on_interrupt,
            file_encoding_strategy=file_encoding_strategy,
        )

    def stream(
        self,
        ref: str | Prediction,
        input: dict[str, Any] | None = None,
        *,
        include_logs: bool = False,
        cancel_on_interrupt: bool = True,
        file_encoding_strategy: Literal["url", "base64"] = "url",
        webhook: str | None = None,
        webhook_events_filter: list[str] | None = None,
    ) -> AsyncIterator[ServerSentEvent]:
        """`async for event in client.stream(...)`; see `Replicate.stream`."""
        from ._stream import async_stream

        return async_stream(
            self._transport,
            ref,
            input,
            include_logs=include_logs,
            cancel_on_interrupt=cancel_on_interrupt,
            file_encoding_strategy=file_encoding_strategy,
            webhook=webhook,
            webhook_events_filter=webhook_events_filter,
        )

    async def close(self) -> None:
        if self._owns_http:
            await self._transport.pool.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
