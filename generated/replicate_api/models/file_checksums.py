from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileChecksums")


class FileChecksums:
    """Digests of the content, keyed by algorithm.

    Attributes:
        sha256 (None | str | Unset):
        md5 (None | str | Unset):
    """

    __slots__ = (
        "sha256",
        "md5",
        "additional_properties",
    )

    sha256: None | str | Unset
    md5: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        *,
        sha256: None | str | Unset = UNSET,
        md5: None | str | Unset = UNSET,
    ) -> None:
        self.sha256 = sha256
        self.md5 = md5
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
        sha256: None | str | Unset
        if isinstance(self.sha256, Unset):
            sha256 = UNSET
        else:
            sha256 = self.sha256

        md5: None | str | Unset
        if isinstance(self.md5, Unset):
            md5 = UNSET
        else:
            md5 = self.md5

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if sha256 is not UNSET:
            field_dict["sha256"] = sha256
        if md5 is not UNSET:
            field_dict["md5"] = md5
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON form; fields the spec does not name go to `additional_properties`."""
        d = dict(src_dict)
        sha256 = d.pop("sha256", UNSET)

        md5 = d.pop("md5", UNSET)

        file_checksums = cls(
            sha256=sha256,
            md5=md5,
        )
        file_checksums.additional_properties = d
        return file_checksums

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
