"""The command line's manners: help, suggestions, missing extras, `serve` and its log."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from _cli import assert_one_line_error, run_cli

from replicate.testing import LocalServer

EXIT_FAILED = 1
EXIT_USAGE = 2


def test_no_arguments_prints_the_help() -> None:
    result = run_cli()
    assert result.code == 0
    assert result.stdout.startswith("usage: replicate")
    assert "predictions" in result.stdout and "run" in result.stdout
    assert result.stderr == ""


@pytest.mark.parametrize(
    ("args", "suggestion"),
    [
        (("predicitons", "list"), "unknown command 'predicitons' (did you mean 'predictions'?)"),
        (("predictions", "lsit"), "unknown command 'lsit' (did you mean 'list'?)"),
        (("predictions", "list", "--limt", "3"), "--limt 3 (did you mean '--limit'?)"),
        (("run", "replicate/hello-world", "--jsno"), "(did you mean '--json'?)"),
    ],
)
def test_typos_get_a_suggestion(args: tuple[str, ...], suggestion: str) -> None:
    line = assert_one_line_error(run_cli(*args), EXIT_USAGE)
    assert suggestion in line


def _without(module: str, tmp_path: Path) -> dict[str, str]:
    """An environment in which importing `module` fails as if it were not installed."""
    package = tmp_path / module
    package.mkdir()
    (package / "__init__.py").write_text(
        f"raise ModuleNotFoundError(\"No module named '{module}'\", name={module!r})\n"
    )
    env = {key: value for key, value in os.environ.items() if not key.startswith("REPLICATE_")}
    env["PYTHONPATH"] = os.pathsep.join([str(tmp_path), env.get("PYTHONPATH", "")])
    return env


def test_a_missing_cli_extra_is_named(replicate_server: LocalServer, tmp_path: Path) -> None:
    env = _without("rich", tmp_path)
    env.update(REPLICATE_BASE_URL=replicate_server.base_url, REPLICATE_API_TOKEN="r8_test")
    result = subprocess.run(
        [sys.executable, "-m", "replicate", "predictions", "list"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == EXIT_FAILED
    assert result.stderr == (
        "error: the command line needs rich, from the cli extra: pip install 'replicate[cli]'\n"
    )


def test_a_missing_server_extra_is_named(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "replicate.testing", "serve"],
        capture_output=True,
        text=True,
        env=_without("uvicorn", tmp_path),
        timeout=60,
    )
    assert result.returncode == EXIT_FAILED
    assert result.stderr == (
        "error: the local server needs uvicorn, from the server extra: "
        "pip install 'replicate[server]'\n"
    )


def test_serve_on_a_busy_port_says_so_in_one_line() -> None:
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "replicate.testing", "serve", "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == EXIT_FAILED
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert lines[0].startswith(f"error: port {port} on 127.0.0.1 is already in use")


def test_serve_logs_one_line_per_request() -> None:
    command = [sys.executable, "-m", "replicate.testing", "serve", "--token", "r8_log"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None and process.stderr is not None
        base_url = process.stdout.readline().strip()
        process.stderr.readline()  # the banner
        headers = {"Authorization": "Bearer r8_log"}
        assert httpx.get(f"{base_url}/models/replicate/hello-world", headers=headers).is_success
        assert httpx.get(f"{base_url}/account").status_code == 401
        first = process.stderr.readline().split()
        second = process.stderr.readline().split()
        assert first[:3] == ["GET", "/v1/models/replicate/hello-world", "200"]
        assert second[:3] == ["GET", "/v1/account", "401"]
        assert first[3].endswith("ms") and float(first[3][:-2]) >= 0
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_the_pytest_fixture_logs_nothing(
    replicate_server: LocalServer, capfd: pytest.CaptureFixture[str]
) -> None:
    assert httpx.get(f"{replicate_server.base_url}/account").status_code == 401
    assert "/v1/account" not in capfd.readouterr().err
