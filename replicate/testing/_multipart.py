"""An incremental ``multipart/form-data`` parser that never holds a whole part in memory.

Feed it the request body in chunks; it returns events as soon as it can tell them apart:
``PartStart(name, filename, content_type)``, ``PartData(bytes)``, ``PartEnd()``. Only the
last few bytes of a chunk (less than one boundary) are held back, so a 200 MB upload flows
straight through to wherever the caller writes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from email.message import Message


class MultipartError(ValueError):
    """The body is not well-formed multipart data."""


@dataclass(frozen=True, slots=True)
class PartStart:
    name: str
    filename: str | None
    content_type: str | None


@dataclass(frozen=True, slots=True)
class PartData:
    data: bytes


@dataclass(frozen=True, slots=True)
class PartEnd:
    pass


Event = PartStart | PartData | PartEnd

_MAX_HEADER_BYTES = 16 * 1024


def boundary_from(content_type: str) -> bytes:
    """The boundary parameter of a ``multipart/form-data`` Content-Type header."""
    message = Message()
    message["content-type"] = content_type
    if message.get_content_type() != "multipart/form-data":
        raise MultipartError("expected a multipart/form-data body")
    boundary = message.get_param("boundary")
    if not isinstance(boundary, str) or not boundary:
        raise MultipartError("the multipart Content-Type has no boundary")
    return boundary.encode("latin-1")


def _parse_headers(block: bytes) -> PartStart:
    message = Message()
    for line in block.decode("utf-8", "replace").split("\r\n"):
        if ":" in line:
            key, _, value = line.partition(":")
            message[key.strip()] = value.strip()
    disposition = message.get("content-disposition")
    if disposition is None:
        raise MultipartError("a part has no Content-Disposition header")
    name = message.get_param("name", header="content-disposition")
    filename = message.get_filename()
    content_type = message.get("content-type")
    if not isinstance(name, str):
        raise MultipartError("a part has no name")
    return PartStart(name, filename, content_type.strip() if content_type else None)


class MultipartParser:
    """Incremental parser: call ``feed`` per chunk, then ``close`` at the end."""

    def __init__(self, boundary: bytes) -> None:
        self._opening = b"--" + boundary
        self._delimiter = b"\r\n--" + boundary
        self._buffer = bytearray()
        self._state = "preamble"  # preamble, headers, body, after_delimiter, done

    def feed(self, chunk: bytes) -> list[Event]:
        self._buffer += chunk
        events: list[Event] = []
        while self._step(events):
            pass
        return events

    def close(self) -> None:
        if self._state != "done":
            raise MultipartError("the multipart body ended early")

    def _step(self, events: list[Event]) -> bool:
        buffer = self._buffer
        if self._state == "preamble":
            at = buffer.find(self._opening)
            if at < 0:
                # keep just enough to recognise a boundary that straddles chunks
                del buffer[: max(0, len(buffer) - len(self._opening))]
                return False
            del buffer[: at + len(self._opening)]
            self._state = "after_delimiter"
            return True
        if self._state == "after_delimiter":
            if len(buffer) < 2:
                return False
            if buffer[:2] == b"--":
                self._state = "done"
                buffer.clear()
                return False
            line_end = buffer.find(b"\r\n")
            if line_end < 0:
                return False
            del buffer[: line_end + 2]  # transport padding, then CRLF
            self._state = "headers"
            return True
        if self._state == "headers":
            end = buffer.find(b"\r\n\r\n")
            if end < 0:
                if len(buffer) > _MAX_HEADER_BYTES:
                    raise MultipartError("part headers are too large")
                return False
            events.append(_parse_headers(bytes(buffer[:end])))
            del buffer[: end + 4]
            self._state = "body"
            return True
        if self._state == "body":
            at = buffer.find(self._delimiter)
            if at < 0:
                keep = len(self._delimiter) - 1
                if len(buffer) > keep:
                    events.append(PartData(bytes(buffer[:-keep])))
                    del buffer[:-keep]
                return False
            if at:
                events.append(PartData(bytes(buffer[:at])))
            events.append(PartEnd())
            del buffer[: at + len(self._delimiter)]
            self._state = "after_delimiter"
            return True
        buffer.clear()  # epilogue after the closing delimiter is ignored
        return False
