"""What every resource shares: describing a call once and sending it sync or async.

A resource method is written once, as a function that builds a `Call` (the request
plus how to read its answer), and marked `@operation` (or `@paged` for a list). Read
from a sync resource it sends the call and returns the value; from an async resource
it returns an awaitable. The sync and async classes differ only in how they send.

The per-request options and the raw / streamed variants (see `_call.py`, `_variants.py`)
hook in here, once for every operation: `operation` takes the option keywords out of
the call, and `_call` is where a variant's response is handed back instead of parsed.
"""

from __future__ import annotations

import dataclasses
import functools
import inspect
from collections.abc import Callable, Coroutine
from types import MethodType
from typing import (
    TYPE_CHECKING,
    Any,
    Concatenate,
    Generic,
    ParamSpec,
    Self,
    TypeVar,
    cast,
    overload,
)

import httpx

from .._errors import ReplicateError
from .._pagination import AsyncPage, AsyncPager, SyncPage
from .._parsing import model
from ._call import Call, apply_options, take_options
from ._response import (
    APIResponse,
    AsyncAPIResponse,
    AsyncResponseContextManager,
    ResponseContextManager,
)
from ._variants import RAW, STREAMED, M, Plain, Raw, RequestOptions, Streamed, streaming_view

if TYPE_CHECKING:
    from .._transport import AsyncTransport, SyncTransport

__all__ = [
    "AsyncResource",
    "Call",
    "JSONBody",
    "PageData",
    "Plain",
    "Raw",
    "RequestOptions",
    "Streamed",
    "SyncResource",
    "body",
    "model",
    "nothing",
    "operation",
    "page_of",
    "paged",
]

T = TypeVar("T")
P = ParamSpec("P")
_BY_KEYWORD = (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)


class JSONBody:
    """A request body already in JSON form, for generated `request_kwargs(body=...)`."""

    __slots__ = ("_data",)

    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data

    def to_dict(self) -> dict[str, Any]:
        return self._data


def body(**fields: Any) -> Any:
    """A JSON body of the fields that were given (None means "not given")."""
    return JSONBody({key: value for key, value in fields.items() if value is not None})


def nothing(response: httpx.Response) -> None:
    return None


@dataclasses.dataclass(frozen=True, slots=True)
class PageData(Generic[T]):
    results: list[T]
    next: str | None
    previous: str | None


def page_of(page_cls: type[Any]) -> Callable[[httpx.Response], PageData[Any]]:
    """Parse a list response with a generated page model into its items and links."""
    parse_page = model(page_cls)

    def parse(response: httpx.Response) -> PageData[Any]:
        page = parse_page(response)
        return PageData(list(page.results), _link(page.next), _link(page.previous))

    return parse


def _link(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


class SyncResource(Generic[M]):
    _mode: str | None = None  # RAW or STREAMED on the variants, None on the resource

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def _call(self, call: Call[T], options: RequestOptions | None = None) -> T:
        if options:
            call = apply_options(call, options)
        if self._mode is None:
            return call.parse(self._send(call))
        response = self._send(call, streamed=self._mode == STREAMED)
        return cast(T, APIResponse(response, call.parse))

    def _send(self, call: Call[Any], *, streamed: bool = False) -> httpx.Response:
        transport = self._transport
        try:
            if call.form is not None:
                build = call.request_factory(transport, transport.http)
                return transport.send(build, stream=call.stream or streamed)
            kwargs = call.send_kwargs()
            if streamed:
                kwargs["stream"] = True
            return transport.request(call.method, call.url, **kwargs)
        finally:
            if call.cleanup is not None:
                call.cleanup()

    def _page(self, call: Call[PageData[T]], options: RequestOptions | None = None) -> SyncPage[T]:
        if options:
            call = apply_options(call, options)
        return self._call(call.parsed_by(self._page_parser(call)))

    def _page_parser(self, call: Call[PageData[T]]) -> Callable[[httpx.Response], SyncPage[T]]:
        def parse(response: httpx.Response) -> SyncPage[T]:
            data = call.parse(response)
            return SyncPage(data.results, data.next, data.previous, load)

        def load(url: str) -> SyncPage[T]:
            _check_same_host(self._transport.is_api_url(httpx.URL(url)), url)
            following = dataclasses.replace(call, url=url, params=None)
            return self._page_parser(following)(self._send(following))

        return parse

    if not TYPE_CHECKING:  # typed by each resource class, e.g. `Predictions[Raw]`

        @functools.cached_property
        def with_raw_response(self):
            """This resource's operations returning the read `APIResponse`; its
            `.parse()` gives what the operation returns."""
            return _variant(self, RAW)

        @functools.cached_property
        def with_streaming_response(self):
            """This resource's operations as `with ... as response:` blocks that send on
            entry and read the body only when asked."""
            return streaming_view(_variant(self, STREAMED), is_async=False)


class AsyncResource(Generic[M]):
    _mode: str | None = None  # RAW or STREAMED on the variants, None on the resource

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def _call(self, call: Call[T], options: RequestOptions | None = None) -> T:
        if options:
            call = apply_options(call, options)
        if self._mode is None:
            return call.parse(await self._send(call))
        response = await self._send(call, streamed=self._mode == STREAMED)
        return cast(T, AsyncAPIResponse(response, call.parse))

    async def _send(self, call: Call[Any], *, streamed: bool = False) -> httpx.Response:
        transport = self._transport
        try:
            if call.form is not None:
                build = call.request_factory(transport, transport.http)
                return await transport.send(build, stream=call.stream or streamed)
            kwargs = call.send_kwargs()
            if streamed:
                kwargs["stream"] = True
            return await transport.request(call.method, call.url, **kwargs)
        finally:
            if call.cleanup is not None:
                call.cleanup()

    def _page(
        self, call: Call[PageData[T]], options: RequestOptions | None = None
    ) -> AsyncPager[T]:
        """An `AsyncPager` (awaitable, async-iterable); on a variant, the awaitable response."""
        if options:
            call = apply_options(call, options)
        paged = call.parsed_by(self._page_parser(call))
        if self._mode is not None:
            return cast(AsyncPager[T], self._call(paged))
        return AsyncPager(lambda: self._call(paged))

    def _page_parser(self, call: Call[PageData[T]]) -> Callable[[httpx.Response], AsyncPage[T]]:
        def parse(response: httpx.Response) -> AsyncPage[T]:
            data = call.parse(response)
            return AsyncPage(data.results, data.next, data.previous, load)

        async def load(url: str) -> AsyncPage[T]:
            _check_same_host(self._transport.is_api_url(httpx.URL(url)), url)
            following = dataclasses.replace(call, url=url, params=None)
            return self._page_parser(following)(await self._send(following))

        return parse

    if not TYPE_CHECKING:  # typed by each resource class, e.g. `AsyncPredictions[Raw]`

        @functools.cached_property
        def with_raw_response(self):
            """See `SyncResource.with_raw_response`; reading the body is awaited."""
            return _variant(self, RAW)

        @functools.cached_property
        def with_streaming_response(self):
            """See `SyncResource.with_streaming_response`; `async with ... as response:`."""
            return streaming_view(_variant(self, STREAMED), is_async=True)


def _variant(resource: Any, mode: str) -> Any:
    """A copy of `resource` in `mode`; its sub-resources (`models.versions` …) in the
    same mode, so `models.with_raw_response.versions` is `models.versions.with_raw_response`."""
    variant = object.__new__(type(resource))
    variant._transport = resource._transport
    for name, value in vars(resource).items():
        if isinstance(value, SyncResource | AsyncResource):
            sub: Any = value
            setattr(
                variant, name, sub.with_raw_response if mode == RAW else sub.with_streaming_response
            )
    variant._mode = mode
    return variant


class operation(Generic[P, T]):
    """A resource method written once: `build(self, ...)` describes the call.

    On a sync resource the method sends it and returns the parsed value; on an async
    resource it is a coroutine function; on a raw or streamed variant it returns the
    response (see `_variants.py`). The `RequestOptions` keywords are taken out before
    `build` is called: a build names them (`**options: Unpack[RequestOptions]`) only so
    that type checkers accept them. The bound method is cached on the resource.
    """

    def __init__(self, build: Callable[Concatenate[Any, P], Call[T]]) -> None:
        self.build = build
        self.__doc__ = build.__doc__
        self.name = build.__name__
        named = inspect.signature(build).parameters.values()
        self.accepted = frozenset(p.name for p in named if p.kind in _BY_KEYWORD)

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type) -> Self: ...
    @overload
    def __get__(self, instance: SyncResource[Raw], owner: type) -> Callable[P, APIResponse[T]]: ...
    @overload
    def __get__(
        self, instance: SyncResource[Streamed], owner: type
    ) -> Callable[P, ResponseContextManager[T]]: ...
    @overload
    def __get__(self, instance: SyncResource[Plain], owner: type) -> Callable[P, T]: ...
    @overload
    def __get__(
        self, instance: AsyncResource[Raw], owner: type
    ) -> Callable[P, Coroutine[Any, Any, AsyncAPIResponse[T]]]: ...
    @overload
    def __get__(
        self, instance: AsyncResource[Streamed], owner: type
    ) -> Callable[P, AsyncResponseContextManager[T]]: ...
    @overload
    def __get__(
        self, instance: AsyncResource[Plain], owner: type
    ) -> Callable[P, Coroutine[Any, Any, T]]: ...
    def __get__(self, instance: Any, owner: type) -> Any:
        if instance is None:
            return self
        method = self._bind(instance, MethodType(self.build, instance))
        method.__name__ = method.__qualname__ = self.name
        method.__doc__ = self.__doc__
        method.__wrapped__ = MethodType(self.build, instance)  # type: ignore[attr-defined]
        instance.__dict__[self.name] = method
        return method

    def _bind(self, resource: Any, build: Callable[..., Call[Any]]) -> Callable[..., Any]:
        accepted, name = self.accepted, self.name
        if isinstance(resource, AsyncResource):

            async def send_async(*args: Any, **kwargs: Any) -> Any:
                options = take_options(kwargs, accepted, name)
                return await resource._call(build(*args, **kwargs), options)

            return send_async

        def send(*args: Any, **kwargs: Any) -> Any:
            options = take_options(kwargs, accepted, name)
            return resource._call(build(*args, **kwargs), options)

        return send


class paged(operation[P, PageData[T]]):
    """An `operation` that lists: it returns a SyncPage, or an AsyncPager (`await` it for
    the first page, or `async for` straight over every item)."""

    @overload  # type: ignore[override]
    def __get__(self, instance: None, owner: type) -> Self: ...
    @overload
    def __get__(
        self, instance: SyncResource[Raw], owner: type
    ) -> Callable[P, APIResponse[SyncPage[T]]]: ...
    @overload
    def __get__(
        self, instance: SyncResource[Streamed], owner: type
    ) -> Callable[P, ResponseContextManager[SyncPage[T]]]: ...
    @overload
    def __get__(self, instance: SyncResource[Plain], owner: type) -> Callable[P, SyncPage[T]]: ...
    @overload
    def __get__(
        self, instance: AsyncResource[Raw], owner: type
    ) -> Callable[P, Coroutine[Any, Any, AsyncAPIResponse[AsyncPage[T]]]]: ...
    @overload
    def __get__(
        self, instance: AsyncResource[Streamed], owner: type
    ) -> Callable[P, AsyncResponseContextManager[AsyncPage[T]]]: ...
    @overload
    def __get__(
        self, instance: AsyncResource[Plain], owner: type
    ) -> Callable[P, AsyncPager[T]]: ...
    def __get__(self, instance: Any, owner: type) -> Any:
        return super().__get__(instance, owner)

    def _bind(self, resource: Any, build: Callable[..., Call[Any]]) -> Callable[..., Any]:
        accepted, name = self.accepted, self.name

        def page(*args: Any, **kwargs: Any) -> Any:
            options = take_options(kwargs, accepted, name)
            return resource._page(build(*args, **kwargs), options)

        return page


def _check_same_host(same: bool, url: str) -> None:
    if not same:
        host = httpx.URL(url).host
        raise ReplicateError(
            f"Refusing to follow a pagination link to another host ({host}): "
            "the API token is only sent to the API's own host."
        )
