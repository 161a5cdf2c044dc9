"""A `Call`: one API request described as data, and the per-request options applied to it.

Resources build calls (`_base.py` sends them); `take_options` and `apply_options` are the
one place where `extra_headers`, `extra_query`, `extra_body` and `timeout` are handled.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

import httpx

from ._variants import RequestOptions

if TYPE_CHECKING:
    from .._transport import _Transport

__all__ = ["Call", "apply_options", "take_options"]

T = TypeVar("T")
U = TypeVar("U")


@dataclasses.dataclass(slots=True)
class Call(Generic[T]):
    """One API request and how to turn its response into a value.

    `form` builds the multipart parts (`data=`, `files=`) of an upload, again for each
    attempt, and `cleanup` runs once it has been sent; `stream` leaves a successful
    body unread; `extra` holds more httpx keywords (a per-request `timeout`).
    """

    method: str
    url: str
    parse: Callable[[httpx.Response], T]
    params: Mapping[str, Any] | None = None
    json: Any = None
    headers: Mapping[str, str] | None = None
    content: bytes | None = None
    form: Callable[[], dict[str, Any]] | None = None
    cleanup: Callable[[], None] | None = None
    stream: bool = False
    extra: Mapping[str, Any] | None = None

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

    def parsed_by(self, parse: Callable[[httpx.Response], U]) -> Call[U]:
        """The same request, read another way."""
        return cast("Call[U]", dataclasses.replace(self, parse=parse))  # type: ignore[arg-type]

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
        if self.stream:
            kwargs["stream"] = True
        if self.extra:
            kwargs.update(self.extra)
        return kwargs

    def request_factory(self, transport: _Transport, http: Any) -> Callable[[], httpx.Request]:
        """Builds this call's request afresh for each attempt (an upload's `form`)."""
        form = self.form
        if form is None:
            raise TypeError("only a call with a form builds its own requests")
        url = transport.url(self.url)
        headers = transport.signed_headers(url, self.headers)
        timeout = (self.extra or {}).get("timeout", transport.timeout)
        method, params = self.method, self.params

        def build() -> httpx.Request:
            request: httpx.Request = http.build_request(
                method, url, headers=headers, params=params, timeout=timeout, **form()
            )
            return request

        return build


_OPTION_NAMES = frozenset(RequestOptions.__annotations__)


def take_options(
    kwargs: dict[str, Any], accepted: frozenset[str], name: str
) -> RequestOptions | None:
    """The per-request options among a call's keywords, taken out of them; a keyword
    that is neither an option nor one of the operation's own is refused."""
    if accepted.issuperset(kwargs):
        return None
    options = {key: kwargs.pop(key) for key in _OPTION_NAMES & kwargs.keys()}
    unknown = kwargs.keys() - accepted
    if unknown:
        raise TypeError(f"{name}() got unexpected keyword arguments: {', '.join(sorted(unknown))}")
    return cast(RequestOptions, options)


def apply_options(call: Call[T], options: RequestOptions) -> Call[T]:
    """`call` with the per-request options merged in."""
    changes: dict[str, Any] = {}
    if "extra_headers" in options:
        changes["headers"] = {**(call.headers or {}), **options["extra_headers"]}
    if "extra_query" in options:
        changes["params"] = {**(call.params or {}), **options["extra_query"]}
    if "timeout" in options:
        changes["extra"] = {**(call.extra or {}), "timeout": options["timeout"]}
    if "extra_body" in options:
        fields = dict(options["extra_body"])
        if call.form is not None:
            changes["form"] = _with_fields(call.form, fields)
        elif call.content is not None:
            raise TypeError(f"{call.method} {call.url} has no JSON body to add extra_body to")
        else:
            changes["json"] = {**(call.json or {}), **fields}
    return dataclasses.replace(call, **changes)


def _with_fields(
    form: Callable[[], dict[str, Any]], fields: dict[str, Any]
) -> Callable[[], dict[str, Any]]:
    def build() -> dict[str, Any]:
        parts = form()
        return {**parts, "data": {**parts.get("data", {}), **fields}}

    return build
