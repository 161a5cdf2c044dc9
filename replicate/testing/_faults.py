"""Fault injection: latency, error bursts, rate limits, dropped connections, broken bodies.

Faults are matched against ``"METHOD /path"`` and ``"METHOD /route/template"`` with shell
globs (``fnmatch``); ``"*"`` matches every request. Each fault fires ``times`` times
(``None``: until cleared), first-injected first.

When a fault fires, relative to the route's handler:

- ``status`` (e.g. 503, or 429 with ``retry_after``) and ``body`` answer *instead of* the
  handler: nothing is processed, no prediction is created.
- ``drop="before_request"`` closes the connection without running the handler.
- ``drop="before_response"`` runs the handler (a prediction IS created) and then closes the
  connection before any byte of the response: the client never hears back.
- ``drop="mid_body"`` sends the status line, headers and half of the body, then closes.
- ``drop="mid_stream"`` lets the first event of a streamed response through, then closes.
- ``delay`` (seconds) waits before anything else happens; alone, it only adds latency.
"""

from __future__ import annotations

import fnmatch
import threading
from dataclasses import dataclass

from ._counters import Counters

DROP_MODES = frozenset({"before_request", "before_response", "mid_body", "mid_stream"})


@dataclass(eq=False)
class FaultSpec:
    """One injected fault and how many times it has fired."""

    route: str = "*"
    status: int | None = None
    retry_after: float | str | None = None
    times: int | None = 1
    delay: float | None = None
    drop: str | None = None
    body: bytes | None = None
    fired: int = 0

    @property
    def exhausted(self) -> bool:
        return self.times is not None and self.fired >= self.times

    @property
    def answers_instead(self) -> bool:
        """True when the fault replaces the handler's answer (nothing gets processed)."""
        return self.status is not None or self.body is not None

    def matches(self, method: str, path: str, template: str | None) -> bool:
        if self.route == "*":
            return True
        candidates = [f"{method} {path}"]
        if template is not None:
            candidates.append(f"{method} {template}")
        return any(fnmatch.fnmatchcase(candidate, self.route) for candidate in candidates)


class Faults:
    """The faults waiting to fire (see the module docstring for what each kind does)."""

    def __init__(self, counters: Counters) -> None:
        self._counters = counters
        self._lock = threading.Lock()
        self._specs: list[FaultSpec] = []

    def __bool__(self) -> bool:
        return bool(self._specs)

    def inject(
        self,
        route: str = "*",
        *,
        status: int | None = None,
        retry_after: float | str | None = None,
        times: int | None = 1,
        delay: float | None = None,
        drop: str | None = None,
        body: bytes | None = None,
    ) -> FaultSpec:
        """Queue a fault for requests matching ``route`` and return it."""
        if drop is not None and drop not in DROP_MODES:
            raise ValueError(f"drop must be one of {sorted(DROP_MODES)}, not {drop!r}")
        if drop is not None and (status is not None or body is not None):
            raise ValueError("a fault either drops the connection or answers, not both")
        if status is None and body is None and drop is None and delay is None:
            raise ValueError("a fault needs at least one of status, body, drop or delay")
        if times is not None and times < 1:
            raise ValueError("times must be at least 1 (or None for every request)")
        spec = FaultSpec(route, status, retry_after, times, delay, drop, body)
        with self._lock:
            self._specs.append(spec)
        return spec

    def clear(self) -> None:
        with self._lock:
            self._specs.clear()

    def take(self, method: str, path: str, template: str | None) -> FaultSpec | None:
        """The first live fault matching this request, marked as fired (or None)."""
        with self._lock:
            for spec in self._specs:
                if spec.exhausted or not spec.matches(method, path, template):
                    continue
                spec.fired += 1
                if spec.exhausted:
                    self._specs.remove(spec)
                self._counters.add("faults_injected")
                return spec
        return None
