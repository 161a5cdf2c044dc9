"""Server-sent events: an incremental decoder and readers that resume after a drop.

`SSEDecoder` turns bytes into events and is correct whatever the chunk boundaries
(inside a multi-byte UTF-8 character, between the CR and LF of a line break …).
`iter_events` / `aiter_events` read a stream URL and, when the connection drops
before the `done` event, reconnect with `Last-Event-ID` so that no event is lost;
events carrying an id already seen are skipped, so none is repeated either.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx

from . import _clock
from ._bodies import loads
from ._errors import APIConnectionError
from ._transport import forget_token

if TYPE_CHECKING:
    from ._transport import AsyncTransport, SyncTransport

_LINE_BREAK = re.compile(r"\r\n|\r|\n")

# Reading: a stream can be idle for minutes while a model boots; an idle read just
# reconnects, so this only bounds how long a silently dead connection is trusted.
STREAM_TIMEOUT = httpx.Timeout(10.0, read=120.0)
DEFAULT_RETRY_MS = 1000
MAX_RETRY_MS = 30_000
# Consecutive reconnects that bring no new event before giving up.
MAX_FRUITLESS_RECONNECTS = 5


@dataclass(frozen=True, slots=True)
class ServerSentEvent:
    """One event: `event` is its type ("output", "logs", "error", "done" …), `data` its text.

    `id` is the event's own id field, or None when it had none. `str(event)` is its data,
    so `print(event, end="")` prints a token stream as it arrives.
    """

    event: str
    data: str
    id: str | None = None
    retry: int | None = None

    def json(self) -> Any:
        return loads(self.data)

    def __str__(self) -> str:
        return self.data


class SSEDecoder:
    """Feed bytes in any pieces; get back the events completed so far."""

    def __init__(self) -> None:
        self._text = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._pending = ""  # an incomplete line
        self._after_cr = False  # the last piece ended with CR: a leading LF belongs to it
        self._started = False
        self._event = ""
        self._data: list[str] = []
        self._has_data = False
        self._id: str | None = None
        self._retry: int | None = None
        self.last_event_id: str | None = None
        self.retry: int | None = None

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        text = self._text.decode(chunk)
        if not self._started and text:
            self._started = True
            text = text.removeprefix("\ufeff")
        if self._after_cr and text:
            text = text.removeprefix("\n")
            self._after_cr = False
        if not text:
            return []
        lines = _LINE_BREAK.split(self._pending + text)
        self._pending = lines.pop()
        self._after_cr = text.endswith("\r")
        events: list[ServerSentEvent] = []
        for line in lines:
            event = self._line(line)
            if event is not None:
                events.append(event)
        return events

    def _line(self, line: str) -> ServerSentEvent | None:
        if not line:
            return self._dispatch()
        if line.startswith(":"):
            return None
        name, colon, value = line.partition(":")
        if colon and value.startswith(" "):
            value = value[1:]
        if name == "data":
            self._data.append(value)
            self._has_data = True
        elif name == "event":
            self._event = value
        elif name == "id":
            if "\0" not in value:
                self._id = value
                self.last_event_id = value
        elif name == "retry" and value.isascii() and value.isdigit():
            self._retry = int(value)
            self.retry = self._retry
        return None

    def _dispatch(self) -> ServerSentEvent | None:
        # Unlike a browser, an event that names its type but carries no data is kept:
        # a bare "event: done" still ends the stream.
        event = None
        if self._has_data or self._event:
            event = ServerSentEvent(
                event=self._event or "message",
                data="\n".join(self._data),
                id=self._id,
                retry=self._retry,
            )
        self._event = ""
        self._data = []
        self._has_data = False
        self._id = None
        self._retry = None
        return event


class _Resume:
    """Reconnection bookkeeping shared by the sync and async readers."""

    def __init__(self) -> None:
        self.last_event_id: str | None = None
        self.retry_ms = DEFAULT_RETRY_MS
        self.seen: set[str] = set()
        self.fruitless = 0
        self.progressed = False

    def headers(self) -> dict[str, str]:
        headers = {"Accept": "text/event-stream", "Cache-Control": "no-store"}
        if self.last_event_id is not None:
            headers["Last-Event-ID"] = self.last_event_id
        return headers

    def accept(self, event: ServerSentEvent) -> bool:
        """Record the event; False when it repeats one already delivered."""
        if event.retry is not None:
            self.retry_ms = min(event.retry, MAX_RETRY_MS)
        if event.id is None:
            self.progressed = True
            return True
        self.last_event_id = event.id
        if event.id in self.seen:
            return False
        self.seen.add(event.id)
        self.progressed = True
        return True

    def dropped(self, url: str, error: Exception | None) -> float:
        """Seconds to wait before reconnecting; raises when reconnecting keeps failing."""
        if self.progressed:
            self.fruitless = 0
        self.progressed = False
        self.fruitless += 1
        if self.fruitless > MAX_FRUITLESS_RECONNECTS:
            detail = f": {error}" if error else ""
            where = httpx.URL(url).path
            forget_token(error)
            raise APIConnectionError(
                f"The event stream at {where} kept dropping before it finished{detail}"
            ) from error
        return self.retry_ms / 1000 * (1 if self.fruitless == 1 else 2 ** (self.fruitless - 1))


# Idle timeouts are not failures: the stream is simply reopened.
_DROPS = (httpx.ReadError, httpx.RemoteProtocolError, httpx.ReadTimeout)


def iter_events(transport: SyncTransport, url: str) -> Iterator[ServerSentEvent]:
    """Events from a stream URL until (and including) `done`, resuming after drops."""
    resume = _Resume()
    while True:
        error: Exception | None = None
        try:
            response = transport.request(
                "GET", url, headers=resume.headers(), stream=True, timeout=STREAM_TIMEOUT
            )
        except APIConnectionError as failure:
            error = failure
        else:
            decoder = SSEDecoder()
            try:
                for chunk in response.iter_bytes():
                    for event in decoder.feed(chunk):
                        if resume.accept(event):
                            yield event
                            if event.event == "done":
                                return
            except _DROPS as failure:
                error = failure
                if isinstance(failure, httpx.ReadTimeout):
                    resume.progressed = True
            finally:
                response.close()
        _clock.sleep(resume.dropped(url, error))


async def aiter_events(transport: AsyncTransport, url: str) -> AsyncIterator[ServerSentEvent]:
    """The async twin of `iter_events`."""
    resume = _Resume()
    while True:
        error: Exception | None = None
        try:
            response = await transport.request(
                "GET", url, headers=resume.headers(), stream=True, timeout=STREAM_TIMEOUT
            )
        except APIConnectionError as failure:
            error = failure
        else:
            decoder = SSEDecoder()
            try:
                async for chunk in response.aiter_bytes():
                    for event in decoder.feed(chunk):
                        if resume.accept(event):
                            yield event
                            if event.event == "done":
                                return
            except _DROPS as failure:
                error = failure
                if isinstance(failure, httpx.ReadTimeout):
                    resume.progressed = True
            finally:
                await response.aclose()
        await _clock.async_sleep(resume.dropped(url, error))
