"""account: the user or organization that owns the API token."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._base import AsyncResource, Call, SyncResource, model

if TYPE_CHECKING:
    from replicate_api.models import Account as AccountInfo


def _get() -> Call[AccountInfo]:
    from replicate_api.api.account import account_get
    from replicate_api.models import Account as AccountInfo

    return Call.generated(account_get.request_kwargs(), model(AccountInfo))


class Account(SyncResource):
    def get(self) -> AccountInfo:
        """The account behind the token: `type`, `username`, `name` …"""
        return self._call(_get())


class AsyncAccount(AsyncResource):
    async def get(self) -> AccountInfo:
        return await self._call(_get())
