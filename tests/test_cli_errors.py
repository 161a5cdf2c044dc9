"""The command line's failures: one `error:` line on stderr, the right exit status, no traceback."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _cli import TOKEN, CLIResult, assert_one_line_error, run_cli

from replicate.cli import main

EXIT_FAILED = 1
EXIT_USAGE = 2


# Without a server: mistakes caught before any request ----------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ("run", "replicate/hello-world", "no-equals-sign"),
        ("run", "replicate/hello-world", "=value"),
        ("run", "replicate/hello-world", "text=a", "text=b"),
        ("run", "replicate/hello-world", "image=@/no/such/file.png"),
        ("run", "not a model ref", "text=a"),
        ("run", "abc123", "text=a"),
        ("stream", "acme/model:bad..version", "text=a"),
        ("trainings", "create", "acme/model:v1", "--destination", "../x"),
        ("run",),
        ("predictions",),
        ("no-such-command",),
        ("predictions", "list", "--limit", "many"),
        ("models", "get", "missing-slash"),
        ("deployments", "update", "acme/app"),
        ("files", "upload", "/no/such/file"),
        ("files", "upload", "pyproject.toml", "--metadata", "[1, 2]"),
    ],
)
def test_usage_mistakes_exit_2_with_one_line(
    args: tuple[str, ...], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # In this process (through the same entry point) to keep the battery fast.
    monkeypatch.chdir(Path(__file__).resolve().parent.parent)
    monkeypatch.setenv("REPLICATE_API_TOKEN", TOKEN)
    code = main(list(args))
    out, err = capsys.readouterr()
    assert_one_line_error(CLIResult(code, out, err), EXIT_USAGE)
    assert out == ""


def test_a_short_bare_version_is_a_usage_error_naming_the_accepted_forms(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The SDK's own parser decides: what run() would refuse is refused here, before a request.
    monkeypatch.setenv("REPLICATE_API_TOKEN", TOKEN)
    assert main(["run", "abc123", "text=a"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "'abc123'" in err and "64-character" in err and "unexpected" not in err


def test_bad_key_value_exits_2_naming_the_argument() -> None:
    result = run_cli("run", "replicate/hello-world", "text", token=TOKEN)
    line = assert_one_line_error(result, EXIT_USAGE)
    assert "key=value" in line and "'text'" in line


def test_missing_token_names_the_variable() -> None:
    result = run_cli("predictions", "list", token=None)
    line = assert_one_line_error(result, EXIT_FAILED)
    assert "REPLICATE_API_TOKEN" in line


def test_a_token_in_a_mistyped_command_is_not_echoed() -> None:
    secret = "r8_do_not_print_me_123"
    result = run_cli("predictions", "list", "--tokn", secret, "--token", secret, token=None)
    assert_one_line_error(result, EXIT_USAGE)
    assert secret not in result.stderr + result.stdout


def test_help_and_version_exit_0() -> None:
    help_result = run_cli("--help", token=None)
    assert help_result.code == 0
    for command in ("run", "stream", "predictions", "models", "trainings", "deployments"):
        assert command in help_result.stdout
    version_result = run_cli("--version", token=None)
    assert version_result.code == 0
    assert version_result.stdout.startswith("replicate ")


# Against the local server: the API says no ----------------------------------------------


@pytest.fixture(scope="module")
def server() -> Iterator[object]:
    from replicate.testing import LocalServer

    with LocalServer(token=TOKEN) as local:
        yield local


def test_unknown_model_exits_1_with_one_line(server: object) -> None:
    result = run_cli("run", "nobody/no-such-model", "prompt=hi", server=server)
    line = assert_one_line_error(result, EXIT_FAILED)
    assert "404" in line


def test_unknown_prediction_exits_1(server: object) -> None:
    result = run_cli("predictions", "get", "doesnotexist", server=server)
    assert_one_line_error(result, EXIT_FAILED)


def test_invalid_input_is_refused_before_creating_a_prediction(server: Any) -> None:
    created = len(server.predictions)
    result = run_cli("run", "replicate/hello-world", "txt=Alice", server=server)
    line = assert_one_line_error(result, EXIT_USAGE)
    assert "unknown input 'txt' (did you mean 'text'?)" in line
    assert "missing required input 'text'" in line
    assert len(server.predictions) == created


def test_rejected_token_is_reported_but_never_printed(server: object) -> None:
    wrong = "r8_wrong_token_that_must_stay_secret"
    result = run_cli("account", "--token", wrong, server=server)
    line = assert_one_line_error(result, EXIT_FAILED)
    assert "401" in line
    assert wrong not in result.stderr + result.stdout


def test_unreachable_server_exits_1(unused_port_url: str) -> None:
    result = run_cli("account", "--base-url", unused_port_url, token=TOKEN)
    assert_one_line_error(result, EXIT_FAILED)


@pytest.fixture
def unused_port_url() -> str:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"
