from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.file import File


T = TypeVar("T", bound="FilePage")


class FilePage:
    """
    Attributes:
        next_ (None | str):
        previous (None | str):
        results (list[File]):
    """

    __slots__ = (
        "next_",
        "previous",
        "results",
        "additional_properties",
    )

    next_: None | str
    previous: None | str
    results: list[File]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        *,
        next_: None | str,
        previous: None | str,
        results: list[File],
    ) -> None:
        self.next_ = next_
        self.previous = previous
        self.results = results
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
    def next(self) -> None | str:
        """Alias of `next_`, under the API's own field name."""
        return self.next_

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: every field that is set, plus any fields the spec does not name."""
        next_: None | str
        next_ = self.next_

        previous: None | str
        previous = self.previous

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["next"] = next_
        field_dict["previous"] = previous
        field_dict["results"] = results
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON form; fields the spec does not name go to `additional_properties`."""
        d = dict(src_dict)
        next_ = d.pop("next")

        previous = d.pop("previous")

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = File.from_dict(results_item_data)

            results.append(results_item)

        file_page = cls(
            next_=next_,
            previous=previous,
            results=results,
        )
        file_page.additional_properties = d
        return file_page

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


# Models this one refers to, imported after the class so that models referring to each
# other can load (and once, rather than on every parse).
from ..models.file import File  # noqa: E402
