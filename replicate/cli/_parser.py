"""The argparse tree: global options, command groups and their commands."""

from __future__ import annotations

import argparse
import difflib
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NoReturn

from ._errors import UsageError

if TYPE_CHECKING:
    from ._context import Context

Handler = Callable[["Context", argparse.Namespace], None]

DESCRIPTION = "Run models and manage predictions, models, deployments and files on Replicate."
EPILOG = (
    "The API token comes from --token or REPLICATE_API_TOKEN, the API address from "
    "--base-url or REPLICATE_BASE_URL. Run 'replicate COMMAND --help' for a command's options."
)


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose mistakes become one `error: ...` line and exit status 2."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        choice = _INVALID_CHOICE.search(message)
        if choice is not None:
            word, options = choice.group(1), _QUOTED.findall(choice.group(2))
            message = f"unknown command {word!r}{did_you_mean(word, options)}"
        raise UsageError(f"{message} (see '{self.prog} --help')")


_INVALID_CHOICE = re.compile(r"invalid choice: '([^']*)' \(choose from (.*)\)")
_QUOTED = re.compile(r"'([^']*)'")


def did_you_mean(word: str, options: Sequence[str]) -> str:
    """` (did you mean 'x'?)` when one of `options` is close to `word`, else ''."""
    close = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def option_names(parser: argparse.ArgumentParser) -> list[str]:
    return [name for action in parser._actions for name in action.option_strings]


def _global_options() -> Parser:
    """Options accepted before or after the command (`--json` anywhere reads naturally)."""
    options = Parser(add_help=False)
    suppress = argparse.SUPPRESS
    options.add_argument(
        "--json", action="store_true", default=suppress, help="print machine-readable JSON"
    )
    options.add_argument(
        "--token",
        default=suppress,
        metavar="TOKEN",
        help="API token (default: $REPLICATE_API_TOKEN)",
    )
    options.add_argument(
        "--base-url",
        default=suppress,
        metavar="URL",
        help="API address (default: $REPLICATE_BASE_URL or https://api.replicate.com/v1)",
    )
    return options


GLOBAL_OPTIONS = _global_options()


def add_group(commands: Any, name: str, help: str) -> Any:
    """A command that only holds subcommands (`replicate predictions ...`)."""
    group = commands.add_parser(name, help=help, description=help)
    sub = group.add_subparsers(metavar="COMMAND", required=True, parser_class=Parser)
    return sub


def add_command(commands: Any, name: str, help: str, handler: Handler) -> Parser:
    """A leaf command that runs `handler(ctx, args)`."""
    parser: Parser = commands.add_parser(
        name, help=help, description=help, parents=[GLOBAL_OPTIONS]
    )
    parser.set_defaults(handler=handler, command_parser=parser)
    return parser


def add_limit(parser: Parser, default: int = 25) -> None:
    parser.add_argument(
        "--limit",
        type=int,
        default=default,
        metavar="N",
        help=f"show at most N items, following pages as needed (default {default}; 0: all)",
    )
