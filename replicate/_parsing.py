"""Reading JSON responses into generated models: one cached parser per model class."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol, TypeVar

import httpx

from ._bodies import response_json
from ._errors import APIResponseError

__all__ = ["FromDict", "json_of", "model"]

M = TypeVar("M", bound="FromDict")


class FromDict(Protocol):
    @classmethod
    def from_dict(cls: type[M], src_dict: Mapping[str, Any]) -> M: ...


def json_of(response: httpx.Response) -> Any:
    try:
        return response_json(response)
    except ValueError:
        raise APIResponseError(response, "the response body is not valid JSON") from None


_PARSERS: dict[type[Any], Callable[[httpx.Response], Any]] = {}


def model(cls: type[M]) -> Callable[[httpx.Response], M]:
    """Parse a JSON object response into a generated model (one parser per model, reused)."""
    parse: Callable[[httpx.Response], M] | None = _PARSERS.get(cls)
    if parse is None:
        parse = _PARSERS[cls] = _parser(cls)
    return parse


def _parser(cls: type[M]) -> Callable[[httpx.Response], M]:
    def parse(response: httpx.Response) -> M:
        data = json_of(response)
        if not isinstance(data, dict):
            raise APIResponseError(response, f"expected a JSON object, got {type(data).__name__}")
        try:
            return cls.from_dict(data)
        except (KeyError, TypeError, ValueError) as error:
            raise APIResponseError(response, f"unexpected {cls.__name__} shape: {error}") from None

    return parse
