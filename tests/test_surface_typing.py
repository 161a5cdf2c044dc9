"""A user program checked with mypy --strict: raw, streamed and paged calls have the types the
official README's user expects (`parse()` gives the right model)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROGRAM = Path(__file__).parent / "typing" / "user_program.py"


def test_user_program_type_checks() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", str(PROGRAM)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    reported = {
        int(match[1]) for match in re.finditer(r"user_program\.py:(\d+): error", result.stdout)
    }
    lines = PROGRAM.read_text().splitlines()
    expected = {number for number, line in enumerate(lines, 1) if line.endswith("# error")}
    assert expected, "the program must contain lines that have to fail"
    assert reported == expected, result.stdout
