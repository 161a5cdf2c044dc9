"""Every error the SDK raises, importable as `from replicate.exceptions import ModelError`.

The tree is drawn at the top of `replicate/_errors.py`; `replicate` exports the same names.
"""

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
    InvalidTokenError,
    MissingTokenError,
    ModelError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ReplicateError,
    UnprocessableEntityError,
    WebhookVerificationError,
)

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DeadlineExceededError",
    "InputValidationError",
    "InternalServerError",
    "InvalidTokenError",
    "MissingTokenError",
    "ModelError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ReplicateError",
    "UnprocessableEntityError",
    "WebhookVerificationError",
]
