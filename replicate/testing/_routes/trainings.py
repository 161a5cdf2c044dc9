"""Trainings: create (from a model version), get, list, cancel."""

from __future__ import annotations

import time

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .. import _engine as engine
from .._http import ProblemError, json_response, origin_of, page, read_json_object
from ._common import model_or_404, optional_string, path_param, run_or_404, state_of


async def create(request: Request) -> Response:
    state = state_of(request)
    model = model_or_404(state, request)
    version_id = path_param(request, "version_id")
    version = state.registry.version(version_id)
    if version is None or version.model != model.full_name:
        raise ProblemError(404, f"Version {version_id} of {model.full_name} not found")
    body = await read_json_object(request)
    values = body.get("input", {})
    if not isinstance(values, dict):
        raise ProblemError(422, "input must be an object")
    run = engine.launch_training(
        state,
        version,
        values,
        destination=body.get("destination"),
        origin=origin_of(request),
        webhook=optional_string(body, "webhook"),
        events_filter=engine.check_events_filter(body.get("webhook_events_filter")),
    )
    return json_response(run.render_created(origin_of(request)), 201)


async def get(request: Request) -> Response:
    state = state_of(request)
    engine.settle(state)
    run = run_or_404(state.trainings, path_param(request, "training_id"), "training")
    return json_response(run.render(time.time(), origin_of(request)))


async def list_all(request: Request) -> Response:
    state = state_of(request)
    engine.settle(state)
    runs = list(reversed(state.trainings.values()))
    chunk, links = page(request, runs, state.page_size)
    now, origin = time.time(), origin_of(request)
    return json_response({**links, "results": [run.render(now, origin) for run in chunk]})


async def cancel(request: Request) -> Response:
    state = state_of(request)
    run = run_or_404(state.trainings, path_param(request, "training_id"), "training")
    now = time.time()
    run.cancel(now)
    engine.settle(state, now)
    return json_response(run.render(now, origin_of(request)))


ROUTES = [
    Route(
        "/v1/models/{model_owner}/{model_name}/versions/{version_id}/trainings",
        create,
        methods=["POST"],
    ),
    Route("/v1/trainings", list_all, methods=["GET"]),
    Route("/v1/trainings/{training_id}", get, methods=["GET"]),
    Route("/v1/trainings/{training_id}/cancel", cancel, methods=["POST"]),
]
