"""Account, hardware, collections, search and the default webhook secret."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .._http import ProblemError, json_response, origin_of, page
from .._seed import DOC_PAGES, HARDWARE, account
from .._state import ServerState
from ._common import model_json, path_param, state_of
from .models import ranked


async def get_account(request: Request) -> Response:
    return json_response(account(origin_of(request)))


async def list_hardware(request: Request) -> Response:
    return json_response(HARDWARE)


async def webhook_secret(request: Request) -> Response:
    return json_response({"key": state_of(request).webhook_secret})


def _collection_or_404(state: ServerState, slug: str) -> dict[str, Any]:
    for collection in state.collections:
        if collection["slug"] == slug:
            return collection
    raise ProblemError(404, f"Collection {slug} not found")


async def list_collections(request: Request) -> Response:
    state = state_of(request)
    chunk, links = page(request, state.collections, state.page_size)
    results = [{key: item[key] for key in ("name", "slug", "description")} for item in chunk]
    return json_response({**links, "results": results})


async def get_collection(request: Request) -> Response:
    state = state_of(request)
    collection = _collection_or_404(state, path_param(request, "collection_slug"))
    origin = origin_of(request)
    models = []
    for full_name in collection["models"]:
        owner, _, name = full_name.partition("/")
        model = state.model_or_none(owner, name)
        if model is not None:
            models.append(model_json(state, model, origin))
    return json_response(
        {
            "name": collection["name"],
            "slug": collection["slug"],
            "description": collection["description"],
            "full_description": collection["full_description"],
            "models": models,
        }
    )


def _mentions(text: str, words: list[str]) -> bool:
    lowered = text.lower()
    return any(word in lowered for word in words)


async def search(request: Request) -> Response:
    """``GET /v1/search``: models (with metadata), collections and docs pages that match."""
    state = state_of(request)
    query = request.query_params.get("query")
    if not query or not query.strip():
        return json_response({"detail": 'Query parameter "query" is required'}, 400)
    try:
        limit = int(request.query_params.get("limit", "20"))
    except ValueError:
        return json_response({"detail": "limit must be an integer from 1 to 50"}, 400)
    if not 1 <= limit <= 50:
        return json_response({"detail": "limit must be an integer from 1 to 50"}, 400)
    origin = origin_of(request)
    words = [word for word in query.lower().split() if word]
    models = [
        {
            "model": model_json(state, model, origin),
            "metadata": {
                "generated_description": f"{model.description or model.full_name} "
                "(This description comes from the local test server.)",
                "tags": list(model.tags),
                "score": round(score, 4),
            },
        }
        for model, score in ranked(state, query)[:limit]
    ]
    found = {f"{hit['model']['owner']}/{hit['model']['name']}" for hit in models}
    collections = [
        {
            "name": item["name"],
            "slug": item["slug"],
            "description": item["description"],
            "models": list(item["models"]),
        }
        for item in state.collections
        if _mentions(f"{item['name']} {item['slug']} {item['description']}", words)
        or found.intersection(item["models"])
    ]
    pages = [dict(doc) for doc in DOC_PAGES if _mentions(f"{doc['name']} {doc['href']}", words)]
    return json_response(
        {"query": query, "models": models, "collections": collections, "pages": pages}
    )


ROUTES = [
    Route("/v1/account", get_account, methods=["GET"]),
    Route("/v1/hardware", list_hardware, methods=["GET"]),
    Route("/v1/webhooks/default/secret", webhook_secret, methods=["GET"]),
    Route("/v1/collections", list_collections, methods=["GET"]),
    Route("/v1/collections/{collection_slug}", get_collection, methods=["GET"]),
    Route("/v1/search", search, methods=["GET"]),
]
