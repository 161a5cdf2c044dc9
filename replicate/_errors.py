"""Every error the SDK raises.

ReplicateError
├── MissingTokenError          no API token was given or found in REPLICATE_API_TOKEN
├── APIError                   something went wrong talking to the API
│   ├── APIConnectionError         the request could not be sent or no response came back
│   │   └── APITimeoutError            ... because a timeout ran out
│   ├── APIStatusError             the API answered with an error status (problem+json attached)
│   │   ├── BadRequestError            400
│   │   ├── AuthenticationError        401
│   │   ├── PermissionDeniedError      403
│   │   ├── NotFoundError              404
│   │   ├── ConflictError              409
│   │   ├── UnprocessableEntityError   422
│   │   ├── RateLimitError             429
│   │   └── InternalServerError        5xx
│   └── APIResponseError           a successful response whose body makes no sense
├── ModelError                 a prediction or training failed or was canceled
├── DeadlineExceededError      run() passed its `timeout=` deadline
├── InputValidationError       a model input disagrees with the model's schema (nothing sent)
└── WebhookVerificationError   a webhook delivery failed verification
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx


class ReplicateError(Exception):
    """Base class of every error raised by this SDK.

    `prediction` is the prediction (or training) the error concerns, when the SDK knew
    one: a poll that failed after the prediction was created still tells you which.
    """

    prediction: Any = None


class MissingTokenError(ReplicateError):
    def __init__(self) -> None:
        super().__init__(
            "No API token: set the REPLICATE_API_TOKEN environment variable "
            "or pass bearer_token= to Replicate(...)."
        )


class InvalidTokenError(ReplicateError, ValueError):
    """The API token has whitespace inside it (the message never shows the token)."""

    def __init__(self, source: str) -> None:
        super().__init__(
            f"The API token from {source} has whitespace inside it; "
            "copy it again from https://replicate.com/account/api-tokens"
        )


def clean_token(token: str | None, source: str) -> str | None:
    """`token` without surrounding whitespace (a newline pasted from a file); None if empty.

    Whitespace inside is refused: no header could carry it, and httpx's error would show it.
    """
    if token is None:
        return None
    token = token.strip()
    if any(char.isspace() for char in token):
        raise InvalidTokenError(source)
    return token or None


class APIError(ReplicateError):
    """Base class of the errors met while talking to the API: connection, status, response."""


class APIConnectionError(APIError):
    """The request did not get a response (connection refused, reset, dropped …).

    `__cause__` is the httpx exception behind it, with a copy of the request that carries
    no Authorization header.
    """

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """A connect, read, write or pool timeout ran out."""


class APIStatusError(APIError):
    """The API answered with an error status; `status_code` and `response` tell which.

    `title`, `detail` and `status` come from the problem+json body when the API sends one.
    """

    status: int
    title: str | None
    detail: str | None

    def __init__(self, response: httpx.Response, body: Any = None) -> None:
        self.response = response
        self.request = response.request
        self.status = response.status_code
        self.body = body
        problem = body if isinstance(body, dict) else {}
        self.title = _text(problem.get("title"))
        self.detail = _text(problem.get("detail"))
        super().__init__(self._message())

    @property
    def status_code(self) -> int:
        return self.status

    def _message(self) -> str:
        request = self.request
        where = f"{request.method} {request.url.path}"
        summary = _one_line(self.detail or self.title or _reason(self.response))
        return f"{where} failed with {self.status}: {summary}"


class BadRequestError(APIStatusError):
    """400: the request was malformed."""


class AuthenticationError(APIStatusError):
    """401: the API token is missing or invalid."""


class PermissionDeniedError(APIStatusError):
    """403: the token is valid but not allowed to do this."""


class NotFoundError(APIStatusError):
    """404: no such resource (or it is not visible to this account)."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's current state."""


class UnprocessableEntityError(APIStatusError):
    """422: the request was well-formed but its values are invalid (e.g. model input)."""


class RateLimitError(APIStatusError):
    """429: too many requests; `retry_after` is the server's advice in seconds, if any."""

    @property
    def retry_after(self) -> float | None:
        from ._retries import parse_retry_after

        return parse_retry_after(self.response.headers.get("retry-after"))


class InternalServerError(APIStatusError):
    """5xx: the API failed to handle the request."""


class ModelError(ReplicateError):
    """A prediction or training ended in `failed` or `canceled`; the object is attached."""

    def __init__(self, prediction: Any) -> None:
        self.prediction = prediction
        status = getattr(prediction, "status", None)
        error = getattr(prediction, "error", None)
        ident = getattr(prediction, "id", "?")
        if str(status) == "canceled":
            message = f"Prediction {ident} was canceled"
        else:
            message = f"Prediction {ident} failed: {error or 'no error message'}"
        super().__init__(message)


class DeadlineExceededError(ReplicateError):
    """run() did not finish before its deadline; the prediction id is attached."""

    def __init__(self, prediction: Any, timeout: float, *, canceled: bool) -> None:
        self.prediction = prediction
        ident = getattr(prediction, "id", "?")
        action = "canceled it" if canceled else "left it running"
        super().__init__(f"Prediction {ident} did not finish within {timeout:g} s; {action}")


class WebhookVerificationError(ReplicateError):
    """A webhook delivery is not authentic, is stale or is malformed."""


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_for_response(response: httpx.Response) -> APIStatusError:
    """Build the error matching an error response (whose body has been read)."""
    try:
        body: Any = json.loads(response.content) if response.content else None
    except (ValueError, RecursionError):  # malformed or nested too deeply: no body
        body = None
    cls = _STATUS_ERRORS.get(response.status_code)
    if cls is None:
        cls = InternalServerError if response.status_code >= 500 else APIStatusError
    return cls(response, body)


def _one_line(text: str) -> str:
    """A problem's detail as one line: its list items ("- a\\n- b\\n") joined with "; "."""
    items = (line.strip() for line in text.splitlines())
    return "; ".join(item.removeprefix("- ").strip() for item in items if item) or text


def missing_v1_hint(error: APIStatusError, base_url: str) -> APIStatusError:
    """`error` (a 404 from a base URL not ending in /v1) with a suggestion to add it."""
    fixed = base_url.rstrip("/") + "/v1"
    error.args = (
        f"{error.args[0]} (the base URL {base_url} does not end in /v1; "
        f"Replicate's API lives under it: try {fixed})",
    )
    return error


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _reason(response: httpx.Response) -> str:
    return response.reason_phrase or "error"


class APIResponseError(APIError):
    """A successful response whose body could not be understood (malformed or truncated)."""

    def __init__(self, response: httpx.Response, problem: str) -> None:
        self.response = response
        self.request = response.request
        where = f"{response.request.method} {response.request.url.path}"
        super().__init__(f"{where} returned {response.status_code} but {problem}")


class InputValidationError(ReplicateError, ValueError):
    """A model's input disagrees with its version's schema; no prediction was created.

    `problems` lists every one found (unknown or missing keys, wrong types, values
    outside an enum); `model` is the reference and `inputs` the names it accepts.
    """

    def __init__(self, model: str, problems: list[str], inputs: list[str]) -> None:
        self.model = model
        self.problems = problems
        self.inputs = inputs
        accepted = ", ".join(inputs) if inputs else "none"
        super().__init__(
            f"Invalid input for {model}: {'; '.join(problems)}. "
            f"The model's inputs are: {accepted} (see its schema with "
            f"`replicate models schema {model.partition(':')[0]}`)"
        )
