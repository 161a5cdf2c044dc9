"""replicate.testing record and replay: record a session, replay it offline, same results.

- A session recorded here against the local server replays to the same results, with the
  token and the webhook signing secret absent from the file.
- ``tests/cassettes/test_recorder/`` holds one session recorded against the local server
  (``REPLICATE_API_TOKEN=r8_test REPLICATE_BASE_URL=<local>/v1 pytest --replicate-record
  tests/test_recorder.py -k shipped``); the ``replicate_cassette`` fixture replays it.
- The replayer serves the real recordings in ``../shared/reference/v1-cassettes`` (skipped
  when absent), read with the helpers of ``_shared``.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from _shared import cassette_interactions, cassette_names, shared_dir

from replicate import APIStatusError, Replicate
from replicate.testing import (
    Cassette,
    CassetteSession,
    Exchange,
    LocalServer,
    RecordingTransport,
    ReplayServer,
)

HELLO = "5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa"
SHIPPED = Path(__file__).parent / "cassettes" / "test_recorder"


def workload(client: Replicate) -> dict[str, Any]:
    """A small session touching runs, files, search, errors, secrets and streaming."""
    found: dict[str, Any] = {}
    found["hello"] = client.run(f"replicate/hello-world:{HELLO}", input={"text": "cassette"})
    image = client.run("google/nano-banana", input={"prompt": "a banana"})
    found["image_url"] = str(image)
    found["image_sha256"] = hashlib.sha256(image.read()).hexdigest()
    created = client.predictions.create(version=HELLO, input={"text": "again"})
    found["created"] = (created.id, str(created.status))
    found["fetched"] = client.predictions.get(prediction_id=created.id).id
    found["search"] = [model.name for model in client.models.search("banana").results]
    uploaded = client.files.create(content=b"cassette bytes", filename="c.txt")
    found["file"] = (uploaded.id, client.files.get(file_id=uploaded.id).size)
    found["secret"] = client.webhooks.default.secret.get().key
    try:
        client.models.get(model_owner="nobody", model_name="nothing")
    except APIStatusError as error:
        found["missing"] = (error.status, error.detail)
    events = client.stream("anthropic/claude-sonnet-4", input={"prompt": "cassettes"})
    found["stream"] = "".join(event.data for event in events if event.event == "output")
    return found


def _replayed(path: Path) -> tuple[dict[str, Any], list[str]]:
    session = CassetteSession(path, record=False)
    try:
        with session.client() as client:
            return workload(client), session.unmatched
    finally:
        session.close()


def test_a_recorded_session_replays_offline_to_the_same_results(tmp_path: Path) -> None:
    path = tmp_path / "session.json"
    with LocalServer(token="r8_recorder_secret_token", speed=50) as server:
        secret = server.webhook_secret
        session = CassetteSession(
            path, record=True, token="r8_recorder_secret_token", base_url=server.base_url
        )
        with session.client() as client:
            recorded = workload(client)
        session.close()
    text = path.read_text(encoding="utf-8")
    assert "r8_recorder_secret_token" not in text
    assert secret not in text and secret.removeprefix("whsec_") not in text
    assert "authorization" not in text.lower()
    data = json.loads(text)
    hosts = {httpx.URL(item["request"]["url"]).host for item in data["interactions"]}
    assert hosts == {"127.0.0.1"}

    # The recording server is gone: everything below is answered from the file.
    replayed, unmatched = _replayed(path)
    assert unmatched == []
    scrubbed = recorded["secret"] != replayed.pop("secret")
    assert scrubbed and replayed.pop("image_url").startswith("http://127.0.0.1:")
    recorded.pop("secret"), recorded.pop("image_url")
    assert replayed == recorded
    assert recorded["hello"] == "hello cassette" and recorded["missing"][0] == 404


async def _async_workload(client: Any) -> dict[str, Any]:
    found: dict[str, Any] = {}
    found["hello"] = await client.run(f"replicate/hello-world:{HELLO}", input={"text": "async"})
    created = await client.predictions.create(version=HELLO, input={"text": "again"})
    found["fetched"] = (await client.predictions.get(prediction_id=created.id)).id
    found["hardware"] = [item.sku for item in await client.hardware.list()]
    return found


async def test_async_sessions_record_and_replay(tmp_path: Path) -> None:
    path = tmp_path / "async.json"
    with LocalServer(token="r8_async_recording", speed=50) as server:
        session = CassetteSession(
            path, record=True, token="r8_async_recording", base_url=server.base_url
        )
        async with session.async_client() as client:
            recorded = await _async_workload(client)
        session.close()
    assert "r8_async_recording" not in path.read_text(encoding="utf-8")
    replay = CassetteSession(path, record=False)
    try:
        async with replay.async_client() as client:
            assert await _async_workload(client) == recorded
        assert replay.unmatched == []
    finally:
        replay.close()
    assert recorded["hello"] == "hello async"


def test_the_cassette_file_is_readable_json(tmp_path: Path) -> None:
    with LocalServer(token="r8_test") as server:
        cassette = Cassette(base_url=server.base_url)
        with httpx.Client(transport=RecordingTransport(cassette)) as http:
            http.post(
                f"{server.base_url}/files",
                headers={"Authorization": "Bearer r8_test"},
                files={"content": ("a.bin", b"\x00\xff", "application/octet-stream")},
            )
            http.get(f"{server.base_url}/hardware", headers={"Authorization": "Bearer r8_test"})
    cassette.save(tmp_path / "c.json")
    first, second = json.loads((tmp_path / "c.json").read_text())["interactions"]
    assert first["request"]["method"] == "POST" and "base64" in first["request"]  # binary
    assert first["response"]["status"] == 201 and first["response"]["json"]["size"] == 2
    assert second["response"]["json"][0]["sku"]
    assert "r8_test" not in (tmp_path / "c.json").read_text()


def test_requests_without_a_recording_get_a_clear_404(tmp_path: Path) -> None:
    base = "https://api.example.test/v1"
    exchange = Exchange(
        "GET",
        f"{base}/account",
        200,
        response_headers={"content-type": "application/json"},
        response_body=json.dumps({"username": "acme", "avatar_url": f"{base}/a.png"}).encode(),
    )
    with ReplayServer(Cassette([exchange], base_url=base)) as replay:
        answer = httpx.get(f"{replay.base_url}/account")
        assert answer.json() == {"username": "acme", "avatar_url": f"{replay.base_url}/a.png"}
        missing = httpx.post(f"{replay.base_url}/predictions", json={"version": "x"})
        assert missing.status_code == 404
        assert "POST /v1/predictions" in missing.json()["detail"]
        assert replay.unmatched == ["POST /v1/predictions"]


def test_repeated_requests_get_the_recorded_answers_in_order() -> None:
    base = "https://api.example.test/v1"
    answers = [
        Exchange("GET", f"{base}/predictions/p1", 200, response_body=f'"{status}"'.encode())
        for status in ("starting", "processing", "succeeded")
    ]
    with ReplayServer(Cassette(answers, base_url=base)) as replay:
        seen = [httpx.get(f"{replay.base_url}/predictions/p1").text for _ in range(4)]
    assert seen == ['"starting"', '"processing"', '"succeeded"', '"succeeded"']


def test_loading_something_else_says_what_it_expected(tmp_path: Path) -> None:
    other = tmp_path / "other.json"
    other.write_text('{"interactions": []}')
    with pytest.raises(ValueError, match=r"not a replicate\.testing cassette"):
        Cassette.load(other)
    with pytest.raises(FileNotFoundError, match="--replicate-record"):
        CassetteSession(tmp_path / "absent.json", record=False)


# -- the shipped example, replayed by the pytest fixture -----------------------------------


@pytest.mark.replicate_cassette("cassettes/test_recorder/example-session.json")
def test_shipped_session(replicate_cassette: CassetteSession) -> None:
    with replicate_cassette.client() as client:
        found = workload(client)
    assert found["hello"] == "hello cassette"
    assert found["search"] == ["nano-banana"]
    assert found["missing"][0] == 404
    assert found["stream"].startswith("You asked about: cassettes.")
    assert found["file"][1] == len(b"cassette bytes")
    if not replicate_cassette.recording:
        text = (SHIPPED / "example-session.json").read_text(encoding="utf-8")
        assert '"r8_test"' not in text and "Bearer" not in text
        # The replayed image is the recorded one, served by the replayer.
        assert found["image_url"].startswith(replicate_cassette.base_url.removesuffix("/v1"))


# -- real recordings from api.replicate.com ------------------------------------------------

API = "https://api.replicate.com/v1"


def _from_vcr(name: str) -> Cassette:
    exchanges = [
        Exchange(
            method=i["request"]["method"],
            url=i["request"]["url"],
            status=i["response"]["status"],
            request_headers={
                k: v for k, v in i["request"]["headers"].items() if k == "content-type"
            },
            request_body=i["request"]["body"],
            response_headers={"content-type": i["response"]["headers"].get("content-type", "")},
            response_body=i["response"]["body"],
        )
        for i in cassette_interactions(name)
    ]
    return Cassette(exchanges, base_url=API)


@pytest.mark.skipif(shared_dir() is None, reason="../shared is not available")
@pytest.mark.parametrize("name", cassette_names())
def test_real_recordings_replay_as_recorded(name: str) -> None:
    cassette = _from_vcr(name)
    with ReplayServer(cassette) as replay, httpx.Client() as http:
        for interaction in cassette_interactions(name):
            request, response = interaction["request"], interaction["response"]
            url = request["url"].replace("https://api.replicate.com", replay.origin)
            if request["host"] != "api.replicate.com":
                url = url.replace(
                    f"https://{request['host']}", f"{replay.origin}/_hosts/{request['host']}"
                )
            headers = {"content-type": request["headers"].get("content-type", "")}
            answer = http.request(request["method"], url, content=request["body"], headers=headers)
            assert answer.status_code == response["status"], (request["method"], url)
            if response["json"] is not None:
                expected = json.loads(
                    json.dumps(response["json"]).replace("https://api.replicate.com", replay.origin)
                )
                # Other hosts are rewritten only when the cassette fetched from them.
                assert _without_hosts(answer.json(), replay.origin) == _without_hosts(
                    expected, replay.origin
                )
        assert replay.unmatched == []


def _without_hosts(value: Any, origin: str) -> Any:
    text = json.dumps(value)
    return json.loads(text.replace(f"{origin}/_hosts/", "https://"))


@pytest.mark.skipif(shared_dir() is None, reason="../shared is not available")
def test_sdk_run_against_a_replayed_real_recording() -> None:
    recorded = _from_vcr("run")
    created = next(e for e in recorded.exchanges if e.method == "POST")
    final = json.loads(recorded.exchanges[-1].response_body)
    body = json.loads(created.request_body)
    # The creation and the final poll: the recorded polls in between only cost time.
    cassette = Cassette([created, recorded.exchanges[-1]], base_url=API)
    with ReplayServer(cassette) as replay:
        client = Replicate(bearer_token="r8_replay", base_url=replay.base_url)
        with client:
            output = client.run(f"stability-ai/sdxl:{body['version']}", input=body["input"])
    assert [str(item) for item in output] == final["output"]
