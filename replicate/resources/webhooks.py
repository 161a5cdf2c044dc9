"""webhooks: the default webhook's signing secret, and checking deliveries with it.

`client.webhooks.default.secret.get()` returns the `WebhookSecret` whose `key` verifies
the signatures of webhook deliveries; `client.webhooks.verify(body, headers, secret)`
checks one delivery (see `replicate._webhook_verify.verify_webhook`).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, Unpack

from ._base import AsyncResource, Call, SyncResource, model, operation
from ._variants import M, Raw, RequestOptions, Streamed

if TYPE_CHECKING:
    from replicate_api.models import WebhookSecret

    from .._transport import AsyncTransport, SyncTransport


def _secret() -> Call[WebhookSecret]:
    from replicate_api.api.webhooks import webhooks_default_secret_get

    return Call.generated(webhooks_default_secret_get.request_kwargs(), model(_masked_secret()))


@cache
def _masked_secret() -> type[WebhookSecret]:
    from replicate_api.models import WebhookSecret

    class MaskedWebhookSecret(WebhookSecret):
        """A WebhookSecret whose repr() does not show the signing key."""

        __slots__ = ()

        def __repr__(self) -> str:
            prefix = self.key.partition("_")[0] + "_" if "_" in self.key else ""
            return f"WebhookSecret(key='{prefix}********')"

    return MaskedWebhookSecret


def _verify(
    body: bytes | str,
    headers: Mapping[str, str],
    secret: Any,
    tolerance: float | None,
    now: float | None,
) -> Any:
    from .._webhook_verify import verify_webhook

    options: dict[str, Any] = {"now": now}
    if tolerance is not None:
        options["tolerance"] = tolerance
    return verify_webhook(body, headers, secret, **options)


class _Verify:
    """Verification needs no I/O, so sync and async webhooks share it (not awaited)."""

    def verify(
        self,
        body: bytes | str,
        headers: Mapping[str, str],
        secret: Any,
        *,
        tolerance: float | None = None,
        now: float | None = None,
    ) -> Any:
        """Check a webhook delivery and return its Prediction or Training.

        `body` is the raw request body, `headers` its headers, `secret` the signing
        secret ("whsec_…" or the `WebhookSecret` from `default.secret.get()`).
        Raises WebhookVerificationError when the delivery is not authentic or is stale.
        """
        return _verify(body, headers, secret, tolerance, now)


class Webhooks(SyncResource, _Verify):
    def __init__(self, transport: SyncTransport) -> None:
        super().__init__(transport)
        self.default = DefaultWebhook(transport)


class DefaultWebhook(SyncResource):
    def __init__(self, transport: SyncTransport) -> None:
        super().__init__(transport)
        self.secret = DefaultWebhookSecret(transport)


class _DefaultWebhookSecretOperations:
    @operation
    def get(self, **options: Unpack[RequestOptions]) -> Call[WebhookSecret]:
        """The signing secret (`key`, "whsec_…") of the default webhook."""
        return _secret()


class DefaultWebhookSecret(SyncResource[M], _DefaultWebhookSecretOperations):
    """The default webhook's signing secret."""

    with_raw_response: DefaultWebhookSecret[Raw]
    with_streaming_response: DefaultWebhookSecret[Streamed]


class AsyncWebhooks(AsyncResource, _Verify):
    def __init__(self, transport: AsyncTransport) -> None:
        super().__init__(transport)
        self.default = AsyncDefaultWebhook(transport)


class AsyncDefaultWebhook(AsyncResource):
    def __init__(self, transport: AsyncTransport) -> None:
        super().__init__(transport)
        self.secret = AsyncDefaultWebhookSecret(transport)


class AsyncDefaultWebhookSecret(AsyncResource[M], _DefaultWebhookSecretOperations):
    """The asyncio twin of `DefaultWebhookSecret`: the same methods, awaited."""

    with_raw_response: AsyncDefaultWebhookSecret[Raw]
    with_streaming_response: AsyncDefaultWebhookSecret[Streamed]
