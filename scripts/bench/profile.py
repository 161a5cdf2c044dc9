"""Profile one warm call of our SDK against the fixed-answer nginx, for whoever tunes it.

    .venv/bin/python scripts/bench/profile.py run|get|use|arun [calls]

Prints, per call, where the time goes (file:line:function, µs) inside replicate/ and
overall, and what the SDK call costs beyond the same request sent by plain httpx.
"arun" profiles `calls` concurrent async run() calls against plain httpx.AsyncClient.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.main import ensure_big_file
from bench.nginx_server import ensure_nginx_installed, running_nginx
from bench.runner import SNIPPETS, clean_env, work_dir


def main() -> int:
    metric = sys.argv[1] if len(sys.argv) > 1 else "run"
    calls = sys.argv[2] if len(sys.argv) > 2 else "2000"
    repo = Path(__file__).resolve().parents[2]
    bench_dir = repo / ".bench"
    ensure_big_file(bench_dir / "data")
    with running_nginx(ensure_nginx_installed(), bench_dir / "nginx", bench_dir / "data") as nginx:
        command = [
            str(repo / ".venv" / "bin" / "python"),
            str(SNIPPETS / "profile_call.py"),
            "ours",
            nginx.fast_origin,
            metric,
            calls,
        ]
        return subprocess.run(command, cwd=work_dir(bench_dir), env=clean_env()).returncode


if __name__ == "__main__":
    raise SystemExit(main())
