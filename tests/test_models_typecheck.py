"""A user's program, type-checked: the models' hints are what the README's reader expects
(`datetime` for times, `X | None` for optional fields, no `Unset`), under mypy and pyright."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PROGRAM = """\
import replicate
from replicate.types import Prediction


def show(p: Prediction) -> None:
    reveal_type(p.created_at)
    reveal_type(p.model)
    reveal_type(p.started_at)


async def main(client: replicate.AsyncReplicate) -> None:
    q = await client.predictions.get(prediction_id="x")
    reveal_type(q)
    reveal_type(q.metrics)


p = replicate.Replicate().predictions.get(prediction_id="x")
reveal_type(p.created_at)
reveal_type(replicate.Replicate().models.get(model_owner="a", model_name="b").latest_version)
p.not_a_field
"""

# What each reveal_type must show, in order, as mypy and pyright spell it.
EXPECTED = {
    "mypy": [
        "datetime.datetime",
        "str | None",
        "datetime.datetime | None",
        "replicate_api.models.prediction.Prediction",
        "replicate_api.models.prediction_metrics.PredictionMetrics | None",
        "datetime.datetime",
        "replicate_api.models.version.Version | None",
    ],
    "pyright": [
        "datetime",
        "str | None",
        "datetime | None",
        "Prediction",
        "PredictionMetrics | None",
        "datetime",
        "Version | None",
    ],
}


@pytest.fixture
def program(tmp_path: Path) -> Path:
    path = tmp_path / "program.py"
    path.write_text(PROGRAM)
    return path


def test_mypy_sees_the_model_types(program: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache"), "."],
        cwd=program.parent,
        capture_output=True,
        text=True,
    )
    revealed = re.findall(r'Revealed type is "([^"]+)"', result.stdout)
    assert revealed == EXPECTED["mypy"], result.stdout
    # Unknown fields are reachable at run time, but a type checker still flags them.
    assert '"Prediction" has no attribute "not_a_field"' in result.stdout


def test_pyright_sees_the_model_types(program: Path) -> None:
    if importlib.util.find_spec("basedpyright") is None:
        pytest.skip("basedpyright (the pyright engine, bundled with its node) is not installed")
    command = shutil.which("basedpyright", path=str(Path(sys.executable).parent))
    assert command is not None
    result = subprocess.run(
        [command, "--pythonpath", sys.executable, str(program)],
        cwd=program.parent,
        capture_output=True,
        text=True,
    )
    revealed = re.findall(r'Type of ".*" is "(.+)"', result.stdout)
    assert revealed == EXPECTED["pyright"], result.stdout
    assert 'Cannot access attribute "not_a_field"' in result.stdout
