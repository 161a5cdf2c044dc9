"""run(): create a prediction, wait for it, return its output.

A model that finishes inside the `Prefer: wait` window costs one request. Under that
header the API answers early with the finished output while the status still says
`processing` (and `completed_at` is empty); when the window runs out it answers with
the prediction as it stands. The two are told apart by timing: an answer that came back
before the window the server applied (`Preference-Applied`) ran out, with output, is
the finished one. Anything else is polled (fast at first, then slower, capped) until it
reaches a final status, so an unfinished prediction never passes for a finished one.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import quote

import httpx

from . import _clock
from ._bodies import response_json
from ._errors import APIResponseError, DeadlineExceededError, ModelError, ReplicateError
from ._file_input import data_uri, find_files, replace_files, upload_args
from ._file_output import FileOutput, to_file_outputs
from ._flow import Flow, Send, Sleep, Upload, adrive, drive
from ._input_check import check_flow
from ._interrupt import interrupted_flow, is_interrupt
from ._predict import MAX_WAIT, check_wait
from ._refs import ModelRef, parse_ref

if TYPE_CHECKING:
    from ._transport import AsyncTransport, SyncTransport

FileEncodingStrategy = Literal["url", "base64"]
Wait = bool | int

TERMINAL = frozenset({"succeeded", "failed", "canceled", "aborted"})
# An early answer must come at least this long before the window ends to count as finished.
WINDOW_MARGIN = 0.25
# Extra read time on top of the wait window, for the server to answer once it passes.
WINDOW_READ_SLACK = 15.0
# Polling: the first check comes fast, later ones less often.
POLL_FIRST = 0.2
POLL_GROWTH = 1.5
POLL_MAX = 3.0
# With a deadline, the server is also told to cancel a little after it, in case the
# client is gone by then (the API's minimum is 5 s).
SERVER_CANCEL_SLACK = 5
# How long a cancel sent at the deadline may take.
CANCEL_GRACE = 5.0
# A held create must answer this long before the deadline, so its answer (and the
# prediction's id) is never lost to the deadline's own timeout.
DEADLINE_MARGIN = 1.0


class RunOptions:
    """The settings of one run() (or of a use() function), checked once."""

    __slots__ = (
        "cancel_on_interrupt",
        "cancel_on_timeout",
        "file_encoding_strategy",
        "timeout",
        "wait",
        "webhook",
        "webhook_events_filter",
    )

    def __init__(
        self,
        *,
        wait: Wait = True,
        timeout: float | None = None,
        cancel_on_timeout: bool = True,
        cancel_on_interrupt: bool = True,
        file_encoding_strategy: FileEncodingStrategy = "url",
        webhook: str | None = None,
        webhook_events_filter: list[str] | None = None,
    ) -> None:
        check_wait(wait)
        if timeout is not None and not timeout > 0:
            raise ValueError(f"timeout must be a positive number of seconds, got {timeout!r}")
        if file_encoding_strategy not in ("url", "base64"):
            raise ValueError(
                f"file_encoding_strategy must be 'url' or 'base64', got {file_encoding_strategy!r}"
            )
        self.wait = wait
        self.timeout = timeout
        self.cancel_on_timeout = cancel_on_timeout
        self.cancel_on_interrupt = cancel_on_interrupt
        self.file_encoding_strategy = file_encoding_strategy
        self.webhook = webhook
        self.webhook_events_filter = webhook_events_filter


# Flows ------------------------------------------------------------------------------


def prepare_input(input: Any, strategy: FileEncodingStrategy) -> Flow[Any]:
    """The input with its files uploaded (or inlined) and replaced by URLs."""
    files = find_files(input) if input else []
    if not files:
        return input
    urls: dict[int, str] = {}
    for value in files:
        if isinstance(value, FileOutput):
            urls[id(value)] = value.url
            continue
        if strategy == "base64":
            uri = data_uri(value)
            if uri is not None:
                urls[id(value)] = uri
                continue
        urls[id(value)] = yield Upload(upload_args(value))
    return replace_files(input, urls)


def create_flow(
    ref: ModelRef, input: Any, options: RunOptions, *, wait: bool = True, stream: bool = False
) -> Flow[dict[str, Any]]:
    """Create a prediction; with `wait`, return it finished (or raise)."""
    deadline = None if options.timeout is None else _clock.monotonic() + options.timeout
    input = yield from prepare_input(input or {}, options.file_encoding_strategy)
    window = _window(options.wait if wait else False, deadline)
    cancel_after = None
    if options.timeout is not None and options.cancel_on_timeout:
        cancel_after = f"{max(5, math.ceil(options.timeout) + SERVER_CANCEL_SLACK)}s"
    create = ref.prediction(
        input,
        webhook=options.webhook,
        webhook_events_filter=options.webhook_events_filter,
        stream=True if stream else None,
        wait=window or None,
        cancel_after=cancel_after,
    )
    sent = _clock.monotonic()
    response = yield Send(
        "POST",
        create.path(),
        json=create.body(),
        headers=create.headers(),
        min_read=window + WINDOW_READ_SLACK if window else None,
        deadline=deadline,
    )
    elapsed = _clock.monotonic() - sent
    data = prediction_json(response)
    if not wait or _finished_in_window(response, data, window, elapsed):
        return data
    # Final statuses pass straight through (raising for failures); the rest is polled.
    try:
        return (yield from wait_flow(data, options, deadline))
    except BaseException as error:
        if is_interrupt(error):
            yield from on_interrupt(data, error, options)
        raise


def on_interrupt(data: dict[str, Any], error: BaseException, options: RunOptions) -> Flow[None]:
    """Cancel (unless the options say not to) a prediction this run created."""
    cancel = _path(data, "cancel") if options.cancel_on_interrupt else None
    yield from interrupted_flow(data, error, cancel=cancel)


def wait_flow(
    data: dict[str, Any], options: RunOptions, deadline: float | None
) -> Flow[dict[str, Any]]:
    """Poll until the prediction is final; cancel and raise at the deadline."""
    delays = _poll_delays()
    while data.get("status") not in TERMINAL:
        now = _clock.monotonic()
        if deadline is not None and now >= deadline:
            canceled = False
            if options.cancel_on_timeout:
                try:
                    cancel = Send("POST", _path(data, "cancel"), deadline=now + CANCEL_GRACE)
                    data = prediction_json((yield cancel))
                    canceled = True
                except ReplicateError:
                    pass
                if data.get("status") == "succeeded":
                    return data
            assert options.timeout is not None
            raise DeadlineExceededError(as_prediction(data), options.timeout, canceled=canceled)
        delay = next(delays)
        yield Sleep(delay if deadline is None else min(delay, deadline - now))
        try:
            data = prediction_json((yield Send("GET", _path(data), deadline=deadline)))
        except ReplicateError as error:
            if deadline is not None and _clock.monotonic() >= deadline:
                continue  # the deadline, not this poll, decides: cancel and say so
            raise concerning(error, data) from None
    if data["status"] == "succeeded":
        return data
    # Canceled by the server at the Cancel-After this run asked for: still our deadline.
    by_deadline = options.cancel_on_timeout and data.get("deadline")
    if options.timeout is not None and by_deadline and data["status"] in ("canceled", "aborted"):
        raise DeadlineExceededError(as_prediction(data), options.timeout, canceled=True)
    raise ModelError(as_prediction(data))


def refresh_flow(data: dict[str, Any]) -> Flow[dict[str, Any]]:
    try:
        return prediction_json((yield Send("GET", _path(data))))
    except ReplicateError as error:
        raise concerning(error, data) from None


def cancel_flow(data: dict[str, Any]) -> Flow[dict[str, Any]]:
    try:
        return prediction_json((yield Send("POST", _path(data, "cancel"))))
    except ReplicateError as error:
        raise concerning(error, data) from None


def concerning(error: ReplicateError, data: dict[str, Any]) -> ReplicateError:
    """`error`, carrying the prediction it happened to: created, so possibly still running."""
    if error.prediction is None:
        error.prediction = as_prediction(data)
        error.add_note(
            f"Prediction {data['id']} was created and may still be running: "
            f"predictions.get(prediction_id={str(data['id'])!r}) finds it."
        )
    return error


def _window(wait: Wait, deadline: float | None) -> int:
    """Seconds of `Prefer: wait` to ask for (0: none); never past the deadline."""
    if wait is False:
        return 0
    window = MAX_WAIT if wait is True else int(wait)
    if deadline is not None:
        window = min(window, int(deadline - _clock.monotonic() - DEADLINE_MARGIN))
    return max(window, 0)


def _finished_in_window(
    response: httpx.Response, data: dict[str, Any], window: int, elapsed: float
) -> bool:
    status = data.get("status")
    if status != "processing" or not window or response.status_code == 202:
        return False
    if data.get("output") is None:
        return False
    applied = _applied_window(response.headers.get("preference-applied"))
    return applied is not None and elapsed < min(applied, window) - WINDOW_MARGIN


def _applied_window(header: str | None) -> int | None:
    """The wait the server says it applied ("wait" or "wait=N"), or None."""
    if not header:
        return None
    for preference in header.split(","):
        name, _, value = preference.strip().partition("=")
        if name.strip().lower() == "wait":
            value = value.strip().strip('"')
            if not value:
                return MAX_WAIT
            return int(value) if value.isdigit() else None
    return None


def _poll_delays() -> Iterator[float]:
    delay = POLL_FIRST
    while True:
        yield delay
        delay = min(delay * POLL_GROWTH, POLL_MAX)


def _path(data: dict[str, Any], action: str | None = None) -> str:
    ident = quote(str(data["id"]), safe="")
    if ident in ("", ".", ".."):
        raise ValueError(f"Refusing to use {data['id']!r} as a prediction id")
    path = f"/predictions/{ident}"
    return path if action is None else f"{path}/{action}"


def prediction_json(response: httpx.Response) -> dict[str, Any]:
    try:
        data = response_json(response)
    except ValueError:
        raise APIResponseError(response, "the response body is not valid JSON") from None
    if not isinstance(data, dict) or "id" not in data or "status" not in data:
        raise APIResponseError(response, "the response is not a prediction")
    return data


def as_prediction(data: dict[str, Any]) -> Any:
    """The generated Prediction model for a prediction's JSON (the raw dict if it won't parse)."""
    from replicate_api.models import Prediction

    try:
        return Prediction.from_dict(data)
    except (KeyError, TypeError, ValueError):
        return _RawPrediction(data)


class _RawPrediction:
    """Attribute access to a prediction's JSON that the generated model rejected."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.__dict__.update(data)
        self.raw = data


# Entry points -----------------------------------------------------------------------


def checked_create_flow(
    transport: Any, ref: ModelRef, input: Any, options: RunOptions, validate: bool | None
) -> Flow[dict[str, Any]]:
    """create_flow(), after checking `input` against the schema: the one the client holds
    (validate=None), read if need be (True), or none (False)."""
    if validate is not False and isinstance(input, dict | None):
        yield from check_flow(transport, ref, input or {}, read=bool(validate))
    return (yield from create_flow(ref, input, options))


def output_of(
    data: dict[str, Any], transport: SyncTransport | AsyncTransport, use_file_output: bool
) -> Any:
    output = data.get("output")
    return to_file_outputs(output, transport) if use_file_output else output


def run(
    transport: SyncTransport,
    ref: str,
    input: dict[str, Any] | None = None,
    *,
    use_file_output: bool = True,
    validate: bool | None = None,
    **options: Any,
) -> Any:
    flow = checked_create_flow(transport, parse_ref(ref), input, RunOptions(**options), validate)
    data = drive(transport, flow)
    return output_of(data, transport, use_file_output)


async def async_run(
    transport: AsyncTransport,
    ref: str,
    input: dict[str, Any] | None = None,
    *,
    use_file_output: bool = True,
    validate: bool | None = None,
    **options: Any,
) -> Any:
    flow = checked_create_flow(transport, parse_ref(ref), input, RunOptions(**options), validate)
    data = await adrive(transport, flow)
    return output_of(data, transport, use_file_output)
