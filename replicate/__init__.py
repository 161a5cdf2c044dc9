"""Python SDK for Replicate's HTTP API.

    import replicate
    output = replicate.run("replicate/hello-world", input={"text": "Alice"})

Module-level calls (`replicate.run`, `replicate.predictions.get` …) go through a
default client built on first use from REPLICATE_API_TOKEN and REPLICATE_BASE_URL.
"""

from typing import TYPE_CHECKING, Any

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
    "InternalServerError",
    "MissingTokenError",
    "ModelError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "Replicate",
    "ReplicateError",
    "SyncPage",
    "UnprocessableEntityError",
    "WebhookVerificationError",
    "__version__",
    "default_client",
    "search",
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


def __getattr__(name: str) -> Any:
    if name in _RESOURCE_NAMES:
        return getattr(default_client(), name)
    raise AttributeError(f"module 'replicate' has no attribute {name!r}")
