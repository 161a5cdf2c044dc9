"""`replicate run` and `replicate stream` stopped by SIGINT (Ctrl-C) or SIGTERM (a
supervisor, `kill`) once the prediction exists: it is canceled on the server, the
command prints `canceled prediction <id>` and exits 130 or 143.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from typing import Any

import pytest

from replicate.testing import LocalServer

from ._figures import FIGURES
from ._interrupting import SETTLE, left_running

pytestmark = [
    pytest.mark.timeout(60),
]

LONG = "hostile/cli-long"
TOKENS = "hostile/cli-tokens"


def _long(text: str = "x") -> str:
    return text


def _tokens(text: str = "x") -> Any:
    yield from text


@pytest.fixture
def long_server(server: LocalServer) -> LocalServer:
    server.register_model(LONG, _long, run_time=60)
    server.register_model(TOKENS, _tokens, run_time=60, streaming=True)
    return server


COMMANDS = {
    "run": ["run", LONG, "text=r"],
    "run --stream": ["run", LONG, "--stream", "text=s"],
    "stream": ["stream", TOKENS, "text=abc"],
}
SIGNALS = {"SIGINT": (signal.SIGINT, 130), "SIGTERM": (signal.SIGTERM, 143)}


@pytest.mark.parametrize("signame", SIGNALS)
@pytest.mark.parametrize("command", COMMANDS)
def test_a_signal_cancels_the_prediction(
    long_server: LocalServer, command: str, signame: str
) -> None:
    sig, code = SIGNALS[signame]
    env = {key: value for key, value in os.environ.items() if not key.startswith("REPLICATE_")}
    env.update(REPLICATE_BASE_URL=long_server.base_url, REPLICATE_API_TOKEN=long_server.token)
    before = long_server.counters.predictions_created
    process = subprocess.Popen(
        [sys.executable, "-m", "replicate", *COMMANDS[command]],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        give_up = time.monotonic() + 20
        while long_server.counters.predictions_created == before:
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < give_up
            time.sleep(0.02)
        time.sleep(SETTLE)
        process.send_signal(sig)
        _, stderr = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
    FIGURES.runs_interrupted += 1
    (ident, body), *_ = long_server.predictions.items()
    assert f"canceled prediction {ident}" in stderr
    assert process.returncode == code, stderr
    assert body["status"] == "canceled"
    assert left_running(long_server) == []
