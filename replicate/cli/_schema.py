"""What a model's version schema says about its output (one extra request, only when asked)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._errors import ReplicateError
from ._refs import ModelRef
from ._values import lookup, plain

if TYPE_CHECKING:
    from ._context import Context


def output_schema(context: Context, ref: ModelRef) -> dict[str, Any]:
    """The Output schema of the version `ref` names (its model's latest when none is given)."""
    if ref.owner is None or ref.name is None:
        return {}  # a bare version id: the API has no way to look it up without its model
    models = context.client.models
    version: Any
    if ref.version:
        version = models.versions.get(
            model_owner=ref.owner, model_name=ref.name, version_id=ref.version
        )
    else:
        version = models.get(model_owner=ref.owner, model_name=ref.name).latest_version
    schema = lookup(plain(version), "openapi_schema.components.schemas.Output")
    return schema if isinstance(schema, dict) else {}


def output_concatenates(context: Context, ref: ModelRef) -> bool:
    """True when the model streams text pieces meant to be joined (`x-cog-array-display`)."""
    try:
        schema = output_schema(context, ref)
    except ReplicateError:
        return False
    return schema.get("x-cog-array-display") == "concatenate"
