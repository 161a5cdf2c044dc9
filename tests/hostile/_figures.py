"""The figures the hostile suite reaches, gathered while it runs.

Tests add to the one `FIGURES` object; the conftest prints and saves it at the end.

- ``faults_injected``: faults the local server reports having injected (its own counter).
- ``inputs_tried``: hostile inputs tried (hypothesis examples and hand-picked cases).
- ``duplicates_found``: predictions the server created beyond what a test meant to create.
- ``leaks``: connections still open after a client closed, or beyond its pool limit.
- ``pool_peak_connections``: the most connections the load test saw open at once.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass
class Figures:
    faults_injected: int = 0
    inputs_tried: int = 0
    duplicates_found: int = 0
    leaks: int = 0
    predictions_created: int = 0
    predictions_intended: int = 0
    tests_run: int = 0
    pool_peak_connections: int = 0

    def add_creates(self, *, created: int, intended: int) -> None:
        """Record a server's count of created predictions against what the test meant."""
        self.predictions_created += created
        self.predictions_intended += intended
        self.duplicates_found += max(0, created - intended)

    def summary_line(self) -> str:
        return (
            f"hostile: faults injected={self.faults_injected}, "
            f"inputs tried={self.inputs_tried}, "
            f"duplicates found={self.duplicates_found}, leaks={self.leaks}"
        )

    def write(self, path: Path) -> None:
        path.write_text(json.dumps(asdict(self), indent=2) + "\n", encoding="utf-8")


FIGURES = Figures()
