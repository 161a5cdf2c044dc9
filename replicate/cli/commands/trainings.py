"""`replicate trainings create/get/list/cancel`."""

from __future__ import annotations

import argparse
from typing import Any

from .._context import Context
from .._errors import UsageError
from .._inputs import parse_inputs, split_inputs, upload_files
from .._parser import add_command, add_group, add_limit
from .._refs import parse_model_ref, split_owner_name
from ._listing import first, show_record, show_table

COLUMNS = [
    ("ID", "id"),
    ("MODEL", "model"),
    ("DESTINATION", "destination"),
    ("STATUS", "status"),
    ("CREATED", "created_at"),
]
DETAIL_KEYS = [
    "id",
    "model",
    "version",
    "destination",
    "status",
    "created_at",
    "started_at",
    "completed_at",
    "metrics.predict_time",
    "input",
    "output",
    "error",
    "logs",
    "urls.get",
]


def register(commands: Any) -> None:
    group = add_group(commands, "trainings", "Start, inspect and cancel trainings")
    create = add_command(group, "create", "Train a model version into a destination model", create_)
    create.add_argument("model", metavar="OWNER/NAME:VERSION", help="the version to train from")
    create.add_argument(
        "inputs", nargs="*", default=[], metavar="key=value", help="training inputs, as for 'run'"
    )
    create.add_argument(
        "-d",
        "--destination",
        required=True,
        metavar="OWNER/NAME",
        help="the model that receives the trained version",
    )
    create.add_argument("--webhook", metavar="URL", help="URL to notify as the training runs")

    add_limit(add_command(group, "list", "List recent trainings, newest first", list_))
    get = add_command(group, "get", "Show a training", get_)
    get.add_argument("id", metavar="ID")
    cancel = add_command(group, "cancel", "Cancel a running training", cancel_)
    cancel.add_argument("id", metavar="ID")


def create_(context: Context, args: argparse.Namespace) -> None:
    ref = parse_model_ref(args.model)
    if ref.owner is None or ref.name is None or ref.version is None:
        raise UsageError(f"expected the version to train as owner/name:version, got {args.model!r}")
    split_owner_name(args.destination, what="destination")
    inputs = upload_files(context, parse_inputs(split_inputs(args.inputs)))
    options = {} if args.webhook is None else {"webhook": args.webhook}
    training = context.client.trainings.create(
        model_owner=ref.owner,
        model_name=ref.name,
        version_id=ref.version,
        destination=args.destination,
        input=inputs,
        **options,
    )
    show(context, training)


def list_(context: Context, args: argparse.Namespace) -> None:
    items = first(context.client.trainings.list(), args.limit)
    show_table(context, items, COLUMNS, empty="No trainings.")


def get_(context: Context, args: argparse.Namespace) -> None:
    show(context, context.client.trainings.get(training_id=args.id))


def cancel_(context: Context, args: argparse.Namespace) -> None:
    show(context, context.client.trainings.cancel(training_id=args.id))


def show(context: Context, training: Any) -> None:
    show_record(context, training, DETAIL_KEYS)
