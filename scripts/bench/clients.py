"""The clients under test and the virtualenvs they live in (official ones under .bench/)."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

OFFICIAL_VERSIONS = {"v1": "1.0.7", "v2": "2.0.0b4"}
# Installed with each official client: v2's aiohttp backend is measured too.
OFFICIAL_EXTRAS = {"1.0.7": "", "2.0.0b4": "[aiohttp]"}


@dataclass(frozen=True)
class Client:
    kind: str  # adapter kind used by the snippets: ours, v1, v2
    label: str  # column title
    python: Path


def _installed_version(python: Path) -> str | None:
    if not python.exists():
        return None
    probe = "import importlib.metadata as m; print(m.version('replicate'))"
    done = subprocess.run(
        [str(python), "-c", probe], capture_output=True, text=True, timeout=60, cwd="/"
    )
    return done.stdout.strip() if done.returncode == 0 else None


def ensure_official_venv(bench_dir: Path, version: str) -> Path:
    """Create (or reuse) .bench/venv-<version> holding exactly `replicate==<version>` (with
    the extras in OFFICIAL_EXTRAS)."""
    venv = bench_dir / f"venv-{version}"
    python = venv / "bin" / "python"
    stamp = venv / ".bench-installed"
    wanted = f"replicate{OFFICIAL_EXTRAS.get(version, '')}=={version}"
    if stamp.exists() and stamp.read_text() == wanted and python.exists():
        return python
    if _installed_version(python) != version:
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(venv)], check=True)
    subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            wanted,
        ],
        check=True,
        timeout=600,
    )
    stamp.write_text(wanted)
    return python


def all_clients(repo: Path, bench_dir: Path) -> tuple[list[Client], dict[str, str]]:
    """Every client whose environment is ready, and a reason for each one that is not."""
    clients = [Client("ours", "ours", repo / ".venv" / "bin" / "python")]
    problems: dict[str, str] = {}
    for kind, version in OFFICIAL_VERSIONS.items():
        try:
            clients.append(Client(kind, version, ensure_official_venv(bench_dir, version)))
        except (OSError, subprocess.SubprocessError) as exc:
            problems[version] = f"venv setup failed: {exc}"
    return clients, problems


_PROBE = """
import importlib.metadata as m, importlib.util as u, json
def version(name):
    try:
        return m.version(name)
    except m.PackageNotFoundError:
        return None
print(json.dumps({
    name: version(name)
    for name in (
        "replicate", "httpx", "httpcore", "anyio", "sniffio", "click", "rich", "pydantic",
        "aiohttp", "httpx-aiohttp",
    )
}))
"""


def describe_environment(client: Client) -> dict[str, str | None]:
    """Versions of the packages that shape the timings (httpx imports click and rich when
    present; httpcore's async path retries a failing `import sniffio` on every lock)."""
    try:
        done = subprocess.run(
            [str(client.python), "-c", _PROBE], capture_output=True, text=True, timeout=60, cwd="/"
        )
    except (OSError, subprocess.SubprocessError) as exc:
        return {"error": str(exc)[:200]}
    if done.returncode != 0:
        return {"error": done.stderr.strip()[-200:]}
    found: dict[str, str | None] = json.loads(done.stdout)
    return found
