"""Helpers the route modules share: the state, lookups that 404, model rendering."""

from __future__ import annotations

import time
from typing import Any

from starlette.requests import Request

from .._http import ProblemError
from .._registry import ModelRecord
from .._runs import Run
from .._state import ServerState


def state_of(request: Request) -> ServerState:
    state: ServerState = request.app.state.replicate
    return state


def path_param(request: Request, name: str) -> str:
    return str(request.path_params[name])


def model_or_404(state: ServerState, request: Request) -> ModelRecord:
    owner, name = path_param(request, "model_owner"), path_param(request, "model_name")
    model = state.model_or_none(owner, name)
    if model is None:
        raise ProblemError(404, f"Model {owner}/{name} not found")
    return model


def run_or_404(runs: dict[str, Run], run_id: str, kind: str) -> Run:
    run = runs.get(run_id)
    if run is None:
        raise ProblemError(404, f"{kind.capitalize()} {run_id} not found")
    return run


def model_json(state: ServerState, model: ModelRecord, origin: str) -> dict[str, Any]:
    examples = state.examples.get(model.full_name)
    example = examples[0].render(time.time(), origin) if examples else None
    return model.to_json(origin, example)


def optional_string(body: dict[str, Any], key: str) -> str | None:
    value = body.get(key)
    if value is not None and not isinstance(value, str):
        raise ProblemError(422, f"{key} must be a string")
    return value
