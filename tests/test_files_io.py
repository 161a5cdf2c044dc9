"""Files in and out: FileOutput downloads (and where the token goes), file inputs."""

from __future__ import annotations

import base64
import io
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
from _highlevel import API, TOKEN, held, prediction

from replicate import AsyncReplicate, FileOutput, NotFoundError, Replicate
from replicate._file_input import find_files, replace_files

CDN = "https://cdn.example.test"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 600  # a bit over two 64 KiB chunks


# Outputs: the token --------------------------------------------------------------------


def test_foreign_hosts_never_get_the_token(api: respx.MockRouter, client: Replicate) -> None:
    cdn = api.get(f"{CDN}/out/image.png").mock(return_value=httpx.Response(200, content=PNG))
    api.post(f"{API}/models/acme/model/predictions").mock(
        return_value=held(prediction("processing", f"{CDN}/out/image.png"))
    )
    image = client.run("acme/model")
    assert isinstance(image, FileOutput)
    assert image.read() == PNG
    assert "authorization" not in cdn.calls.last.request.headers


def test_a_token_set_on_a_callers_own_http_client_is_stripped(api: respx.MockRouter) -> None:
    cdn = api.get(f"{CDN}/x.bin").mock(return_value=httpx.Response(200, content=b"data"))
    http = httpx.Client(headers={"Authorization": f"Bearer {TOKEN}"})
    with Replicate(bearer_token=TOKEN, base_url=API, http_client=http) as client:
        assert FileOutput(f"{CDN}/x.bin", client).read() == b"data"
    assert "authorization" not in cdn.calls.last.request.headers
    http.close()


def test_the_api_itself_gets_the_token(api: respx.MockRouter, client: Replicate) -> None:
    own = api.get(f"{API}/files/f1/download").mock(return_value=httpx.Response(200, content=b"x"))
    assert FileOutput(f"{API}/files/f1/download", client).read() == b"x"
    assert own.calls.last.request.headers["authorization"] == f"Bearer {TOKEN}"


def test_same_host_outside_the_api_path_gets_no_token(
    api: respx.MockRouter, client: Replicate
) -> None:
    other = api.get("https://api.replicate.test/files-delivery/a.png").mock(
        return_value=httpx.Response(200, content=b"x")
    )
    assert FileOutput("https://api.replicate.test/files-delivery/a.png", client).read() == b"x"
    assert "authorization" not in other.calls.last.request.headers


def test_a_redirect_to_another_host_drops_the_token(
    api: respx.MockRouter, client: Replicate
) -> None:
    api.get(f"{API}/files/f1/download").mock(
        return_value=httpx.Response(302, headers={"location": f"{CDN}/signed/f1"})
    )
    cdn = api.get(f"{CDN}/signed/f1").mock(return_value=httpx.Response(200, content=PNG))
    assert FileOutput(f"{API}/files/f1/download", client).read() == PNG
    assert "authorization" not in cdn.calls.last.request.headers


def test_a_standalone_file_output_sends_nothing_secret(api: respx.MockRouter) -> None:
    cdn = api.get(f"{CDN}/x.bin").mock(return_value=httpx.Response(200, content=b"data"))
    assert FileOutput(f"{CDN}/x.bin").read() == b"data"
    assert "authorization" not in cdn.calls.last.request.headers


# Outputs: reading ------------------------------------------------------------------------


def test_chunks_save_and_names(api: respx.MockRouter, client: Replicate, tmp_path: Path) -> None:
    api.get(f"{CDN}/out/pic%20one.png").mock(return_value=httpx.Response(200, content=PNG))
    image = FileOutput(f"{CDN}/out/pic%20one.png", client)
    chunks = list(image)
    assert len(chunks) > 1 and b"".join(chunks) == PNG
    assert image.name == "pic one.png"
    assert image.save(tmp_path / "copy.png").read_bytes() == PNG
    assert image.save(tmp_path) == tmp_path / "pic one.png"
    assert (tmp_path / "pic one.png").read_bytes() == PNG
    assert str(image) == f"{CDN}/out/pic%20one.png"


def test_download_errors_are_api_errors(api: respx.MockRouter, client: Replicate) -> None:
    api.get(f"{CDN}/gone.png").mock(return_value=httpx.Response(404, json={"detail": "gone"}))
    with pytest.raises(NotFoundError):
        FileOutput(f"{CDN}/gone.png", client).read()


def test_data_uris_are_decoded_without_any_request(
    api: respx.MockRouter, client: Replicate, tmp_path: Path
) -> None:
    uri = "data:image/png;base64," + base64.b64encode(PNG).decode()
    api.post(f"{API}/models/acme/model/predictions").mock(
        return_value=held(prediction("processing", [uri]))
    )
    [image] = client.run("acme/model")
    assert image.read() == PNG
    assert b"".join(image) == PNG
    assert image.name == "output.png"
    assert image.save(tmp_path).read_bytes() == PNG
    assert FileOutput("data:,hello%20world").read() == b"hello world"
    assert api.calls.call_count == 1


def test_plain_text_is_not_mistaken_for_a_file(api: respx.MockRouter, client: Replicate) -> None:
    output = {"caption": "see https://example.com for more", "url": "https://example.com/a.png"}
    api.post(f"{API}/models/acme/model/predictions").mock(
        return_value=held(prediction("processing", output))
    )
    result = client.run("acme/model")
    assert result["caption"] == "see https://example.com for more"
    assert isinstance(result["url"], FileOutput)


async def test_async_reading(api: respx.MockRouter, tmp_path: Path) -> None:
    cdn = api.get(f"{CDN}/a.png").mock(return_value=httpx.Response(200, content=PNG))
    async with AsyncReplicate(bearer_token=TOKEN, base_url=API) as client:
        image = FileOutput(f"{CDN}/a.png", client)
        assert await image.aread() == PNG
        assert b"".join([chunk async for chunk in image]) == PNG
        assert (await image.asave(tmp_path / "a.png")).read_bytes() == PNG
        # The sync methods work on an async client's output too.
        assert image.read() == PNG
    assert all("authorization" not in call.request.headers for call in cdn.calls)


# Inputs -----------------------------------------------------------------------------------


def uploads(api: respx.MockRouter) -> tuple[respx.Route, list[bytes]]:
    bodies: list[bytes] = []

    def create(request: httpx.Request) -> httpx.Response:
        bodies.append(request.read())
        number = len(bodies)
        return httpx.Response(
            201,
            json={
                "id": f"file{number}",
                "name": "x",
                "content_type": "application/octet-stream",
                "size": 1,
                "etag": "e",
                "checksums": {},
                "metadata": {},
                "created_at": "2024-08-22T12:26:51.079Z",
                "expires_at": "2024-08-23T12:26:51.079Z",
                "urls": {"get": f"{API}/files/file{number}"},
            },
        )

    return api.post(f"{API}/files").mock(side_effect=create), bodies


def sent_input(api: respx.MockRouter) -> Any:
    [call] = [c for c in api.calls if c.request.url.path.endswith("/predictions")]
    return json.loads(call.request.content)["input"]


def test_files_anywhere_in_the_input_are_uploaded_and_replaced(
    api: respx.MockRouter, client: Replicate, tmp_path: Path
) -> None:
    picture = tmp_path / "cat.png"
    picture.write_bytes(PNG)
    api.post(f"{API}/models/acme/model/predictions").mock(
        return_value=held(prediction("processing", "ok"))
    )
    route, bodies = uploads(api)
    handle = io.BytesIO(b"audio bytes")
    handle.name = "voice.wav"
    inputs = {
        "image": picture,
        "extras": [b"raw bytes", {"deep": handle}],
        "prompt": "keep me",
        "n": 3,
    }
    assert client.run("acme/model", input=inputs) == "ok"
    assert route.call_count == 3
    assert sent_input(api) == {
        "image": f"{API}/files/file1",
        "extras": [f"{API}/files/file2", {"deep": f"{API}/files/file3"}],
        "prompt": "keep me",
        "n": 3,
    }
    assert b'filename="cat.png"' in bodies[0] and b"Content-Type: image/png" in bodies[0]
    assert PNG in bodies[0]
    assert b'filename="voice.wav"' in bodies[2] and b"audio bytes" in bodies[2]
    assert inputs["image"] == picture  # the caller's input is left as it was


def test_the_same_file_twice_is_uploaded_once(
    api: respx.MockRouter, client: Replicate, tmp_path: Path
) -> None:
    picture = tmp_path / "cat.png"
    picture.write_bytes(PNG)
    api.post(f"{API}/models/acme/model/predictions").mock(
        return_value=held(prediction("processing", "ok"))
    )
    route, _ = uploads(api)
    client.run("acme/model", input={"a": picture, "b": [picture]})
    assert route.call_count == 1
    assert sent_input(api) == {"a": f"{API}/files/file1", "b": [f"{API}/files/file1"]}


def test_base64_strategy_inlines_small_files(
    api: respx.MockRouter, client: Replicate, tmp_path: Path
) -> None:
    picture = tmp_path / "cat.png"
    picture.write_bytes(PNG)
    api.post(f"{API}/models/acme/model/predictions").mock(
        return_value=held(prediction("processing", "ok"))
    )
    route, _ = uploads(api)
    client.run(
        "acme/model", input={"image": picture, "raw": b"\x00\x01"}, file_encoding_strategy="base64"
    )
    assert not route.called
    sent = sent_input(api)
    assert sent["image"] == "data:image/png;base64," + base64.b64encode(PNG).decode()
    assert sent["raw"] == "data:application/octet-stream;base64,AAE="


def test_file_outputs_as_inputs_pass_their_url(api: respx.MockRouter, client: Replicate) -> None:
    api.post(f"{API}/models/acme/model/predictions").mock(
        return_value=held(prediction("processing", "ok"))
    )
    route, _ = uploads(api)
    client.run("acme/model", input={"image": FileOutput(f"{CDN}/previous.png", client)})
    assert not route.called
    assert sent_input(api) == {"image": f"{CDN}/previous.png"}


async def test_async_uploads(api: respx.MockRouter, tmp_path: Path) -> None:
    picture = tmp_path / "cat.png"
    picture.write_bytes(PNG)
    api.post(f"{API}/models/acme/model/predictions").mock(
        return_value=held(prediction("processing", "ok"))
    )
    route, _ = uploads(api)
    async with AsyncReplicate(bearer_token=TOKEN, base_url=API) as client:
        assert await client.run("acme/model", input={"image": picture}) == "ok"
    assert route.call_count == 1
    assert sent_input(api) == {"image": f"{API}/files/file1"}


def test_inputs_without_files_are_not_copied() -> None:
    inputs = {"prompt": "x", "list": [1, 2, {"a": "b"}], "nested": {"k": [None, True, 1.5]}}
    assert find_files(inputs) == []
    assert replace_files(inputs, {}) is inputs


def test_only_the_containers_on_the_way_to_a_file_are_copied() -> None:
    data = b"bytes"
    untouched = {"k": ["v"]}
    inputs = {"file": [data], "other": untouched}
    replaced = replace_files(inputs, {id(data): "https://x/f"})
    assert replaced == {"file": ["https://x/f"], "other": {"k": ["v"]}}
    assert replaced["other"] is untouched
    assert inputs["file"] == [data]
