"""Shared types of the generated package: the model base, the UNSET marker, uploads and responses.

Plain classes rather than attrs ones, so that importing an endpoint stays cheap.
"""

import datetime
import json
from collections.abc import Callable, Mapping, MutableMapping
from enum import Enum
from http import HTTPStatus
from operator import itemgetter
from typing import IO, TYPE_CHECKING, Any, BinaryIO, ClassVar, Generic, Literal, TypeVar

if TYPE_CHECKING:
    from typing import Self


class Unset:
    """Marks an optional argument of an endpoint function that was not given (models use None)."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The default of a model constructor's optional arguments: "not given", so that the field is
# left out of `to_dict()` and `model_fields_set`. Typed `Any` so that the signature reads
# `str | None = NOT_GIVEN` rather than `str | None | Unset`.
NOT_GIVEN: Any = UNSET

Converter = Callable[[Any], Any]


def parse_datetime(value: str) -> datetime.datetime:
    """An RFC 3339 time as an aware datetime: "Z" and any number of second digits are accepted
    (digits after the microsecond are dropped); a time without an offset is taken as UTC."""
    parsed = datetime.datetime.fromisoformat(value)
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=datetime.UTC)


def list_of(item: Converter) -> Converter:
    """Converts a JSON list item by item."""

    def convert(value: list[Any]) -> list[Any]:
        return [item(each) for each in value]

    return convert


def enum_of(cls: type[Enum]) -> Converter:
    """Converts a JSON value to a member of `cls` (a dict look-up for the known ones)."""
    members = cls._value2member_map_

    def convert(value: Any) -> Any:
        member = members.get(value)
        return cls(value) if member is None else member

    return convert


def one_of(*choices: tuple[type | tuple[type, ...], Converter | None]) -> Converter:
    """Converts a value of a union with the first choice whose JSON type matches; a value that
    matches none is kept as it came."""

    def convert(value: Any) -> Any:
        for json_type, choice in choices:
            if isinstance(value, json_type):
                return value if choice is None else choice(value)
        return value

    return convert


def to_json_value(value: Any) -> Any:
    """The JSON form of a field's value: models as dicts, enums as their value, times in RFC 3339."""
    if isinstance(value, BaseModel):
        return value.to_dict()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime.datetime):
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, list):
        return [to_json_value(each) for each in value]
    if isinstance(value, dict):
        return {key: to_json_value(each) for key, each in value.items()}
    return value


def _json_copy(value: Any) -> Any:
    if type(value) is dict:
        return {key: _json_copy(each) for key, each in value.items()}
    if type(value) is list:
        return [_json_copy(each) for each in value]
    return value


class BaseModel:
    """The base of every model: the JSON object as it was received, each field read from it
    when asked (converted once, the first time, where it is a time, an enum or a model).

    A field the JSON did not have reads as None; `model_fields_set` names the fields that were
    sent (null or not) or assigned. Fields the spec does not name are attributes too, and all
    together `model_extra` (also `additional_properties`). `to_dict()` gives back the JSON as
    it was received, with assigned fields in their JSON form.
    """

    __slots__ = ("_raw", "_cache", "additional_properties")

    # Set by `_define` for each model, once the models it refers to are importable.
    _fields: ClassVar[dict[str, tuple[str, Converter | None]]] = {}
    _keys: ClassVar[frozenset[str]] = frozenset()
    _required: ClassVar[frozenset[str]] = frozenset()
    _check: ClassVar[Callable[[dict[str, Any]], object] | None] = None
    _nested: ClassVar[tuple[str, ...]] = ()

    _raw: dict[str, Any]
    _cache: dict[str, Any]
    additional_properties: dict[str, Any]

    @classmethod
    def _define(
        cls,
        fields: dict[str, tuple[str, Converter | None]],
        required: tuple[str, ...] = (),
        nested: tuple[str, ...] = (),
    ) -> None:
        """Declare the fields: attribute name -> (JSON key, converter or None), the JSON keys
        that must be present, and the fields holding models or lists (serialised again)."""
        cls._fields = fields
        cls._keys = frozenset(key for key, _ in fields.values())
        cls._required = frozenset(required)
        cls._check = (
            itemgetter(*required) if required else None
        )  # KeyError when one is missing
        cls._nested = nested

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> "Self":
        """Wrap a JSON object (a copy of it): each field is converted when first read."""
        return cls._wrap(dict(src_dict))

    @classmethod
    def _wrap(cls, data: dict[str, Any]) -> "Self":
        # Without a copy: a nested model shares its part of the parent's JSON.
        if cls._check is not None:
            try:
                cls._check(data)
            except KeyError:
                missing = sorted(cls._required - data.keys())
                raise KeyError(f"{cls.__name__} without {', '.join(missing)}") from None
        model = object.__new__(cls)
        model._raw = data
        model._cache = {}
        return model

    def _convert(self, name: str) -> Any:
        key, convert = self._fields[name]
        value = self._raw.get(key)
        if value is not None and convert is not None:
            try:
                value = convert(value)
            except (TypeError, ValueError, KeyError, AttributeError) as error:
                raise ValueError(
                    f"{type(self).__name__}.{name} cannot be read from {value!r}: {error}"
                ) from None
        self._cache[name] = value
        return value

    def _assign(self, name: str, value: Any) -> None:
        self._cache[name] = value
        self._raw[self._fields[name][0]] = to_json_value(value)

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            # Reached only for names that are not fields: the extras.
            if name[0] == "_":
                raise AttributeError(name)
            if name == "additional_properties":
                keys = self._keys
                extra = {
                    key: value for key, value in self._raw.items() if key not in keys
                }
                object.__setattr__(self, name, extra)
                return extra
            try:
                return self.additional_properties[name]
            except KeyError:
                raise AttributeError(
                    f"{type(self).__name__!r} object has no attribute {name!r}"
                ) from None

    @property
    def model_extra(self) -> dict[str, Any]:
        """The fields the spec does not name, as a dict (the same one as `additional_properties`)."""
        return self.additional_properties

    @property
    def model_fields_set(self) -> set[str]:
        """The fields that were sent (as null or not) or assigned, by attribute name."""
        raw = self._raw
        return {name for name, (key, _) in self._fields.items() if key in raw}

    def to_dict(self) -> dict[str, Any]:
        """The JSON form (a new object): as received, with assigned fields and extras applied."""
        out: dict[str, Any] = _json_copy(self._raw)
        cache = self._cache
        for name in self._nested:
            if name in cache:
                out[self._fields[name][0]] = to_json_value(cache[name])
        try:
            extra = object.__getattribute__(self, "additional_properties")
        except AttributeError:
            return out
        keys = self._keys
        for key in [key for key in out if key not in keys and key not in extra]:
            del out[key]
        out.update({key: to_json_value(value) for key, value in extra.items()})
        return out

    def to_json(self, *, indent: int | None = 2) -> str:
        """`to_dict()` as a JSON string."""
        return json.dumps(self.to_dict(), indent=indent)

    def __repr__(self) -> str:
        sent = self.model_fields_set
        shown = [
            f"{name}={getattr(self, name)!r}" for name in self._fields if name in sent
        ]
        shown += [
            f"{key}={value!r}" for key, value in self.additional_properties.items()
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BaseModel) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self) -> tuple[Any, ...]:
        return type(self).from_dict, (self.to_dict(),)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties)

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# What `httpx.Client(files=...)` accepts.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    tuple[str | None, FileContent, str | None]
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


class File:
    """A file to upload: its content, and optionally its name and MIME type."""

    __slots__ = ("file_name", "mime_type", "payload")

    def __init__(
        self,
        payload: BinaryIO,
        file_name: str | None = None,
        mime_type: str | None = None,
    ) -> None:
        self.payload = payload
        self.file_name = file_name
        self.mime_type = mime_type

    def to_tuple(self) -> FileTypes:
        """The (name, content, type) tuple httpx takes for a multipart part."""
        return self.file_name, self.payload, self.mime_type

    def __repr__(self) -> str:
        return f"File(file_name={self.file_name!r}, mime_type={self.mime_type!r})"


T = TypeVar("T")


class Response(Generic[T]):
    """A response from an endpoint: status, raw content, headers and the parsed body."""

    __slots__ = ("content", "headers", "parsed", "status_code")

    def __init__(
        self,
        status_code: HTTPStatus,
        content: bytes,
        headers: MutableMapping[str, str],
        parsed: T | None,
    ) -> None:
        self.status_code = status_code
        self.content = content
        self.headers = headers
        self.parsed = parsed

    def __repr__(self) -> str:
        return f"Response(status_code={self.status_code!r}, parsed={self.parsed!r})"


__all__ = [
    "NOT_GIVEN",
    "UNSET",
    "BaseModel",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "enum_of",
    "list_of",
    "one_of",
    "parse_datetime",
    "to_json_value",
]
