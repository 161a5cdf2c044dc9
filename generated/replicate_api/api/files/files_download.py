from __future__ import annotations

from http import HTTPStatus
from io import BytesIO
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...models.problem import Problem
from ...types import UNSET, File, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def request_kwargs(
    file_id: str,
    *,
    owner: str,
    expiry: int,
    signature: str,
) -> dict[str, Any]:
    """This endpoint's request as keyword arguments for `httpx.Client.request`
    (method, URL path, params, headers, JSON body), for callers that send it themselves."""

    params: dict[str, Any] = {}

    params["owner"] = owner

    params["expiry"] = expiry

    params["signature"] = signature

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/files/{file_id}/download".format(
            file_id=quote(str(file_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> File | Problem | None:
    if response.status_code >= 400 and "json" not in response.headers.get(
        "content-type", ""
    ):
        # An error page from a proxy or load balancer: there is no problem document to parse.
        if client.raise_on_unexpected_status:
            from ...errors import UnexpectedStatus

            raise UnexpectedStatus(response.status_code, response.content)
        return None
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
) -> Response[File | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
    owner: str,
    expiry: int,
    signature: str,
) -> Response[File | Problem]:
    """Download a file's content with a signed URL

     The three query parameters come from a signed download URL; together they prove the caller may read
    the file until `expiry`.

    Args:
        file_id (str):
        owner (str):
        expiry (int):
        signature (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
    """

    kwargs = request_kwargs(
        file_id=file_id,
        owner=owner,
        expiry=expiry,
        signature=signature,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
    owner: str,
    expiry: int,
    signature: str,
) -> File | Problem | None:
    """Download a file's content with a signed URL

     The three query parameters come from a signed download URL; together they prove the caller may read
    the file until `expiry`.

    Args:
        file_id (str):
        owner (str):
        expiry (int):
        signature (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
    """

    return sync_detailed(
        file_id=file_id,
        client=client,
        owner=owner,
        expiry=expiry,
        signature=signature,
    ).parsed


async def asyncio_detailed(
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
    owner: str,
    expiry: int,
    signature: str,
) -> Response[File | Problem]:
    """Download a file's content with a signed URL

     The three query parameters come from a signed download URL; together they prove the caller may read
    the file until `expiry`.

    Args:
        file_id (str):
        owner (str):
        expiry (int):
        signature (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
    """

    kwargs = request_kwargs(
        file_id=file_id,
        owner=owner,
        expiry=expiry,
        signature=signature,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
    owner: str,
    expiry: int,
    signature: str,
) -> File | Problem | None:
    """Download a file's content with a signed URL

     The three query parameters come from a signed download URL; together they prove the caller may read
    the file until `expiry`.

    Args:
        file_id (str):
        owner (str):
        expiry (int):
        signature (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
    """

    return (
        await asyncio_detailed(
            file_id=file_id,
            client=client,
            owner=owner,
            expiry=expiry,
            signature=signature,
        )
    ).parsed
