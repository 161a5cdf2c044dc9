"""The command line reads the model's schema: typed values, file fields, checks, progress."""

from __future__ import annotations

import json
import os
import pty
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _cli import TOKEN, assert_one_line_error, run_cli

EXIT_USAGE = 2
SDXL_VERSION = "da77bc59ee60423279fd632efb4795ab731d9e3ca9705ef3341091fb989b7eaf"


@pytest.fixture(scope="module")
def server() -> Iterator[Any]:
    from replicate.testing import LocalServer

    with LocalServer(token=TOKEN, speed=4) as local:
        local.register_model("tests/files", _files)
        local.register_model("tests/slow", _slow, run_time=3600)
        local.register_model("tests/broken", _broken)
        yield local


def _slow(prompt: str) -> str:
    return prompt


def _broken(prompt: str) -> str:
    raise RuntimeError(f"cannot draw {prompt}")


def _files(image: Path, images: list[Path] | None = None, label: str = "") -> str:
    # As JSON text, so the URLs in it are not taken for output files to download.
    return json.dumps({"image": image, "images": images or [], "label": label})


def _ok(result: Any) -> Any:
    assert result.code == 0, result
    return result


def test_a_number_for_a_string_field_arrives_as_text(server: Any) -> None:
    result = _ok(run_cli("--json", "run", "replicate/hello-world", "text=123", server=server))
    assert result.json() == "hello 123"
    latest = max(server.predictions.values(), key=lambda p: p["created_at"])
    assert latest["input"] == {"text": "123"}


def test_a_misspelled_key_is_refused_with_a_suggestion(server: Any) -> None:
    before = len(server.predictions)
    args = ["promt=cat", "width=wide", "guidance_scale=nan"]
    result = run_cli("run", "stability-ai/sdxl", *args, server=server)
    line = assert_one_line_error(result, EXIT_USAGE)
    assert "unknown input 'promt' (did you mean 'prompt'?)" in line
    assert "input 'width' must be an integer, got str 'wide'" in line
    assert "input 'guidance_scale' must be a number, got str 'nan'" in line
    assert len(server.predictions) == before


def test_files_go_only_into_file_fields(server: Any, tmp_path: Path) -> None:
    picture = tmp_path / "cat.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n")
    other = tmp_path / "dog.png"
    other.write_bytes(b"\x89PNG\r\n\x1a\nDOG")
    result = _ok(
        run_cli(
            "--json",
            "run",
            "tests/files",
            f"image={picture}",
            f'images=["{picture}", "https://example.com/x.png", "s3://bucket/y.png"]',
            f"label={other}",  # a plain string field: the path stays text
            server=server,
        )
    )
    output = json.loads(result.json())
    assert output["image"].startswith(server.origin)  # uploaded: a URL on the server
    assert output["images"][0].startswith(server.origin)
    assert output["images"][1:] == ["https://example.com/x.png", "s3://bucket/y.png"]
    assert output["label"] == str(other)
    single = _ok(
        run_cli(
            "--json", "run", "tests/files", f"image={picture}", f"images={other}", server=server
        )
    )
    assert len(json.loads(single.json())["images"]) == 1  # one item for an array field


def test_a_missing_file_is_refused_before_anything_is_sent(server: Any, tmp_path: Path) -> None:
    before = len(server.predictions)
    uploads = server.counters.requests["POST /v1/files"]
    for value in ("image=./nope.jpg", "image=@nope.jpg", 'images=["nope.jpg"]'):
        args = [value] if value.startswith("image=") else ["image=https://e.com/a.png", value]
        result = run_cli("run", "tests/files", *args, server=server, cwd=tmp_path)
        line = assert_one_line_error(result, EXIT_USAGE)
        assert "no such file" in line and "nope.jpg" in line
    assert len(server.predictions) == before
    assert server.counters.requests["POST /v1/files"] == uploads


def test_models_schema_shows_inputs_and_output(server: Any) -> None:
    result = _ok(run_cli("models", "schema", "stability-ai/sdxl", server=server))
    lines = result.stdout.splitlines()
    header = lines[0].split()
    assert header == ["INPUT", "TYPE", "REQUIRED", "DEFAULT", "DESCRIPTION"]
    assert lines[1].split()[0] == "prompt"  # x-order first
    width = next(line for line in lines if line.startswith("width"))
    assert "integer" in width and "1024" in width and "Output width" in width
    scheduler = next(line for line in lines if line.startswith("scheduler"))
    assert "one of DDIM" in scheduler and "K_EULER" in scheduler
    assert lines[-1] == "Output: list of file"
    as_json = _ok(run_cli("--json", "models", "schema", "replicate/hello-world", server=server))
    assert as_json.json()["input"]["required"] == ["text"]
    assert as_json.json()["output"]["type"] == "string"


def test_schemas_are_cached_on_disk_by_version(server: Any, tmp_path: Path) -> None:
    pinned = f"stability-ai/sdxl:{SDXL_VERSION}"
    route = "GET /v1/models/{model_owner}/{model_name}/versions/{version_id}"
    before = server.counters.requests[route]
    _ok(run_cli("models", "schema", pinned, server=server, cache_dir=tmp_path))
    assert (tmp_path / "replicate" / "schemas" / f"{SDXL_VERSION}.json").is_file()
    _ok(run_cli("models", "schema", pinned, server=server, cache_dir=tmp_path))
    out = tmp_path / "out"
    _ok(run_cli("run", pinned, "width=64", "-o", out, server=server, cache_dir=tmp_path))
    assert server.counters.requests[route] == before + 1


def test_nothing_but_the_output_when_not_on_a_terminal(server: Any, tmp_path: Path) -> None:
    args = ["--json", "run", "stability-ai/sdxl", "width=64", "height=64", "-o", tmp_path]
    result = _ok(run_cli(*args, server=server))
    assert result.stderr == ""
    assert [Path(path).parent for path in result.json()] == [tmp_path]


def _run_on_a_terminal(server: Any, cache: Path, *args: str) -> tuple[int, str, str]:
    """Run the CLI with stderr on a pseudo-terminal; returns (status, stdout, terminal text)."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("REPLICATE_")}
    env.update(
        REPLICATE_BASE_URL=server.base_url,
        REPLICATE_API_TOKEN=TOKEN,
        TERM="xterm-256color",
        COLUMNS="120",
        XDG_CACHE_HOME=str(cache),
    )
    env.pop("NO_COLOR", None)
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "replicate", *args],
        stdout=subprocess.PIPE,
        stderr=follower,
        env=env,
    )
    os.close(follower)
    screen = bytearray()
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        screen += chunk
    assert process.stdout is not None
    out = process.stdout.read().decode()
    status = process.wait(timeout=60)
    os.close(leader)
    return status, out, screen.decode(errors="replace")


def test_progress_shows_id_status_logs_and_a_bar_on_a_terminal(tmp_path: Path) -> None:
    from replicate.testing import LocalServer

    # At the real clock, sdxl's stand-in runs 1.5 s: several polls see it log its steps.
    with LocalServer(token=TOKEN) as server:
        status, out, screen = _run_on_a_terminal(
            server,
            tmp_path / "cache",
            "run",
            "stability-ai/sdxl",
            "width=64",
            "height=64",
            "-o",
            str(tmp_path),
        )
        assert status == 0, screen
        prediction = max(server.predictions.values(), key=lambda p: p["created_at"])
        assert prediction["id"] in screen
        assert "stability-ai/sdxl" in screen
        assert "processing" in screen
        assert "it/s]" in screen  # the last log line
        # rich's bar, followed by the steps done of 20 (not the download bar, in bytes)
        text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", screen)
        assert re.search(r"[━╸╺] +\d{1,2}/20\b", text), text
        assert Path(out.strip()).parent == tmp_path  # stdout still has only the result


def test_a_timeout_cancels_the_prediction_and_names_it(server: Any) -> None:
    result = run_cli("run", "tests/slow", "prompt=wait", "--timeout", "1", server=server)
    line = assert_one_line_error(result, 1)
    prediction = max(server.predictions.values(), key=lambda p: p["created_at"])
    assert f"prediction {prediction['id']} did not finish within 1s; canceled it" in line
    assert prediction["status"] == "canceled"


def test_a_failed_prediction_says_why(server: Any) -> None:
    result = run_cli("run", "tests/broken", "prompt=a cat", server=server)
    line = assert_one_line_error(result, 1)
    prediction = max(server.predictions.values(), key=lambda p: p["created_at"])
    assert line == f"error: prediction {prediction['id']} failed: {prediction['error']}"
    assert "cannot draw a cat" in line
