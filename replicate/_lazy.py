"""A class attribute that builds its value on first access, from a module loaded only then."""

from __future__ import annotations

from importlib import import_module
from typing import Any, Generic, TypeVar, overload

T = TypeVar("T")


class lazy_resource(Generic[T]):
    """`predictions: lazy_resource[Predictions] = lazy_resource("pkg.module:Predictions")`

    The module is imported and the object built (with the owner as its only argument)
    the first time the attribute is read, then cached on the instance.
    """

    def __init__(self, target: str) -> None:
        self.module, _, self.attr = target.partition(":")
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type) -> lazy_resource[T]: ...
    @overload
    def __get__(self, instance: object, owner: type) -> T: ...
    def __get__(self, instance: object | None, owner: type) -> Any:
        if instance is None:
            return self
        value = getattr(import_module(self.module), self.attr)(instance)
        instance.__dict__[self.name] = value
        return value
