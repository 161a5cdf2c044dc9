from __future__ import annotations

from ..models.model_visibility import ModelVisibility
from ..types import NOT_GIVEN, BaseModel


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
    description: str | None
    github_url: str | None
    paper_url: str | None
    license_url: str | None
    cover_image_url: str | None

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
        object.__setattr__(self, "_raw", {})
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


ModelCreateRequest._define(
    {
        "owner": ("owner", None),
        "name": ("name", None),
        "visibility": ("visibility", ModelVisibility),
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
