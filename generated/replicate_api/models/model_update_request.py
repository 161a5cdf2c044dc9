from __future__ import annotations

from ..types import NOT_GIVEN, BaseModel


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

    __slots__ = (
        "description",
        "github_url",
        "paper_url",
        "license_url",
        "weights_url",
        "readme",
    )

    description: str | None
    github_url: str | None
    paper_url: str | None
    license_url: str | None
    weights_url: str | None
    readme: str | None

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
        object.__setattr__(self, "_raw", {})
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
