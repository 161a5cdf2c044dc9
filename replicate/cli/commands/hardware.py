"""`replicate hardware list`."""

from __future__ import annotations

import argparse
from typing import Any

from .._context import Context
from .._parser import add_command, add_group


def register(commands: Any) -> None:
    group = add_group(commands, "hardware", "Hardware that models and deployments run on")
    add_command(group, "list", "List hardware SKUs", list_)


def list_(context: Context, args: argparse.Namespace) -> None:
    items = list(context.client.hardware.list())
    if context.json:
        context.ui.json(items)
    else:
        context.ui.table(items, [("SKU", "sku"), ("NAME", "name")], empty="No hardware.")
