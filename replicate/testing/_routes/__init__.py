"""The HTTP routes of the local server, one module per resource."""

from __future__ import annotations

from starlette.routing import Route

from . import delivery, deployments, files, misc, models, predictions, trainings


def all_routes() -> list[Route]:
    """Every route, in matching order (more specific paths first where they overlap)."""
    return [
        *predictions.ROUTES,
        *trainings.ROUTES,
        *models.ROUTES,
        *deployments.ROUTES,
        *files.ROUTES,
        *misc.ROUTES,
        *delivery.ROUTES,
    ]
