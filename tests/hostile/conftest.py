"""Fixtures of the hostile suite, and the summary line with its figures.

At the end of a run that included hostile tests, pytest prints

    hostile: faults injected=N, inputs tried=M, duplicates found=0, leaks=0

and writes the same figures (and a few more) to .hostile-summary.json at the repository root.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ._figures import FIGURES

SUMMARY_PATH = Path(__file__).resolve().parents[2] / ".hostile-summary.json"


@pytest.fixture(autouse=True)
def _count_hostile_test() -> Iterator[None]:
    FIGURES.tests_run += 1
    yield


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if FIGURES.tests_run == 0:
        return
    terminalreporter.write_line(FIGURES.summary_line())
    FIGURES.write(SUMMARY_PATH)
