from __future__ import annotations

from typing import Any

from ..models.model_visibility import ModelVisibility
from ..types import (
    NOT_GIVEN,
    BaseModel,
    enum_of,
    to_json_value,
)


class ModelCreateRequest(BaseModel):
    """
    Attributes:
        owner (str): The user or organization that will own it; must be the token's account.
        name (str): Unique among the owner's models.
        visibility (ModelVisibility): `public` models can be seen and run by anyone; `private` ones only by their owner.
        hardware (str): SKU of the hardware to run on (see `hardware.list`).
        description (str | None):
        github_url (str | None):
        paper_url (str | None):
        license_url (str | None):
        cover_image_url (str | None): URL of an image file.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        owner: str,
        name: str,
        visibility: ModelVisibility,
        hardware: str,
        description: str | None = NOT_GIVEN,
        github_url: str | None = NOT_GIVEN,
        paper_url: str | None = NOT_GIVEN,
        license_url: str | None = NOT_GIVEN,
        cover_image_url: str | None = NOT_GIVEN,
    ) -> None:
        self._raw = {}
        self._cache = {}
        self.additional_properties = {}
        self.owner = owner
        self.name = name
        self.visibility = visibility
        self.hardware = hardware
        if description is not NOT_GIVEN:
            self.description = description
        if github_url is not NOT_GIVEN:
            self.github_url = github_url
        if paper_url is not NOT_GIVEN:
            self.paper_url = paper_url
        if license_url is not NOT_GIVEN:
            self.license_url = license_url
        if cover_image_url is not NOT_GIVEN:
            self.cover_image_url = cover_image_url

    @property
    def owner(self) -> str:
        raw: Any = self._raw
        value: str = raw.get("owner")
        return value

    @owner.setter
    def owner(self, value: str) -> None:
        self._raw["owner"] = to_json_value(value)

    @property
    def name(self) -> str:
        raw: Any = self._raw
        value: str = raw.get("name")
        return value

    @name.setter
    def name(self, value: str) -> None:
        self._raw["name"] = to_json_value(value)

    @property
    def visibility(self) -> ModelVisibility:
        cache = self._cache
        value: ModelVisibility = (
            cache["visibility"]
            if "visibility" in cache
            else self._convert("visibility")
        )
        return value

    @visibility.setter
    def visibility(self, value: ModelVisibility) -> None:
        self._assign("visibility", value)

    @property
    def hardware(self) -> str:
        raw: Any = self._raw
        value: str = raw.get("hardware")
        return value

    @hardware.setter
    def hardware(self, value: str) -> None:
        self._raw["hardware"] = to_json_value(value)

    @property
    def description(self) -> str | None:
        raw: Any = self._raw
        value: str | None = raw.get("description")
        return value

    @description.setter
    def description(self, value: str | None) -> None:
        self._raw["description"] = to_json_value(value)

    @property
    def github_url(self) -> str | None:
        raw: Any = self._raw
        value: str | None = raw.get("github_url")
        return value

    @github_url.setter
    def github_url(self, value: str | None) -> None:
        self._raw["github_url"] = to_json_value(value)

    @property
    def paper_url(self) -> str | None:
        raw: Any = self._raw
        value: str | None = raw.get("paper_url")
        return value

    @paper_url.setter
    def paper_url(self, value: str | None) -> None:
        self._raw["paper_url"] = to_json_value(value)

    @property
    def license_url(self) -> str | None:
        raw: Any = self._raw
        value: str | None = raw.get("license_url")
        return value

    @license_url.setter
    def license_url(self, value: str | None) -> None:
        self._raw["license_url"] = to_json_value(value)

    @property
    def cover_image_url(self) -> str | None:
        raw: Any = self._raw
        value: str | None = raw.get("cover_image_url")
        return value

    @cover_image_url.setter
    def cover_image_url(self, value: str | None) -> None:
        self._raw["cover_image_url"] = to_json_value(value)


ModelCreateRequest._define(
    {
        "owner": ("owner", None),
        "name": ("name", None),
        "visibility": ("visibility", enum_of(ModelVisibility)),
        "hardware": ("hardware", None),
        "description": ("description", None),
        "github_url": ("github_url", None),
        "paper_url": ("paper_url", None),
        "license_url": ("license_url", None),
        "cover_image_url": ("cover_image_url", None),
    },
    required=(
        "owner",
        "name",
        "visibility",
        "hardware",
    ),
)
