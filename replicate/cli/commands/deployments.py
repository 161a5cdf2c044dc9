"""`replicate deployments list/get/create/update/delete`."""

from __future__ import annotations

import argparse
from typing import Any

from .._context import Context
from .._errors import UsageError
from .._parser import add_command, add_group, add_limit
from .._refs import parse_model_ref, split_owner_name
from .._values import plain
from ._listing import first, show_deleted, show_record, show_table

COLUMNS = [
    ("DEPLOYMENT", "deployment"),
    ("RELEASE", "current_release.number"),
    ("MODEL", "current_release.model"),
    ("HARDWARE", "current_release.configuration.hardware"),
    ("MIN", "current_release.configuration.min_instances"),
    ("MAX", "current_release.configuration.max_instances"),
]
DETAIL_KEYS = [
    "deployment",
    "current_release.number",
    "current_release.model",
    "current_release.version",
    "current_release.created_at",
    "current_release.created_by.username",
    "current_release.configuration.hardware",
    "current_release.configuration.min_instances",
    "current_release.configuration.max_instances",
]


def register(commands: Any) -> None:
    group = add_group(commands, "deployments", "Manage deployments")
    add_limit(add_command(group, "list", "List the account's deployments", list_))

    get = add_command(group, "get", "Show a deployment", get_)
    get.add_argument("deployment", metavar="OWNER/NAME")

    create = add_command(group, "create", "Create a deployment", create_)
    create.add_argument("name", metavar="NAME")
    create.add_argument(
        "--model", required=True, metavar="OWNER/NAME[:VERSION]", help="the model to serve"
    )
    create.add_argument("--version", metavar="VERSION", help="the version to serve")
    create.add_argument("--hardware", required=True, metavar="SKU", help="see 'hardware list'")
    create.add_argument("--min-instances", type=int, default=0, metavar="N", help="default 0")
    create.add_argument("--max-instances", type=int, default=1, metavar="N", help="default 1")

    update = add_command(group, "update", "Change a deployment (makes a new release)", update_)
    update.add_argument("deployment", metavar="OWNER/NAME")
    update.add_argument("--version", metavar="VERSION")
    update.add_argument("--hardware", metavar="SKU")
    update.add_argument("--min-instances", type=int, metavar="N")
    update.add_argument("--max-instances", type=int, metavar="N")

    delete = add_command(group, "delete", "Delete a deployment", delete_)
    delete.add_argument("deployment", metavar="OWNER/NAME")


def with_ref(deployment: Any) -> dict[str, Any]:
    fields = plain(deployment)
    return {"deployment": f"{fields.get('owner')}/{fields.get('name')}", **fields}


def show(context: Context, deployment: Any) -> None:
    show_record(context, deployment, DETAIL_KEYS, view=with_ref)


def list_(context: Context, args: argparse.Namespace) -> None:
    items = first(context.client.deployments.list(), args.limit)
    show_table(context, items, COLUMNS, empty="No deployments.", view=with_ref)


def get_(context: Context, args: argparse.Namespace) -> None:
    owner, name = split_owner_name(args.deployment, what="deployment")
    show(context, context.client.deployments.get(deployment_owner=owner, deployment_name=name))


def create_(context: Context, args: argparse.Namespace) -> None:
    ref = parse_model_ref(args.model)
    version = args.version or ref.version
    if ref.model is None or version is None:
        raise UsageError("deployments create needs --model owner/name and a version")
    deployment = context.client.deployments.create(
        name=args.name,
        model=ref.model,
        version=version,
        hardware=args.hardware,
        min_instances=args.min_instances,
        max_instances=args.max_instances,
    )
    show(context, deployment)


def update_(context: Context, args: argparse.Namespace) -> None:
    owner, name = split_owner_name(args.deployment, what="deployment")
    changes = {
        "version": args.version,
        "hardware": args.hardware,
        "min_instances": args.min_instances,
        "max_instances": args.max_instances,
    }
    changes = {key: value for key, value in changes.items() if value is not None}
    if not changes:
        raise UsageError(
            "nothing to change: give --version, --hardware, --min-instances or --max-instances"
        )
    deployment = context.client.deployments.update(
        deployment_owner=owner, deployment_name=name, **changes
    )
    show(context, deployment)


def delete_(context: Context, args: argparse.Namespace) -> None:
    owner, name = split_owner_name(args.deployment, what="deployment")
    context.client.deployments.delete(deployment_owner=owner, deployment_name=name)
    show_deleted(context, "deployment", args.deployment)
