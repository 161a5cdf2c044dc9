"""Predictions: create (by version, by model, by deployment), get, list, cancel."""

from __future__ import annotations

import html
import time
from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from .. import _engine as engine
from .._http import ProblemError, json_response, origin_of, page, read_json_object
from .._ids import micros, parse_iso_micros
from .._registry import VersionRecord
from .._state import ServerState
from ._common import model_or_404, optional_string, path_param, run_or_404, state_of


async def create(request: Request) -> Response:
    state = state_of(request)
    body = await read_json_object(request)
    version, label = engine.resolve_version_ref(state, body.get("version"))
    return await create_run(request, state, version, label, body)


async def create_for_model(request: Request) -> Response:
    state = state_of(request)
    model = model_or_404(state, request)
    body = await read_json_object(request)
    version = engine.latest_of(model)
    return await create_run(request, state, version, engine.version_label(model), body)


async def create_run(
    request: Request,
    state: ServerState,
    version: VersionRecord,
    label: str,
    body: dict[str, Any],
    deployment: str | None = None,
) -> Response:
    """Shared by every prediction-creating route: validate, launch, maybe hold."""
    values = engine.check_input(version, body.get("input"))
    webhook = optional_string(body, "webhook")
    events = engine.check_events_filter(body.get("webhook_events_filter"))
    cancel_after = engine.cancel_after_seconds(request.headers.get("cancel-after"))
    prefer = request.headers.get("prefer")
    wait = engine.parse_prefer_wait(prefer)
    origin = origin_of(request)
    run = engine.launch_prediction(
        state,
        version,
        values,
        version_label=label,
        origin=origin,
        webhook=webhook,
        events_filter=events,
        deployment=deployment,
        cancel_after=cancel_after,
    )
    if wait is None:
        return json_response(run.render_created(origin), 201)
    await engine.hold(state, run, wait)
    rendered = run.render(time.time(), origin, held=True, inline_files=state.output_data_uris)
    applied = "wait" if prefer and prefer.strip().lower() == "wait" else f"wait={wait}"
    return json_response(rendered, 201, {"Preference-Applied": applied})


async def get(request: Request) -> Response:
    state = state_of(request)
    run = run_or_404(state.predictions, path_param(request, "prediction_id"), "prediction")
    return json_response(run.render(time.time(), origin_of(request)))


def _time_filter(request: Request, name: str) -> int | None:
    """A date-time query parameter in whole microseconds (the precision of ``created_at``)."""
    text = request.query_params.get(name)
    if not text:
        return None
    moment = parse_iso_micros(text)
    if moment is None:
        raise ProblemError(400, f"{name} must be an ISO 8601 date-time")
    return moment


async def list_all(request: Request) -> Response:
    state = state_of(request)
    after = _time_filter(request, "created_after")
    before = _time_filter(request, "created_before")
    source = request.query_params.get("source")
    runs = [
        run
        for run in reversed(state.predictions.values())
        if source != "web"
        and (after is None or micros(run.created) >= after)
        and (before is None or micros(run.created) < before)
    ]
    chunk, links = page(request, runs, state.page_size)
    now, origin = time.time(), origin_of(request)
    return json_response({**links, "results": [run.render(now, origin) for run in chunk]})


async def cancel(request: Request) -> Response:
    state = state_of(request)
    run = run_or_404(state.predictions, path_param(request, "prediction_id"), "prediction")
    now = time.time()
    run.cancel(now)
    return json_response(run.render(now, origin_of(request)))


async def web_page(request: Request) -> Response:
    state = state_of(request)
    run_id = path_param(request, "run_id")
    run = state.predictions.get(run_id) or state.trainings.get(run_id)
    if run is None:
        raise ProblemError(404, f"{run_id} not found")
    status = run.status_at(time.time())
    text = html.escape(f"{run.kind} {run.id} of {run.model}: {status}")
    return HTMLResponse(f"<!doctype html><title>{text}</title><h1>{text}</h1>")


ROUTES = [
    Route("/v1/predictions", create, methods=["POST"]),
    Route("/v1/predictions", list_all, methods=["GET"]),
    Route("/v1/predictions/{prediction_id}", get, methods=["GET"]),
    Route("/v1/predictions/{prediction_id}/cancel", cancel, methods=["POST"]),
    Route("/v1/models/{model_owner}/{model_name}/predictions", create_for_model, methods=["POST"]),
    Route("/p/{run_id}", web_page, methods=["GET"]),
]
