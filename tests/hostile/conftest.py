"""Fixtures of the hostile suite, and the summary line with its figures.

At the end of a run that included hostile tests, pytest prints

    hostile: faults injected=N, inputs tried=M, duplicates found=0, leaks=0,
        runs interrupted=R (left running=0), loops=L, forks=F, trickles=T, bombs=B

and writes the same figures (and a few more) to .hostile-summary.json at the repository root.

Fixtures:
- ``server``: the shared local server (``replicate_server``, reset for each test); the
  faults it fired are tallied when the test ends, and any left armed are cleared.
- ``fast_retries``: retry backoff, run() polling and stream reconnects shrunk to milliseconds.
- ``shared_http``: one httpx.Client for the session (building one costs ~30 ms of TLS
  setup), to pass as ``http_client=``; the SDK never closes a client it was given.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
import pytest

import replicate._retries
import replicate._run
import replicate._sse

from ._figures import FIGURES

if TYPE_CHECKING:
    from replicate.testing import LocalServer

SUMMARY_PATH = Path(__file__).resolve().parents[2] / ".hostile-summary.json"


def tally_faults(server: LocalServer) -> None:
    """Add the faults this server fired to the figures (call before it is reset)."""
    FIGURES.faults_injected += server.counters.faults_injected


@pytest.fixture(autouse=True)
def _count_hostile_test() -> Iterator[None]:
    FIGURES.tests_run += 1
    yield


@pytest.fixture
def server(replicate_server: LocalServer) -> Iterator[LocalServer]:
    yield replicate_server
    tally_faults(replicate_server)
    replicate_server.faults.clear()


@pytest.fixture(scope="session")
def shared_http() -> Iterator[httpx.Client]:
    with httpx.Client() as http:
        yield http


@pytest.fixture
def fast_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(replicate._retries, "INITIAL_DELAY", 0.002)
    monkeypatch.setattr(replicate._retries, "MAX_DELAY", 0.01)
    monkeypatch.setattr(replicate._run, "POLL_FIRST", 0.02)
    monkeypatch.setattr(replicate._run, "POLL_MAX", 0.05)
    monkeypatch.setattr(replicate._sse, "DEFAULT_RETRY_MS", 10)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if FIGURES.tests_run == 0:
        return
    terminalreporter.write_line(FIGURES.summary_line())
    FIGURES.write(SUMMARY_PATH)
