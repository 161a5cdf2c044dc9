from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..models.model_visibility import ModelVisibility
from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelCreateRequest")


class ModelCreateRequest:
    """
    Attributes:
        owner (str): The user or organization that will own it; must be the token's account.
        name (str): Unique among the owner's models.
        visibility (ModelVisibility): `public` models can be seen and run by anyone; `private` ones only by their owner.
        hardware (str): SKU of the hardware to run on (see `hardware.list`).
        description (str | Unset):
        github_url (str | Unset):
        paper_url (str | Unset):
        license_url (str | Unset):
        cover_image_url (str | Unset): URL of an image file.
    """

    __slots__ = (
        "owner",
        "name",
        "visibility",
        "hardware",
        "description",
        "github_url",
        "paper_url",
        "license_url",
        "cover_image_url",
    )

    owner: str
    name: str
    visibility: ModelVisibility
    hardware: str
    description: str | Unset
    github_url: str | Unset
    paper_url: str | Unset
    license_url: str | Unset
    cover_image_url: str | Unset

    def __init__(
        self,
        *,
        owner: str,
        name: str,
        visibility: ModelVisibility,
        hardware: str,
        description: str | Unset = UNSET,
        github_url: str | Unset = UNSET,
        paper_url: str | Unset = UNSET,
        license_url: str | Unset = UNSET,
        cover_image_url: str | Unset = UNSET,
    ) -> None:
        self.owner = owner
        self.name = name
        self.visibility = visibility
        self.hardware = hardware
        self.description = description
        self.github_url = github_url
        self.paper_url = paper_url
        self.license_url = license_url
        self.cover_image_url = cover_image_url

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
        owner = self.owner

        name = self.name

        visibility = self.visibility.value

        hardware = self.hardware

        description = self.description

        github_url = self.github_url

        paper_url = self.paper_url

        license_url = self.license_url

        cover_image_url = self.cover_image_url

        field_dict: dict[str, Any] = {}
        field_dict["owner"] = owner
        field_dict["name"] = name
        field_dict["visibility"] = visibility
        field_dict["hardware"] = hardware
        if description is not UNSET:
            field_dict["description"] = description
        if github_url is not UNSET:
            field_dict["github_url"] = github_url
        if paper_url is not UNSET:
            field_dict["paper_url"] = paper_url
        if license_url is not UNSET:
            field_dict["license_url"] = license_url
        if cover_image_url is not UNSET:
            field_dict["cover_image_url"] = cover_image_url
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON form; fields the spec does not name go to `additional_properties`."""
        d = dict(src_dict)
        owner = d.pop("owner")

        name = d.pop("name")

        visibility = ModelVisibility(d.pop("visibility"))

        hardware = d.pop("hardware")

        description = d.pop("description", UNSET)

        github_url = d.pop("github_url", UNSET)

        paper_url = d.pop("paper_url", UNSET)

        license_url = d.pop("license_url", UNSET)

        cover_image_url = d.pop("cover_image_url", UNSET)

        model_create_request = cls(
            owner=owner,
            name=name,
            visibility=visibility,
            hardware=hardware,
            description=description,
            github_url=github_url,
            paper_url=paper_url,
            license_url=license_url,
            cover_image_url=cover_image_url,
        )
        return model_create_request
