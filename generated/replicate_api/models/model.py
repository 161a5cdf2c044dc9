from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from ..models.model_visibility import ModelVisibility
from ..types import (
    NOT_GIVEN,
    BaseModel,
    enum_of,
    parse_datetime,
    to_json_value,
)

if TYPE_CHECKING:
    from ..models.prediction import Prediction
    from ..models.version import Version


class Model(BaseModel):
    """A model on Replicate.

    Attributes:
        owner (str):
        name (str):
        url (str | None): The model's page.
        description (str | None):
        visibility (ModelVisibility | None):
        is_official (bool | None): Official models are maintained by Replicate, always on, with a stable interface.
        github_url (str | None):
        paper_url (str | None):
        license_url (str | None):
        weights_url (str | None):
        cover_image_url (str | None):
        run_count (int | None): How many times it has been run.
        created_at (datetime.datetime | None):
        default_example (Prediction | None): A prediction shown as the model's example.
        latest_version (Version | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        owner: str,
        name: str,
        url: str | None = NOT_GIVEN,
        description: str | None = NOT_GIVEN,
        visibility: ModelVisibility | None = NOT_GIVEN,
        is_official: bool | None = NOT_GIVEN,
        github_url: str | None = NOT_GIVEN,
        paper_url: str | None = NOT_GIVEN,
        license_url: str | None = NOT_GIVEN,
        weights_url: str | None = NOT_GIVEN,
        cover_image_url: str | None = NOT_GIVEN,
        run_count: int | None = NOT_GIVEN,
        created_at: datetime.datetime | None = NOT_GIVEN,
        default_example: Prediction | None = NOT_GIVEN,
        latest_version: Version | None = NOT_GIVEN,
    ) -> None:
        self._raw = {}
        self._cache = {}
        self.additional_properties = {}
        self.owner = owner
        self.name = name
        if url is not NOT_GIVEN:
            self.url = url
        if description is not NOT_GIVEN:
            self.description = description
        if visibility is not NOT_GIVEN:
            self.visibility = visibility
        if is_official is not NOT_GIVEN:
            self.is_official = is_official
        if github_url is not NOT_GIVEN:
            self.github_url = github_url
        if paper_url is not NOT_GIVEN:
            self.paper_url = paper_url
        if license_url is not NOT_GIVEN:
            self.license_url = license_url
        if weights_url is not NOT_GIVEN:
            self.weights_url = weights_url
        if cover_image_url is not NOT_GIVEN:
            self.cover_image_url = cover_image_url
        if run_count is not NOT_GIVEN:
            self.run_count = run_count
        if created_at is not NOT_GIVEN:
            self.created_at = created_at
        if default_example is not NOT_GIVEN:
            self.default_example = default_example
        if latest_version is not NOT_GIVEN:
            self.latest_version = latest_version

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
    def url(self) -> str | None:
        raw: Any = self._raw
        value: str | None = raw.get("url")
        return value

    @url.setter
    def url(self, value: str | None) -> None:
        self._raw["url"] = to_json_value(value)

    @property
    def description(self) -> str | None:
        raw: Any = self._raw
        value: str | None = raw.get("description")
        return value

    @description.setter
    def description(self, value: str | None) -> None:
        self._raw["description"] = to_json_value(value)

    @property
    def visibility(self) -> ModelVisibility | None:
        cache = self._cache
        value: ModelVisibility | None = (
            cache["visibility"]
            if "visibility" in cache
            else self._convert("visibility")
        )
        return value

    @visibility.setter
    def visibility(self, value: ModelVisibility | None) -> None:
        self._assign("visibility", value)

    @property
    def is_official(self) -> bool | None:
        raw: Any = self._raw
        value: bool | None = raw.get("is_official")
        return value

    @is_official.setter
    def is_official(self, value: bool | None) -> None:
        self._raw["is_official"] = to_json_value(value)

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
    def weights_url(self) -> str | None:
        raw: Any = self._raw
        value: str | None = raw.get("weights_url")
        return value

    @weights_url.setter
    def weights_url(self, value: str | None) -> None:
        self._raw["weights_url"] = to_json_value(value)

    @property
    def cover_image_url(self) -> str | None:
        raw: Any = self._raw
        value: str | None = raw.get("cover_image_url")
        return value

    @cover_image_url.setter
    def cover_image_url(self, value: str | None) -> None:
        self._raw["cover_image_url"] = to_json_value(value)

    @property
    def run_count(self) -> int | None:
        raw: Any = self._raw
        value: int | None = raw.get("run_count")
        return value

    @run_count.setter
    def run_count(self, value: int | None) -> None:
        self._raw["run_count"] = to_json_value(value)

    @property
    def created_at(self) -> datetime.datetime | None:
        cache = self._cache
        value: datetime.datetime | None = (
            cache["created_at"]
            if "created_at" in cache
            else self._convert("created_at")
        )
        return value

    @created_at.setter
    def created_at(self, value: datetime.datetime | None) -> None:
        self._assign("created_at", value)

    @property
    def default_example(self) -> Prediction | None:
        cache = self._cache
        value: Prediction | None = (
            cache["default_example"]
            if "default_example" in cache
            else self._convert("default_example")
        )
        return value

    @default_example.setter
    def default_example(self, value: Prediction | None) -> None:
        self._assign("default_example", value)

    @property
    def latest_version(self) -> Version | None:
        cache = self._cache
        value: Version | None = (
            cache["latest_version"]
            if "latest_version" in cache
            else self._convert("latest_version")
        )
        return value

    @latest_version.setter
    def latest_version(self, value: Version | None) -> None:
        self._assign("latest_version", value)


# Models this one refers to, imported after the class so that models referring to each
# other can load (and once, rather than on every parse).
from ..models.prediction import Prediction  # noqa: E402
from ..models.version import Version  # noqa: E402

Model._define(
    {
        "owner": ("owner", None),
        "name": ("name", None),
        "url": ("url", None),
        "description": ("description", None),
        "visibility": ("visibility", enum_of(ModelVisibility)),
        "is_official": ("is_official", None),
        "github_url": ("github_url", None),
        "paper_url": ("paper_url", None),
        "license_url": ("license_url", None),
        "weights_url": ("weights_url", None),
        "cover_image_url": ("cover_image_url", None),
        "run_count": ("run_count", None),
        "created_at": ("created_at", parse_datetime),
        "default_example": ("default_example", Prediction._wrap),
        "latest_version": ("latest_version", Version._wrap),
    },
    required=(
        "owner",
        "name",
    ),
    nested=(
        "default_example",
        "latest_version",
    ),
)
