"""Models: list, search, create, get, update, delete; versions, examples and README."""

from __future__ import annotations

import json
import re
import time
from typing import Any
from urllib.parse import urlsplit

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from .. import _engine as engine
from .._http import ProblemError, json_response, origin_of, page, read_json_object
from .._registry import ModelRecord
from .._seed import HARDWARE
from .._state import ServerState
from ._common import model_json, model_or_404, path_param, state_of

_NAME = re.compile(r"[a-z0-9][a-z0-9._-]*\Z")
_EDITABLE = ("description", "github_url", "license_url", "paper_url", "readme", "weights_url")


def visible_models(state: ServerState) -> list[ModelRecord]:
    engine.settle(state)
    return [
        model
        for model in state.registry.models.values()
        if model.visibility == "public" or model.owner == state.username
    ]


def search_score(model: ModelRecord, words: list[str]) -> float:
    """How well ``words`` match a model: name hits weigh most, then tags, then description."""
    name = model.full_name.lower()
    description = (model.description or "").lower()
    tags = " ".join(model.tags).lower()
    score = 0.0
    for word in words:
        score += 3.0 * (word in name) + 2.0 * (word in tags) + 1.0 * (word in description)
    return score


def ranked(state: ServerState, query: str) -> list[tuple[ModelRecord, float]]:
    words = [word for word in re.split(r"[\s/]+", query.lower()) if word]
    scored = [(model, search_score(model, words)) for model in visible_models(state)]
    if not words:
        return scored
    hits = [(model, score) for model, score in scored if score > 0]
    return sorted(hits, key=lambda hit: (-hit[1], hit[0].full_name))


async def list_all(request: Request) -> Response:
    state = state_of(request)
    sort_by = request.query_params.get("sort_by", "latest_version_created_at")
    direction = request.query_params.get("sort_direction", "desc")
    if sort_by not in ("model_created_at", "latest_version_created_at"):
        raise ProblemError(400, "sort_by must be model_created_at or latest_version_created_at")
    if direction not in ("asc", "desc"):
        raise ProblemError(400, "sort_direction must be asc or desc")
    models = sorted(
        (model for model in visible_models(state) if model.visibility == "public"),
        key=lambda model: model.sort_key(sort_by),
        reverse=direction == "desc",
    )
    chunk, links = page(request, models, state.page_size)
    origin = origin_of(request)
    return json_response({**links, "results": [model_json(state, m, origin) for m in chunk]})


def search_text(body: bytes) -> str:
    """The query of a QUERY search body: plain text, or a JSON string (``"banana"``)."""
    text = body.decode("utf-8", "replace").strip()
    if text.startswith('"'):
        try:
            quoted = json.loads(text)
        except ValueError:
            return text
        if isinstance(quoted, str):
            return quoted.strip()
    return text


async def search(request: Request) -> Response:
    state = state_of(request)
    query = search_text(await request.body())
    models = [model for model, _ in ranked(state, query)]
    chunk, links = page(request, models, state.page_size)
    origin = origin_of(request)
    return json_response({**links, "results": [model_json(state, m, origin) for m in chunk]})


def _required_string(body: dict[str, Any], key: str) -> str:
    value = body.get(key)
    if not isinstance(value, str) or not value:
        raise ProblemError(422, f"{key} is required and must be a string")
    return value


def _optional_strings(body: dict[str, Any], keys: tuple[str, ...]) -> dict[str, str | None]:
    """The given string fields; URL fields must be http(s) URLs (an empty one clears it)."""
    found: dict[str, str | None] = {}
    for key in keys:
        value = body.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            raise ProblemError(422, f"{key} must be a string")
        if key.endswith("_url"):
            if not value:
                found[key] = None
                continue
            parts = urlsplit(value)
            if parts.scheme not in ("http", "https") or not parts.netloc:
                raise ProblemError(422, f"{key} must be an http(s) URL")
        found[key] = value
    return found


async def create(request: Request) -> Response:
    state = state_of(request)
    body = await read_json_object(request)
    owner = _required_string(body, "owner")
    name = _required_string(body, "name")
    visibility = _required_string(body, "visibility")
    hardware = _required_string(body, "hardware")
    if not _NAME.match(name):
        raise ProblemError(422, "name may only hold lowercase letters, digits, '.', '_' and '-'")
    if visibility not in ("public", "private"):
        raise ProblemError(422, "visibility must be public or private")
    if hardware not in {item["sku"] for item in HARDWARE}:
        raise ProblemError(422, f"hardware {hardware!r} is not available; see GET /v1/hardware")
    if owner != state.username:
        raise ProblemError(
            403, f"You can only create models owned by your account ({state.username})"
        )
    if state.model_or_none(owner, name) is not None:
        raise ProblemError(409, f"A model named {owner}/{name} already exists")
    extras = _optional_strings(
        body, ("description", "github_url", "paper_url", "license_url", "cover_image_url")
    )
    model = ModelRecord(
        owner=owner,
        name=name,
        visibility=visibility,
        hardware=hardware,
        description=extras.get("description"),
        github_url=extras.get("github_url"),
        paper_url=extras.get("paper_url"),
        license_url=extras.get("license_url"),
        created_at=time.time(),
    )
    if extras.get("cover_image_url"):
        model.cover_image_url = extras["cover_image_url"]
    state.registry.add_model(model)
    return json_response(model_json(state, model, origin_of(request)), 201)


async def get(request: Request) -> Response:
    state = state_of(request)
    engine.settle(state)
    model = model_or_404(state, request)
    return json_response(model_json(state, model, origin_of(request)))


def _owned(state: ServerState, model: ModelRecord) -> ModelRecord:
    if model.owner != state.username:
        raise ProblemError(403, f"{model.full_name} belongs to another account")
    return model


async def update(request: Request) -> Response:
    state = state_of(request)
    model = _owned(state, model_or_404(state, request))
    changes = _optional_strings(await read_json_object(request), _EDITABLE)
    for key, value in changes.items():
        setattr(model, key, value)
    return json_response(model_json(state, model, origin_of(request)))


async def delete(request: Request) -> Response:
    state = state_of(request)
    model = _owned(state, model_or_404(state, request))
    if model.visibility != "private" or model.versions:
        raise ProblemError(
            409, "Only private models without versions can be deleted; delete its versions first"
        )
    state.registry.remove_model(model)
    return Response(status_code=204)


async def examples(request: Request) -> Response:
    state = state_of(request)
    model = model_or_404(state, request)
    runs = state.examples.get(model.full_name, [])
    chunk, links = page(request, runs, state.page_size)
    now, origin = time.time(), origin_of(request)
    return json_response({**links, "results": [run.render(now, origin) for run in chunk]})


async def readme(request: Request) -> Response:
    state = state_of(request)
    model = model_or_404(state, request)
    if not model.readme:
        raise ProblemError(404, f"Model {model.full_name} has no README")
    return PlainTextResponse(model.readme, media_type="text/plain; charset=utf-8")


def _versioned_model(state: ServerState, request: Request) -> ModelRecord:
    engine.settle(state)
    model = model_or_404(state, request)
    if model.is_official:
        raise ProblemError(
            404, f"{model.full_name} is an official model: it has no addressable versions"
        )
    return model


async def list_versions(request: Request) -> Response:
    state = state_of(request)
    model = _versioned_model(state, request)
    chunk, links = page(request, model.versions, state.page_size)
    return json_response({**links, "results": [version.to_json() for version in chunk]})


async def get_version(request: Request) -> Response:
    state = state_of(request)
    engine.settle(state)
    model = model_or_404(state, request)
    version_id = path_param(request, "version_id")
    version = next((v for v in model.versions if v.id == version_id), None)
    if version is None:
        raise ProblemError(404, f"Version {version_id} of {model.full_name} not found")
    return json_response(version.to_json())


async def delete_version(request: Request) -> Response:
    state = state_of(request)
    model = _owned(state, _versioned_model(state, request))
    if not state.registry.remove_version(model, path_param(request, "version_id")):
        raise ProblemError(404, f"Version not found in {model.full_name}")
    return Response(status_code=202)


_MODEL = "/v1/models/{model_owner}/{model_name}"

ROUTES = [
    Route("/v1/models", list_all, methods=["GET"]),
    Route("/v1/models", create, methods=["POST"]),
    Route("/v1/models", search, methods=["QUERY"]),
    Route(_MODEL, get, methods=["GET"]),
    Route(_MODEL, update, methods=["PATCH"]),
    Route(_MODEL, delete, methods=["DELETE"]),
    Route(f"{_MODEL}/examples", examples, methods=["GET"]),
    Route(f"{_MODEL}/readme", readme, methods=["GET"]),
    Route(f"{_MODEL}/versions", list_versions, methods=["GET"]),
    Route(f"{_MODEL}/versions/{{version_id}}", get_version, methods=["GET"]),
    Route(f"{_MODEL}/versions/{{version_id}}", delete_version, methods=["DELETE"]),
]
