"""replicate.testing: ``python -m replicate.testing serve`` and the pytest fixtures."""

from __future__ import annotations

import signal
import subprocess
import sys

import httpx
import pytest

from replicate.testing import LocalServer

START_GUARD_SECONDS = 30


def test_serve_prints_the_base_url_first_and_stops_on_sigterm() -> None:
    command = [sys.executable, "-m", "replicate.testing", "serve", "--token", "r8_cli"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        first = process.stdout.readline().strip()
        assert first.startswith("http://127.0.0.1:")
        assert first.endswith("/v1")
        headers = {"Authorization": "Bearer r8_cli"}
        answer = httpx.get(f"{first}/models/replicate/hello-world", headers=headers)
        assert answer.status_code == 200
        assert httpx.get(f"{first}/account").status_code == 401
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=START_GUARD_SECONDS) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_serve_help_says_the_models_are_stand_ins() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "replicate.testing", "--help"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "not the" in result.stdout and "real models" in result.stdout


def test_pytest_fixtures_give_a_running_seeded_server(
    replicate_server: LocalServer, replicate_base_url: str
) -> None:
    assert replicate_base_url == replicate_server.base_url
    assert replicate_server.token == "r8_test"
    response = httpx.get(
        f"{replicate_base_url}/predictions", headers={"Authorization": "Bearer r8_test"}
    )
    assert response.json()["results"] == []


def test_plugin_module_imports_without_touching_the_server_stack() -> None:
    code = (
        "import sys, replicate.testing.pytest_plugin;"
        "print('starlette' in sys.modules, 'uvicorn' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.split() == ["False", "False"]


def test_a_server_cannot_be_asked_for_its_port_before_it_starts() -> None:
    server = LocalServer()
    with pytest.raises(RuntimeError):
        _ = server.base_url
