"""Deployments: create, list, get, update (each update is a new release), delete, predict."""

from __future__ import annotations

import time
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .._http import ProblemError, json_response, origin_of, page, read_json_object
from .._ids import iso
from .._seed import HARDWARE, account
from .._state import Deployment, ServerState
from ._common import path_param, state_of
from .predictions import create_run

_LIMITS = {"min_instances": (0, 5), "max_instances": (0, 20)}


def _render(deployment: Deployment, origin: str) -> dict[str, Any]:
    release = deployment.current
    creator = account(origin)
    return {
        "owner": deployment.owner,
        "name": deployment.name,
        "current_release": {
            "number": release["number"],
            "model": release["model"],
            "version": release["version"],
            "created_at": iso(release["created_at"]),
            "created_by": creator,
            "configuration": dict(release["configuration"]),
        },
    }


def _deployment_or_404(state: ServerState, request: Request) -> Deployment:
    owner = path_param(request, "deployment_owner")
    name = path_param(request, "deployment_name")
    deployment = state.deployments.get(f"{owner}/{name}")
    if deployment is None:
        raise ProblemError(404, f"Deployment {owner}/{name} not found")
    return deployment


def _configuration(body: dict[str, Any], base: dict[str, Any]) -> dict[str, Any]:
    configuration = dict(base)
    if "hardware" in body:
        hardware = body["hardware"]
        if hardware not in {item["sku"] for item in HARDWARE}:
            raise ProblemError(422, f"hardware {hardware!r} is not available")
        configuration["hardware"] = hardware
    for key, (low, high) in _LIMITS.items():
        if key in body:
            value = body[key]
            if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
                raise ProblemError(422, f"{key} must be an integer from {low} to {high}")
            configuration[key] = value
    if configuration.get("min_instances", 0) > configuration.get("max_instances", 0):
        raise ProblemError(422, "min_instances cannot exceed max_instances")
    return configuration


def _check_version(state: ServerState, model_name: str, version_id: Any) -> str:
    version = state.registry.version(version_id) if isinstance(version_id, str) else None
    if version is None or version.model != model_name:
        raise ProblemError(404, f"Version {version_id} of {model_name} not found")
    return version.id


async def create(request: Request) -> Response:
    state = state_of(request)
    body = await read_json_object(request)
    missing = [
        key
        for key in ("name", "model", "version", "hardware", "min_instances", "max_instances")
        if key not in body
    ]
    if missing:
        raise ProblemError(422, f"Missing required fields: {', '.join(missing)}")
    name, model_name = body["name"], body["model"]
    if not isinstance(name, str) or not name or "/" in name:
        raise ProblemError(422, "name must be a non-empty string without '/'")
    owner, _, short = model_name.partition("/") if isinstance(model_name, str) else ("", "", "")
    if state.model_or_none(owner, short) is None:
        raise ProblemError(404, f"Model {model_name} not found")
    version_id = _check_version(state, model_name, body["version"])
    full_name = f"{state.username}/{name}"
    if full_name in state.deployments:
        raise ProblemError(409, f"A deployment named {full_name} already exists")
    deployment = Deployment(state.username, name)
    deployment.releases.append(
        {
            "number": 1,
            "model": model_name,
            "version": version_id,
            "created_at": time.time(),
            "configuration": _configuration(body, {}),
        }
    )
    state.deployments[full_name] = deployment
    return json_response(_render(deployment, origin_of(request)))


async def list_all(request: Request) -> Response:
    state = state_of(request)
    deployments = list(state.deployments.values())
    chunk, links = page(request, deployments, state.page_size)
    origin = origin_of(request)
    return json_response({**links, "results": [_render(item, origin) for item in chunk]})


async def get(request: Request) -> Response:
    state = state_of(request)
    return json_response(_render(_deployment_or_404(state, request), origin_of(request)))


async def update(request: Request) -> Response:
    state = state_of(request)
    deployment = _deployment_or_404(state, request)
    body = await read_json_object(request)
    current = deployment.current
    version_id = current["version"]
    if "version" in body:
        version_id = _check_version(state, current["model"], body["version"])
    deployment.releases.append(
        {
            "number": current["number"] + 1,
            "model": current["model"],
            "version": version_id,
            "created_at": time.time(),
            "configuration": _configuration(body, current["configuration"]),
        }
    )
    return json_response(_render(deployment, origin_of(request)))


async def delete(request: Request) -> Response:
    state = state_of(request)
    deployment = _deployment_or_404(state, request)
    state.deployments.pop(deployment.full_name, None)
    return Response(status_code=204)


async def predict(request: Request) -> Response:
    state = state_of(request)
    deployment = _deployment_or_404(state, request)
    body = await read_json_object(request)
    version = state.registry.version(deployment.current["version"])
    if version is None:
        raise ProblemError(422, f"The version behind {deployment.full_name} no longer exists")
    return await create_run(
        request, state, version, version.id, body, deployment=deployment.full_name
    )


_DEPLOYMENT = "/v1/deployments/{deployment_owner}/{deployment_name}"

ROUTES = [
    Route("/v1/deployments", list_all, methods=["GET"]),
    Route("/v1/deployments", create, methods=["POST"]),
    Route(_DEPLOYMENT, get, methods=["GET"]),
    Route(_DEPLOYMENT, update, methods=["PATCH"]),
    Route(_DEPLOYMENT, delete, methods=["DELETE"]),
    Route(f"{_DEPLOYMENT}/predictions", predict, methods=["POST"]),
]
