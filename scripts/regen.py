"""Regenerate generated/replicate_api from openapi.yaml (`make regen`).

The generator writes into a fresh temporary folder which then replaces the
checked-in package whole, so modules removed from the spec leave nothing behind
and two runs give byte-identical trees.
"""

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "generated" / "replicate_api"
BIN = Path(sys.executable).parent


def main() -> None:
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "replicate_api"
        subprocess.run(
            [
                str(BIN / "openapi-python-client"),
                "generate",
                "--path",
                str(ROOT / "openapi.yaml"),
                "--config",
                str(ROOT / "generator-config.yaml"),
                "--custom-template-path",
                str(ROOT / "templates"),
                "--meta",
                "none",
                "--output-path",
                str(out),
                "--fail-on-warning",
            ],
            check=True,
            env=env,
            cwd=tmp,
        )
        (out / "py.typed").write_text("# Marker file for PEP 561\n")
        shutil.rmtree(TARGET, ignore_errors=True)
        shutil.copytree(out, TARGET, ignore=shutil.ignore_patterns("__pycache__", ".ruff_cache"))


if __name__ == "__main__":
    main()
