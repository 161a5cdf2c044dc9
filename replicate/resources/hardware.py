"""hardware: the hardware SKUs models and deployments can run on."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

import httpx

from .._errors import APIResponseError
from .._parsing import json_of
from ._base import AsyncResource, Call, SyncResource, operation
from ._variants import M, Raw, RequestOptions, Streamed

if TYPE_CHECKING:
    from replicate_api.models import Hardware as HardwareOption


def _hardware_list(response: httpx.Response) -> list[HardwareOption]:
    from replicate_api.models import Hardware as HardwareOption

    data = json_of(response)
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise APIResponseError(response, "expected a JSON array of hardware objects")
    try:
        return [HardwareOption.from_dict(item) for item in data]
    except (KeyError, TypeError, ValueError) as error:
        raise APIResponseError(response, f"unexpected Hardware shape: {error}") from None


def _list() -> Call[list[HardwareOption]]:
    from replicate_api.api.hardware import hardware_list

    return Call.generated(hardware_list.request_kwargs(), _hardware_list)


class _HardwareOperations:
    @operation
    def list(self, **options: Unpack[RequestOptions]) -> Call[list[HardwareOption]]:
        """Every hardware option (`sku` and `name`); the API does not paginate this."""
        return _list()


class Hardware(SyncResource[M], _HardwareOperations):
    """The hardware models can run on."""

    with_raw_response: Hardware[Raw]
    with_streaming_response: Hardware[Streamed]


class AsyncHardware(AsyncResource[M], _HardwareOperations):
    """The asyncio twin of `Hardware`: the same methods, awaited."""

    with_raw_response: AsyncHardware[Raw]
    with_streaming_response: AsyncHardware[Streamed]
