"""`replicate search QUERY`: models, collections and documentation in one go."""

from __future__ import annotations

import argparse
from typing import Any

from .._context import Context
from .._parser import add_command
from .._values import lookup, plain


def register(commands: Any) -> None:
    parser = add_command(commands, "search", "Search models, collections and docs", search)
    parser.add_argument("query", metavar="QUERY")
    parser.add_argument(
        "--limit", type=int, metavar="N", help="at most N results of each kind (server default)"
    )


def search(context: Context, args: argparse.Namespace) -> None:
    options = {} if args.limit is None else {"limit": args.limit}
    results = context.client.search(query=args.query, **options)
    if context.json:
        context.ui.json(results)
        return
    found = plain(results)
    models = [
        {
            "model": f"{lookup(hit, 'model.owner')}/{lookup(hit, 'model.name')}",
            "description": lookup(hit, "model.description"),
            "tags": ", ".join(lookup(hit, "metadata.tags") or []),
        }
        for hit in found.get("models") or []
    ]
    ui = context.ui
    if not (models or found.get("collections") or found.get("pages")):
        ui.note(f"Nothing matches {args.query!r}.")
        return
    sections: list[tuple[str, list[Any], list[tuple[str, str]]]] = [
        ("Models", models, [("MODEL", "model"), ("DESCRIPTION", "description"), ("TAGS", "tags")]),
        (
            "Collections",
            found.get("collections") or [],
            [("COLLECTION", "slug"), ("NAME", "name"), ("DESCRIPTION", "description")],
        ),
        ("Docs", found.get("pages") or [], [("PAGE", "name"), ("LINK", "href")]),
    ]
    for title, items, columns in sections:
        if items:
            ui.out.print(f"[bold]{title}[/bold]")
            ui.table(items, columns, empty="")
            ui.write("\n")
