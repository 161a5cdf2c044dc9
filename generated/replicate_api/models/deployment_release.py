from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from ..types import NOT_GIVEN, BaseModel, parse_datetime

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

    __slots__ = (
        "number",
        "model",
        "version",
        "created_at",
        "created_by",
        "configuration",
    )

    number: int | None
    model: str | None
    version: str | None
    created_at: datetime.datetime | None
    created_by: Account | None
    configuration: DeploymentConfiguration | None

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
        object.__setattr__(self, "_raw", {})
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
        "created_by": ("created_by", Account.from_dict),
        "configuration": ("configuration", DeploymentConfiguration.from_dict),
    },
    nested=(
        "created_by",
        "configuration",
    ),
)
