"""Entry point: parse, run one command, turn every failure into one line and an exit status."""

from __future__ import annotations

import argparse
import itertools
import os
import sys
from collections.abc import Sequence

from .._errors import ReplicateError
from .._version import __version__
from ._context import TOKEN_VARIABLE, Context
from ._errors import EXIT_API_ERROR, CLIError, UsageError
from ._parser import DESCRIPTION, EPILOG, GLOBAL_OPTIONS, Parser, did_you_mean, option_names
from ._signals import interrupted, signals_as_interrupts
from .commands import COMMAND_MODULES

DEBUG_VARIABLE = "REPLICATE_CLI_DEBUG"  # set: unexpected errors show their traceback
CLI_EXTRA = "pip install 'replicate[cli]'"
CLI_EXTRA_MODULES = frozenset({"rich"})


def main(argv: Sequence[str] | None = None) -> int:
    """Run `replicate ARGS...` and return the exit status (0 ok, 1 failed, 2 usage)."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        parser = build_parser()
        if not arguments:
            parser.print_help()
            return 0
        args, extra = parser.parse_known_args(arguments)
        _take_extra_inputs(args, extra)
        context = Context(
            token=getattr(args, "token", None),
            base_url=getattr(args, "base_url", None),
            json=getattr(args, "json", False),
        )
        try:
            with signals_as_interrupts():
                args.handler(context, args)
        finally:
            context.close()
        return 0
    except KeyboardInterrupt as interrupt:
        status, message = interrupted(interrupt)
        return _fail(message, status, arguments)
    except CLIError as error:
        return _fail(str(error), error.exit_code, arguments)
    except ReplicateError as error:
        return _fail(str(error), EXIT_API_ERROR, arguments)
    except BrokenPipeError:
        # The reader went away (`replicate ... | head`); silence the flush at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_API_ERROR
    except OSError as error:
        where = f": {error.filename}" if error.filename else ""
        return _fail(f"{error.strerror or error}{where}", EXIT_API_ERROR, arguments)
    except ModuleNotFoundError as error:
        if (error.name or "").partition(".")[0] not in CLI_EXTRA_MODULES:
            raise
        message = f"the command line needs {error.name}, from the cli extra: {CLI_EXTRA}"
        return _fail(message, EXIT_API_ERROR, arguments)
    except Exception as error:
        if os.environ.get(DEBUG_VARIABLE):
            raise
        message = f"unexpected {type(error).__name__}: {error} (set {DEBUG_VARIABLE}=1 for details)"
        return _fail(message, EXIT_API_ERROR, arguments)


def _take_extra_inputs(args: argparse.Namespace, extra: list[str]) -> None:
    """`key=value` inputs may come after options (`run MODEL --stream prompt=hi`)."""
    inputs = getattr(args, "inputs", None)
    if inputs is None or any(item.startswith("-") for item in extra):
        if extra:
            options = [item.partition("=")[0] for item in extra if item.startswith("-")]
            known = option_names(getattr(args, "command_parser", None) or build_parser())
            hint = did_you_mean(options[0], known) if options else ""
            raise UsageError(f"unrecognized arguments: {' '.join(extra)}{hint}")
        return
    args.inputs = [*inputs, *extra]


def _fail(message: str, status: int, arguments: Sequence[str]) -> int:
    line = " ".join(message.split())  # one line, whatever the message held
    for secret in _secrets(arguments):
        line = line.replace(secret, "<token>")
    sys.stderr.write(f"error: {line}\n")
    sys.stderr.flush()
    return status


def _secrets(arguments: Sequence[str]) -> list[str]:
    """Every token in play, found without the parser (which may be what failed)."""
    found = [value for flag, value in itertools.pairwise(arguments) if flag == "--token"]
    found += [item.partition("=")[2] for item in arguments if item.startswith("--token=")]
    found.append(os.environ.get(TOKEN_VARIABLE, ""))
    return [secret for secret in found if len(secret) >= 4]


def build_parser() -> Parser:
    """The whole command line: global options and every command group's commands."""
    parser = Parser(
        prog="replicate", description=DESCRIPTION, epilog=EPILOG, parents=[GLOBAL_OPTIONS]
    )
    parser.add_argument("--version", action="version", version=f"replicate {__version__}")
    commands = parser.add_subparsers(metavar="COMMAND", required=True, parser_class=Parser)
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser
