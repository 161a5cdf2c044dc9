"""Commands for models, deployments, trainings, hardware, account and search.

These call the command line's entry point, `replicate.cli.main(argv)`, in this process
(test_cli.py runs it as a subprocess): the same parsing, requests and printing, faster.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

import replicate
from replicate.cli import main

TOKEN = "r8_cli_resources_token"
SDXL = "stability-ai/sdxl"
SDXL_VERSION = "da77bc59ee60423279fd632efb4795ab731d9e3ca9705ef3341091fb989b7eaf"


@pytest.fixture(scope="module")
def server() -> Iterator[Any]:
    from replicate.testing import LocalServer

    with LocalServer(token=TOKEN) as local:
        yield local


@pytest.fixture
def cli(server: Any, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Any:
    """`cli(*args)` → stdout of a successful run; `cli(*args, code=1)` for a failure."""
    monkeypatch.delenv("REPLICATE_API_TOKEN", raising=False)
    monkeypatch.delenv("REPLICATE_BASE_URL", raising=False)

    def run(*args: str, code: int = 0) -> str:
        status = main(["--base-url", server.base_url, "--token", TOKEN, *args])
        out, err = capsys.readouterr()
        assert status == code, err
        assert "Traceback" not in err
        return out

    return run


def test_models_get_list_search_and_versions(cli: Any) -> None:
    model = json.loads(cli("--json", "models", "get", "replicate/hello-world"))
    assert (model["owner"], model["name"]) == ("replicate", "hello-world")
    shown = cli("models", "get", "replicate/hello-world")
    assert "replicate/hello-world" in shown and model["latest_version"]["id"] in shown

    listed = json.loads(cli("--json", "models", "list", "--limit", "3"))
    assert 1 <= len(listed) <= 3
    assert all({"owner", "name"} <= set(item) for item in listed)
    everything = json.loads(cli("--json", "models", "list", "--limit", "0"))
    assert len(everything) >= len(listed)

    found = json.loads(cli("--json", "models", "search", "banana"))
    assert "google/nano-banana" in [f"{m['owner']}/{m['name']}" for m in found]
    assert "google/nano-banana" in cli("models", "search", "banana")

    versions = json.loads(cli("--json", "models", "versions", "list", SDXL))
    assert SDXL_VERSION in [version["id"] for version in versions]
    assert SDXL_VERSION in cli("models", "versions", "list", SDXL)


def test_unknown_model_fails_with_status_1(cli: Any) -> None:
    cli("models", "get", "nobody/nothing", code=1)


def test_deployment_lifecycle(cli: Any) -> None:
    created = json.loads(
        cli(
            "--json", "deployments", "create", "cli-app", "--model", f"{SDXL}:{SDXL_VERSION}",
            "--hardware", "gpu-t4", "--max-instances", "2",
        )
    )  # fmt: skip
    ref = f"{created['owner']}/cli-app"
    release = created["current_release"]
    assert (release["version"], release["configuration"]["max_instances"]) == (SDXL_VERSION, 2)

    got = json.loads(cli("--json", "deployments", "get", ref))
    assert got["current_release"]["number"] == release["number"]
    assert ref in cli("deployments", "list")

    updated = json.loads(cli("--json", "deployments", "update", ref, "--max-instances", "4"))
    assert updated["current_release"]["number"] == release["number"] + 1
    assert updated["current_release"]["configuration"]["max_instances"] == 4

    cli("deployments", "update", ref, "--min-instances", "0", "--max-instances", "0")
    assert json.loads(cli("--json", "deployments", "delete", ref)) == {"deleted": ref}
    cli("deployments", "get", ref, code=1)


def test_training_create_get_list_cancel(cli: Any, server: Any) -> None:
    account = json.loads(cli("--json", "account"))
    destination = f"{account['username']}/cli-trained"
    with replicate.Replicate(base_url=server.base_url, bearer_token=TOKEN) as client:
        client.models.create(
            owner=account["username"], name="cli-trained", visibility="private", hardware="cpu"
        )
    training = json.loads(
        cli(
            "--json", "trainings", "create", f"{SDXL}:{SDXL_VERSION}",
            "--destination", destination, "input_images=https://example.com/images.zip",
        )
    )  # fmt: skip
    assert training["input"] == {"input_images": "https://example.com/images.zip"}
    assert training["destination"] == destination

    assert json.loads(cli("--json", "trainings", "get", training["id"]))["id"] == training["id"]
    listed = json.loads(cli("--json", "trainings", "list"))
    assert training["id"] in [item["id"] for item in listed]
    assert training["id"] in cli("trainings", "list")
    canceled = json.loads(cli("--json", "trainings", "cancel", training["id"]))
    assert canceled["status"] == "canceled"


def test_training_needs_a_version(cli: Any) -> None:
    cli("trainings", "create", SDXL, "--destination", "acme/x", code=2)


def test_hardware_account_and_search(cli: Any) -> None:
    hardware = json.loads(cli("--json", "hardware", "list"))
    skus = [item["sku"] for item in hardware]
    table = cli("hardware", "list")
    assert skus and all(sku in table for sku in skus)

    account = json.loads(cli("--json", "account"))
    assert account["username"] in cli("account")

    results = json.loads(cli("--json", "search", "banana", "--limit", "5"))
    assert {"models", "collections", "pages"} <= set(results)
    assert "google/nano-banana" in cli("search", "banana")
