"""Sending requests: authentication, retries, error mapping and logging.

The transport is the only thing below the client: resources, flows, streams and file
outputs all send through it. The retry loop is written once, as a sans-IO generator
(`_Transport._attempts`) that yields the requests to send and the pauses to take;
`SyncTransport` and `AsyncTransport` are its two drivers. What to retry and how long
to wait is decided in `_retries`; where the token may go, in `auth_headers`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Generator
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from . import _clock, _direct, _retries
from ._bodies import aread_capped, exchange_deadline, read_capped
from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    MissingTokenError,
    clean_token,
    error_for_response,
    missing_v1_hint,
)
from ._pools import AsyncPool, SyncPool
from ._version import __version__

log = logging.getLogger("replicate")

USER_AGENT = f"replicate-python-sdk/{__version__}"
DEFAULT_BASE_URL = "https://api.replicate.com/v1"
# Prefer: wait can hold a response for up to 60 s, so reads get a minute and a half.
DEFAULT_TIMEOUT = httpx.Timeout(90.0, connect=10.0, pool=30.0)
DEFAULT_MAX_RETRIES = 2
# httpx's own defaults. More idle connections kept alive would cost more than they save:
# httpcore checks every pooled connection each time it hands one out.
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)

if TYPE_CHECKING:
    import asyncio

RequestFactory = Callable[[], httpx.Request]
R = TypeVar("R")
_UNSAFE_SEGMENTS = frozenset({"", ".", ".."})


class _Transport:
    """What both transports share: where requests go and how they are signed."""

    def __init__(
        self, *, base_url: str, token: str | None, max_retries: int, timeout: httpx.Timeout
    ) -> None:
        self._base = base_url.rstrip("/") + "/"
        self.base_url = httpx.URL(self._base)
        self.max_retries = max_retries
        self.timeout = timeout
        self._token = clean_token(token, "bearer_token=")

    def url(self, path_or_url: str) -> httpx.URL:
        """An absolute URL for an API path ("/predictions") or an absolute URL as given."""
        return httpx.URL(self._target(path_or_url))

    def _target(self, path_or_url: str) -> str:
        """The absolute URL as a string: joined by hand, since httpx's join costs a parse.

        A path with an empty, "." or ".." segment is refused: it would be resolved, so
        an id of ".." would turn GET /v1/predictions/.. into GET /v1/.
        """
        if "://" in path_or_url:
            return path_or_url
        path = path_or_url.lstrip("/")
        if path and _UNSAFE_SEGMENTS.intersection(path.partition("?")[0].split("/")):
            raise ValueError(
                f"Refusing to request {path_or_url!r}: an empty, '.' or '..' path segment "
                "(from an empty or dotted id or name) would reach another endpoint"
            )
        return self._base + path

    def _prepare(self, url: str, given: Any) -> tuple[str | httpx.URL, httpx.Headers]:
        """Where a request goes, and its headers: the token only where `may_sign` allows."""
        target = self._target(url)
        if target is url and not self._under_base(url):  # absolute: `may_sign` decides
            parsed = httpx.URL(url)
            return parsed, self.signed_headers(parsed, given)
        headers = httpx.Headers(given)
        headers["Authorization"] = self._authorization()
        return target, headers

    def status_error(self, response: httpx.Response) -> APIStatusError:
        """The error for an error response; a 404 from a base URL lacking /v1 says so."""
        error = error_for_response(response)
        path = self.base_url.path.rstrip("/")
        if error.status == 404 and not path.endswith("/v1") and self.is_api_url(response.url):
            return missing_v1_hint(error, str(self.base_url).rstrip("/"))
        return error

    def _under_base(self, url: str) -> bool:
        """`may_sign` for a URL string that starts with the base URL (as flows build them),
        without parsing it; a dot segment after the base takes the parsing path."""
        return url.startswith(self._base) and "/." not in url[len(self._base) - 1 :]

    def _factory(
        self, build_request: Callable[..., httpx.Request], method: str, url: str, kwargs: Any
    ) -> RequestFactory:
        """Builds the request afresh for each attempt: signed, with the default timeout."""
        target, headers = self._prepare(url, kwargs.pop("headers", None))
        kwargs.setdefault("timeout", self.timeout)
        return lambda: build_request(method, target, headers=headers, **kwargs)

    def is_api_url(self, url: httpx.URL) -> bool:
        base = self.base_url
        return (url.scheme, url.host, url.port) == (base.scheme, base.host, base.port)

    def may_sign(self, url: httpx.URL) -> bool:
        """The one token rule: the token goes only to the API's own origin, under its
        base path (e.g. /v1/...); any other host, or another path of the same host
        (where a file server may live), never sees it."""
        return self.is_api_url(url) and url.path.startswith(self.base_url.path)

    def serves_files(self, url: httpx.URL) -> bool:
        """Whether `url` is one of the API's own paths that serve files (under …/files/).

        The rule for every download (FileOutput, files.download, each redirect hop): only
        these get the token. Any other path of the API's origin given as an output URL
        (say /v1/webhooks/default/secret) gets none, nor does any other host.
        """
        if not self.is_api_url(url):
            return False
        prefix = self.base_url.path + "files/"
        path = url.path
        if not path.startswith(prefix):
            return False
        segments = path[len(prefix) :].split("/")  # httpx.URL.path is already decoded
        return "\\" not in path and not _UNSAFE_SEGMENTS.intersection(segments)

    def auth_headers(self, url: httpx.URL) -> dict[str, str]:
        """The Authorization header, where `may_sign` allows it."""
        if not self.may_sign(url):
            return {}
        return {"Authorization": self._authorization()}

    def _authorization(self) -> str:
        token = self._token
        if token is None:
            from os import environ

            token = clean_token(environ.get("REPLICATE_API_TOKEN"), "REPLICATE_API_TOKEN")
            if token is None:
                raise MissingTokenError()
        return f"Bearer {token}"

    def signed_headers(self, url: httpx.URL, given: Any = None) -> httpx.Headers:
        """`given` plus the Authorization header for `url`, as httpx.Headers: its repr masks
        the token, so a traceback that shows local variables does not reveal it."""
        headers = httpx.Headers(given)
        headers.update(self.auth_headers(url))
        return headers

    def _attempts(
        self, build: RequestFactory, deadline: float | None
    ) -> Generator[
        httpx.Request | float, httpx.Response | httpx.TransportError | None, httpx.Response
    ]:
        """The retry loop, without I/O: yields a request to send (and receives its
        response, or the httpx.TransportError it raised) or seconds to sleep; returns the
        successful response, or raises the mapped error.

        No retry is started that would wait past `deadline` (a `_clock.monotonic()` value).
        """
        attempt = 0
        acted = False  # an earlier attempt may have been carried out
        while True:
            request = build()
            started = time.perf_counter()
            outcome = yield request
            if isinstance(outcome, httpx.TransportError):
                acted = acted or _retries.may_have_acted(outcome)
                delay = self._delay_after_error(attempt, request.method, outcome, deadline)
                _log_failure(request, outcome, delay)
                if delay is None:
                    raise _connection_error(request, outcome) from outcome
            else:
                assert outcome is not None
                _log_response(outcome, started)
                if outcome.status_code < 400:
                    return outcome
                if acted and _retries.already_done(request.method, outcome.status_code):
                    return outcome  # our earlier, unanswered DELETE did the job
                acted = acted or outcome.status_code >= 500
                delay = self._delay_after_status(attempt, outcome, deadline)
                if delay is None:
                    raise self.status_error(outcome)
            yield delay
            attempt += 1

    def _delay_after_status(
        self, attempt: int, response: httpx.Response, deadline: float | None
    ) -> float | None:
        method = response.request.method
        if attempt >= self.max_retries or not _retries.should_retry_status(
            method, response.status_code
        ):
            return None
        delay = _before(deadline, _retries.retry_delay(attempt, response))
        if delay is not None and log.isEnabledFor(logging.DEBUG):
            path = response.request.url.path
            log.debug("%s %s: retrying in %.2f s", method, path, delay)
        return delay

    def _delay_after_error(
        self, attempt: int, method: str, error: Exception, deadline: float | None
    ) -> float | None:
        if attempt >= self.max_retries or not _retries.should_retry_error(method, error):
            return None
        return _before(deadline, _retries.retry_delay(attempt))


class SyncTransport(_Transport):
    def __init__(
        self,
        http: httpx.Client,
        *,
        base_url: str,
        token: str | None,
        max_retries: int,
        timeout: httpx.Timeout,
        renew: Callable[[], httpx.Client] | None = None,
    ) -> None:
        super().__init__(base_url=base_url, token=token, max_retries=max_retries, timeout=timeout)
        # `renew` makes the pool again in a forked child (for a pool the SDK made).
        self.pool = SyncPool(http, renew)

    @property
    def http(self) -> httpx.Client:
        return self.pool.get()

    def _exchange(self, request: httpx.Request, stream: bool) -> httpx.Response:
        until = exchange_deadline(request)
        response = _direct.send(self.http, request)
        if not (stream and response.status_code < 400):
            try:
                read_capped(response, until)
            finally:
                response.close()
        return response

    def request(
        self,
        method: str,
        url: str,
        *,
        stream: bool = False,
        deadline: float | None = None,
        **kwargs: Any,
    ) -> httpx.Response:
        """Send a request to the API (or an absolute URL) and return its successful response."""
        build = self._factory(self.http.build_request, method, url, kwargs)
        return self.send(build, stream=stream, deadline=deadline)

    def send(
        self, build: RequestFactory, *, stream: bool = False, deadline: float | None = None
    ) -> httpx.Response:
        """Send with retries; the response is read and closed unless `stream` and successful."""
        return drive_steps(self._attempts(build, deadline), lambda r: self._exchange(r, stream))


class AsyncTransport(_Transport):
    def __init__(
        self,
        http: httpx.AsyncClient,
        *,
        base_url: str,
        token: str | None,
        max_retries: int,
        timeout: httpx.Timeout,
        gate: Gate | None = None,
        renew: Callable[[], httpx.AsyncClient] | None = None,
    ) -> None:
        super().__init__(base_url=base_url, token=token, max_retries=max_retries, timeout=timeout)
        # `renew` makes a pool for each event loop and forked child (for a pool the SDK made).
        self.pool = AsyncPool(http, renew)
        self.gate = gate

    @property
    def http(self) -> httpx.AsyncClient:
        return self.pool.get()

    async def _exchange(self, request: httpx.Request, stream: bool) -> httpx.Response:
        until = exchange_deadline(request)
        response = await _direct.asend(self.http, request)
        if not (stream and response.status_code < 400):
            try:
                await aread_capped(response, until)
            finally:
                await response.aclose()
        return response

    async def request(
        self,
        method: str,
        url: str,
        *,
        stream: bool = False,
        deadline: float | None = None,
        **kwargs: Any,
    ) -> httpx.Response:
        build = self._factory(self.http.build_request, method, url, kwargs)
        return await self.send(build, stream=stream, deadline=deadline)

    async def send(
        self, build: RequestFactory, *, stream: bool = False, deadline: float | None = None
    ) -> httpx.Response:
        """Send with retries; see `SyncTransport.send`."""
        return await adrive_steps(
            self._attempts(build, deadline), lambda r: self._gated_exchange(r, stream)
        )

    async def _gated_exchange(self, request: httpx.Request, stream: bool) -> httpx.Response:
        if stream or self.gate is None:
            return await self._exchange(request, stream)
        async with self.gate.semaphore():
            return await self._exchange(request, stream)


Outcome = httpx.Response | httpx.TransportError | None
Steps = Generator[httpx.Request | float, Outcome, R]


def drive_steps(steps: Steps[R], exchange: Callable[[httpx.Request], httpx.Response]) -> R:
    """The sync driver of a sans-IO request loop (the retry loop here, downloads in
    `_download`): each request goes through `exchange`, each pause through the clock."""
    step = next(steps)
    while True:
        outcome: Outcome = None
        if isinstance(step, httpx.Request):
            try:
                outcome = exchange(step)
            except httpx.TransportError as error:
                outcome = error
        else:
            _clock.sleep(step)
        try:
            step = steps.send(outcome)
        except StopIteration as done:
            result: R = done.value
            return result


async def adrive_steps(
    steps: Steps[R], exchange: Callable[[httpx.Request], Awaitable[httpx.Response]]
) -> R:
    """The async driver of a sans-IO request loop; see `drive_steps`."""
    step = next(steps)
    while True:
        outcome: Outcome = None
        if isinstance(step, httpx.Request):
            try:
                outcome = await exchange(step)
            except httpx.TransportError as error:
                outcome = error
        else:
            await _clock.async_sleep(step)
        try:
            step = steps.send(outcome)
        except StopIteration as done:
            result: R = done.value
            return result


def transport_of(source: object) -> SyncTransport | AsyncTransport:
    """`source` if it is a transport, else the `transport` of the client it is."""
    if isinstance(source, SyncTransport | AsyncTransport):
        return source
    transport = getattr(source, "transport", None)
    if not isinstance(transport, SyncTransport | AsyncTransport):
        raise TypeError(f"expected a Replicate client or transport, got {type(source).__name__}")
    return transport


class Gate:
    """At most `slots` requests in flight through one async pool.

    httpcore rescans its whole queue of waiting requests on every change, so thousands
    queued on one pool at once slow every one of them down; waiting here instead is cheap.
    """

    def __init__(self, slots: int) -> None:
        self.slots = slots
        self._loop: asyncio.AbstractEventLoop | None = None
        self._semaphore: asyncio.Semaphore | None = None

    def semaphore(self) -> asyncio.Semaphore:
        """The running event loop's semaphore (one bound to another loop would fail)."""
        import asyncio

        loop = asyncio.get_running_loop()
        if self._semaphore is None or loop is not self._loop:
            self._loop, self._semaphore = loop, asyncio.Semaphore(self.slots)
        return self._semaphore


def _before(deadline: float | None, delay: float | None) -> float | None:
    """`delay`, or None when waiting that long would pass the deadline."""
    if delay is None or deadline is None or _clock.monotonic() + delay < deadline:
        return delay
    return None


def forget_token(error: BaseException | None) -> None:
    """Drop the Authorization header from the (failed, never resent) request an httpx
    error carries, so that the error cannot show the token."""
    sent = getattr(error, "_request", None)
    if isinstance(sent, httpx.Request):
        sent.headers.pop("Authorization", None)


def _connection_error(request: httpx.Request, error: Exception) -> APIConnectionError:
    """The error to raise (`from error`) for a failed exchange.

    The failed request is never sent again (a retry builds a new one), so its token is
    dropped here: neither this error nor the httpx one behind it can show it.
    """
    request.headers.pop("Authorization", None)
    forget_token(error)
    url = request.url
    where = f"{request.method} {url.path}"
    kind = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    detail = str(error) or type(error).__name__
    port = url.port or (443 if url.scheme == "https" else 80)
    return kind(f"{where}: {detail} (connecting to {url.host}:{port})", request=request)


def _log_response(response: httpx.Response, started: float) -> None:
    if log.isEnabledFor(logging.INFO):
        request = response.request
        elapsed = (time.perf_counter() - started) * 1000
        log.info(
            "%s %s -> %d (%.1f ms)", request.method, request.url.path, response.status_code, elapsed
        )
        if log.isEnabledFor(logging.DEBUG):
            from ._logs import masked_headers

            log.debug("request headers: %s", masked_headers(request.headers))


def _log_failure(request: httpx.Request, error: Exception, delay: float | None) -> None:
    if log.isEnabledFor(logging.DEBUG):
        then = "giving up" if delay is None else f"retrying in {delay:.2f} s"
        log.debug(
            "%s %s failed (%s); %s", request.method, request.url.path, type(error).__name__, then
        )
