"""What the server has seen: requests per route template, runs created, faults fired."""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Iterable


class Counters:
    """Counts tests can read (and reset) while the server runs.

    ``requests`` is keyed ``"METHOD /v1/route/template"``, for example
    ``"GET /v1/predictions/{prediction_id}"``; requests that match no route are keyed by
    their raw path. ``delivery_authorizations`` holds the ``Authorization`` header (or None)
    of every request to the file-delivery route, which stands in for a separate file host.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.requests: Counter[str] = Counter()
        self.predictions_created = 0
        self.trainings_created = 0
        self.faults_injected = 0
        self.webhooks_delivered = 0
        self.webhooks_refused = 0
        self.delivery_authorizations: list[str | None] = []

    def count_request(self, key: str) -> None:
        with self._lock:
            self.requests[key] += 1

    def add(self, name: str, amount: int = 1) -> None:
        with self._lock:
            setattr(self, name, getattr(self, name) + amount)

    def reset(self) -> None:
        with self._lock:
            self.requests.clear()
            self.predictions_created = 0
            self.trainings_created = 0
            self.faults_injected = 0
            self.webhooks_delivered = 0
            self.webhooks_refused = 0
            self.delivery_authorizations.clear()


_PARAM = re.compile(r"\{([a-zA-Z_][a-zA-Z0-9_]*)(:path)?\}")


class RouteTable:
    """Resolves a request path to its route template, e.g. ``/v1/predictions/{prediction_id}``.

    Templates are grouped by their first two path segments so a lookup tries only a handful
    of patterns.
    """

    def __init__(self, templates: Iterable[str]) -> None:
        self._groups: dict[str, list[tuple[re.Pattern[str], str]]] = {}
        for template in templates:
            self._groups.setdefault(self._prefix(template), []).append(
                (self._compile(template), template)
            )

    @staticmethod
    def _prefix(path: str) -> str:
        parts = path.split("/", 3)
        return "/".join(parts[:3])

    @staticmethod
    def _compile(template: str) -> re.Pattern[str]:
        pattern, last = "", 0
        for match in _PARAM.finditer(template):
            pattern += re.escape(template[last : match.start()])
            pattern += ".+" if match.group(2) else "[^/]+"
            last = match.end()
        pattern += re.escape(template[last:])
        return re.compile(pattern + r"\Z")

    def template(self, path: str) -> str | None:
        for pattern, template in self._groups.get(self._prefix(path), ()):
            if pattern.match(path):
                return template
        return None
