"""Where request counts come from: the local replicate.testing server, or nginx's access log.

The local server runs in this (orchestrator) process, on its own thread, and the clients
call it from their own processes; its `.counters.requests` Counter is read before and after
each step. Until that server exists, the counting nginx block stands in: it logs one line
per request, and the 3-second model cannot be served, so that route reports n/a.
"""

from __future__ import annotations

import time
from collections import Counter
from contextlib import AbstractContextManager, ExitStack
from typing import Any, Protocol

from bench import fixtures
from bench.nginx_server import Nginx


class RequestCounts(Protocol):
    source: str
    origin: str
    version_id: str
    has_slow_model: bool

    def snapshot(self) -> Counter[str]: ...


def _hello(text: str = "") -> str:
    """The fast model (the slow one is the same function with a 3 s run time)."""
    return f"hello {text}"


class LocalServerCounts:
    source = "replicate.testing.LocalServer (in-process counters)"
    has_slow_model = True

    def __init__(self, stack: ExitStack) -> None:
        import httpx

        from replicate.testing import LocalServer

        with ExitStack() as attempt:  # stop the server again if any step below fails
            server: Any = LocalServer(token=fixtures.TOKEN)
            if isinstance(server, AbstractContextManager):
                server = attempt.enter_context(server)
            self.version_id = str(server.register_model(fixtures.FAST_MODEL, _hello))
            server.register_model(fixtures.SLOW_MODEL, _hello, run_time=3.0)
            self.server = server
            base_url = str(server.base_url).rstrip("/")
            self.origin = base_url.removesuffix("/v1")
            response = httpx.get(  # the server answers before any client is measured
                f"{base_url}/models/{fixtures.FAST_MODEL}",
                headers={"Authorization": f"Bearer {fixtures.TOKEN}"},
                timeout=10,
            )
            response.raise_for_status()
            self.snapshot()  # fails now, not mid-run, if the counters are not there
            stack.push(attempt.pop_all())

    def snapshot(self) -> Counter[str]:
        requests = self.server.counters.requests
        return Counter({str(key): int(value) for key, value in dict(requests).items()})


class NginxLogCounts:
    source = "nginx access log (local server not available)"
    has_slow_model = False

    def __init__(self, nginx: Nginx) -> None:
        self.nginx = nginx
        self.origin = nginx.counted_origin
        self.version_id = fixtures.FAST_VERSION

    def snapshot(self) -> Counter[str]:
        time.sleep(0.05)  # nginx writes the line just after the response leaves
        return Counter(self.nginx.count_lines())


def open_counts(stack: ExitStack, nginx: Nginx | None) -> tuple[RequestCounts, str | None]:
    """The best available counting source, and why the local server was not used if not."""
    try:
        return LocalServerCounts(stack), None
    except Exception as exc:  # fall back to the counting nginx block
        reason = f"{type(exc).__name__}: {exc}"[:160]
        if nginx is None:
            raise RuntimeError(f"local server: {reason}; nginx unavailable too") from exc
        return NginxLogCounts(nginx), reason
