"""`replicate predictions list/get/cancel`."""

from __future__ import annotations

import argparse
from typing import Any

from .._context import Context
from .._parser import add_command, add_group, add_limit
from ._listing import first, show_record, show_table

COLUMNS = [
    ("ID", "id"),
    ("MODEL", "model"),
    ("STATUS", "status"),
    ("CREATED", "created_at"),
]
DETAIL_KEYS = [
    "id",
    "model",
    "version",
    "status",
    "source",
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
    group = add_group(commands, "predictions", "List, inspect and cancel predictions")
    add_limit(add_command(group, "list", "List recent predictions, newest first", list_))
    get = add_command(group, "get", "Show a prediction", get_)
    get.add_argument("id", metavar="ID")
    cancel = add_command(group, "cancel", "Cancel a running prediction", cancel_)
    cancel.add_argument("id", metavar="ID")


def list_(context: Context, args: argparse.Namespace) -> None:
    items = first(context.client.predictions.list(), args.limit)
    show_table(context, items, COLUMNS, empty="No predictions.")


def get_(context: Context, args: argparse.Namespace) -> None:
    show(context, context.client.predictions.get(prediction_id=args.id))


def cancel_(context: Context, args: argparse.Namespace) -> None:
    show(context, context.client.predictions.cancel(prediction_id=args.id))


def show(context: Context, prediction: Any) -> None:
    show_record(context, prediction, DETAIL_KEYS)
