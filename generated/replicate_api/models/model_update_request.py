from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelUpdateRequest")


class ModelUpdateRequest:
    """Fields to change; the ones left out stay as they are.

    Attributes:
        description (str | Unset):
        github_url (str | Unset):
        paper_url (str | Unset):
        license_url (str | Unset):
        weights_url (str | Unset):
        readme (str | Unset): The README as Markdown.
    """

    __slots__ = (
        "description",
        "github_url",
        "paper_url",
        "license_url",
        "weights_url",
        "readme",
    )

    description: str | Unset
    github_url: str | Unset
    paper_url: str | Unset
    license_url: str | Unset
    weights_url: str | Unset
    readme: str | Unset

    def __init__(
        self,
        *,
        description: str | Unset = UNSET,
        github_url: str | Unset = UNSET,
        paper_url: str | Unset = UNSET,
        license_url: str | Unset = UNSET,
        weights_url: str | Unset = UNSET,
        readme: str | Unset = UNSET,
    ) -> None:
        self.description = description
        self.github_url = github_url
        self.paper_url = paper_url
        self.license_url = license_url
        self.weights_url = weights_url
        self.readme = readme

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
        description = self.description

        github_url = self.github_url

        paper_url = self.paper_url

        license_url = self.license_url

        weights_url = self.weights_url

        readme = self.readme

        field_dict: dict[str, Any] = {}
        if description is not UNSET:
            field_dict["description"] = description
        if github_url is not UNSET:
            field_dict["github_url"] = github_url
        if paper_url is not UNSET:
            field_dict["paper_url"] = paper_url
        if license_url is not UNSET:
            field_dict["license_url"] = license_url
        if weights_url is not UNSET:
            field_dict["weights_url"] = weights_url
        if readme is not UNSET:
            field_dict["readme"] = readme
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON form; fields the spec does not name go to `additional_properties`."""
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        github_url = d.pop("github_url", UNSET)

        paper_url = d.pop("paper_url", UNSET)

        license_url = d.pop("license_url", UNSET)

        weights_url = d.pop("weights_url", UNSET)

        readme = d.pop("readme", UNSET)

        model_update_request = cls(
            description=description,
            github_url=github_url,
            paper_url=paper_url,
            license_url=license_url,
            weights_url=weights_url,
            readme=readme,
        )
        return model_update_request
