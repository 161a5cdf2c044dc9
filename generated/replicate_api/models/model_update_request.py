from __future__ import annotations

from typing import Any

from ..types import (
    NOT_GIVEN,
    BaseModel,
    to_json_value,
)


class ModelUpdateRequest(BaseModel):
    """Fields to change; the ones left out stay as they are.

    Attributes:
        description (str | None):
        github_url (str | None):
        paper_url (str | None):
        license_url (str | None):
        weights_url (str | None):
        readme (str | None): The README as Markdown.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        description: str | None = NOT_GIVEN,
        github_url: str | None = NOT_GIVEN,
        paper_url: str | None = NOT_GIVEN,
        license_url: str | None = NOT_GIVEN,
        weights_url: str | None = NOT_GIVEN,
        readme: str | None = NOT_GIVEN,
    ) -> None:
        self._raw = {}
        self._cache = {}
        self.additional_properties = {}
        if description is not NOT_GIVEN:
            self.description = description
        if github_url is not NOT_GIVEN:
            self.github_url = github_url
        if paper_url is not NOT_GIVEN:
            self.paper_url = paper_url
        if license_url is not NOT_GIVEN:
            self.license_url = license_url
        if weights_url is not NOT_GIVEN:
            self.weights_url = weights_url
        if readme is not NOT_GIVEN:
            self.readme = readme

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
    def weights_url(self) -> str | None:
        raw: Any = self._raw
        value: str | None = raw.get("weights_url")
        return value

    @weights_url.setter
    def weights_url(self, value: str | None) -> None:
        self._raw["weights_url"] = to_json_value(value)

    @property
    def readme(self) -> str | None:
        raw: Any = self._raw
        value: str | None = raw.get("readme")
        return value

    @readme.setter
    def readme(self, value: str | None) -> None:
        self._raw["readme"] = to_json_value(value)


ModelUpdateRequest._define(
    {
        "description": ("description", None),
        "github_url": ("github_url", None),
        "paper_url": ("paper_url", None),
        "license_url": ("license_url", None),
        "weights_url": ("weights_url", None),
        "readme": ("readme", None),
    },
)
