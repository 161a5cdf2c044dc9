from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from ..types import (
    NOT_GIVEN,
    BaseModel,
    parse_datetime,
    to_json_value,
)

if TYPE_CHECKING:
    from ..models.account import Account
    from ..models.deployment_configuration import DeploymentConfiguration


class DeploymentRelease(BaseModel):
    """One configuration of a deployment; each change makes a new release.

    Attributes:
        number (int | None): Counts up from 1.
        model (str | None): The model as `owner/name`.
        version (str | None): The version ID it runs.
        created_at (datetime.datetime | None):
        created_by (Account | None):
        configuration (DeploymentConfiguration | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        number: int | None = NOT_GIVEN,
        model: str | None = NOT_GIVEN,
        version: str | None = NOT_GIVEN,
        created_at: datetime.datetime | None = NOT_GIVEN,
        created_by: Account | None = NOT_GIVEN,
        configuration: DeploymentConfiguration | None = NOT_GIVEN,
    ) -> None:
        self._raw = {}
        self._cache = {}
        self.additional_properties = {}
        if number is not NOT_GIVEN:
            self.number = number
        if model is not NOT_GIVEN:
            self.model = model
        if version is not NOT_GIVEN:
            self.version = version
        if created_at is not NOT_GIVEN:
            self.created_at = created_at
        if created_by is not NOT_GIVEN:
            self.created_by = created_by
        if configuration is not NOT_GIVEN:
            self.configuration = configuration

    @property
    def number(self) -> int | None:
        raw: Any = self._raw
        value: int | None = raw.get("number")
        return value

    @number.setter
    def number(self, value: int | None) -> None:
        self._raw["number"] = to_json_value(value)

    @property
    def model(self) -> str | None:
        raw: Any = self._raw
        value: str | None = raw.get("model")
        return value

    @model.setter
    def model(self, value: str | None) -> None:
        self._raw["model"] = to_json_value(value)

    @property
    def version(self) -> str | None:
        raw: Any = self._raw
        value: str | None = raw.get("version")
        return value

    @version.setter
    def version(self, value: str | None) -> None:
        self._raw["version"] = to_json_value(value)

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
    def created_by(self) -> Account | None:
        cache = self._cache
        value: Account | None = (
            cache["created_by"]
            if "created_by" in cache
            else self._convert("created_by")
        )
        return value

    @created_by.setter
    def created_by(self, value: Account | None) -> None:
        self._assign("created_by", value)

    @property
    def configuration(self) -> DeploymentConfiguration | None:
        cache = self._cache
        value: DeploymentConfiguration | None = (
            cache["configuration"]
            if "configuration" in cache
            else self._convert("configuration")
        )
        return value

    @configuration.setter
    def configuration(self, value: DeploymentConfiguration | None) -> None:
        self._assign("configuration", value)


# Models this one refers to, imported after the class so that models referring to each
# other can load (and once, rather than on every parse).
from ..models.account import Account  # noqa: E402
from ..models.deployment_configuration import DeploymentConfiguration  # noqa: E402

DeploymentRelease._define(
    {
        "number": ("number", None),
        "model": ("model", None),
        "version": ("version", None),
        "created_at": ("created_at", parse_datetime),
        "created_by": ("created_by", Account._wrap),
        "configuration": ("configuration", DeploymentConfiguration._wrap),
    },
    nested=(
        "created_by",
        "configuration",
    ),
)
