"""The command line against the local server, run as a subprocess like a user would."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _cli import TOKEN, run_cli

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def server() -> Iterator[Any]:
    from replicate.testing import LocalServer

    # A fast clock keeps the stand-ins quick; tests/slow never finishes while a test runs.
    with LocalServer(token=TOKEN, speed=10) as local:
        local.register_model("tests/echo", _echo)
        local.register_model("tests/slow", _slow, run_time=3600)
        yield local


def _slow(prompt: str) -> str:
    return prompt


def _echo(steps: int, scale: float, hd: bool, tags: list[str], name: str, extra: Any = None) -> Any:
    return {"steps": steps, "scale": scale, "hd": hd, "tags": tags, "name": name, "extra": extra}


def _ok(result: Any) -> Any:
    assert result.code == 0, result
    assert "Traceback" not in result.stderr
    return result


def _stored(server: Any, prediction_id: str) -> dict[str, Any]:
    return dict(server.predictions[prediction_id])


# run ------------------------------------------------------------------------------------


def test_run_prints_the_output(server: Any) -> None:
    result = _ok(run_cli("run", "replicate/hello-world", "text=Alice", server=server))
    assert result.stdout == "hello Alice\n"


def test_run_json_prints_the_output_as_json(server: Any) -> None:
    result = _ok(run_cli("--json", "run", "replicate/hello-world", "text=Bob", server=server))
    assert result.json() == "hello Bob"
    late = _ok(run_cli("run", "replicate/hello-world", "text=Eve", "--json", server=server))
    assert late.json() == "hello Eve"


def test_values_take_the_types_the_schema_declares(server: Any) -> None:
    args = ["steps=30", "scale=7.5", "hd=true", 'tags=["a", "b"]', "name=007"]
    result = _ok(run_cli("--json", "run", "tests/echo", *args, "extra=plain text", server=server))
    assert result.json() == {
        "steps": 30,
        "scale": 7.5,
        "hd": True,
        "tags": ["a", "b"],
        "name": "007",
        "extra": "plain text",
    }


def test_run_saves_file_outputs_into_the_output_dir(server: Any, tmp_path: Path) -> None:
    out = tmp_path / "images"
    result = _ok(
        run_cli("run", "google/nano-banana", "prompt=a red cube", "-o", out, server=server)
    )
    saved = Path(result.stdout.strip())
    assert saved.parent == out
    assert saved.read_bytes().startswith(PNG_SIGNATURE)
    again = _ok(run_cli("run", "google/nano-banana", "prompt=a red cube", "-o", out, server=server))
    assert Path(again.stdout.strip()) != saved  # a second run does not overwrite the first
    assert len(list(out.iterdir())) == 2


def test_run_uploads_a_file_only_for_a_file_field_or_with_at(server: Any, tmp_path: Path) -> None:
    source = tmp_path / "greeting.txt"
    source.write_text("hi there")
    # `text` is a plain string field: a path is just text there…
    plain = _ok(run_cli("run", "replicate/hello-world", f"text={source}", server=server))
    assert plain.stdout == f"hello {source}\n"
    # … unless @ asks for the file.
    result = _ok(run_cli("run", "replicate/hello-world", f"text=@{source}", server=server))
    assert result.stdout.startswith("hello http")  # the model got the file's URL
    assert str(source) not in result.stdout
    listed = _ok(run_cli("--json", "files", "list", server=server)).json()
    assert sum(item.get("name") == "greeting.txt" for item in listed) == 1


def test_run_joins_a_language_model_s_tokens(server: Any) -> None:
    result = _ok(run_cli("run", "anthropic/claude-sonnet-4", "prompt=hello", server=server))
    listed = _ok(run_cli("--json", "predictions", "list", "--limit", "1", server=server)).json()
    tokens = _stored(server, listed[0]["id"])["output"]
    assert isinstance(tokens, list) and len(tokens) > 1
    assert result.stdout == "".join(tokens) + "\n"


# streaming ------------------------------------------------------------------------------


@pytest.mark.parametrize("command", [("stream",), ("run", "--stream")])
def test_streaming_prints_every_token_in_order(server: Any, command: tuple[str, ...]) -> None:
    args = (*command, "anthropic/claude-sonnet-4", "prompt=tell me a story")
    streamed = _ok(run_cli("--json", *args, server=server)).json_lines()
    listed = _ok(run_cli("--json", "predictions", "list", "--limit", "1", server=server)).json()
    assert streamed == _stored(server, listed[0]["id"])["output"]
    plain = _ok(run_cli(*args, server=server))
    assert plain.stdout.rstrip("\n") == "".join(streamed).rstrip("\n")


# predictions ----------------------------------------------------------------------------


def test_start_get_list_and_cancel_a_prediction(server: Any) -> None:
    started = _ok(run_cli("run", "tests/slow", "prompt=a cat", "--no-wait", server=server))
    prediction_id = started.stdout.strip()
    assert prediction_id in server.predictions

    got = _ok(run_cli("--json", "predictions", "get", prediction_id, server=server)).json()
    assert got["id"] == prediction_id
    assert got["status"] in {"starting", "processing"}
    assert got["input"] == {"prompt": "a cat"}

    listed = _ok(run_cli("--json", "predictions", "list", server=server)).json()
    assert prediction_id in [item["id"] for item in listed]
    table = _ok(run_cli("predictions", "list", server=server))
    assert prediction_id in table.stdout

    canceled = _ok(run_cli("predictions", "cancel", prediction_id, server=server))
    assert "canceled" in canceled.stdout
    after = _ok(run_cli("--json", "predictions", "get", prediction_id, server=server)).json()
    assert after["status"] == "canceled"
    assert _stored(server, prediction_id)["status"] == "canceled"


def test_no_wait_json_prints_the_prediction(server: Any) -> None:
    result = _ok(run_cli("--json", "run", "tests/slow", "prompt=x", "--no-wait", server=server))
    prediction = result.json()
    assert prediction["id"] in server.predictions
    _ok(run_cli("predictions", "cancel", prediction["id"], server=server))


# files ----------------------------------------------------------------------------------


def test_files_upload_list_get_download_delete(server: Any, tmp_path: Path) -> None:
    source = tmp_path / "notes.bin"
    content = bytes(range(256)) * 100
    source.write_bytes(content)
    uploaded = _ok(
        run_cli("--json", "files", "upload", source, "--metadata", '{"run": 7}', server=server)
    ).json()
    file_id = uploaded["id"]
    assert uploaded["size"] == len(content)
    assert uploaded["metadata"] == {"run": 7}

    listed = _ok(run_cli("--json", "files", "list", server=server)).json()
    assert file_id in [item["id"] for item in listed]
    assert file_id in _ok(run_cli("files", "list", server=server)).stdout
    assert _ok(run_cli("--json", "files", "get", file_id, server=server)).json()["id"] == file_id

    target = tmp_path / "copy.bin"
    _ok(run_cli("files", "download", file_id, "-o", target, server=server))
    assert target.read_bytes() == content

    _ok(run_cli("files", "delete", file_id, server=server))
    assert run_cli("files", "get", file_id, server=server).code == 1


def test_import_replicate_does_not_load_the_command_line() -> None:
    import subprocess
    import sys

    probe = (
        "import sys, replicate; print([m for m in sys.modules if m.startswith('replicate.cli')])"
    )
    completed = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip() == "[]"
