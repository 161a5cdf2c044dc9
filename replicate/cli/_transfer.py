"""Byte streams that report their progress, and saving downloads to unclobbered paths."""

from __future__ import annotations

import io
import mimetypes
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO
from urllib.parse import unquote, urlsplit

CHUNK_SIZE = 64 * 1024


class ProgressReader(io.RawIOBase):
    """A readable binary file that calls `advance(n)` for every n bytes read from it."""

    def __init__(self, source: BinaryIO, advance: Callable[[int], None]) -> None:
        super().__init__()
        self._source = source
        self._advance = advance
        self.name = getattr(source, "name", "upload")

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return self._source.seekable()

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        return self._source.seek(offset, whence)

    def tell(self) -> int:
        return self._source.tell()

    def read(self, size: int | None = -1) -> bytes:
        data = self._source.read(-1 if size is None else size)
        self._advance(len(data))
        return data

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def write_chunks(
    chunks: Iterable[bytes], path: Path, advance: Callable[[int], None] = lambda _n: None
) -> int:
    """Write a stream of chunks to `path` (removing it again on failure); returns the size."""
    written = 0
    try:
        with path.open("wb") as handle:
            for chunk in chunks:
                handle.write(chunk)
                written += len(chunk)
                advance(len(chunk))
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return written


def name_for_url(url: str, fallback: str = "output") -> str:
    """A file name for what lives at `url`: its last path segment, or one from a data: type."""
    if url.startswith("data:"):
        media_type = url[5:].split(";", 1)[0].split(",", 1)[0]
        return fallback + (mimetypes.guess_extension(media_type) or "")
    return safe_name(unquote(urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]), fallback)


def safe_name(name: str, fallback: str = "output") -> str:
    """`name` made safe to join to a directory: no separators, no leading dots."""
    name = name.replace("/", "_").replace("\\", "_").replace("\0", "").lstrip(". ").strip()
    return name or fallback


def unclobbered(directory: Path, name: str) -> Path:
    """`directory/name`, or `name-1`, `name-2` … when that exists already."""
    candidate = directory / name
    stem, suffix = candidate.stem, candidate.suffix
    number = 1
    while candidate.exists():
        candidate = directory / f"{stem}-{number}{suffix}"
        number += 1
    return candidate
