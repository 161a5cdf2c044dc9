"""Assemble the local server's ASGI application."""

from __future__ import annotations

from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from . import _engine as engine
from ._counters import RouteTable
from ._frontdoor import FrontDoor
from ._http import ProblemError, problem
from ._routes import all_routes
from ._state import ServerState


async def _on_problem(request: Request, error: Exception) -> Response:
    assert isinstance(error, ProblemError)
    return problem(error.status, error.detail, error.title, **error.extra)


async def _on_http_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, HTTPException)
    detail = "Not found" if error.status_code == 404 else str(error.detail)
    response = problem(error.status_code, detail)
    if error.headers:
        response.headers.update(error.headers)
    return response


def create_app(*, state: ServerState | None = None, **settings: Any) -> FrontDoor:
    """The local Replicate-compatible ASGI app.

    Give an existing ``state`` to share it (``LocalServer`` does), or settings for a new
    one: ``token="r8_test"`` (None accepts any bearer token), ``speed=1.0``,
    ``page_size=20``, ``output_data_uris=False``, ``max_upload_size=None``.
    The returned app exposes ``.state`` (the ``ServerState``).
    """
    if state is None:
        state = engine.new_state(**settings)
    elif settings:
        raise TypeError("pass either state or settings, not both")
    routes = all_routes()
    inner = Starlette(
        routes=routes,
        exception_handlers={ProblemError: _on_problem, HTTPException: _on_http_error},
    )
    inner.state.replicate = state
    return FrontDoor(inner, state, RouteTable(route.path for route in routes))
