"""Running the `replicate` command line as a subprocess, the way a user does.

- ``run_cli(*args, server=None, token=..., cwd=None) -> CLIResult``: runs
  ``python -m replicate ARGS`` with REPLICATE_BASE_URL/REPLICATE_API_TOKEN taken from
  ``server`` (a started LocalServer) and ``token`` (None: no token at all); every other
  REPLICATE_* variable of the test process is dropped. Schemas are cached in
  ``cache_dir`` (XDG_CACHE_HOME), by default a fresh directory per run.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

TOKEN = "r8_cli_test_secret_token"
_UNSET: Any = object()


@dataclass(frozen=True)
class CLIResult:
    code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)

    def json_lines(self) -> list[Any]:
        return [json.loads(line) for line in self.stdout.splitlines() if line.strip()]


def run_cli(
    *args: str | Path,
    server: Any = None,
    token: str | None = _UNSET,
    cwd: Path | None = None,
    cache_dir: Path | None = None,
) -> CLIResult:
    env = {key: value for key, value in os.environ.items() if not key.startswith("REPLICATE_")}
    env["COLUMNS"] = "200"  # tables wide enough not to fold ids
    if server is not None:
        env["REPLICATE_BASE_URL"] = server.base_url
        env["REPLICATE_API_TOKEN"] = server.token or TOKEN
    if token is not _UNSET:
        env.pop("REPLICATE_API_TOKEN", None)
        if token is not None:
            env["REPLICATE_API_TOKEN"] = token
    with tempfile.TemporaryDirectory() as cache:
        env["XDG_CACHE_HOME"] = str(cache_dir or cache)  # schemas cached here, not in ~
        completed = subprocess.run(
            [sys.executable, "-m", "replicate", *map(str, args)],
            capture_output=True,
            text=True,
            env=env,
            cwd=cwd,
            timeout=60,
        )
    return CLIResult(completed.returncode, completed.stdout, completed.stderr)


def assert_one_line_error(result: CLIResult, code: int) -> str:
    """The run failed with `code` and said why in one `error: ...` line, no traceback."""
    assert result.code == code, result
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("error: "), lines
    return lines[0]
