"""Run one snippet in a client's virtualenv and read back its single result line."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

SNIPPETS = Path(__file__).resolve().parent / "snippets"
RESULT_PREFIX = "BENCH-RESULT "


def clean_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The caller's environment without Replicate or Python settings that could leak in."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("REPLICATE_", "PYTHON", "VIRTUAL_ENV"))
    }
    env.update(extra or {})
    return env


def work_dir(bench_dir: Path) -> Path:
    """An empty working directory, so `import replicate` never finds the repo's own package."""
    path = bench_dir / "work"
    path.mkdir(parents=True, exist_ok=True)
    return path


def last_result(stdout: str) -> dict[str, Any] | None:
    for line in reversed(stdout.splitlines()):
        if line.startswith(RESULT_PREFIX):
            parsed: dict[str, Any] = json.loads(line[len(RESULT_PREFIX) :])
            return parsed
    return None


def short_reason(stderr: str) -> str:
    lines = [line.strip() for line in stderr.strip().splitlines() if line.strip()]
    return lines[-1][:200] if lines else "no output"


def run_snippet(
    python: Path, script: str, args: list[str], *, bench_dir: Path, timeout: float
) -> dict[str, Any]:
    """Run scripts/bench/snippets/<script> with `python`; never raises for snippet failures."""
    command = [str(python), str(SNIPPETS / script), *args]
    try:
        done = subprocess.run(
            command,
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=work_dir(bench_dir),
            env=clean_env(),
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired:
        return {"ok": False, "missing": False, "error": f"timed out after {timeout:.0f} s"}
    result = last_result(done.stdout)
    if result is None:
        reason = short_reason(done.stderr)
        return {"ok": False, "missing": False, "error": f"exit {done.returncode}: {reason}"}
    return result
