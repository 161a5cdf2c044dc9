"""The module-level surface and the small things a newcomer meets first."""

from __future__ import annotations

import inspect
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import replicate
from replicate import AsyncReplicate, Replicate
from replicate.testing import LocalServer

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("function", "method"),
    [
        (replicate.run, Replicate.run),
        (replicate.async_run, AsyncReplicate.run),
        (replicate.use, Replicate.use),
        (replicate.stream, Replicate.stream),
        (replicate.search, Replicate.search),
    ],
)
def test_module_functions_have_the_client_methods_signatures(
    function: Callable[..., Any], method: Callable[..., Any]
) -> None:
    ours, theirs = inspect.signature(function), inspect.signature(method)
    # The module-level use() also makes async functions, as the official README's does.
    extra = {"use_async"} if function is replicate.use else set()
    assert [parameter for parameter in ours.parameters.values() if parameter.name not in extra] == [
        parameter for parameter in theirs.parameters.values() if parameter.name != "self"
    ]
    if extra:
        assert ours.return_annotation == "Function | AsyncFunction"
    else:
        assert ours.return_annotation == theirs.return_annotation


def test_module_functions_carry_the_client_docstrings() -> None:
    doc = replicate.run.__doc__ or ""
    assert doc.startswith("Run a model and return its output once it has finished.")
    assert "validate=True" in doc and "DeadlineExceededError" in doc
    assert "default_client()" in doc
    assert (replicate.use.__doc__ or "").startswith("A model as a function")


def test_a_type_checker_rejects_wrong_arguments(tmp_path: Path) -> None:
    snippet = tmp_path / "snippet.py"
    snippet.write_text(
        "import replicate\n"
        'replicate.run("acme/model", timeout="3")\n'
        'replicate.run("acme/model", wiat=True)\n'
        'replicate.run("acme/model", input={"text": "fine"}, timeout=3, wait=5)\n'
    )
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", str(snippet)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    errors = [line for line in checked.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 2, checked.stdout
    assert "snippet.py:2:" in errors[0] and '"timeout"' in errors[0]
    assert "snippet.py:3:" in errors[1] and '"wiat"' in errors[1]


def test_dir_lists_the_resources() -> None:
    names = dir(replicate)
    for name in ("predictions", "models", "files", "deployments", "run", "use"):
        assert name in names


def test_the_webhook_secret_repr_hides_the_key(replicate_server: LocalServer) -> None:
    with Replicate(bearer_token="r8_test", base_url=replicate_server.base_url) as client:
        secret = client.webhooks.default.secret.get()
    assert secret.key == replicate_server.webhook_secret
    shown = repr(secret)
    assert secret.key not in shown and secret.key[8:] not in shown
    assert shown == "WebhookSecret(key='whsec_********')"


def test_api_error_details_read_as_one_line(replicate_server: LocalServer) -> None:
    client = Replicate(bearer_token="r8_test", base_url=replicate_server.base_url)
    with client, pytest.raises(replicate.UnprocessableEntityError) as caught:
        client.run("stability-ai/sdxl", {"width": "wide", "num_outputs": 9}, validate=False)
    message = str(caught.value)
    assert "\n" not in message
    assert ": - " not in message and not message.endswith(" ")
    assert message.endswith(
        "failed with 422: input.width: Invalid type. Expected: integer, given: string; "
        "input.num_outputs: Must be less than or equal to 4"
    )


def test_a_connection_error_names_host_and_port() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = Replicate(
        bearer_token="r8_test", base_url=f"http://127.0.0.1:{port}/v1", max_retries=0
    )
    with client, pytest.raises(replicate.APIConnectionError) as caught:
        client.account.get()
    assert f"127.0.0.1:{port}" in str(caught.value)


@pytest.mark.parametrize("given", ["127.0.0.1:8000/v1", "localhost/v1", "ftp://host/v1"])
def test_a_base_url_without_a_scheme_is_refused(
    given: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(ValueError, match="base_url must start with http:// or https://") as caught:
        Replicate(bearer_token="r8_test", base_url=given)
    assert repr(given) in str(caught.value)
    monkeypatch.setenv("REPLICATE_BASE_URL", given)
    with pytest.raises(ValueError, match="REPLICATE_BASE_URL must start with http://"):
        Replicate(bearer_token="r8_test")


def test_a_404_from_a_base_url_without_v1_suggests_it(replicate_server: LocalServer) -> None:
    origin = replicate_server.origin
    client = Replicate(bearer_token="r8_test", base_url=origin)
    with client, pytest.raises(replicate.NotFoundError) as caught:
        client.models.get(model_owner="replicate", model_name="hello-world")
    assert f"try {origin}/v1" in str(caught.value)
    right = Replicate(bearer_token="r8_test", base_url=replicate_server.base_url)
    with right, pytest.raises(replicate.NotFoundError) as missing:
        right.models.get(model_owner="replicate", model_name="no-such-model")
    assert "/v1" not in str(missing.value).partition("failed")[2]  # a real 404: no hint
