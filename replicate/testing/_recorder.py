"""Record HTTP exchanges into a readable JSON cassette, and replay a cassette as a server.

Recording happens in the client: ``RecordingTransport`` (and ``AsyncRecordingTransport``)
wrap the httpx transport of the client under test, so every request it sends, to the API
and to file hosts alike, is recorded with its response. Bodies are kept as JSON, text or
base64; only a few harmless headers are kept; the API token (taken from the
``Authorization`` header) and anything shaped like a token or a webhook signing secret are
replaced before anything is written.

``ReplayServer`` serves a cassette on 127.0.0.1. A request matches an exchange by method,
path (with query) and body (JSON compared as data, multipart boundaries ignored); repeats
of one request (polling) get the recorded answers in order, then the last one again. URLs
of the recorded API and file hosts inside responses are rewritten to the replay server, so
a replayed run never leaves the machine. A request without a recorded answer gets a 404
problem naming it, and is listed in ``unmatched``.
"""

from __future__ import annotations

import base64
import json
import re
from collections import deque
from collections.abc import AsyncIterator, Callable, Collection, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

import httpx

__all__ = [
    "AsyncRecordingTransport",
    "Cassette",
    "CassetteSession",
    "Exchange",
    "RecordingTransport",
    "ReplayServer",
]

FORMAT = "replicate.testing/cassette@1"
# Headers worth keeping; everything else (cookies, auth, tracing, dates) is dropped.
_REQUEST_HEADERS = ("content-type", "prefer", "cancel-after", "accept")
_RESPONSE_HEADERS = (
    "content-type",
    "content-encoding",
    "content-disposition",
    "location",
    "preference-applied",
    "retry-after",
)
_SECRET_SHAPES = (
    (re.compile(r"\br8_[A-Za-z0-9]{8,}"), "r8_REDACTED"),
    # A syntactically valid, obviously fake signing secret, so replayed clients still parse it.
    (re.compile(r"\bwhsec_[A-Za-z0-9+/=]{8,}"), "whsec_" + "A" * 32),
)
_HOSTS_PREFIX = "/_hosts/"


def _scrub(text: str, secrets: set[str]) -> str:
    for secret in sorted(secrets, key=len, reverse=True):
        text = text.replace(secret, "REDACTED")
    for shape, replacement in _SECRET_SHAPES:
        text = shape.sub(replacement, text)
    return text


def _media_type(headers: dict[str, str]) -> str:
    return headers.get("content-type", "").split(";")[0].strip().lower()


def _encode_body(body: bytes, headers: dict[str, str], secrets: set[str]) -> dict[str, Any]:
    """A body as ``{"json": ...}``, ``{"text": ...}`` or ``{"base64": ...}`` (empty: ``{}``)."""
    if not body:
        return {}
    if "content-encoding" not in headers:
        try:
            text = _scrub(body.decode("utf-8"), secrets)
        except UnicodeDecodeError:
            pass
        else:
            media = _media_type(headers)
            if media == "application/json" or media.endswith("+json"):
                try:
                    return {"json": json.loads(text)}
                except ValueError:
                    pass
            return {"text": text}
    return {"base64": base64.b64encode(body).decode("ascii")}


def _decode_body(data: dict[str, Any]) -> bytes:
    if "json" in data:
        return json.dumps(data["json"], ensure_ascii=False).encode("utf-8")
    if "text" in data:
        return str(data["text"]).encode("utf-8")
    if "base64" in data:
        return base64.b64decode(data["base64"])
    return b""


def _kept(headers: httpx.Headers | dict[str, str], names: tuple[str, ...]) -> dict[str, str]:
    lowered = {key.lower(): value for key, value in headers.items()}
    return {name: lowered[name] for name in names if name in lowered}


@dataclass
class Exchange:
    """One recorded request and its response (bodies as bytes)."""

    method: str
    url: str
    status: int
    request_headers: dict[str, str] = field(default_factory=dict)
    request_body: bytes = b""
    response_headers: dict[str, str] = field(default_factory=dict)
    response_body: bytes = b""

    def to_json(self, secrets: Collection[str] = ()) -> dict[str, Any]:
        """JSON data for the cassette file, with ``secrets`` and token shapes replaced."""
        hidden = set(secrets)
        return {
            "request": {
                "method": self.method,
                "url": _scrub(self.url, hidden),
                "headers": {k: _scrub(v, hidden) for k, v in self.request_headers.items()},
                **_encode_body(self.request_body, self.request_headers, hidden),
            },
            "response": {
                "status": self.status,
                "headers": {k: _scrub(v, hidden) for k, v in self.response_headers.items()},
                **_encode_body(self.response_body, self.response_headers, hidden),
            },
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Exchange:
        request, response = data["request"], data["response"]
        return cls(
            method=str(request["method"]).upper(),
            url=str(request["url"]),
            status=int(response["status"]),
            request_headers=dict(request.get("headers", {})),
            request_body=_decode_body(request),
            response_headers=dict(response.get("headers", {})),
            response_body=_decode_body(response),
        )


class Cassette:
    """Recorded exchanges, in the order their responses arrived.

    ``base_url`` is the API the session talked to (``https://api.replicate.com/v1``); its
    origin is what replay serves at the root, every other host under ``/_hosts/<host>``.
    """

    def __init__(self, exchanges: list[Exchange] | None = None, *, base_url: str = "") -> None:
        self.exchanges: list[Exchange] = list(exchanges or [])
        self.base_url = base_url or (_origin(self.exchanges[0].url) if self.exchanges else "")
        self._secrets: set[str] = set()

    @classmethod
    def load(cls, path: str | Path) -> Cassette:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError(f"{path} is not a replicate.testing cassette (format {FORMAT!r})")
        exchanges = [Exchange.from_json(item) for item in data["interactions"]]
        return cls(exchanges, base_url=str(data.get("base_url", "")))

    def to_json(self) -> dict[str, Any]:
        """The cassette as JSON data, with every secret seen while recording replaced."""
        return {
            "format": FORMAT,
            "base_url": _scrub(self.base_url, self._secrets),
            "interactions": [exchange.to_json(self._secrets) for exchange in self.exchanges],
        }

    def save(self, path: str | Path) -> None:
        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(self.to_json(), indent=2, ensure_ascii=False)
        target.write_text(text + "\n", encoding="utf-8")

    # -- recording ------------------------------------------------------------------------

    def _begin(self, request: httpx.Request, response: httpx.Response) -> Callable[[bytes], None]:
        """Note a request whose response head just arrived; returns where its body goes."""
        authorization = request.headers.get("authorization", "")
        _, _, credential = authorization.partition(" ")
        if credential.strip():
            self._secrets.add(credential.strip())
        elif authorization:
            self._secrets.add(authorization)
        exchange = Exchange(
            method=request.method,
            url=str(request.url),
            status=response.status_code,
            request_headers=_kept(request.headers, _REQUEST_HEADERS),
            request_body=request.content,
            response_headers=_kept(response.headers, _RESPONSE_HEADERS),
        )
        self.exchanges.append(exchange)

        def finish(body: bytes) -> None:
            exchange.response_body = body

        return finish


def _prepare(request: httpx.Request) -> None:
    # Ask for plain bodies so the cassette stays readable; a server may still compress.
    request.headers["accept-encoding"] = "identity"


class _SyncTee(httpx.SyncByteStream):
    def __init__(self, inner: httpx.SyncByteStream, finish: Callable[[bytes], None]) -> None:
        self._inner, self._finish, self._chunks = inner, finish, list[bytes]()

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._inner:
            self._chunks.append(chunk)
            yield chunk

    def close(self) -> None:
        try:
            self._inner.close()
        finally:
            self._finish(b"".join(self._chunks))


class _AsyncTee(httpx.AsyncByteStream):
    def __init__(self, inner: httpx.AsyncByteStream, finish: Callable[[bytes], None]) -> None:
        self._inner, self._finish, self._chunks = inner, finish, list[bytes]()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._inner:
            self._chunks.append(chunk)
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._inner.aclose()
        finally:
            self._finish(b"".join(self._chunks))


class RecordingTransport(httpx.BaseTransport):
    """An httpx transport that records every exchange into ``cassette``.

    >>> cassette = Cassette(base_url="https://api.replicate.com/v1")
    >>> http = httpx.Client(transport=RecordingTransport(cassette))
    >>> client = Replicate(http_client=http)   # ... use it, then cassette.save(path)

    Request bodies are read into memory; response bodies stream through unchanged.
    """

    def __init__(self, cassette: Cassette, inner: httpx.BaseTransport | None = None) -> None:
        self.cassette = cassette
        self.inner = inner or httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        _prepare(request)
        request.read()
        response = self.inner.handle_request(request)
        assert isinstance(response.stream, httpx.SyncByteStream)
        finish = self.cassette._begin(request, response)
        return httpx.Response(
            response.status_code,
            headers=response.headers,
            stream=_SyncTee(response.stream, finish),
            extensions=response.extensions,
        )

    def close(self) -> None:
        self.inner.close()


class AsyncRecordingTransport(httpx.AsyncBaseTransport):
    """``RecordingTransport`` for ``httpx.AsyncClient``."""

    def __init__(self, cassette: Cassette, inner: httpx.AsyncBaseTransport | None = None) -> None:
        self.cassette = cassette
        self.inner = inner or httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        _prepare(request)
        await request.aread()
        response = await self.inner.handle_async_request(request)
        assert isinstance(response.stream, httpx.AsyncByteStream)
        finish = self.cassette._begin(request, response)
        return httpx.Response(
            response.status_code,
            headers=response.headers,
            stream=_AsyncTee(response.stream, finish),
            extensions=response.extensions,
        )

    async def aclose(self) -> None:
        await self.inner.aclose()


# -- replay ---------------------------------------------------------------------------------


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _body_key(body: bytes, content_type: str) -> str:
    """A body as compared for matching: JSON as canonical data, multipart without boundary."""
    text = body.decode("utf-8", "surrogateescape")
    media = content_type.split(";")[0].strip().lower()
    if media.startswith("multipart/") and "boundary=" in content_type:
        boundary = content_type.split("boundary=")[1].split(";")[0].strip('"')
        return text.replace(boundary, "BOUNDARY")
    try:
        return json.dumps(json.loads(text), sort_keys=True)
    except ValueError:
        return text


class _ReplayApp:
    """The ASGI app behind ``ReplayServer``."""

    def __init__(self, cassette: Cassette) -> None:
        self.cassette = cassette
        self.origin = ""  # set once the server knows its port
        self.unmatched: list[str] = []
        api = _origin(cassette.base_url) if cassette.base_url else ""
        others = {_origin(e.url) for e in cassette.exchanges} - {api}
        # Recorded origin -> its path prefix on the replay server, longest first.
        self._prefixes = sorted(
            [(api, "")] + [(o, _HOSTS_PREFIX + urlsplit(o).netloc) for o in others if o],
            key=lambda pair: -len(pair[0]),
        )
        self._queues: dict[tuple[str, str, str], deque[Exchange]] = {}
        for exchange in cassette.exchanges:
            key = self._recorded_key(exchange)
            self._queues.setdefault(key, deque()).append(exchange)

    def _target(self, url: str) -> str:
        parts = urlsplit(url)
        prefix = dict(self._prefixes).get(_origin(url), _HOSTS_PREFIX + parts.netloc)
        return prefix + (parts.path or "/") + (f"?{parts.query}" if parts.query else "")

    def _recorded_key(self, exchange: Exchange) -> tuple[str, str, str]:
        content_type = exchange.request_headers.get("content-type", "")
        body = _body_key(exchange.request_body, content_type)
        return exchange.method, self._target(exchange.url), body

    def _to_replay(self, text: str) -> str:
        for recorded, prefix in self._prefixes:
            if recorded:
                text = text.replace(recorded, self.origin + prefix)
        return text

    def _to_recorded(self, text: str) -> str:
        for recorded, prefix in sorted(self._prefixes, key=lambda pair: -len(pair[1])):
            if recorded:
                text = text.replace(self.origin + prefix, recorded)
        return text

    def _answer(self, key: tuple[str, str, str]) -> Exchange | None:
        queue = self._queues.get(key)
        if not queue:
            return None
        return queue.popleft() if len(queue) > 1 else queue[0]

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        chunks = []
        while True:
            message = await receive()
            chunks.append(message.get("body", b""))
            if not message.get("more_body"):
                break
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        body = self._to_recorded(b"".join(chunks).decode("utf-8", "surrogateescape"))
        query = scope.get("query_string", b"").decode("latin-1")
        target = scope.get("raw_path", scope["path"].encode()).decode("latin-1")
        target += f"?{query}" if query else ""
        content_type = headers.get("content-type", "")
        key = (
            scope["method"],
            target,
            _body_key(body.encode("utf-8", "surrogateescape"), content_type),
        )
        exchange = self._answer(key)
        if exchange is None:
            self.unmatched.append(f"{scope['method']} {target}")
            detail = (
                f"No recorded exchange matches {scope['method']} {target} with this body; "
                "record the session again to add it"
            )
            payload = json.dumps({"title": "Not recorded", "detail": detail, "status": 404})
            await self._send(
                send, 404, {"content-type": "application/problem+json"}, payload.encode()
            )
            return
        response_headers = dict(exchange.response_headers)
        content = exchange.response_body
        media = _media_type(response_headers)
        textual = media.startswith("text/") or media.endswith("json")
        if textual and "content-encoding" not in response_headers:
            text = content.decode("utf-8", "surrogateescape")
            content = self._to_replay(text).encode("utf-8", "surrogateescape")
        if "location" in response_headers:
            response_headers["location"] = self._to_replay(response_headers["location"])
        await self._send(send, exchange.status, response_headers, content)

    @staticmethod
    async def _send(send: Any, status: int, headers: dict[str, str], content: bytes) -> None:
        raw = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()]
        raw.append((b"content-length", str(len(content)).encode()))
        await send({"type": "http.response.start", "status": status, "headers": raw})
        await send({"type": "http.response.body", "body": content})


class ReplayServer:
    """Serve a cassette on 127.0.0.1 (``tls=True``: over https, trust ``ca_bundle``).

    >>> with ReplayServer(Cassette.load("session.json")) as replay:
    ...     client = Replicate(bearer_token="r8_any", base_url=replay.base_url)
    """

    def __init__(self, cassette: Cassette, *, host: str = "127.0.0.1", tls: bool = False) -> None:
        from ._loopback import Loopback

        self.cassette = cassette
        self._app = _ReplayApp(cassette)
        self._loopback = Loopback(self._app, host=host, port=0, tls=tls)

    def start(self) -> ReplayServer:
        self._loopback.start()
        self._app.origin = self._loopback.origin
        return self

    def stop(self) -> None:
        self._loopback.stop()

    def __enter__(self) -> ReplayServer:
        return self.start()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def origin(self) -> str:
        return self._loopback.origin

    @property
    def base_url(self) -> str:
        """The replayed API's base URL (the recorded one's path on this server)."""
        return self.origin + urlsplit(self.cassette.base_url).path.rstrip("/")

    @property
    def ca_bundle(self) -> str | None:
        return self._loopback.ca_bundle

    @property
    def unmatched(self) -> list[str]:
        """``"METHOD /path?query"`` of every request that had no recorded answer."""
        return self._app.unmatched


class CassetteSession:
    """What one test talks to: the real API while recording, a ``ReplayServer`` otherwise.

    Recording (``record=True``) needs the real ``token`` and ``base_url``; clients made here
    then record through ``RecordingTransport`` and ``close()`` writes ``path``. Replaying
    serves ``path`` and hands out clients pointed at it, with a placeholder token.
    """

    def __init__(
        self, path: str | Path, *, record: bool, token: str | None = None, base_url: str = ""
    ) -> None:
        self.path = Path(path)
        self.recording = record
        self._clients: list[Any] = []
        self._replay: ReplayServer | None = None
        if record:
            if not token or not base_url:
                raise ValueError("recording needs the API token and the base URL to record from")
            self.cassette = Cassette(base_url=base_url)
            self.token, self.base_url = token, base_url.rstrip("/")
            return
        if not self.path.exists():
            raise FileNotFoundError(
                f"no cassette at {self.path}: record it once with REPLICATE_API_TOKEN set and "
                "pytest --replicate-record"
            )
        self.cassette = Cassette.load(self.path)
        self._replay = ReplayServer(self.cassette).start()
        self.token, self.base_url = "r8_replay", self._replay.base_url

    @property
    def unmatched(self) -> list[str]:
        """Requests the cassette had no answer for (always empty while recording)."""
        return [] if self._replay is None else self._replay.unmatched

    def http_client(self, **options: Any) -> httpx.Client:
        """An ``httpx.Client`` for this session (recording, or plain against the replay)."""
        if self.recording:
            options.setdefault("transport", RecordingTransport(self.cassette))
        http = httpx.Client(**options)
        self._clients.append(http)
        return http

    def async_http_client(self, **options: Any) -> httpx.AsyncClient:
        if self.recording:
            options.setdefault("transport", AsyncRecordingTransport(self.cassette))
        http = httpx.AsyncClient(**options)
        self._clients.append(http)
        return http

    def client(self, **options: Any) -> Any:
        """A ``replicate.Replicate`` for this session."""
        from replicate import Replicate

        http = self.http_client(timeout=httpx.Timeout(60, connect=10))
        return Replicate(
            bearer_token=self.token, base_url=self.base_url, http_client=http, **options
        )

    def async_client(self, **options: Any) -> Any:
        """A ``replicate.AsyncReplicate`` for this session (close it in the test's loop)."""
        from replicate import AsyncReplicate

        http = self.async_http_client(timeout=httpx.Timeout(60, connect=10))
        return AsyncReplicate(
            bearer_token=self.token, base_url=self.base_url, http_client=http, **options
        )

    def close(self) -> None:
        """Close the sync clients; save the cassette (recording) or stop the replay."""
        for http in self._clients:
            if isinstance(http, httpx.Client):
                http.close()
        if self.recording:
            self.cassette.save(self.path)
        elif self._replay is not None:
            self._replay.stop()
