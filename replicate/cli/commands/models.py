"""`replicate models get/list/search/schema` and `replicate models versions list`."""

from __future__ import annotations

import argparse
from typing import Any

from ..._input_check import input_schema, resolve
from .._context import Context
from .._errors import UsageError
from .._parser import add_command, add_group, add_limit
from .._refs import parse_model_ref, split_owner_name
from .._schema import version_schema
from .._values import lookup, plain
from ._listing import first, show_record, show_table

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

    schema = add_command(
        group, "schema", "Show a model's inputs (types, defaults, descriptions) and output", schema_
    )
    schema.add_argument("model", metavar="MODEL", help="owner/name or owner/name:version")

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
    show_record(context, model, DETAIL_KEYS, view=with_ref)


def list_(context: Context, args: argparse.Namespace) -> None:
    options = {"sort_by": args.sort_by, "sort_direction": args.sort_direction}
    page = context.client.models.list(**{k: v for k, v in options.items() if v is not None})
    show_table(context, first(page, args.limit), COLUMNS, empty="No models.", view=with_ref)


def search_(context: Context, args: argparse.Namespace) -> None:
    page = context.client.models.search(query=args.query)
    empty = f"No models match {args.query!r}."
    show_table(context, first(page, args.limit), COLUMNS, empty=empty, view=with_ref)


def versions_(context: Context, args: argparse.Namespace) -> None:
    owner, name = split_owner_name(args.model, what="model")
    page = context.client.models.versions.list(model_owner=owner, model_name=name)
    empty = f"{args.model} has no versions."
    show_table(context, first(page, args.limit), VERSION_COLUMNS, empty=empty)


def schema_(context: Context, args: argparse.Namespace) -> None:
    ref = parse_model_ref(args.model)
    if ref.model is None:
        raise UsageError(f"expected owner/name or owner/name:version, got {args.model!r}")
    document = version_schema(context, ref)
    schemas = lookup(document, "components.schemas")
    inputs = input_schema(document)
    output = lookup(schemas, "Output")
    if context.json:
        context.ui.json({"input": lookup(schemas, "Input"), "output": output})
        return
    if inputs is None:
        context.ui.note(f"{args.model} publishes no input schema.")
    else:
        rows = [
            {
                "name": name,
                "type": type_text(field),
                "required": "yes" if name in inputs.required else "",
                "default": field.get("default"),
                "description": field.get("description") or field.get("title"),
            }
            for name, field in sorted(inputs.fields.items(), key=_order)
        ]
        context.ui.table(rows, INPUT_COLUMNS, empty=f"{args.model} takes no inputs.")
    resolved = resolve(output, schemas)
    described = "unknown" if resolved is None else type_text(resolved)
    context.ui.write(f"\nOutput: {described}\n")


INPUT_COLUMNS = [
    ("INPUT", "name"),
    ("TYPE", "type"),
    ("REQUIRED", "required"),
    ("DEFAULT", "default"),
    ("DESCRIPTION", "description"),
]


def _order(item: tuple[str, dict[str, Any]]) -> tuple[float, str]:
    order = item[1].get("x-order")
    return (order if isinstance(order, int | float) else float("inf"), item[0])


def type_text(field: dict[str, Any]) -> str:
    """A field's type in a few words: `integer (1..4)`, `file`, `list of file`, `one of …`."""
    enum = field.get("enum")
    if isinstance(enum, list) and enum:
        return "one of " + ", ".join(str(choice) for choice in enum)
    kind = field.get("type")
    if kind == "string" and field.get("format") == "uri":
        return "file"
    if kind == "array":
        items = field.get("items")
        each = type_text(items) if isinstance(items, dict) else "any"
        streamed = field.get("x-cog-array-type") == "iterator"
        return f"{'stream' if streamed else 'list'} of {each}"
    if isinstance(kind, str):
        low, high = field.get("minimum"), field.get("maximum")
        if low is not None or high is not None:
            return f"{kind} ({'' if low is None else low}..{'' if high is None else high})"
        return kind
    return "any"
