"""Helpers for the tests of replicate.testing (the local server): clients, polling, SSE.

- ``TOKEN``, ``HELLO``, ``SDXL``: the token the test servers want and two seed version ids.
- ``client(server)``: an httpx.Client on ``server.base_url`` that sends the token.
- ``wait_until_done(client, prediction)``: poll ``urls.get`` until a final status; returns
  every body seen (a loop guard, not a timing assertion, stops runaway polling).
- ``parse_sse(text)``: ``[{"id", "event", "data", "retry"}]`` from an event-stream body.
- ``WebhookReceiver``: a threaded HTTP server on 127.0.0.1 that records each POST.
"""

from __future__ import annotations

import http.server
import json
import threading
import time
from typing import Any

import httpx

from replicate.testing import LocalServer

TOKEN = "r8_test"
HELLO = "5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa"
SDXL = "da77bc59ee60423279fd632efb4795ab731d9e3ca9705ef3341091fb989b7eaf"
FINAL = ("succeeded", "failed", "canceled", "aborted")
POLL_GUARD_SECONDS = 30.0


def client(server: LocalServer, token: str | None = TOKEN) -> httpx.Client:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return httpx.Client(base_url=server.base_url, headers=headers, timeout=30)


def wait_until_done(http: httpx.Client, prediction: dict[str, Any]) -> list[dict[str, Any]]:
    seen = [prediction]
    give_up = time.monotonic() + POLL_GUARD_SECONDS
    while seen[-1]["status"] not in FINAL:
        assert time.monotonic() < give_up, f"never finished: {seen[-1]}"
        time.sleep(0.01)
        seen.append(http.get(prediction["urls"]["get"]).json())
    return seen


def parse_sse(text: str) -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = []
    current: dict[str, Any] = {}
    data: list[str] = []
    for line in text.split("\n"):
        if not line:
            if current or data:
                if data:
                    current["data"] = "\n".join(data)
                events.append(current)
            current, data = {}, []
            continue
        if line.startswith(":"):
            continue
        name, _, value = line.partition(":")
        value = value[1:] if value.startswith(" ") else value
        if name == "data":
            data.append(value)
        else:
            current[name] = value
    return events


class WebhookReceiver:
    """Collects webhook deliveries: ``received`` is a list of (headers, body bytes)."""

    def __init__(self, status: int = 200) -> None:
        self.received: list[tuple[dict[str, str], bytes]] = []
        self.status = status
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("content-length", "0"))
                body = self.rfile.read(length)
                receiver.received.append(({k.lower(): v for k, v in self.headers.items()}, body))
                self.send_response(receiver.status)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/hook"

    def __enter__(self) -> WebhookReceiver:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def wait_for(self, count: int) -> list[tuple[dict[str, str], bytes]]:
        give_up = time.monotonic() + POLL_GUARD_SECONDS
        while len(self.received) < count:
            assert time.monotonic() < give_up, f"only {len(self.received)} webhooks arrived"
            time.sleep(0.01)
        return self.received

    def wait_for_status(self, status: str) -> list[dict[str, Any]]:
        """Every body received, once one with ``status`` has arrived."""
        give_up = time.monotonic() + POLL_GUARD_SECONDS
        while True:
            bodies = [json.loads(body) for _, body in self.received]
            if any(body.get("status") == status for body in bodies):
                return bodies
            assert time.monotonic() < give_up, f"no {status} webhook among {len(bodies)}"
            time.sleep(0.01)
