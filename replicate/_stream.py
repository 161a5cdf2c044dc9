"""stream(): a prediction's output as it is produced, read from its server-sent events.

Output (and, if asked, logs) events are passed on as they arrive; the reader in
`_sse` resumes a dropped connection where it left off. A stream that reports an
error, or ends as canceled, raises ModelError with the prediction as it then stands.
A prediction without a stream URL is waited for and its output given as events.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

from ._errors import ModelError
from ._flow import adrive, drive
from ._interrupt import is_interrupt
from ._refs import parse_ref
from ._run import (
    TERMINAL,
    RunOptions,
    as_prediction,
    create_flow,
    on_interrupt,
    refresh_flow,
    wait_flow,
)
from ._sse import ServerSentEvent, aiter_events, iter_events

if TYPE_CHECKING:
    from ._transport import AsyncTransport, SyncTransport

_FAILED_REASONS = frozenset({"error", "failed", "canceled", "aborted"})


def _failure(data: dict[str, Any], event: ServerSentEvent) -> ModelError:
    """The error for a stream that reported failure, from the prediction as it now stands."""
    if data.get("status") not in TERMINAL - {"succeeded"}:
        status = "canceled" if _done_reason(event) in ("canceled", "aborted") else "failed"
        data = {**data, "status": status, "error": data.get("error") or _detail(event)}
    return ModelError(as_prediction(data))


def _detail(event: ServerSentEvent) -> str:
    try:
        parsed = event.json()
    except ValueError:
        return event.data
    if isinstance(parsed, dict) and isinstance(parsed.get("detail"), str):
        return str(parsed["detail"])
    return event.data


def _done_reason(event: ServerSentEvent) -> str | None:
    if event.event != "done" or not event.data.strip():
        return None
    try:
        parsed = event.json()
    except ValueError:
        return None
    reason = parsed.get("reason") if isinstance(parsed, dict) else None
    return reason if isinstance(reason, str) else None


def _ends_badly(event: ServerSentEvent) -> bool:
    return event.event == "error" or _done_reason(event) in _FAILED_REASONS


def _as_events(output: Any) -> list[ServerSentEvent]:
    """Output events for a prediction that finished without a stream to read."""
    if output is None:
        return []
    items = output if isinstance(output, list) else [output]
    return [
        ServerSentEvent("output", item if isinstance(item, str) else json.dumps(item))
        for item in items
    ]


def stream_url(data: dict[str, Any]) -> str | None:
    urls = data.get("urls")
    url = urls.get("stream") if isinstance(urls, dict) else None
    return url if isinstance(url, str) and url else None


def stream_events(
    transport: SyncTransport,
    data: dict[str, Any],
    *,
    include_logs: bool = False,
    started: RunOptions | None = None,
) -> Iterator[ServerSentEvent]:
    """The output (and, if asked, logs) events of a prediction, until it is done.

    A failure or cancellation raises ModelError. A prediction without a stream URL is
    waited for and its output given as events. `started`: the options of the call that
    created the prediction, whose interrupt then cancels it.
    """
    try:
        yield from _events(transport, data, include_logs)
    except BaseException as error:
        if started is not None and is_interrupt(error):
            drive(transport, on_interrupt(data, error, started))
        raise


def _events(
    transport: SyncTransport, data: dict[str, Any], include_logs: bool
) -> Iterator[ServerSentEvent]:
    url = stream_url(data)
    if url is None:
        yield from _as_events(drive(transport, wait_flow(data, RunOptions(), None)).get("output"))
        return
    for event in iter_events(transport, url):
        if event.event == "output" or (include_logs and event.event == "logs"):
            yield event
        elif _ends_badly(event):
            raise _failure(drive(transport, refresh_flow(data)), event)
        elif event.event == "done":
            return


async def astream_events(
    transport: AsyncTransport,
    data: dict[str, Any],
    *,
    include_logs: bool = False,
    started: RunOptions | None = None,
) -> AsyncIterator[ServerSentEvent]:
    """The async twin of `stream_events`."""
    try:
        async for event in _aevents(transport, data, include_logs):
            yield event
    except BaseException as error:
        if started is not None and is_interrupt(error):
            await adrive(transport, on_interrupt(data, error, started))
        raise


async def _aevents(
    transport: AsyncTransport, data: dict[str, Any], include_logs: bool
) -> AsyncIterator[ServerSentEvent]:
    url = stream_url(data)
    if url is None:
        final = await adrive(transport, wait_flow(data, RunOptions(), None))
        for item in _as_events(final.get("output")):
            yield item
        return
    async for event in aiter_events(transport, url):
        if event.event == "output" or (include_logs and event.event == "logs"):
            yield event
        elif _ends_badly(event):
            raise _failure(await adrive(transport, refresh_flow(data)), event)
        elif event.event == "done":
            return


def _prediction_data(prediction: Any) -> dict[str, Any]:
    """The JSON of a prediction given as a generated model (or a dict)."""
    if isinstance(prediction, dict):
        return prediction
    data: dict[str, Any] = prediction.to_dict()
    return data


def stream(
    transport: SyncTransport,
    ref: Any,
    input: dict[str, Any] | None = None,
    *,
    include_logs: bool = False,
    **options: Any,
) -> Iterator[ServerSentEvent]:
    """Start a prediction (or take an existing one) and return its event stream."""
    if not isinstance(ref, str):
        return stream_events(transport, _prediction_data(ref), include_logs=include_logs)
    run = RunOptions(**options)
    data = drive(transport, create_flow(parse_ref(ref), input, run, wait=False, stream=True))
    return stream_events(transport, data, include_logs=include_logs, started=run)


async def async_stream(
    transport: AsyncTransport,
    ref: Any,
    input: dict[str, Any] | None = None,
    *,
    include_logs: bool = False,
    **options: Any,
) -> AsyncIterator[ServerSentEvent]:
    run: RunOptions | None = None
    if isinstance(ref, str):
        run = RunOptions(**options)
        data = await adrive(
            transport, create_flow(parse_ref(ref), input, run, wait=False, stream=True)
        )
    else:
        data = _prediction_data(ref)
    async for event in astream_events(transport, data, include_logs=include_logs, started=run):
        yield event
