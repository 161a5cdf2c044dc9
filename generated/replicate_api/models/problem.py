from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="Problem")


class Problem:
    """An error in the problem details format (RFC 9457). The server may add fields, such as a list of invalid input
    fields; they are kept.

        Attributes:
            type_ (None | str | Unset): A URI naming the kind of problem.
            title (None | str | Unset): A short summary of the kind of problem.
            detail (None | str | Unset): What went wrong in this case.
            status (int | None | Unset): The HTTP status code.
    """

    __slots__ = (
        "type_",
        "title",
        "detail",
        "status",
        "additional_properties",
    )

    type_: None | str | Unset
    title: None | str | Unset
    detail: None | str | Unset
    status: int | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        *,
        type_: None | str | Unset = UNSET,
        title: None | str | Unset = UNSET,
        detail: None | str | Unset = UNSET,
        status: int | None | Unset = UNSET,
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
    def type(self) -> None | str | Unset:
        """Alias of `type_`, under the API's own field name."""
        return self.type_

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: every field that is set, plus any fields the spec does not name."""
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        detail: None | str | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        else:
            detail = self.detail

        status: int | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
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
