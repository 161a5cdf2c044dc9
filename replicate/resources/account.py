"""account: the user or organization that owns the API token."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from ._base import AsyncResource, Call, SyncResource, model, operation
from ._variants import M, Raw, RequestOptions, Streamed

if TYPE_CHECKING:
    from replicate_api.models import Account as AccountInfo


def _get() -> Call[AccountInfo]:
    from replicate_api.api.account import account_get
    from replicate_api.models import Account as AccountInfo

    return Call.generated(account_get.request_kwargs(), model(AccountInfo))


class _AccountOperations:
    @operation
    def get(self, **options: Unpack[RequestOptions]) -> Call[AccountInfo]:
        """The account behind the token: `type`, `username`, `name` …"""
        return _get()


class Account(SyncResource[M], _AccountOperations):
    """The account the token belongs to."""

    with_raw_response: Account[Raw]
    with_streaming_response: Account[Streamed]


class AsyncAccount(AsyncResource[M], _AccountOperations):
    """The asyncio twin of `Account`: the same methods, awaited."""

    with_raw_response: AsyncAccount[Raw]
    with_streaming_response: AsyncAccount[Streamed]
