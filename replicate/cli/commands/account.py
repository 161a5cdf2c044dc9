"""`replicate account`: who the token belongs to."""

from __future__ import annotations

import argparse
from typing import Any

from .._context import Context
from .._parser import add_command
from ._listing import show_record


def register(commands: Any) -> None:
    add_command(commands, "account", "Show the account the API token belongs to", show)


def show(context: Context, args: argparse.Namespace) -> None:
    account = context.client.account.get()
    show_record(context, account, ["username", "name", "type", "github_url", "avatar_url"])
