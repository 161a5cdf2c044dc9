"""One description of a prediction create, for run(), use(), stream() and the resources.

A prediction is created by version (`POST /predictions`), by model (the model's latest
version, `POST /models/{owner}/{name}/predictions`) or by deployment
(`POST /deployments/{owner}/{name}/predictions`); each takes the same body fields and
the same `Prefer: wait` and `Cancel-After` headers. They are put together here, once.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from urllib.parse import quote

__all__ = ["MAX_WAIT", "PredictionCreate", "check_wait", "prefer"]

# The longest `Prefer: wait` the API honours, in seconds.
MAX_WAIT = 60


def check_wait(wait: object) -> None:
    """Raise ValueError unless `wait` is True, False/None (no wait) or 1..MAX_WAIT seconds."""
    if wait is None or isinstance(wait, bool):
        return
    if not isinstance(wait, int) or not 1 <= wait <= MAX_WAIT:
        raise ValueError(f"wait must be True, False or 1..{MAX_WAIT} seconds, got {wait!r}")


def prefer(wait: bool | int | None) -> str | None:
    """The `Prefer` header for a wait: "wait" (the server's longest), "wait=N", or None."""
    if wait is None or wait is False:
        return None
    check_wait(wait)
    return "wait" if wait is True else f"wait={int(wait)}"


@dataclass(slots=True)  # not frozen: a frozen init costs a setattr call per field
class PredictionCreate:
    """A prediction create: which endpoint (`version`, or `model`/`deployment` as
    (owner, name)), the body fields, and the wait and cancel-after headers."""

    input: Any
    version: str | None = None
    model: tuple[str, str] | None = None
    deployment: tuple[str, str] | None = None
    webhook: str | None = None
    webhook_events_filter: list[str] | None = None
    stream: bool | None = None
    wait: bool | int | None = None
    cancel_after: str | None = None

    def path(self) -> str:
        """The API path to POST to."""
        if self.deployment is not None:
            return _owned("deployments", *self.deployment)
        if self.model is not None and self.version is None:
            return _owned("models", *self.model)
        if self.version is None:
            raise ValueError("a prediction needs a version, a model or a deployment")
        return "/predictions"

    def body(self) -> dict[str, Any]:
        """The JSON body: the version (when it picks the endpoint), input, and options given."""
        body: dict[str, Any] = {}
        if self.deployment is None and self.version is not None:
            body["version"] = self.version
        body["input"] = self.input
        if self.webhook is not None:
            body["webhook"] = self.webhook
        if self.webhook_events_filter is not None:
            body["webhook_events_filter"] = self.webhook_events_filter
        if self.stream is not None:
            body["stream"] = self.stream
        return body

    def headers(self) -> dict[str, str]:
        headers: dict[str, str] = {}
        wait = prefer(self.wait)
        if wait is not None:
            headers["Prefer"] = wait
        if self.cancel_after is not None:
            headers["Cancel-After"] = self.cancel_after
        return headers


@lru_cache(maxsize=512)  # run() creates the same model's predictions again and again
def _owned(kind: str, owner: str, name: str) -> str:
    return f"/{kind}/{quote(owner, safe='')}/{quote(name, safe='')}/predictions"
