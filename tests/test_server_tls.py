"""replicate.testing over https (``tls=True``, ``serve --tls``) and ``--output-data-uris``."""

from __future__ import annotations

import json
import os
import shutil
import signal
import ssl
import subprocess
import sys
from collections.abc import Iterator

import httpx
import pytest

from replicate import FileOutput, Replicate
from replicate.testing import LocalServer

TOKEN = "r8_test"
HEADERS = {"Authorization": f"Bearer {TOKEN}"}


def _trusting(server: LocalServer) -> httpx.Client:
    context = server.ssl_context()
    assert context is not None
    return httpx.Client(base_url=server.base_url, headers=HEADERS, verify=context, timeout=10)


def _urls(value: object) -> Iterator[str]:
    if isinstance(value, str) and "://" in value:
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _urls(item)
    elif isinstance(value, list):
        for item in value:
            yield from _urls(item)


def test_every_url_the_server_hands_out_is_https(replicate_tls_server: LocalServer) -> None:
    server = replicate_tls_server
    assert server.base_url.startswith("https://127.0.0.1:")
    with _trusting(server) as http:
        created = http.post(
            "/models/google/nano-banana/predictions",
            json={"input": {"prompt": "a banana"}},
            headers={"Prefer": "wait=10", "Authorization": f"Bearer {TOKEN}"},
        ).json()
        uploaded = http.post("/files", files={"content": ("a.txt", b"tls bytes", "text/plain")})
        streaming = http.post(
            "/models/anthropic/claude-sonnet-4/predictions", json={"input": {"prompt": "hi"}}
        ).json()
        bodies = [created, streaming, uploaded.json()]
        bodies += [http.get("/models/google/nano-banana").json(), http.get("/account").json()]
        urls = [url for body in bodies for url in _urls(body)]
        assert {url.split("://")[0] for url in urls} == {"https"}, urls
        assert set(streaming["urls"]) >= {"get", "cancel", "stream"}
        with http.stream("GET", streaming["urls"]["stream"]) as events:
            assert "event: done" in events.read().decode()
        assert http.get(created["output"]).content.startswith(b"\x89PNG")
        assert http.get(uploaded.json()["urls"]["download"]).content == b"tls bytes"


def test_clients_that_do_not_trust_the_ca_are_refused(replicate_tls_server: LocalServer) -> None:
    with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
        httpx.get(f"{replicate_tls_server.base_url}/account", headers=HEADERS)


def test_ca_bundle_is_a_pem_that_ssl_accepts(replicate_tls_server: LocalServer) -> None:
    bundle = replicate_tls_server.ca_bundle
    assert bundle is not None
    with open(bundle, encoding="ascii") as handle:
        assert handle.read().startswith("-----BEGIN CERTIFICATE-----")
    context = ssl.create_default_context(cafile=bundle)
    answer = httpx.get(f"{replicate_tls_server.base_url}/account", headers=HEADERS, verify=context)
    assert answer.json()["username"] == "acme"


def test_plain_server_has_no_ca_bundle(replicate_server: LocalServer) -> None:
    assert replicate_server.ca_bundle is None
    assert replicate_server.ssl_context() is None
    assert replicate_server.base_url.startswith("http://")


def test_sdk_run_returns_a_file_output_over_https(replicate_tls_server: LocalServer) -> None:
    server = replicate_tls_server
    with _trusting(server) as http:
        client = Replicate(bearer_token=TOKEN, base_url=server.base_url, http_client=http)
        output = client.run("google/nano-banana", input={"prompt": "a banana"})
        assert isinstance(output, FileOutput)
        assert str(output).startswith("https://")
        assert output.read().startswith(b"\x89PNG")


def _serve(*flags: str) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "replicate.testing", "serve", "--token", TOKEN, *flags]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _stop(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            assert process.wait(timeout=30) == 0
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()


def test_serve_tls_prints_the_ca_bundle_that_curl_and_ssl_cert_file_accept() -> None:
    process = _serve("--tls")
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().strip()
        bundle_line = process.stdout.readline().strip()
        assert base_url.startswith("https://127.0.0.1:")
        assert bundle_line.startswith("CA bundle: ")
        bundle = bundle_line.removeprefix("CA bundle: ")
        # httpx honours SSL_CERT_FILE (trust_env), as do most tools built on OpenSSL.
        code = (
            "import httpx, sys; r = httpx.get(sys.argv[1] + '/account', "
            f"headers={{'Authorization': 'Bearer {TOKEN}'}}); print(r.json()['username'])"
        )
        env = {**os.environ, "SSL_CERT_FILE": bundle}
        found = subprocess.run(
            [sys.executable, "-c", code, base_url], env=env, capture_output=True, text=True
        )
        assert found.stdout.strip() == "acme", found.stderr
        if shutil.which("curl"):
            target = f"{base_url}/models/replicate/hello-world"
            curl = subprocess.run(
                ["curl", "-sS", "--cacert", bundle, "-H", f"Authorization: Bearer {TOKEN}", target],
                capture_output=True,
                text=True,
            )
            assert curl.returncode == 0, curl.stderr
            assert json.loads(curl.stdout)["name"] == "hello-world"
        if shutil.which("node"):
            script = (
                "fetch(process.argv[1] + '/account', {headers: {Authorization: process.argv[2]}})"
                ".then(r => r.json()).then(b => console.log(b.username))"
            )
            node = subprocess.run(
                ["node", "-e", script, base_url, f"Bearer {TOKEN}"],
                env={**os.environ, "NODE_EXTRA_CA_CERTS": bundle},
                capture_output=True,
                text=True,
            )
            assert node.stdout.strip() == "acme", node.stderr
    finally:
        _stop(process)


def test_serve_output_data_uris_inlines_output_files() -> None:
    process = _serve("--output-data-uris", "--speed", "100")
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().strip()
        answer = httpx.post(
            f"{base_url}/models/google/nano-banana/predictions",
            json={"input": {"prompt": "a banana"}},
            headers={**HEADERS, "Prefer": "wait=10"},
            timeout=15,
        ).json()
        assert answer["output"].startswith("data:image/png;base64,")
    finally:
        _stop(process)
