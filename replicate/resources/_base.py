"""What every resource shares: describing a call once and sending it sync or async.

A resource method is written once, as a function that builds a `Call` (the request
plus how to read its answer), and marked `@operation` (or `@paged` for a list). Read
from a sync resource it sends the call and returns the value; from an async resource
it returns an awaitable. The sync and async classes differ only in how they send.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Coroutine, Mapping
from types import MethodType
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, Self, TypeVar, overload

import httpx

from .._errors import ReplicateError
from .._pagination import AsyncPage, SyncPage
from .._parsing import model

if TYPE_CHECKING:
    from .._transport import AsyncTransport, SyncTransport

__all__ = [
    "AsyncResource",
    "Call",
    "JSONBody",
    "PageData",
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


@dataclasses.dataclass(slots=True)
class Call(Generic[T]):
    """One API request and how to turn its response into a value."""

    method: str
    url: str
    parse: Callable[[httpx.Response], T]
    params: Mapping[str, Any] | None = None
    json: Any = None
    headers: Mapping[str, str] | None = None
    content: bytes | None = None

    @classmethod
    def generated(cls, kwargs: dict[str, Any], parse: Callable[[httpx.Response], T]) -> Call[T]:
        """A call from a generated endpoint's `request_kwargs(...)`."""
        return cls(
            method=kwargs["method"].upper(),
            url=kwargs["url"],
            parse=parse,
            params=kwargs.get("params") or None,
            json=kwargs.get("json"),
            headers=kwargs.get("headers") or None,
        )

    def send_kwargs(self) -> dict[str, Any]:
        kwargs: dict[str, Any] = {}
        if self.params:
            kwargs["params"] = self.params
        if self.json is not None:
            kwargs["json"] = self.json
        if self.content is not None:
            kwargs["content"] = self.content
        if self.headers:
            kwargs["headers"] = dict(self.headers)
        return kwargs


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


class SyncResource:
    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def _call(self, call: Call[T]) -> T:
        response = self._transport.request(call.method, call.url, **call.send_kwargs())
        return call.parse(response)

    def _page(self, call: Call[PageData[T]]) -> SyncPage[T]:
        data = self._call(call)

        def load(url: str) -> SyncPage[T]:
            _check_same_host(self._transport.is_api_url(httpx.URL(url)), url)
            return self._page(dataclasses.replace(call, url=url, params=None))

        return SyncPage(data.results, data.next, data.previous, load)


class AsyncResource:
    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def _call(self, call: Call[T]) -> T:
        response = await self._transport.request(call.method, call.url, **call.send_kwargs())
        return call.parse(response)

    async def _page(self, call: Call[PageData[T]]) -> AsyncPage[T]:
        data = await self._call(call)

        async def load(url: str) -> AsyncPage[T]:
            _check_same_host(self._transport.is_api_url(httpx.URL(url)), url)
            return await self._page(dataclasses.replace(call, url=url, params=None))

        return AsyncPage(data.results, data.next, data.previous, load)


class operation(Generic[P, T]):
    """A resource method written once: `build(self, ...)` describes the call.

    On a sync resource the method sends it and returns the parsed value; on an async
    resource it is a coroutine function. The bound method is cached on the resource.
    """

    def __init__(self, build: Callable[Concatenate[Any, P], Call[T]]) -> None:
        self.build = build
        self.__doc__ = build.__doc__
        self.name = build.__name__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type) -> Self: ...
    @overload
    def __get__(self, instance: SyncResource, owner: type) -> Callable[P, T]: ...
    @overload
    def __get__(
        self, instance: AsyncResource, owner: type
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
        if isinstance(resource, AsyncResource):

            async def send_async(*args: Any, **kwargs: Any) -> Any:
                return await resource._call(build(*args, **kwargs))

            return send_async

        def send(*args: Any, **kwargs: Any) -> Any:
            return resource._call(build(*args, **kwargs))

        return send


class paged(operation[P, PageData[T]]):
    """An `operation` that lists: it returns a SyncPage (or, awaited, an AsyncPage)."""

    @overload  # type: ignore[override]
    def __get__(self, instance: None, owner: type) -> Self: ...
    @overload
    def __get__(self, instance: SyncResource, owner: type) -> Callable[P, SyncPage[T]]: ...
    @overload
    def __get__(
        self, instance: AsyncResource, owner: type
    ) -> Callable[P, Coroutine[Any, Any, AsyncPage[T]]]: ...
    def __get__(self, instance: Any, owner: type) -> Any:
        return super().__get__(instance, owner)

    def _bind(self, resource: Any, build: Callable[..., Call[Any]]) -> Callable[..., Any]:
        if isinstance(resource, AsyncResource):

            async def page_async(*args: Any, **kwargs: Any) -> Any:
                return await resource._page(build(*args, **kwargs))

            return page_async

        def page(*args: Any, **kwargs: Any) -> Any:
            return resource._page(build(*args, **kwargs))

        return page


def _check_same_host(same: bool, url: str) -> None:
    if not same:
        host = httpx.URL(url).host
        raise ReplicateError(
            f"Refusing to follow a pagination link to another host ({host}): "
            "the API token is only sent to the API's own host."
        )
