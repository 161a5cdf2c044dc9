from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...models.model_page import ModelPage
from ...models.model_sort_field import ModelSortField
from ...models.problem import Problem
from ...models.sort_direction import SortDirection
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def request_kwargs(
    *,
    sort_by: ModelSortField | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
) -> dict[str, Any]:
    """This endpoint's request as keyword arguments for `httpx.Client.request`
    (method, URL path, params, headers, JSON body), for callers that send it themselves."""

    params: dict[str, Any] = {}

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sort_by"] = json_sort_by

    json_sort_direction: str | Unset = UNSET
    if not isinstance(sort_direction, Unset):
        json_sort_direction = sort_direction.value

    params["sort_direction"] = json_sort_direction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/models",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ModelPage | Problem | None:
    if response.status_code >= 400 and "json" not in response.headers.get(
        "content-type", ""
    ):
        # An error page from a proxy or load balancer: there is no problem document to parse.
        if client.raise_on_unexpected_status:
            from ...errors import UnexpectedStatus

            raise UnexpectedStatus(response.status_code, response.content)
        return None
    if response.status_code == 200:
        response_200 = ModelPage.from_dict(response.json())

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
) -> Response[ModelPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    sort_by: ModelSortField | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
) -> Response[ModelPage | Problem]:
    """List public models

    Args:
        sort_by (ModelSortField | Unset): Timestamp that orders a model list.
        sort_direction (SortDirection | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ModelPage | Problem]
    """

    kwargs = request_kwargs(
        sort_by=sort_by,
        sort_direction=sort_direction,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    sort_by: ModelSortField | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
) -> ModelPage | Problem | None:
    """List public models

    Args:
        sort_by (ModelSortField | Unset): Timestamp that orders a model list.
        sort_direction (SortDirection | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModelPage | Problem
    """

    return sync_detailed(
        client=client,
        sort_by=sort_by,
        sort_direction=sort_direction,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    sort_by: ModelSortField | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
) -> Response[ModelPage | Problem]:
    """List public models

    Args:
        sort_by (ModelSortField | Unset): Timestamp that orders a model list.
        sort_direction (SortDirection | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ModelPage | Problem]
    """

    kwargs = request_kwargs(
        sort_by=sort_by,
        sort_direction=sort_direction,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    sort_by: ModelSortField | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
) -> ModelPage | Problem | None:
    """List public models

    Args:
        sort_by (ModelSortField | Unset): Timestamp that orders a model list.
        sort_direction (SortDirection | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModelPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            sort_by=sort_by,
            sort_direction=sort_direction,
        )
    ).parsed
