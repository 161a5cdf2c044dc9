"""`replicate run` and `replicate stream`: run a model as a user would."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .._context import Context
from .._errors import CLIError
from .._inputs import parse_inputs, upload_files
from .._outputs import save_files, show_output
from .._parser import add_command
from .._refs import ModelRef, parse_model_ref
from .._schema import output_concatenates
from .._values import plain

MODEL_HELP = "owner/name, owner/name:version or a version id"
INPUTS_HELP = (
    "model inputs; values are read as JSON when they parse (numbers, true/false, lists), "
    "else as text; a value naming a file (or @path) uploads that file"
)


def register(commands: Any) -> None:
    run_parser = add_command(commands, "run", "Run a model and print its output", run)
    _model_and_inputs(run_parser)
    run_parser.add_argument(
        "--stream", action="store_true", help="print output tokens as they arrive"
    )
    run_parser.add_argument(
        "-o",
        "--output-dir",
        type=Path,
        default=Path("."),
        metavar="DIR",
        help="where to save output files (default: the current directory)",
    )
    run_parser.add_argument(
        "--timeout",
        type=float,
        metavar="SECONDS",
        help="give up after this long, canceling the prediction",
    )
    run_parser.add_argument(
        "--no-wait",
        action="store_true",
        help="start the prediction, print its id and return at once",
    )

    stream_parser = add_command(
        commands, "stream", "Run a model, printing its output as it is produced", stream
    )
    _model_and_inputs(stream_parser)


def _model_and_inputs(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("model", metavar="MODEL", help=MODEL_HELP)
    parser.add_argument("inputs", nargs="*", default=[], metavar="key=value", help=INPUTS_HELP)


def run(context: Context, args: argparse.Namespace) -> None:
    ref = parse_model_ref(args.model)
    inputs = parse_inputs(args.inputs)
    if args.stream:
        _print_stream(context, args.model, upload_files(context, inputs))
        return
    if args.no_wait:
        _start(context, ref, upload_files(context, inputs))
        return
    inputs = upload_files(context, inputs)
    options = {} if args.timeout is None else {"timeout": args.timeout}
    with context.ui.status(f"Running {args.model} …"):
        output = context.client.run(args.model, input=inputs, **options)
    saved = save_files(context, output, args.output_dir)
    show_output(context, saved, concatenates=lambda: output_concatenates(context, ref))


def stream(context: Context, args: argparse.Namespace) -> None:
    parse_model_ref(args.model)
    inputs = parse_inputs(args.inputs)
    _print_stream(context, args.model, upload_files(context, inputs))


def _print_stream(context: Context, model: str, inputs: dict[str, Any]) -> None:
    """Print tokens as they arrive (one JSON string a line with --json)."""
    ui = context.ui
    with ui.status(f"Starting {model} …"):
        tokens = _tokens(context.client.stream(model, input=inputs))
        first = next(tokens, None)  # the spinner stops as soon as output begins
    if first is None:
        ui.note("The model returned no output.")
        return
    last = ""
    for token in _chain(first, tokens):
        if context.json:
            ui.json_line(token)
        else:
            ui.write(token)
        last = token or last
    if not context.json and not last.endswith("\n"):
        ui.write("\n")


def _tokens(events: Any) -> Iterator[str]:
    """Output text from a stream, whether it yields strings or server-sent events."""
    for event in events:
        kind = "output" if isinstance(event, str) else getattr(event, "event", "output")
        data = getattr(event, "data", event)
        text = data if isinstance(data, str) else str(data)
        if kind == "output":
            yield text
        elif kind == "error":
            raise CLIError(f"the model failed: {text}")


def _chain(first: str, rest: Iterator[str]) -> Iterator[str]:
    yield first
    yield from rest


def _start(context: Context, ref: ModelRef, inputs: dict[str, Any]) -> None:
    """Create the prediction without waiting; print its id (all of it with --json)."""
    client = context.client
    if ref.owner and ref.name and not ref.version:
        prediction = client.models.predictions.create(
            model_owner=ref.owner, model_name=ref.name, input=inputs
        )
    else:
        assert ref.version is not None
        prediction = client.predictions.create(version=ref.version, input=inputs)
    if context.json:
        context.ui.json(prediction)
        return
    ident = prediction.id
    context.ui.write(f"{ident}\n")
    context.ui.note(
        f"Started prediction {ident} ({plain(prediction.status)}). "
        f"Follow it with: replicate predictions get {ident}"
    )
