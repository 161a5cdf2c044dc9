"""Helpers for the run/use/stream/files tests: prediction bodies, a fake clock, a recorder.

The fake clock replaces replicate._clock (the one clock flows and the transport read), so
waiting, polling and deadlines are tested without any real time passing.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from replicate import _clock

API = "https://api.replicate.test/v1"
TOKEN = "r8_highleveltoken"
VERSION = "5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa"


def prediction(
    status: str = "succeeded", output: Any = None, ident: str = "p1", **changes: Any
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": ident,
        "model": "acme/model",
        "version": VERSION,
        "input": {},
        "logs": "",
        "output": output,
        "error": None,
        "status": status,
        "created_at": "2024-10-04T18:07:40.328Z",
        "urls": {
            "get": f"{API}/predictions/{ident}",
            "cancel": f"{API}/predictions/{ident}/cancel",
        },
    }
    body.update(changes)
    return body


def held(body: dict[str, Any], applied: str = "wait=60", status: int = 201) -> httpx.Response:
    """A create answer given under `Prefer: wait`."""
    return httpx.Response(status, json=body, headers={"Preference-Applied": applied})


class FakeClock:
    """monotonic() and sleep() for replicate._clock (so flows and transport alike);
    sleeping only moves the clock."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        assert seconds >= 0
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def advance(self, seconds: float) -> None:
        self.now += seconds


def install_clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    clock = FakeClock()
    monkeypatch.setattr(_clock, "monotonic", clock.monotonic)
    monkeypatch.setattr(_clock, "sleep", clock.sleep)
    monkeypatch.setattr(_clock, "async_sleep", clock.async_sleep)
    return clock
