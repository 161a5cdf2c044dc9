"""Predictions and trainings as timelines on the model clock.

A run's output is computed once, when it is created (the model functions are deterministic
stand-ins). What clients see then depends only on the time they look: ``starting`` until the
start time, ``processing`` while output items are released one by one, then ``succeeded`` or
``failed`` at the finish time, unless a cancel (or a ``Cancel-After`` deadline) cuts the
timeline short. Nothing is tied to an event loop, so the same state serves uvicorn's thread
and in-process ASGI tests alike.
"""

from __future__ import annotations

import base64
import json
import pathlib
from dataclasses import dataclass, field
from typing import Any

from ._ids import iso

TERMINAL_STATUSES = frozenset({"succeeded", "failed", "canceled", "aborted"})
WEBHOOK_EVENTS = ("start", "output", "logs", "completed")


class DeliveryLink:
    """A file output, served from this server's delivery route at ``path``.

    ``data`` is either the bytes themselves or a path on disk (streamed when served).
    """

    __slots__ = ("content_type", "data", "path")

    def __init__(self, path: str, data: bytes | pathlib.Path, content_type: str) -> None:
        self.path = path
        self.data = data
        self.content_type = content_type

    def size(self) -> int:
        return self.data.stat().st_size if isinstance(self.data, pathlib.Path) else len(self.data)

    def data_uri(self) -> str:
        raw = self.data.read_bytes() if isinstance(self.data, pathlib.Path) else self.data
        encoded = base64.b64encode(raw).decode("ascii")
        return f"data:{self.content_type};base64,{encoded}"


def render_value(value: Any, origin: str, *, inline_files: bool = False) -> Any:
    """Turn delivery links inside an output into absolute URLs (or ``data:`` URIs)."""
    if isinstance(value, DeliveryLink):
        return value.data_uri() if inline_files else f"{origin}{value.path}"
    if isinstance(value, list):
        return [render_value(item, origin, inline_files=inline_files) for item in value]
    if isinstance(value, dict):
        return {k: render_value(v, origin, inline_files=inline_files) for k, v in value.items()}
    return value


@dataclass(eq=False)
class Run:
    """A prediction or a training: everything needed to answer for it at any moment."""

    id: str
    kind: str  # "prediction" or "training"
    model: str
    version: str
    input: dict[str, Any]
    created: float
    started: float
    finished: float
    iterator: bool = False
    items: list[tuple[float, Any]] = field(default_factory=list)
    final_output: Any = None
    error: str | None = None
    logs: list[tuple[float, str]] = field(default_factory=list)
    streaming: bool = False
    webhook: str | None = None
    webhook_events_filter: tuple[str, ...] = WEBHOOK_EVENTS
    deployment: str | None = None
    destination: str | None = None
    deadline: float | None = None
    canceled_at: float | None = None

    # -- the timeline ---------------------------------------------------------------------

    def ending(self) -> tuple[float, str]:
        """When the run ends, and the terminal status it ends in."""
        end, status = self.finished, ("failed" if self.error is not None else "succeeded")
        if self.canceled_at is not None and self.canceled_at < end:
            end, status = self.canceled_at, "canceled"
        if self.deadline is not None and self.deadline < end:
            end = self.deadline
            status = "aborted" if self.deadline <= self.started else "canceled"
        return end, status

    def status_at(self, now: float) -> str:
        end, terminal = self.ending()
        if now >= end:
            return terminal
        return "starting" if now < self.started else "processing"

    def is_done(self, now: float) -> bool:
        return now >= self.ending()[0]

    def cancel(self, now: float) -> None:
        """Cancel now, unless the run has already ended."""
        if not self.is_done(now) and self.canceled_at is None:
            self.canceled_at = now

    def output_at(self, now: float) -> Any:
        end, terminal = self.ending()
        if not self.iterator:
            return self.final_output if now >= end and terminal == "succeeded" else None
        cutoff = min(now, end)
        released = [item for at, item in self.items if at <= cutoff]
        if released or (now >= end and terminal == "succeeded"):
            return released
        return None

    def logs_at(self, now: float) -> str:
        cutoff = min(now, self.ending()[0])
        return "".join(f"{line}\n" for at, line in self.logs if at <= cutoff)

    def change_times(self) -> list[float]:
        """Every moment the visible state may change, in order (up to the end)."""
        end = self.ending()[0]
        moments = {self.started, end}
        moments.update(at for at, _ in self.items)
        moments.update(at for at, _ in self.logs)
        return sorted(moment for moment in moments if moment <= end)

    # -- rendering ------------------------------------------------------------------------

    def urls(self, origin: str) -> dict[str, str]:
        collection = "predictions" if self.kind == "prediction" else "trainings"
        base = f"{origin}/v1/{collection}/{self.id}"
        urls = {"get": base, "cancel": f"{base}/cancel", "web": f"{origin}/p/{self.id}"}
        if self.streaming:
            urls["stream"] = f"{origin}/v1/streams/{self.id}"
        return urls

    def render_created(self, origin: str) -> dict[str, Any]:
        """The answer to a create that did not wait: always ``starting``, like the real API."""
        body = self.render(self.created, origin)
        body.update(status="starting", output=None, logs="", error=None)
        for key in ("started_at", "completed_at", "metrics"):
            body.pop(key, None)
        return body

    def render_started(self, origin: str) -> dict[str, Any]:
        """The run at the moment it started (the body of a ``start`` webhook)."""
        body = self.render(self.started, origin)
        if body["status"] != "processing":  # a run that ends as it starts
            body.update(status="processing", output=None, error=None)
            body.pop("completed_at", None)
            body.pop("metrics", None)
        return body

    def render(
        self, now: float, origin: str, *, held: bool = False, inline_files: bool = False
    ) -> dict[str, Any]:
        """The JSON body for this run as seen at ``now``.

        ``held`` renders the answer to a create that waited (``Prefer: wait``) the way the
        real API does: a run that finished in the window comes back as ``processing`` with
        its full output and no ``completed_at``; one still running comes back ``starting``.
        """
        status = self.status_at(now)
        body: dict[str, Any] = {
            "id": self.id,
            "model": self.model,
            "version": self.version,
            "input": self.input,
            "logs": self.logs_at(now),
            "output": render_value(self.output_at(now), origin, inline_files=inline_files),
            "data_removed": False,
            "error": self.error if status == "failed" else None,
            "status": status,
            "source": "api",
            "created_at": iso(self.created),
            "urls": self.urls(origin),
        }
        end = self.ending()[0]
        if status != "starting" and min(now, end) >= self.started and status != "aborted":
            body["started_at"] = iso(self.started)
        if status in TERMINAL_STATUSES:
            body["completed_at"] = iso(end)
            metrics: dict[str, float] = {"total_time": round(end - self.created, 6)}
            if "started_at" in body:
                metrics["predict_time"] = round(max(end - self.started, 0.0), 6)
            body["metrics"] = metrics
        if self.deadline is not None:
            body["deadline"] = iso(self.deadline)
        if self.deployment is not None:
            body["deployment"] = self.deployment
        if self.destination is not None:
            body["destination"] = self.destination
        if self.webhook is not None:
            body["webhook"] = self.webhook
            body["webhook_events_filter"] = list(self.webhook_events_filter)
        if held:
            _as_held(body)
        return body

    # -- server-sent events ---------------------------------------------------------------

    def stream_events(self) -> list[tuple[float, str, str]]:
        """The SSE events of the whole run: ``(time, event, data)``; ids are positions + 1."""
        end, terminal = self.ending()
        timed: list[tuple[float, int, str, str]] = []
        for at, item in self.items:
            if at <= end:
                data = item if isinstance(item, str) else json.dumps(render_value(item, ""))
                timed.append((at, 1, "output", data))
        for at, line in self.logs:
            if at <= end:
                timed.append((at, 0, "logs", line))
        timed.sort(key=lambda entry: (entry[0], entry[1]))
        events = [(at, name, data) for at, _, name, data in timed]
        if terminal == "failed":
            events.append((end, "error", json.dumps({"detail": self.error})))
            events.append((end, "done", json.dumps({"reason": "error"})))
        elif terminal in ("canceled", "aborted"):
            events.append((end, "done", json.dumps({"reason": "canceled"})))
        else:
            events.append((end, "done", "{}"))
        return events


def _as_held(body: dict[str, Any]) -> None:
    status = body["status"]
    if status == "succeeded":
        body["status"] = "processing"
        body.pop("completed_at", None)
        body.pop("metrics", None)
    elif status == "processing":
        body["status"] = "starting"
        body.pop("started_at", None)


def spread(start: float, duration: float, count: int) -> list[float]:
    """``count`` moments evenly spaced over ``duration`` after ``start``, the last at the end."""
    if count <= 0:
        return []
    return [start + duration * (index + 1) / count for index in range(count)]
