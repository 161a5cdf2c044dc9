"""files.create (streamed multipart uploads) and files.download (streamed downloads)."""

from __future__ import annotations

import io
import json
import os
import threading
import tracemalloc
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import _resource_samples as samples
import httpx
import pytest
import respx
from _resource_samples import API, TOKEN

from replicate import (
    APIConnectionError,
    AsyncReplicate,
    InternalServerError,
    NotFoundError,
    Replicate,
    ReplicateError,
)
from replicate._transport import DEFAULT_TIMEOUT
from replicate.resources.files import AsyncFileDownload, FileDownload

Part = dict[str, Any]


def parse_form(request: httpx.Request) -> dict[str, Part]:
    """The parts of a multipart/form-data request, by field name."""
    content_type = request.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    boundary = content_type.split("boundary=", 1)[1].encode()
    body = request.content
    assert body.endswith(b"--" + boundary + b"--\r\n")
    parts: dict[str, Part] = {}
    for chunk in body.split(b"--" + boundary)[1:-1]:
        assert chunk.startswith(b"\r\n") and chunk.endswith(b"\r\n")
        head, _, data = chunk[2:-2].partition(b"\r\n\r\n")
        headers = dict(line.split(": ", 1) for line in head.decode().split("\r\n") if ": " in line)
        disposition = headers["Content-Disposition"]
        params = dict(
            item.strip().split("=", 1) for item in disposition.split(";")[1:] if "=" in item
        )
        name = params["name"].strip('"')
        parts[name] = {
            "filename": params["filename"].strip('"') if "filename" in params else None,
            "content_type": headers.get("Content-Type"),
            "data": data,
        }
    return parts


def _client(**options: Any) -> Replicate:
    return samples.sync_client(**options)


@pytest.fixture
def files_route() -> Iterator[respx.Route]:
    with respx.mock() as router:
        yield router.post(f"{API}/files").respond(201, json=samples.file())


# Uploads --------------------------------------------------------------------------------


def test_upload_bytes(files_route: respx.Route) -> None:
    created = _client().files.create(content=b"raw file contents")
    assert created.id == samples.file()["id"]
    request = files_route.calls.last.request
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    assert int(request.headers["content-length"]) == len(request.content)
    form = parse_form(request)
    assert form["content"] == {
        "filename": "file",
        "content_type": "application/octet-stream",
        "data": b"raw file contents",
    }
    assert form["filename"]["data"] == b"file"
    assert form["type"]["data"] == b"application/octet-stream"
    assert "metadata" not in form


def test_upload_a_path_keeps_its_name_type_and_metadata(
    files_route: respx.Route, tmp_path: Path
) -> None:
    path = tmp_path / "photo.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 50)
    _client().files.create(content=path, metadata={"customer_reference_id": 123})
    form = parse_form(files_route.calls.last.request)
    assert form["content"]["filename"] == "photo.png"
    assert form["content"]["content_type"] == "image/png"
    assert form["content"]["data"] == path.read_bytes()
    assert form["metadata"]["content_type"] == "application/json"
    assert form["metadata"]["filename"] is None
    assert json.loads(form["metadata"]["data"]) == {"customer_reference_id": 123}


def test_upload_a_str_path_and_an_open_file(files_route: respx.Route, tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"hello\r\nworld")
    client = _client()
    client.files.create(content=str(path))
    with path.open("rb") as handle:
        client.files.create(content=handle)
        assert not handle.closed  # the caller's file stays the caller's
    for call in files_route.calls:
        content = parse_form(call.request)["content"]
        assert (content["filename"], content["content_type"]) == ("notes.txt", "text/plain")
        assert content["data"] == b"hello\r\nworld"


def test_upload_with_explicit_filename_and_type(files_route: respx.Route) -> None:
    _client().files.create(
        content=io.BytesIO(b"{}"), filename="data.bin", content_type="application/x-custom"
    )
    form = parse_form(files_route.calls.last.request)
    assert form["content"]["filename"] == "data.bin"
    assert form["content"]["content_type"] == "application/x-custom"
    assert form["type"]["data"] == b"application/x-custom"


def test_content_that_looks_like_a_boundary_arrives_intact(files_route: respx.Route) -> None:
    # The generated client uses the fixed boundary "+++"; ours is random per request.
    tricky = b"--+++\r\nContent-Disposition: form-data\r\n\r\n+++--\r\n" * 3
    client = _client()
    client.files.create(content=tricky)
    client.files.create(content=tricky)
    first, second = (call.request for call in files_route.calls)
    assert parse_form(first)["content"]["data"] == tricky
    assert first.headers["content-type"] != second.headers["content-type"]
    assert "+++" not in first.headers["content-type"]


def test_a_file_path_that_does_not_exist_fails_before_sending(files_route: respx.Route) -> None:
    with pytest.raises(FileNotFoundError):
        _client().files.create(content="/no/such/file.bin")
    assert files_route.call_count == 0
    with pytest.raises(TypeError, match="bytes, a path or a binary file"):
        _client().files.create(content=12345)  # type: ignore[arg-type]
    files_route.respond(201, json=samples.file())  # keep assert_all_called happy
    _client().files.create(content=b"")


@pytest.mark.parametrize("source", ["bytes", "path", "file"])
def test_a_retried_upload_resends_the_whole_file(
    source: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("replicate._retries.retry_delay", lambda attempt, response=None: 0.0)
    data = os.urandom(300_000)
    path = tmp_path / "blob.bin"
    path.write_bytes(data)
    content: Any = {"bytes": data, "path": path, "file": path.open("rb")}[source]
    with respx.mock() as router:
        route = router.post(f"{API}/files").mock(
            side_effect=[
                httpx.Response(429, headers={"retry-after": "0"}),
                httpx.ConnectError("refused"),
                httpx.Response(201, json=samples.file()),
            ]
        )
        _client().files.create(content=content)
    assert route.call_count == 3
    for call in route.calls:
        assert parse_form(call.request)["content"]["data"] == data
    if source == "file":
        content.close()


def test_an_upload_that_may_have_been_stored_is_not_sent_again(files_route: respx.Route) -> None:
    files_route.mock(side_effect=[httpx.Response(500), httpx.Response(201, json=samples.file())])
    with pytest.raises(InternalServerError):
        _client().files.create(content=b"abc")
    assert files_route.call_count == 1


def test_an_unseekable_stream_is_streamed_and_never_resent() -> None:
    read_end, write_end = os.pipe()
    os.write(write_end, b"from a pipe")
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe, respx.mock() as router:
        route = router.post(f"{API}/files").mock(
            side_effect=[
                httpx.Response(429, headers={"retry-after": "0"}),
                httpx.Response(201, json=samples.file()),
            ]
        )
        with pytest.raises(ReplicateError, match="cannot be read a second time"):
            _client().files.create(content=pipe, filename="pipe.txt")
    first = route.calls[0].request
    assert first.headers.get("transfer-encoding") == "chunked"  # size unknown, not guessed
    assert parse_form(first)["content"]["data"] == b"from a pipe"
    assert route.call_count == 1


async def test_async_upload(tmp_path: Path) -> None:
    path = tmp_path / "clip.wav"
    path.write_bytes(b"RIFF" + b"\x00" * 1000)
    with respx.mock() as router:
        route = router.post(f"{API}/files").respond(201, json=samples.file())
        async with samples.async_client() as client:
            created = await client.files.create(content=path, metadata={"a": "b"})
    assert created.name == "hello.txt"
    form = parse_form(route.calls.last.request)
    assert form["content"]["filename"] == "clip.wav"
    assert form["content"]["content_type"] in {"audio/x-wav", "audio/wav"}
    assert form["content"]["data"] == path.read_bytes()
    assert json.loads(form["metadata"]["data"]) == {"a": "b"}
    assert route.calls.last.request.extensions["timeout"]["read"] == DEFAULT_TIMEOUT.read


# Downloads ------------------------------------------------------------------------------

DOWNLOAD = f"{API}/files/f1/download"
SIGNED = {"owner": "acme", "expiry": 1708515345, "signature": "zuog+hq/lrc="}


@pytest.fixture
def download_route() -> Iterator[respx.Route]:
    with respx.mock() as router:
        yield router.get(DOWNLOAD).respond(
            200, content=b"0123456789" * 10, headers={"content-type": "application/zip"}
        )


def test_download_read_whole(download_route: respx.Route) -> None:
    download = _client().files.download(file_id="f1", **SIGNED)
    assert isinstance(download, FileDownload)
    assert download.content_type == "application/zip" and download.size == 100
    assert "size=100" in repr(download)
    assert download.read() == b"0123456789" * 10
    assert download.response.is_closed
    request = download_route.calls.last.request
    assert dict(request.url.params) == {
        "owner": "acme",
        "expiry": "1708515345",
        "signature": "zuog+hq/lrc=",
    }
    assert b"signature=zuog%2Bhq%2Flrc%3D" in request.url.query


def test_download_in_chunks_and_save(download_route: respx.Route, tmp_path: Path) -> None:
    client = _client()
    chunks = list(client.files.download(file_id="f1", **SIGNED).iter_bytes(chunk_size=30))
    assert [len(c) for c in chunks] == [30, 30, 30, 10]
    saved = client.files.download(file_id="f1", **SIGNED).save(tmp_path / "out.zip")
    assert saved.read_bytes() == b"0123456789" * 10
    with client.files.download(file_id="f1", **SIGNED) as download:
        pass  # never read
    assert download.response.is_closed


def test_download_errors_raise(download_route: respx.Route) -> None:
    download_route.respond(404, json=samples.problem(404, "Not found", "No such file"))
    with pytest.raises(NotFoundError, match="No such file"):
        _client().files.download(file_id="f1", **SIGNED)


async def test_async_download(download_route: respx.Route, tmp_path: Path) -> None:
    async with samples.async_client() as client:
        download = await client.files.download(file_id="f1", **SIGNED)
        assert isinstance(download, AsyncFileDownload)
        assert await download.aread() == b"0123456789" * 10
        chunks = [
            c async for c in (await client.files.download(file_id="f1", **SIGNED)).aiter_bytes(60)
        ]
        assert [len(c) for c in chunks] == [60, 40]
        again = await client.files.download(file_id="f1", **SIGNED)
        assert await again.read() == b"0123456789" * 10  # the sync spelling works too
        saved = await (await client.files.download(file_id="f1", **SIGNED)).asave(
            tmp_path / "a.zip"
        )
        async with await client.files.download(file_id="f1", **SIGNED) as unread:
            pass
    assert saved.stat().st_size == 100
    assert unread.response.is_closed


# Large files over a real socket: memory stays flat ---------------------------------------

BIG = 48 * 1024 * 1024
FLAT = 8 * 1024 * 1024  # peak Python allocations allowed while moving BIG bytes


class _BulkHandler(BaseHTTPRequestHandler):
    """Swallows uploads chunk by chunk and serves downloads of BIG zero bytes (or a truncated
    body for /short)."""

    protocol_version = "HTTP/1.1"
    received = 0

    def do_POST(self) -> None:
        remaining = int(self.headers["Content-Length"])
        while remaining:
            remaining -= len(self.rfile.read(min(remaining, 65536)))
            type(self).received = int(self.headers["Content-Length"]) - remaining
        self._reply(201, json.dumps(samples.file()).encode())

    def do_GET(self) -> None:
        short = "short" in self.path
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(BIG))
        self.end_headers()
        block = bytes(65536)
        for _ in range((1 if short else BIG) // 65536 or 1):
            self.wfile.write(block)
        if short:
            self.close_connection = True

    def _reply(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def bulk_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _BulkHandler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def big_file(tmp_path: Path) -> Path:
    path = tmp_path / "big.bin"
    with path.open("wb") as handle:
        handle.truncate(BIG)  # sparse: costs no disk
    return path


def _peak_while(action: Any) -> int:
    tracemalloc.start()
    try:
        action()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_large_upload_and_download_keep_memory_flat(
    bulk_server: str, big_file: Path, tmp_path: Path
) -> None:
    client = Replicate(bearer_token=TOKEN, base_url=bulk_server)
    peak = _peak_while(lambda: client.files.create(content=big_file))
    assert _BulkHandler.received > BIG
    assert peak < FLAT, f"upload peaked at {peak / 2**20:.1f} MiB"

    target = tmp_path / "copy.bin"
    download = client.files.download(file_id="big", owner="o", expiry=1, signature="s")
    peak = _peak_while(lambda: download.save(target))
    assert target.stat().st_size == BIG
    assert peak < FLAT, f"download peaked at {peak / 2**20:.1f} MiB"


async def test_async_large_download_keeps_memory_flat(bulk_server: str, tmp_path: Path) -> None:
    async with AsyncReplicate(bearer_token=TOKEN, base_url=bulk_server) as client:
        download = await client.files.download(file_id="big", owner="o", expiry=1, signature="s")
        tracemalloc.start()
        try:
            total = 0
            async for chunk in download.aiter_bytes():
                total += len(chunk)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert total == BIG
    assert peak < FLAT, f"download peaked at {peak / 2**20:.1f} MiB"


def test_a_download_cut_short_raises_a_connection_error(bulk_server: str) -> None:
    client = Replicate(bearer_token=TOKEN, base_url=bulk_server)
    download = client.files.download(file_id="short", owner="o", expiry=1, signature="s")
    with pytest.raises(APIConnectionError, match="/v1/files/short/download"):
        download.read()
    assert download.response.is_closed
