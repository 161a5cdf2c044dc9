from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="PredictionUrls")


class PredictionUrls:
    """API links for a prediction or training.

    Attributes:
        get (str): Fetch the current state.
        cancel (str): Cancel it.
        stream (None | str | Unset): Server-sent events with output as it is produced (models that stream).
        web (None | str | Unset): The page on replicate.com.
    """

    __slots__ = (
        "get",
        "cancel",
        "stream",
        "web",
        "additional_properties",
    )

    get: str
    cancel: str
    stream: None | str | Unset
    web: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        *,
        get: str,
        cancel: str,
        stream: None | str | Unset = UNSET,
        web: None | str | Unset = UNSET,
    ) -> None:
        self.get = get
        self.cancel = cancel
        self.stream = stream
        self.web = web
        self.additional_properties = {}

    def __repr__(self) -> str:
        shown = [
            f"{name}={getattr(self, name)!r}"
            for name in self.__slots__
            if name != "additional_properties" and getattr(self, name) is not UNSET
        ]
        shown += [
            f"{key}={value!r}"
            for key, value in getattr(self, "additional_properties", {}).items()
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(
            getattr(self, name) == getattr(other, name) for name in self.__slots__
        )

    __hash__ = None  # type: ignore[assignment]

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: every field that is set, plus any fields the spec does not name."""
        get = self.get

        cancel = self.cancel

        stream: None | str | Unset
        if isinstance(self.stream, Unset):
            stream = UNSET
        else:
            stream = self.stream

        web: None | str | Unset
        if isinstance(self.web, Unset):
            web = UNSET
        else:
            web = self.web

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["get"] = get
        field_dict["cancel"] = cancel
        if stream is not UNSET:
            field_dict["stream"] = stream
        if web is not UNSET:
            field_dict["web"] = web
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON form; fields the spec does not name go to `additional_properties`."""
        d = dict(src_dict)
        get = d.pop("get")

        cancel = d.pop("cancel")

        stream = d.pop("stream", UNSET)

        web = d.pop("web", UNSET)

        prediction_urls = cls(
            get=get,
            cancel=cancel,
            stream=stream,
            web=web,
        )
        prediction_urls.additional_properties = d
        return prediction_urls

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
