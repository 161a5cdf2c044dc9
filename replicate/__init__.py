"""Python SDK for Replicate's HTTP API.

    import replicate
    output = replicate.run("replicate/hello-world", input={"text": "Alice"})

Module-level calls (`replicate.run`, `replicate.predictions.get` …) go through a
default client built on first use from REPLICATE_API_TOKEN and REPLICATE_BASE_URL.
"""

from __future__ import annotations

from os import environ as _environ
from threading import Lock
from typing import TYPE_CHECKING, Any, Literal, overload

from ._client import AsyncReplicate, Replicate
from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    DeadlineExceededError,
    InputValidationError,
    InternalServerError,
    MissingTokenError,
    ModelError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ReplicateError,
    UnprocessableEntityError,
    WebhookVerificationError,
)
from ._pagination import AsyncPage, AsyncPager, PageInfo, SyncPage
from ._version import __version__

if TYPE_CHECKING:
    from collections.abc import Iterator

    from replicate_api.models import Prediction

    from . import types as types
    from ._aiohttp import DefaultAioHttpClient
    from ._file_output import FileOutput
    from ._http_clients import DefaultAsyncHttpxClient, DefaultHttpxClient
    from ._sse import ServerSentEvent
    from ._use import AsyncFunction, AsyncRun, Function, Run
    from ._webhook_verify import verify_webhook
    from .lib._predictions_use import get_path_url
    from .resources._response import APIResponse, AsyncAPIResponse
    from .resources._variants import RequestOptions
    from .resources.account import Account
    from .resources.collections import Collections
    from .resources.deployments import Deployments
    from .resources.files import Files
    from .resources.hardware import Hardware
    from .resources.models import Models
    from .resources.predictions import Predictions
    from .resources.search import SearchResults
    from .resources.trainings import Trainings
    from .resources.webhooks import Webhooks

    predictions: Predictions
    models: Models
    collections: Collections
    deployments: Deployments
    trainings: Trainings
    files: Files
    hardware: Hardware
    account: Account
    webhooks: Webhooks

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncAPIResponse",
    "AsyncFunction",
    "AsyncPage",
    "AsyncPager",
    "AsyncReplicate",
    "AsyncRun",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DeadlineExceededError",
    "DefaultAioHttpClient",
    "DefaultAsyncHttpxClient",
    "DefaultHttpxClient",
    "FileOutput",
    "Function",
    "InputValidationError",
    "InternalServerError",
    "MissingTokenError",
    "ModelError",
    "NotFoundError",
    "PageInfo",
    "PermissionDeniedError",
    "RateLimitError",
    "Replicate",
    "ReplicateError",
    "RequestOptions",
    "Run",
    "ServerSentEvent",
    "SyncPage",
    "UnprocessableEntityError",
    "WebhookVerificationError",
    "__version__",
    "async_run",
    "default_client",
    "get_path_url",
    "run",
    "search",
    "stream",
    "use",
    "verify_webhook",
]

_RESOURCE_NAMES = frozenset(
    {
        "predictions",
        "models",
        "collections",
        "deployments",
        "trainings",
        "files",
        "hardware",
        "account",
        "webhooks",
    }
)

if _environ.get("REPLICATE_LOG"):  # REPLICATE_LOG=info|debug: log to stderr
    from ._logs import configure_from_env as _configure_logging

    _configure_logging()

_default: Replicate | None = None
_default_async: AsyncReplicate | None = None
_building = Lock()  # threads making their first call together build one client


def default_client() -> Replicate:
    """The client behind module-level calls, built on first use."""
    global _default
    if _default is None:
        with _building:
            if _default is None:
                _default = Replicate()
    return _default


def search(*, query: str, limit: int | None = None) -> SearchResults:
    return default_client().search(query=query, limit=limit)


# High-level calls with the default client (replicate/_run.py, _use.py) ------------------
# Same signatures as the client's methods, and the same docstrings (copied below).


def run(
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
    return default_client().run(
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


async def async_run(
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
    return await _async_default().run(
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


def _async_default() -> AsyncReplicate:
    """The client behind module-level async calls (async_run, use(use_async=True))."""
    global _default_async
    if _default_async is None:
        with _building:
            if _default_async is None:
                _default_async = AsyncReplicate()
    return _default_async


@overload
def use(
    ref: str,
    *,
    streaming: bool = False,
    use_file_output: bool = True,
    wait: bool | int = True,
    timeout: float | None = None,
    cancel_on_timeout: bool = True,
    cancel_on_interrupt: bool = True,
    file_encoding_strategy: Literal["url", "base64"] = "url",
    use_async: Literal[False] = False,
) -> Function: ...
@overload
def use(
    ref: str,
    *,
    streaming: bool = False,
    use_file_output: bool = True,
    wait: bool | int = True,
    timeout: float | None = None,
    cancel_on_timeout: bool = True,
    cancel_on_interrupt: bool = True,
    file_encoding_strategy: Literal["url", "base64"] = "url",
    use_async: Literal[True],
) -> AsyncFunction: ...
def use(
    ref: str,
    *,
    streaming: bool = False,
    use_file_output: bool = True,
    wait: bool | int = True,
    timeout: float | None = None,
    cancel_on_timeout: bool = True,
    cancel_on_interrupt: bool = True,
    file_encoding_strategy: Literal["url", "base64"] = "url",
    use_async: bool = False,
) -> Function | AsyncFunction:
    client = _async_default() if use_async else default_client()
    return client.use(
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
    ref: str | Prediction,
    input: dict[str, Any] | None = None,
    *,
    include_logs: bool = False,
    cancel_on_interrupt: bool = True,
    file_encoding_strategy: Literal["url", "base64"] = "url",
    webhook: str | None = None,
    webhook_events_filter: list[str] | None = None,
) -> Iterator[ServerSentEvent]:
    return default_client().stream(
        ref,
        input,
        include_logs=include_logs,
        cancel_on_interrupt=cancel_on_interrupt,
        file_encoding_strategy=file_encoding_strategy,
        webhook=webhook,
        webhook_events_filter=webhook_events_filter,
    )


def _documented(function: Any, method: Any, client: str = "replicate.default_client()") -> None:
    """Give a module-level function its client method's docstring, plus which client it uses."""
    lines = [line.strip() for line in (method.__doc__ or "").splitlines()]  # no nesting in these
    body = "\n".join(lines).strip()
    function.__doc__ = f"{body}\n\nThis function uses {client}."


_documented(search, Replicate.search)
_documented(run, Replicate.run)
_documented(async_run, Replicate.run, "a default AsyncReplicate (a pool per event loop)")
_documented(use, Replicate.use)
_documented(stream, Replicate.stream)


def __dir__() -> list[str]:
    return sorted({*globals(), *_RESOURCE_NAMES})


# Imported on first access, so `import replicate` stays fast.
_LAZY_NAMES = {
    "APIResponse": ".resources._response",
    "AsyncAPIResponse": ".resources._response",
    "AsyncFunction": "._use",
    "AsyncRun": "._use",
    "DefaultAioHttpClient": "._aiohttp",
    "DefaultAsyncHttpxClient": "._http_clients",
    "DefaultHttpxClient": "._http_clients",
    "FileOutput": "._file_output",
    "Function": "._use",
    "RequestOptions": ".resources._variants",
    "Run": "._use",
    "ServerSentEvent": "._sse",
    "get_path_url": ".lib._predictions_use",
    "verify_webhook": "._webhook_verify",
}


def __getattr__(name: str) -> Any:
    if name in _RESOURCE_NAMES:
        return getattr(default_client(), name)
    if name in _LAZY_NAMES:
        from importlib import import_module

        value = getattr(import_module(_LAZY_NAMES[name], __name__), name)
        globals()[name] = value
        return value
    if name == "types":  # `replicate.types.Prediction` without importing the module first
        from importlib import import_module

        return import_module(".types", __name__)
    raise AttributeError(f"module 'replicate' has no attribute {name!r}")
