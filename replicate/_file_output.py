"""Files out of a prediction: URLs and `data:` URIs in a model's output.

They become `FileOutput` objects that read, iterate or save the file, sync or async,
downloaded through `_download` (the token goes only to the API's own paths that serve
files, decided again at every redirect hop: a CDN, or another path of the API given as an
output URL, never sees it). `save(directory)` writes a safe base name of the URL, never
outside the directory. Nothing is downloaded until asked.
"""

from __future__ import annotations

import base64
import mimetypes
import os
import re
import shutil
import weakref
from collections.abc import AsyncIterator, Iterator
from pathlib import Path, PurePath
from typing import Any, ClassVar
from urllib.parse import unquote, unquote_to_bytes, urlsplit

import httpx

from ._download import DOWNLOAD_CHUNK as CHUNK_SIZE
from ._download import aopen_url, open_url
from ._transport import AsyncTransport, SyncTransport, transport_of

__all__ = ["FileOutput", "is_file_url", "to_file_outputs"]

Transport = SyncTransport | AsyncTransport

_URL = re.compile(r"https?://[^\s/]+/\S*", re.ASCII)


def is_file_url(value: str) -> bool:
    """Whether an output string is a file: a `data:` URI or a whole http(s) URL."""
    return value.startswith("data:") or (
        value.startswith(("https://", "http://")) and _URL.fullmatch(value) is not None
    )


def to_file_outputs(value: Any, transport: Transport | None) -> Any:
    """`value` with every file URL replaced by a FileOutput (containers copied only if needed)."""
    if isinstance(value, str):
        return FileOutput(value, transport) if is_file_url(value) else value
    if isinstance(value, list):
        converted = [to_file_outputs(item, transport) for item in value]
        return (
            converted if any(a is not b for a, b in zip(converted, value, strict=True)) else value
        )
    if isinstance(value, dict):
        changed = {key: to_file_outputs(item, transport) for key, item in value.items()}
        same = all(changed[key] is item for key, item in value.items())
        return value if same else changed
    return value


class FileOutput:
    """A file a model produced, at `url` (an http(s) URL or a `data:` URI).

    Sync: `read()`, `for chunk in output`, `save(path)`.
    Async: `await aread()`, `async for chunk in output`, `await asave(path)`.
    `str(output)` is the URL. Nothing is downloaded until asked; used as a path
    (`open(output)`, `os.fspath(output)`) it is fetched once, to a temporary folder
    that is deleted when this object is garbage-collected or the interpreter exits:
    keep the FileOutput while you use the path (or `save()` a copy of your own).
    `client` (a client or its transport) decides where the token may go and lends its
    connection pool.
    """

    __slots__ = ("__weakref__", "_path", "_transport", "url")

    # False: refuse downloads from loopback, private and other non-public addresses (for
    # those who run untrusted models); see replicate/_addresses.py.
    allow_private_addresses: ClassVar[bool] = True

    def __init__(self, url: str, client: object = None) -> None:
        self.url = url
        self._transport = None if client is None else transport_of(client)
        self._path: str | None = None

    def __fspath__(self) -> str:
        """The path of a local copy, downloaded on first use (blocking, even with an
        async client) and reused after that."""
        if self._path is None:
            import tempfile

            name = PurePath(self.name).name  # never a path out of the folder
            folder = Path(tempfile.mkdtemp(prefix="replicate-"))
            # registered before the download, so a failed one leaves nothing either;
            # finalize also runs at interpreter exit
            cleanup = weakref.finalize(self, shutil.rmtree, folder, ignore_errors=True)
            try:
                target = self.save(folder / (name if name not in ("", "..") else "output"))
            except BaseException:
                cleanup()
                raise
            self._path = str(target)
        return self._path

    @property
    def name(self) -> str:
        """A file name for the output: the URL's last path segment, or "output.<ext>"."""
        if self.url.startswith("data:"):
            media_type = _parse_data_uri(self.url)[0]
            return "output" + (mimetypes.guess_extension(media_type) or "")
        return safe_name(unquote(urlsplit(self.url).path.rsplit("/", 1)[-1]))

    def __str__(self) -> str:
        return self.url

    def __repr__(self) -> str:
        shown = self.url if len(self.url) <= 80 else self.url[:77] + "..."
        return f"FileOutput({shown!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, FileOutput):
            return self.url == other.url
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.url)

    # Sync ---------------------------------------------------------------------------

    def read(self) -> bytes:
        """The whole file."""
        if self.url.startswith("data:"):
            return _parse_data_uri(self.url)[1]
        return b"".join(self)

    def __iter__(self) -> Iterator[bytes]:
        """The file in chunks, never held whole."""
        if self.url.startswith("data:"):
            yield from _chunks(_parse_data_uri(self.url)[1])
            return
        transport, guard = self._transport, not self.allow_private_addresses
        if isinstance(transport, SyncTransport):
            http = transport.http
            yield from open_url(transport, http, self.url, public_only=guard).iter_bytes(CHUNK_SIZE)
            return
        with httpx.Client(timeout=_timeout(transport)) as http:
            yield from open_url(transport, http, self.url, public_only=guard).iter_bytes(CHUNK_SIZE)

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write the file to `path` (or into it, when it is a directory); returns the path."""
        target = self._target(path)
        with target.open("wb") as out:
            for chunk in self:
                out.write(chunk)
        return target

    # Async --------------------------------------------------------------------------

    async def aread(self) -> bytes:
        if self.url.startswith("data:"):
            return _parse_data_uri(self.url)[1]
        return b"".join([chunk async for chunk in self])

    async def __aiter__(self) -> AsyncIterator[bytes]:
        if self.url.startswith("data:"):
            for chunk in _chunks(_parse_data_uri(self.url)[1]):
                yield chunk
            return
        transport, guard = self._transport, not self.allow_private_addresses
        if isinstance(transport, AsyncTransport):
            download = await aopen_url(transport, transport.http, self.url, public_only=guard)
            async for chunk in download.aiter_bytes(CHUNK_SIZE):
                yield chunk
            return
        async with httpx.AsyncClient(timeout=_timeout(transport)) as http:
            download = await aopen_url(transport, http, self.url, public_only=guard)
            async for chunk in download.aiter_bytes(CHUNK_SIZE):
                yield chunk

    async def asave(self, path: str | os.PathLike[str]) -> Path:
        target = self._target(path)
        with target.open("wb") as out:
            async for chunk in self:
                out.write(chunk)
        return target

    def _target(self, path: str | os.PathLike[str]) -> Path:
        target = Path(path)
        return target / self.name if target.is_dir() else target


def safe_name(name: str) -> str:
    """A file name that stays where it is put: the last part of `name` after any slash or
    backslash (a decoded "..%2F..%2Fx" or "%2Ftmp%2Fx"), without control characters;
    "output" when nothing usable is left ("", ".", "..")."""
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(char for char in name if char.isprintable()).strip()
    return "output" if name in ("", ".", "..") else name[:255]


def _chunks(data: bytes) -> Iterator[bytes]:
    view = memoryview(data)
    for start in range(0, len(data), CHUNK_SIZE):
        yield bytes(view[start : start + CHUNK_SIZE])


def _parse_data_uri(uri: str) -> tuple[str, bytes]:
    """(media type, content) of a `data:` URI."""
    header, comma, payload = uri[5:].partition(",")
    if not comma:
        raise ValueError("malformed data: URI (no comma)")
    params = header.split(";")
    media_type = params[0] or "text/plain"
    if params[-1] == "base64":
        return media_type, base64.b64decode(unquote(payload))
    return media_type, unquote_to_bytes(payload)


def _timeout(transport: Transport | None) -> httpx.Timeout:
    return httpx.Timeout(60.0) if transport is None else transport.timeout
