"""replicate.testing: file uploads, signed downloads, and model output files."""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterator

import httpx
import pytest
from _server_support import TOKEN, client, wait_until_done

from replicate.testing import LocalServer, OutputFile

LOCAL_SERVER = {"speed": 50.0, "page_size": 2}  # the shared server fixture's settings (conftest.py)

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def http(server: LocalServer) -> Iterator[httpx.Client]:
    with client(server) as session:
        yield session


def _upload(http: httpx.Client, content: bytes, **fields: str) -> httpx.Response:
    name = fields.pop("name", "notes.txt")
    kind = fields.pop("kind", "text/plain")
    return http.post("/files", files={"content": (name, content, kind)}, data=fields)


def test_upload_then_get_list_download_and_delete(http: httpx.Client, server: LocalServer) -> None:
    created = _upload(http, b"hello file", metadata=json.dumps({"customer": 7}))
    assert created.status_code == 201
    stored = created.json()
    assert stored["name"] == "notes.txt"
    assert stored["content_type"] == "text/plain"
    assert stored["size"] == 10
    assert stored["checksums"]["sha256"] == hashlib.sha256(b"hello file").hexdigest()
    assert stored["metadata"] == {"customer": 7}
    assert stored["urls"]["get"] == f"{server.base_url}/files/{stored['id']}"

    assert http.get(stored["urls"]["get"]).json() == stored
    listed = http.get("/files").json()
    assert [item["id"] for item in listed["results"]] == [stored["id"]]

    download = httpx.get(stored["urls"]["download"])  # signed: no token needed
    assert download.status_code == 200
    assert download.content == b"hello file"

    assert http.delete(stored["urls"]["get"]).status_code == 204
    assert http.get(stored["urls"]["get"]).status_code == 404
    assert httpx.get(stored["urls"]["download"]).status_code == 404
    assert http.delete(stored["urls"]["get"]).status_code == 404


def test_download_needs_a_valid_unexpired_signature(
    http: httpx.Client, server: LocalServer
) -> None:
    stored = _upload(http, b"secret").json()
    url = httpx.URL(stored["urls"]["download"])
    params = dict(url.params)
    assert params["owner"] == "acme"

    tampered = url.copy_merge_params({"signature": "AAAA" + params["signature"][4:]})
    assert httpx.get(tampered).status_code == 403
    other_owner = url.copy_merge_params({"owner": "someone-else"})
    assert httpx.get(other_owner).status_code == 403

    past = int(time.time()) - 60
    expired_signature = server.state.files.signature("acme", stored["id"], past)
    expired = url.copy_merge_params({"expiry": str(past), "signature": expired_signature})
    response = httpx.get(expired)
    assert response.status_code == 403
    assert "expired" in response.json()["detail"]
    assert httpx.get(url.copy_remove_param("signature")).status_code == 400


@pytest.mark.parametrize("signature", ["é" * 44, "\u2603", "%FF%FE", "\x00", "a b", " "])
def test_any_bad_signature_is_forbidden_never_a_server_error(
    http: httpx.Client, signature: str
) -> None:
    stored = _upload(http, b"secret").json()
    url = httpx.URL(stored["urls"]["download"]).copy_merge_params({"signature": signature})
    response = httpx.get(url)
    assert response.status_code == 403, response.text
    assert "signature" in response.json()["detail"]


def test_raw_non_utf8_signature_bytes_are_forbidden(http: httpx.Client) -> None:
    stored = _upload(http, b"secret").json()
    url = httpx.URL(stored["urls"]["download"])
    query = url.query.decode().split("&signature=")[0] + "&signature=%C3%28%FF"
    assert httpx.get(url.copy_with(query=query.encode())).status_code == 403


def test_large_upload_spills_to_disk_and_downloads_intact(http: httpx.Client) -> None:
    content = bytes(range(256)) * (12 * 1024)  # 3 MiB: larger than the in-memory threshold
    stored = _upload(http, content, name="blob.bin", kind="application/octet-stream").json()
    assert stored["size"] == len(content)
    digest = hashlib.sha256()
    with httpx.stream("GET", stored["urls"]["download"]) as response:
        assert response.headers["content-length"] == str(len(content))
        chunks = 0
        for chunk in response.iter_raw():
            digest.update(chunk)
            chunks += 1
    assert digest.hexdigest() == stored["checksums"]["sha256"]
    assert chunks > 1


def test_upload_fields_override_the_part_and_flattened_metadata_is_understood(
    http: httpx.Client,
) -> None:
    stored = _upload(
        http,
        b"{}",
        name="part.json",
        kind="application/json",
        filename="chosen.json",
        type="application/x-custom",
        **{"metadata[team]": "blue", "metadata[size]": "3"},
    ).json()
    assert stored["name"] == "chosen.json"
    assert stored["content_type"] == "application/x-custom"
    assert stored["metadata"] == {"team": "blue", "size": 3}


def test_bad_uploads_are_rejected(http: httpx.Client) -> None:
    no_content = http.post("/files", files={"other": ("x", b"1")})
    assert no_content.status_code == 422
    not_multipart = http.post("/files", content=b"raw", headers={"content-type": "text/plain"})
    assert not_multipart.status_code == 400
    bad_metadata = _upload(http, b"x", metadata="{nope")
    assert bad_metadata.status_code == 422


def test_upload_limit_answers_413() -> None:
    with LocalServer(token=TOKEN, max_upload_size=1000) as limited, client(limited) as http:
        response = _upload(http, b"x" * 5000)
        assert response.status_code == 413
        assert http.get("/files").json()["results"] == []


def test_file_list_pages(http: httpx.Client) -> None:
    ids = [_upload(http, str(index).encode()).json()["id"] for index in range(5)]
    seen, page = [], http.get("/files").json()
    while True:
        seen += [item["id"] for item in page["results"]]
        if page["next"] is None:
            break
        page = http.get(page["next"]).json()
    assert seen == list(reversed(ids))


def test_image_output_is_a_real_png_on_the_delivery_route(
    http: httpx.Client, server: LocalServer
) -> None:
    created = http.post(
        "/models/google/nano-banana/predictions", json={"input": {"prompt": "a banana"}}
    ).json()
    final = wait_until_done(http, created)[-1]
    url = final["output"]
    assert url.startswith(f"{server.origin}/files-delivery/")
    image = httpx.get(url)
    assert image.headers["content-type"] == "image/png"
    assert image.content.startswith(PNG_SIGNATURE)
    again = http.post(
        "/models/google/nano-banana/predictions",
        json={"input": {"prompt": "a banana"}},
        headers={"Prefer": "wait"},
    ).json()
    assert httpx.get(again["output"]).content == image.content  # deterministic
    other = http.post(
        "/models/google/nano-banana/predictions",
        json={"input": {"prompt": "a cherry"}},
        headers={"Prefer": "wait"},
    ).json()
    assert httpx.get(other["output"]).content != image.content


def test_delivery_route_records_the_authorization_it_receives(
    http: httpx.Client, server: LocalServer
) -> None:
    body = http.post(
        "/models/stability-ai/sdxl/predictions",
        json={"input": {"prompt": "x", "num_outputs": 2, "width": 32, "height": 32}},
        headers={"Prefer": "wait"},
    ).json()
    first, second = body["output"]
    assert first != second
    httpx.get(first)
    http.get(second)  # this client sends its token: a leak the counter must show
    assert server.counters.delivery_authorizations == [None, f"Bearer {TOKEN}"]


def test_outputs_can_be_inlined_as_data_uris() -> None:
    inline = LocalServer(token=TOKEN, speed=50.0, output_data_uris=True)
    with inline, client(inline) as http:
        body = http.post(
            "/models/google/nano-banana/predictions",
            json={"input": {"prompt": "inline"}},
            headers={"Prefer": "wait"},
        ).json()
        assert body["output"].startswith("data:image/png;base64,")
        later = http.get(body["urls"]["get"]).json()
        assert later["output"].startswith(inline.origin)


def test_registered_models_can_return_files(http: httpx.Client, server: LocalServer) -> None:
    def report(title: str) -> dict[str, OutputFile]:
        return {"report": OutputFile(title.encode(), "report.txt", "text/plain")}

    server.register_model("acme/reporter", report)
    body = http.post(
        "/models/acme/reporter/predictions",
        json={"input": {"title": "Q3"}},
        headers={"Prefer": "wait"},
    ).json()
    assert httpx.get(body["output"]["report"]).text == "Q3"
