from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from ..models.model_visibility import ModelVisibility
from ..types import NOT_GIVEN, BaseModel, parse_datetime

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

    __slots__ = (
        "owner",
        "name",
        "url",
        "description",
        "visibility",
        "is_official",
        "github_url",
        "paper_url",
        "license_url",
        "weights_url",
        "cover_image_url",
        "run_count",
        "created_at",
        "default_example",
        "latest_version",
    )

    owner: str
    name: str
    url: str | None
    description: str | None
    visibility: ModelVisibility | None
    is_official: bool | None
    github_url: str | None
    paper_url: str | None
    license_url: str | None
    weights_url: str | None
    cover_image_url: str | None
    run_count: int | None
    created_at: datetime.datetime | None
    default_example: Prediction | None
    latest_version: Version | None

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
        object.__setattr__(self, "_raw", {})
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
        "visibility": ("visibility", ModelVisibility),
        "is_official": ("is_official", None),
        "github_url": ("github_url", None),
        "paper_url": ("paper_url", None),
        "license_url": ("license_url", None),
        "weights_url": ("weights_url", None),
        "cover_image_url": ("cover_image_url", None),
        "run_count": ("run_count", None),
        "created_at": ("created_at", parse_datetime),
        "default_example": ("default_example", Prediction.from_dict),
        "latest_version": ("latest_version", Version.from_dict),
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
