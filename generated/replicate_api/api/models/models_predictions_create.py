from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...models.prediction import Prediction
from ...models.prediction_request import PredictionRequest
from ...models.problem import Problem
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def request_kwargs(
    model_owner: str,
    model_name: str,
    *,
    body: PredictionRequest,
    prefer: str | Unset = UNSET,
    cancel_after: str | Unset = UNSET,
) -> dict[str, Any]:
    """This endpoint's request as keyword arguments for `httpx.Client.request`
    (method, URL path, params, headers, JSON body), for callers that send it themselves."""
    headers: dict[str, Any] = {}
    if not isinstance(prefer, Unset):
        headers["Prefer"] = prefer

    if not isinstance(cancel_after, Unset):
        headers["Cancel-After"] = cancel_after

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/models/{model_owner}/{model_name}/predictions".format(
            model_owner=quote(str(model_owner), safe=""),
            model_name=quote(str(model_name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Prediction | Problem | None:
    if response.status_code >= 400 and "json" not in response.headers.get(
        "content-type", ""
    ):
        # An error page from a proxy or load balancer: there is no problem document to parse.
        if client.raise_on_unexpected_status:
            from ...errors import UnexpectedStatus

            raise UnexpectedStatus(response.status_code, response.content)
        return None
    if response.status_code == 201:
        response_201 = Prediction.from_dict(response.json())

        return response_201

    if response.status_code == 202:
        response_202 = Prediction.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

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
) -> Response[Prediction | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    model_owner: str,
    model_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: PredictionRequest,
    prefer: str | Unset = UNSET,
    cancel_after: str | Unset = UNSET,
) -> Response[Prediction | Problem]:
    """Start a prediction on an official model

     Runs the model's current version; only official models accept this.

    Args:
        model_owner (str):
        model_name (str):
        prefer (str | Unset):
        cancel_after (str | Unset):
        body (PredictionRequest): A prediction on a model or deployment that picks its own
            version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Prediction | Problem]
    """

    kwargs = request_kwargs(
        model_owner=model_owner,
        model_name=model_name,
        body=body,
        prefer=prefer,
        cancel_after=cancel_after,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    model_owner: str,
    model_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: PredictionRequest,
    prefer: str | Unset = UNSET,
    cancel_after: str | Unset = UNSET,
) -> Prediction | Problem | None:
    """Start a prediction on an official model

     Runs the model's current version; only official models accept this.

    Args:
        model_owner (str):
        model_name (str):
        prefer (str | Unset):
        cancel_after (str | Unset):
        body (PredictionRequest): A prediction on a model or deployment that picks its own
            version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Prediction | Problem
    """

    return sync_detailed(
        model_owner=model_owner,
        model_name=model_name,
        client=client,
        body=body,
        prefer=prefer,
        cancel_after=cancel_after,
    ).parsed


async def asyncio_detailed(
    model_owner: str,
    model_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: PredictionRequest,
    prefer: str | Unset = UNSET,
    cancel_after: str | Unset = UNSET,
) -> Response[Prediction | Problem]:
    """Start a prediction on an official model

     Runs the model's current version; only official models accept this.

    Args:
        model_owner (str):
        model_name (str):
        prefer (str | Unset):
        cancel_after (str | Unset):
        body (PredictionRequest): A prediction on a model or deployment that picks its own
            version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Prediction | Problem]
    """

    kwargs = request_kwargs(
        model_owner=model_owner,
        model_name=model_name,
        body=body,
        prefer=prefer,
        cancel_after=cancel_after,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    model_owner: str,
    model_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: PredictionRequest,
    prefer: str | Unset = UNSET,
    cancel_after: str | Unset = UNSET,
) -> Prediction | Problem | None:
    """Start a prediction on an official model

     Runs the model's current version; only official models accept this.

    Args:
        model_owner (str):
        model_name (str):
        prefer (str | Unset):
        cancel_after (str | Unset):
        body (PredictionRequest): A prediction on a model or deployment that picks its own
            version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Prediction | Problem
    """

    return (
        await asyncio_detailed(
            model_owner=model_owner,
            model_name=model_name,
            client=client,
            body=body,
            prefer=prefer,
            cancel_after=cancel_after,
        )
    ).parsed
