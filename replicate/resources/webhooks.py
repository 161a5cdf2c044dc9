"""webhooks: the signing secret of the account's default webhook.

`client.webhooks.default.secret.get()` returns the `WebhookSecret` whose `key` verifies
the signatures of webhook deliveries.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._base import AsyncResource, Call, SyncResource, model

if TYPE_CHECKING:
    from replicate_api.models import WebhookSecret

    from .._client import AsyncReplicate, Replicate


def _secret() -> Call[WebhookSecret]:
    from replicate_api.api.webhooks import webhooks_default_secret_get
    from replicate_api.models import WebhookSecret

    return Call.generated(webhooks_default_secret_get._get_kwargs(), model(WebhookSecret))


class Webhooks(SyncResource):
    def __init__(self, client: Replicate) -> None:
        super().__init__(client)
        self.default = DefaultWebhook(client)


class DefaultWebhook(SyncResource):
    def __init__(self, client: Replicate) -> None:
        super().__init__(client)
        self.secret = DefaultWebhookSecret(client)


class DefaultWebhookSecret(SyncResource):
    def get(self) -> WebhookSecret:
        """The signing secret (`key`, "whsec_…") of the default webhook."""
        return self._call(_secret())


class AsyncWebhooks(AsyncResource):
    def __init__(self, client: AsyncReplicate) -> None:
        super().__init__(client)
        self.default = AsyncDefaultWebhook(client)


class AsyncDefaultWebhook(AsyncResource):
    def __init__(self, client: AsyncReplicate) -> None:
        super().__init__(client)
        self.secret = AsyncDefaultWebhookSecret(client)


class AsyncDefaultWebhookSecret(AsyncResource):
    async def get(self) -> WebhookSecret:
        return await self._call(_secret())
