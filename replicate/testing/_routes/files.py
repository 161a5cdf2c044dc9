"""Files: multipart upload (streamed), list, get, delete, and signed downloads."""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator
from typing import Any

from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

from .._filestore import Blob, StoredFile
from .._http import ProblemError, json_response, origin_of, page
from .._multipart import (
    MultipartError,
    MultipartParser,
    PartData,
    PartEnd,
    PartStart,
    boundary_from,
)
from .._state import ServerState
from ._common import path_param, state_of

_TEXT_FIELD_LIMIT = 64 * 1024


class _Upload:
    """Collects one multipart upload: the ``content`` part into a blob, the rest as text."""

    def __init__(self, limit: int | None) -> None:
        self.blob: Blob | None = None
        self.part_filename: str | None = None
        self.part_type: str | None = None
        self.fields: dict[str, str] = {}
        self._limit = limit
        self._current: str | None = None
        self._text = bytearray()

    def handle(self, event: PartStart | PartData | PartEnd) -> None:
        if isinstance(event, PartStart):
            self._current = event.name
            if event.name == "content":
                self.blob = Blob()
                self.part_filename = event.filename
                self.part_type = event.content_type
            self._text = bytearray()
        elif isinstance(event, PartData):
            if self._current == "content" and self.blob is not None:
                self.blob.write(event.data)
                if self._limit is not None and self.blob.size > self._limit:
                    raise ProblemError(413, f"Files must be less than {self._limit} bytes in size")
            else:
                self._text += event.data
                if len(self._text) > _TEXT_FIELD_LIMIT:
                    raise ProblemError(413, f"The {self._current} field is too large")
        else:
            if self._current is not None and self._current != "content":
                self.fields[self._current] = self._text.decode("utf-8", "replace")
            self._current = None

    def metadata(self) -> dict[str, Any]:
        if "metadata" in self.fields:
            try:
                value = json.loads(self.fields["metadata"] or "{}")
            except ValueError:
                raise ProblemError(422, "metadata must be valid JSON") from None
            if not isinstance(value, dict):
                raise ProblemError(422, "metadata must be a JSON object")
            return value
        # Some clients flatten objects into ``metadata[key]`` form fields.
        flattened: dict[str, Any] = {}
        for key, value in self.fields.items():
            if key.startswith("metadata[") and key.endswith("]"):
                try:
                    flattened[key[9:-1]] = json.loads(value)
                except ValueError:
                    flattened[key[9:-1]] = value
        return flattened


async def create(request: Request) -> Response:
    state = state_of(request)
    try:
        parser = MultipartParser(boundary_from(request.headers.get("content-type", "")))
    except MultipartError as error:
        raise ProblemError(400, str(error)) from None
    upload = _Upload(state.max_upload_size)
    try:
        async for chunk in request.stream():
            for event in parser.feed(chunk):
                upload.handle(event)
        parser.close()
    except MultipartError as error:
        if upload.blob is not None:
            upload.blob.close()
        raise ProblemError(400, f"Malformed multipart body: {error}") from None
    except ProblemError:
        if upload.blob is not None:
            upload.blob.close()
        raise
    if upload.blob is None:
        raise ProblemError(422, "content is required")
    upload.blob.finish()
    name = upload.fields.get("filename") or upload.part_filename or "file"
    if len(name.encode("utf-8")) > 255:
        upload.blob.close()
        raise ProblemError(422, "filename must be at most 255 bytes")
    content_type = upload.fields.get("type") or upload.part_type or "application/octet-stream"
    try:
        metadata = upload.metadata()
    except ProblemError:
        upload.blob.close()
        raise
    stored = state.files.add(name, content_type, metadata, upload.blob)
    return json_response(state.files.to_json(origin_of(request), stored), 201)


def _file_or_404(state: ServerState, request: Request) -> StoredFile:
    file_id = path_param(request, "file_id")
    stored = state.files.files.get(file_id)
    if stored is None:
        raise ProblemError(404, "File not found")
    return stored


async def list_all(request: Request) -> Response:
    state = state_of(request)
    stored = list(reversed(state.files.files.values()))
    chunk, links = page(request, stored, state.page_size)
    origin = origin_of(request)
    return json_response({**links, "results": [state.files.to_json(origin, f) for f in chunk]})


async def get(request: Request) -> Response:
    state = state_of(request)
    return json_response(state.files.to_json(origin_of(request), _file_or_404(state, request)))


async def delete(request: Request) -> Response:
    state = state_of(request)
    if not state.files.remove(path_param(request, "file_id")):
        raise ProblemError(404, "File not found")
    return Response(status_code=204)


async def _chunks(blob: Blob) -> AsyncIterator[bytes]:
    for piece in blob.chunks():
        yield piece


async def download(request: Request) -> Response:
    state = state_of(request)
    stored = _file_or_404(state, request)
    query = request.query_params
    owner, signature = query.get("owner"), query.get("signature")
    try:
        expiry = int(query.get("expiry", ""))
    except ValueError:
        raise ProblemError(400, "expiry must be a Unix timestamp") from None
    if not owner or not signature:
        raise ProblemError(400, "owner, expiry and signature are required")
    if not state.files.signature_ok(owner, stored.id, expiry, signature):
        raise ProblemError(403, "The download signature is not valid")
    if expiry < time.time():
        raise ProblemError(403, "The download URL has expired")
    filename = stored.name.encode("ascii", "replace").decode().replace('"', "")
    headers = {
        "content-length": str(stored.blob.size),
        "content-disposition": f'attachment; filename="{filename}"',
    }
    # Like the real endpoint, bytes come as application/octet-stream whatever was uploaded.
    return StreamingResponse(
        _chunks(stored.blob), media_type="application/octet-stream", headers=headers
    )


ROUTES = [
    Route("/v1/files", create, methods=["POST"]),
    Route("/v1/files", list_all, methods=["GET"]),
    Route("/v1/files/{file_id}", get, methods=["GET"]),
    Route("/v1/files/{file_id}", delete, methods=["DELETE"]),
    Route("/v1/files/{file_id}/download", download, methods=["GET"]),
]
