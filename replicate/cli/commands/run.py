"""`replicate run` and `replicate stream`: run a model as a user would."""

from __future__ import annotations

import argparse
import math
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..._file_output import to_file_outputs
from ..._input_check import input_schema
from .._context import Context
from .._errors import CLIError
from .._inputs import parse_inputs, split_inputs, upload_files
from .._outputs import save_files, show_output
from .._parser import add_command
from .._progress import Progress, show_progress
from .._refs import ModelRef, parse_model_ref
from .._schema import output_concatenates, version_schema
from .._signals import canceling
from .._values import plain

FINAL = frozenset({"succeeded", "failed", "canceled", "aborted"})
POLL_FIRST = 0.2
POLL_MAX = 1.0

MODEL_HELP = "owner/name, owner/name:version or a version id"
INPUTS_HELP = (
    "model inputs, converted to the types the model's schema gives them; file fields "
    "(format: uri) take a path to upload or a URL; key=@path always uploads the file; "
    "see 'replicate models schema MODEL'"
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
    raw = split_inputs(args.inputs)
    inputs = upload_files(context, model_inputs(context, args.model, raw))
    if args.stream:
        _print_stream(context, args.model, inputs)
        return
    prediction = _create(context, ref, inputs, args.timeout)
    if args.no_wait:
        _report_started(context, prediction)
        return
    with canceling(context.client, prediction.id):  # Ctrl-C, SIGTERM: cli/_signals.py
        prediction = _wait(context, args.model, prediction, args.timeout)
    output = to_file_outputs(plain(prediction).get("output"), context.client.transport)
    saved = save_files(context, output, args.output_dir)
    show_output(context, saved, concatenates=lambda: output_concatenates(context, ref))


def stream(context: Context, args: argparse.Namespace) -> None:
    parse_model_ref(args.model)
    raw = split_inputs(args.inputs)
    inputs = upload_files(context, model_inputs(context, args.model, raw))
    _print_stream(context, args.model, inputs)


def model_inputs(context: Context, model: str, raw: dict[str, str]) -> dict[str, Any]:
    """The raw inputs typed and checked by the version's schema (read once, cached on disk)."""
    schema = input_schema(version_schema(context, parse_model_ref(model)))
    return parse_inputs(raw, schema, model=model)


def _create(context: Context, ref: ModelRef, inputs: dict[str, Any], timeout: float | None) -> Any:
    """Create the prediction and return at once, so its id is known from the start."""
    client = context.client
    cancel_after = None if timeout is None else f"{max(5, math.ceil(timeout) + 5)}s"
    if ref.owner and ref.name and not ref.version:
        return client.models.predictions.create(
            model_owner=ref.owner, model_name=ref.name, input=inputs, cancel_after=cancel_after
        )
    assert ref.version is not None
    return client.predictions.create(version=ref.version, input=inputs, cancel_after=cancel_after)


def _wait(context: Context, model: str, prediction: Any, timeout: float | None) -> Any:
    """Poll until the prediction is final, showing its progress on a terminal; past
    `timeout` seconds, cancel it and say so."""
    client = context.client
    started = time.monotonic()
    deadline = None if timeout is None else started + timeout
    progress = Progress(model, started)
    progress.update(plain(prediction))
    delay = POLL_FIRST
    with show_progress(context.ui.err if context.ui.interactive else None, progress):
        while plain(prediction.status) not in FINAL:
            if deadline is not None and time.monotonic() >= deadline:
                client.predictions.cancel(prediction_id=prediction.id)
                raise _timed_out(prediction, timeout)
            time.sleep(delay if deadline is None else min(delay, deadline - time.monotonic()))
            delay = min(delay * 1.5, POLL_MAX)
            prediction = client.predictions.get(prediction_id=prediction.id)
            progress.update(plain(prediction))
    status = plain(prediction.status)
    if status == "succeeded":
        return prediction
    if (
        deadline is not None
        and status in ("canceled", "aborted")
        and plain(prediction).get("deadline")
    ):
        raise _timed_out(prediction, timeout)  # canceled by the Cancel-After we sent
    error = plain(getattr(prediction, "error", None))
    reason = f": {error}" if error else ""
    raise CLIError(f"prediction {prediction.id} {status}{reason}")


def _timed_out(prediction: Any, timeout: float | None) -> CLIError:
    return CLIError(f"prediction {prediction.id} did not finish within {timeout:g}s; canceled it")


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


def _report_started(context: Context, prediction: Any) -> None:
    """Print the new prediction's id (all of it with --json)."""
    if context.json:
        context.ui.json(prediction)
        return
    ident = prediction.id
    context.ui.write(f"{ident}\n")
    context.ui.note(
        f"Started prediction {ident} ({plain(prediction.status)}). "
        f"Follow it with: replicate predictions get {ident}"
    )
