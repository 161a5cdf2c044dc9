from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..types import (
    NOT_GIVEN,
    BaseModel,
    to_json_value,
)

if TYPE_CHECKING:
    from ..models.deployment_release import DeploymentRelease


class Deployment(BaseModel):
    """
    Attributes:
        owner (str):
        name (str):
        current_release (DeploymentRelease | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        owner: str,
        name: str,
        current_release: DeploymentRelease | None = NOT_GIVEN,
    ) -> None:
        self._raw = {}
        self._cache = {}
        self.additional_properties = {}
        self.owner = owner
        self.name = name
        if current_release is not NOT_GIVEN:
            self.current_release = current_release

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
    def current_release(self) -> DeploymentRelease | None:
        cache = self._cache
        value: DeploymentRelease | None = (
            cache["current_release"]
            if "current_release" in cache
            else self._convert("current_release")
        )
        return value

    @current_release.setter
    def current_release(self, value: DeploymentRelease | None) -> None:
        self._assign("current_release", value)


# Models this one refers to, imported after the class so that models referring to each
# other can load (and once, rather than on every parse).
from ..models.deployment_release import DeploymentRelease  # noqa: E402

Deployment._define(
    {
        "owner": ("owner", None),
        "name": ("name", None),
        "current_release": ("current_release", DeploymentRelease._wrap),
    },
    required=(
        "owner",
        "name",
    ),
    nested=("current_release",),
)
