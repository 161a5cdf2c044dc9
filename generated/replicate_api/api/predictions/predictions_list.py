from __future__ import annotations

import datetime
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...models.prediction_page import PredictionPage
from ...models.prediction_source import PredictionSource
from ...models.problem import Problem
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def request_kwargs(
    *,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    source: PredictionSource | Unset = UNSET,
) -> dict[str, Any]:
    """This endpoint's request as keyword arguments for `httpx.Client.request`
    (method, URL path, params, headers, JSON body), for callers that send it themselves."""

    params: dict[str, Any] = {}

    json_created_after: str | Unset = UNSET
    if not isinstance(created_after, Unset):
        json_created_after = created_after.isoformat()
    params["created_after"] = json_created_after

    json_created_before: str | Unset = UNSET
    if not isinstance(created_before, Unset):
        json_created_before = created_before.isoformat()
    params["created_before"] = json_created_before

    json_source: str | Unset = UNSET
    if not isinstance(source, Unset):
        json_source = source.value

    params["source"] = json_source

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/predictions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PredictionPage | Problem | None:
    if response.status_code >= 400 and "json" not in response.headers.get(
        "content-type", ""
    ):
        # An error page from a proxy or load balancer: there is no problem document to parse.
        if client.raise_on_unexpected_status:
            from ...errors import UnexpectedStatus

            raise UnexpectedStatus(response.status_code, response.content)
        return None
    if response.status_code == 200:
        response_200 = PredictionPage.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        from ...errors import UnexpectedStatus

        raise UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PredictionPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    source: PredictionSource | Unset = UNSET,
) -> Response[PredictionPage | Problem]:
    """List your predictions

    Args:
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        source (PredictionSource | Unset): How the prediction or training was created.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PredictionPage | Problem]
    """

    kwargs = request_kwargs(
        created_after=created_after,
        created_before=created_before,
        source=source,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    source: PredictionSource | Unset = UNSET,
) -> PredictionPage | Problem | None:
    """List your predictions

    Args:
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        source (PredictionSource | Unset): How the prediction or training was created.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PredictionPage | Problem
    """

    return sync_detailed(
        client=client,
        created_after=created_after,
        created_before=created_before,
        source=source,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    source: PredictionSource | Unset = UNSET,
) -> Response[PredictionPage | Problem]:
    """List your predictions

    Args:
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        source (PredictionSource | Unset): How the prediction or training was created.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PredictionPage | Problem]
    """

    kwargs = request_kwargs(
        created_after=created_after,
        created_before=created_before,
        source=source,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    source: PredictionSource | Unset = UNSET,
) -> PredictionPage | Problem | None:
    """List your predictions

    Args:
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        source (PredictionSource | Unset): How the prediction or training was created.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PredictionPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            created_after=created_after,
            created_before=created_before,
            source=source,
        )
    ).parsed
