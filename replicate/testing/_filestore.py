"""Uploaded files: streamed to memory or disk, checksummed, and served by signed URL."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, Any
from urllib.parse import quote

from ._ids import iso, new_id

SPILL_THRESHOLD = 1 << 20  # keep small files in memory, spill bigger ones to disk
FILE_LIFETIME = 24 * 3600.0


class Blob:
    """Bytes written once, in pieces: in memory until ``spill_at``, then in a temp file.

    Reads use ``os.pread`` on the spilled file, so concurrent downloads never share a file
    position, and memory stays flat however large the upload.
    """

    def __init__(self, spill_at: int = SPILL_THRESHOLD) -> None:
        self._spill_at = spill_at
        self._memory = bytearray()
        self._file: IO[bytes] | None = None
        self.size = 0
        self._sha256 = hashlib.sha256()
        self._md5 = hashlib.md5(usedforsecurity=False)

    def write(self, data: bytes) -> None:
        if not data:
            return
        self._sha256.update(data)
        self._md5.update(data)
        self.size += len(data)
        if self._file is None and len(self._memory) + len(data) > self._spill_at:
            self._file = tempfile.TemporaryFile(prefix="replicate-testing-")  # noqa: SIM115
            self._file.write(self._memory)
            self._memory = bytearray()
        if self._file is not None:
            self._file.write(data)
        else:
            self._memory += data

    def finish(self) -> None:
        if self._file is not None:
            self._file.flush()

    @property
    def sha256(self) -> str:
        return self._sha256.hexdigest()

    @property
    def md5(self) -> str:
        return self._md5.hexdigest()

    def chunks(self, chunk_size: int = 256 * 1024) -> Iterator[bytes]:
        if self._file is None:
            view = bytes(self._memory)
            for start in range(0, len(view), chunk_size):
                yield view[start : start + chunk_size]
            return
        descriptor = self._file.fileno()
        offset = 0
        while offset < self.size:
            piece = os.pread(descriptor, min(chunk_size, self.size - offset), offset)
            if not piece:
                return
            offset += len(piece)
            yield piece

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
        self._memory = bytearray()


@dataclass(eq=False)
class StoredFile:
    id: str
    name: str
    content_type: str
    metadata: Any
    blob: Blob
    created: float = field(default_factory=time.time)

    @property
    def expires(self) -> float:
        return self.created + FILE_LIFETIME


class FileStore:
    """Files by id, with HMAC-signed, expiring download URLs."""

    def __init__(self, owner: str) -> None:
        self.owner = owner
        self.files: dict[str, StoredFile] = {}
        self._key = os.urandom(32)

    def add(self, name: str, content_type: str, metadata: Any, blob: Blob) -> StoredFile:
        stored = StoredFile(new_id(), name, content_type, metadata, blob)
        self.files[stored.id] = stored
        return stored

    def remove(self, file_id: str) -> bool:
        stored = self.files.pop(file_id, None)
        if stored is None:
            return False
        stored.blob.close()
        return True

    def clear(self) -> None:
        for stored in self.files.values():
            stored.blob.close()
        self.files.clear()

    def signature(self, owner: str, file_id: str, expiry: int) -> str:
        message = f"{owner} {file_id} {expiry}".encode()
        return base64.b64encode(hmac.new(self._key, message, hashlib.sha256).digest()).decode()

    def signature_ok(self, owner: str, file_id: str, expiry: int, signature: str) -> bool:
        # Compared as bytes: compare_digest refuses non-ASCII str, and any text may arrive.
        given = signature.encode("utf-8", "surrogatepass")
        return hmac.compare_digest(self.signature(owner, file_id, expiry).encode(), given)

    def download_url(self, origin: str, stored: StoredFile) -> str:
        expiry = int(stored.expires)
        signature = quote(self.signature(self.owner, stored.id, expiry), safe="")
        return (
            f"{origin}/v1/files/{stored.id}/download"
            f"?owner={self.owner}&expiry={expiry}&signature={signature}"
        )

    def to_json(self, origin: str, stored: StoredFile) -> dict[str, Any]:
        return {
            "id": stored.id,
            "name": stored.name,
            "content_type": stored.content_type,
            "size": stored.blob.size,
            "etag": stored.blob.md5,
            "checksums": {"sha256": stored.blob.sha256, "md5": stored.blob.md5},
            "metadata": stored.metadata,
            "created_at": iso(stored.created),
            "expires_at": iso(stored.expires),
            "urls": {
                "get": f"{origin}/v1/files/{stored.id}",
                "download": self.download_url(origin, stored),
            },
        }
