"""Python SDK for Replicate's HTTP API.

    import replicate
    output = replicate.run("replicate/hello-world", input={"text": "Alice"})

Module-level calls (`replicate.run`, `replicate.predictions.get` …) go through a
default client built on first use from REPLICATE_API_TOKEN and REPLICATE_BASE_URL.
"""

from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from ._client import AsyncReplicate, Replicate
from ._errors import (
    APIConnectionError,
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
from ._pagination import AsyncPage, SyncPage
from ._version import __version__

if TYPE_CHECKING:
    from collections.abc import Iterator

    from . import types as types
    from ._files import FileOutput
    from ._streaming import ServerSentEvent
    from ._use import Function
    from ._webhooks import verify_webhook
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
    "APIResponseError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPage",
    "AsyncReplicate",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DeadlineExceededError",
    "FileOutput",
    "InputValidationError",
    "InternalServerError",
    "MissingTokenError",
    "ModelError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "Replicate",
    "ReplicateError",
    "ServerSentEvent",
    "SyncPage",
    "UnprocessableEntityError",
    "WebhookVerificationError",
    "__version__",
    "async_run",
    "default_client",
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

_default: Replicate | None = None


def default_client() -> Replicate:
    """The client behind module-level calls, built on first use."""
    global _default
    if _default is None:
        _default = Replicate()
    return _default


def search(*, query: str, limit: int | None = None) -> "SearchResults":
    """Search public models, collections and docs with the default client."""
    return default_client().search(query=query, limit=limit)


# High-level calls with the default client (replicate/_run.py, _use.py) ------------------


def run(ref: str, input: dict[str, Any] | None = None, **options: Any) -> Any:
    """Run a model and return its output; see `Replicate.run` for the options."""
    return default_client().run(ref, input, **options)


async def async_run(ref: str, input: dict[str, Any] | None = None, **options: Any) -> Any:
    """`await replicate.async_run(...)`: run() with a default async client per event loop."""
    import asyncio

    loop = asyncio.get_running_loop()
    client = _ASYNC_DEFAULTS.get(loop)
    if client is None:
        client = _ASYNC_DEFAULTS[loop] = AsyncReplicate()
    return await client.run(ref, input, **options)


# The module-level async_run's client: one per event loop, since an async connection
# pool cannot be shared between loops.
_ASYNC_DEFAULTS: "WeakKeyDictionary[Any, AsyncReplicate]" = WeakKeyDictionary()


def use(ref: str, **options: Any) -> "Function":
    """A model as a function; see `Replicate.use`."""
    return default_client().use(ref, **options)


def stream(
    ref: Any, input: dict[str, Any] | None = None, **options: Any
) -> "Iterator[ServerSentEvent]":
    """Run a model and yield its output events as they arrive; see `Replicate.stream`."""
    return default_client().stream(ref, input, **options)


# Imported on first access, so `import replicate` stays fast.
_LAZY_NAMES = {
    "FileOutput": "._files",
    "ServerSentEvent": "._streaming",
    "verify_webhook": "._webhooks",
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
