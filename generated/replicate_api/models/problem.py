from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="Problem")


class Problem:
    """An error in the problem details format (RFC 9457). The server may add fields, such as a list of invalid input
    fields; they are kept.

        Attributes:
            type_ (str | Unset): A URI naming the kind of problem.
            title (str | Unset): A short summary of the kind of problem.
            detail (str | Unset): What went wrong in this case.
            status (int | Unset): The HTTP status code.
    """

    __slots__ = (
        "type_",
        "title",
        "detail",
        "status",
        "additional_properties",
    )

    type_: str | Unset
    title: str | Unset
    detail: str | Unset
    status: int | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        *,
        type_: str | Unset = UNSET,
        title: str | Unset = UNSET,
        detail: str | Unset = UNSET,
        status: int | Unset = UNSET,
    ) -> None:
        self.type_ = type_
        self.title = title
        self.detail = detail
        self.status = status
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

    @property
    def type(self) -> str | Unset:
        """Alias of `type_`, under the API's own field name."""
        return self.type_

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: every field that is set, plus any fields the spec does not name."""
        type_ = self.type_

        title = self.title

        detail = self.detail

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["type"] = type_
        if title is not UNSET:
            field_dict["title"] = title
        if detail is not UNSET:
            field_dict["detail"] = detail
        if status is not UNSET:
            field_dict["status"] = status
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON form; fields the spec does not name go to `additional_properties`."""
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        title = d.pop("title", UNSET)

        detail = d.pop("detail", UNSET)

        status = d.pop("status", UNSET)

        problem = cls(
            type_=type_,
            title=title,
            detail=detail,
            status=status,
        )
        problem.additional_properties = d
        return problem

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
