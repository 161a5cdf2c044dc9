from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import NOT_GIVEN, BaseModel

if TYPE_CHECKING:
    from ..models.deployment_release import DeploymentRelease


class Deployment(BaseModel):
    """
    Attributes:
        owner (str):
        name (str):
        current_release (DeploymentRelease | None):
    """

    __slots__ = (
        "owner",
        "name",
        "current_release",
    )

    owner: str
    name: str
    current_release: DeploymentRelease | None

    def __init__(
        self,
        *,
        owner: str,
        name: str,
        current_release: DeploymentRelease | None = NOT_GIVEN,
    ) -> None:
        object.__setattr__(self, "_raw", {})
        self.additional_properties = {}
        self.owner = owner
        self.name = name
        if current_release is not NOT_GIVEN:
            self.current_release = current_release


# Models this one refers to, imported after the class so that models referring to each
# other can load (and once, rather than on every parse).
from ..models.deployment_release import DeploymentRelease  # noqa: E402

Deployment._define(
    {
        "owner": ("owner", None),
        "name": ("name", None),
        "current_release": ("current_release", DeploymentRelease.from_dict),
    },
    required=(
        "owner",
        "name",
    ),
    nested=("current_release",),
)
