"""The figures the hostile suite reaches, gathered while it runs.

Tests add to the one `FIGURES` object; the conftest prints and saves it at the end.

- ``faults_injected``: faults the local server reports having injected (its own counter).
- ``inputs_tried``: hostile inputs tried (hypothesis examples and hand-picked cases).
- ``duplicates_found``: predictions the server created beyond what a test meant to create.
- ``leaks``: connections still open after a client closed, or beyond its pool limit.
- ``pool_peak_connections``: the most connections the load test saw open at once.
- ``runs_interrupted`` / ``left_running``: runs interrupted (Ctrl-C, SIGTERM, task cancel)
  after their prediction was created, and predictions those left running (must be 0).
- ``loops_tried``, ``forks_tried``, ``trickles_tried``, ``bombs_tried``: event loops one
  client was used from, forked children, trickling servers and oversized or too-deep
  bodies the suite tried.
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
    runs_interrupted: int = 0
    left_running: int = 0
    loops_tried: int = 0
    forks_tried: int = 0
    trickles_tried: int = 0
    bombs_tried: int = 0

    def add_creates(self, *, created: int, intended: int) -> None:
        """Record a server's count of created predictions against what the test meant."""
        self.predictions_created += created
        self.predictions_intended += intended
        self.duplicates_found += max(0, created - intended)

    def summary_line(self) -> str:
        return (
            f"hostile: faults injected={self.faults_injected}, "
            f"inputs tried={self.inputs_tried}, "
            f"duplicates found={self.duplicates_found}, leaks={self.leaks}, "
            f"runs interrupted={self.runs_interrupted} (left running={self.left_running}), "
            f"loops={self.loops_tried}, forks={self.forks_tried}, "
            f"trickles={self.trickles_tried}, bombs={self.bombs_tried}"
        )

    def write(self, path: Path) -> None:
        path.write_text(json.dumps(asdict(self), indent=2) + "\n", encoding="utf-8")


FIGURES = Figures()
