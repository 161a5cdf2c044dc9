"""`replicate models get/list/search` and `replicate models versions list`."""

from __future__ import annotations

import argparse
from typing import Any

from .._context import Context
from .._parser import add_command, add_group, add_limit
from .._refs import split_owner_name
from .._values import plain
from ._listing import first

COLUMNS = [("MODEL", "model"), ("RUNS", "run_count"), ("DESCRIPTION", "description")]
DETAIL_KEYS = [
    "model",
    "description",
    "visibility",
    "is_official",
    "run_count",
    "url",
    "github_url",
    "paper_url",
    "license_url",
    "cover_image_url",
    "latest_version.id",
    "latest_version.created_at",
]
VERSION_COLUMNS = [("VERSION", "id"), ("CREATED", "created_at"), ("COG", "cog_version")]


def register(commands: Any) -> None:
    group = add_group(commands, "models", "Look up, list and search models")
    get = add_command(group, "get", "Show a model", get_)
    get.add_argument("model", metavar="OWNER/NAME")

    listing = add_command(group, "list", "List public models", list_)
    listing.add_argument(
        "--sort-by", choices=["model_created_at", "latest_version_created_at"], default=None
    )
    listing.add_argument("--sort-direction", choices=["asc", "desc"], default=None)
    add_limit(listing)

    search = add_command(group, "search", "Search public models", search_)
    search.add_argument("query", metavar="QUERY")
    add_limit(search)

    versions = add_group(group, "versions", "List a model's versions")
    versions_list = add_command(
        versions, "list", "List a model's versions, newest first", versions_
    )
    versions_list.add_argument("model", metavar="OWNER/NAME")
    add_limit(versions_list)


def with_ref(model: Any) -> dict[str, Any]:
    """A model's fields plus `model`: its `owner/name`, the way people name it."""
    fields = plain(model)
    return {"model": f"{fields.get('owner')}/{fields.get('name')}", **fields}


def get_(context: Context, args: argparse.Namespace) -> None:
    owner, name = split_owner_name(args.model, what="model")
    model = context.client.models.get(model_owner=owner, model_name=name)
    if context.json:
        context.ui.json(model)
    else:
        context.ui.record(with_ref(model), keys=DETAIL_KEYS)


def list_(context: Context, args: argparse.Namespace) -> None:
    options = {"sort_by": args.sort_by, "sort_direction": args.sort_direction}
    page = context.client.models.list(**{k: v for k, v in options.items() if v is not None})
    _show_models(context, first(page, args.limit), empty="No models.")


def search_(context: Context, args: argparse.Namespace) -> None:
    page = context.client.models.search(query=args.query)
    _show_models(context, first(page, args.limit), empty=f"No models match {args.query!r}.")


def _show_models(context: Context, models: list[Any], *, empty: str) -> None:
    if context.json:
        context.ui.json(models)
    else:
        context.ui.table([with_ref(model) for model in models], COLUMNS, empty=empty)


def versions_(context: Context, args: argparse.Namespace) -> None:
    owner, name = split_owner_name(args.model, what="model")
    page = context.client.models.versions.list(model_owner=owner, model_name=name)
    versions = first(page, args.limit)
    if context.json:
        context.ui.json(versions)
    else:
        context.ui.table(versions, VERSION_COLUMNS, empty=f"{args.model} has no versions.")
