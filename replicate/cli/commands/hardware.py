"""`replicate hardware list`."""

from __future__ import annotations

import argparse
from typing import Any

from .._context import Context
from .._parser import add_command, add_group
from ._listing import show_table


def register(commands: Any) -> None:
    group = add_group(commands, "hardware", "Hardware that models and deployments run on")
    add_command(group, "list", "List hardware SKUs", list_)


def list_(context: Context, args: argparse.Namespace) -> None:
    items = list(context.client.hardware.list())
    show_table(context, items, [("SKU", "sku"), ("NAME", "name")], empty="No hardware.")
