from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..models.model_visibility import ModelVisibility
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.prediction import Prediction
    from ..models.version import Version


T = TypeVar("T", bound="Model")


class Model:
    """A model on Replicate.

    Attributes:
        owner (str):
        name (str):
        url (None | str | Unset): The model's page.
        description (None | str | Unset):
        visibility (ModelVisibility | None | Unset):
        is_official (bool | None | Unset): Official models are maintained by Replicate, always on, with a stable
            interface.
        github_url (None | str | Unset):
        paper_url (None | str | Unset):
        license_url (None | str | Unset):
        weights_url (None | str | Unset):
        cover_image_url (None | str | Unset):
        run_count (int | None | Unset): How many times it has been run.
        created_at (None | str | Unset):
        default_example (None | Prediction | Unset): A prediction shown as the model's example.
        latest_version (None | Unset | Version):
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
        "additional_properties",
    )

    owner: str
    name: str
    url: None | str | Unset
    description: None | str | Unset
    visibility: ModelVisibility | None | Unset
    is_official: bool | None | Unset
    github_url: None | str | Unset
    paper_url: None | str | Unset
    license_url: None | str | Unset
    weights_url: None | str | Unset
    cover_image_url: None | str | Unset
    run_count: int | None | Unset
    created_at: None | str | Unset
    default_example: None | Prediction | Unset
    latest_version: None | Unset | Version
    additional_properties: dict[str, Any]

    def __init__(
        self,
        *,
        owner: str,
        name: str,
        url: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        visibility: ModelVisibility | None | Unset = UNSET,
        is_official: bool | None | Unset = UNSET,
        github_url: None | str | Unset = UNSET,
        paper_url: None | str | Unset = UNSET,
        license_url: None | str | Unset = UNSET,
        weights_url: None | str | Unset = UNSET,
        cover_image_url: None | str | Unset = UNSET,
        run_count: int | None | Unset = UNSET,
        created_at: None | str | Unset = UNSET,
        default_example: None | Prediction | Unset = UNSET,
        latest_version: None | Unset | Version = UNSET,
    ) -> None:
        self.owner = owner
        self.name = name
        self.url = url
        self.description = description
        self.visibility = visibility
        self.is_official = is_official
        self.github_url = github_url
        self.paper_url = paper_url
        self.license_url = license_url
        self.weights_url = weights_url
        self.cover_image_url = cover_image_url
        self.run_count = run_count
        self.created_at = created_at
        self.default_example = default_example
        self.latest_version = latest_version
        self.additional_properties = {}

    def __repr__(self) -> str:
        shown = [
            f"{name}={getattr(self, name)!r}"
            for name in self.__slots__
            if name != "additional_properties" and getattr(self, name) is not UNSET
        ]
        shown += [
            f"{key}={value!r}"
            for key, value in getattr(self, "additional_properties", {}).items()
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(
            getattr(self, name) == getattr(other, name) for name in self.__slots__
        )

    __hash__ = None  # type: ignore[assignment]

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: every field that is set, plus any fields the spec does not name."""
        owner = self.owner

        name = self.name

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        visibility: None | str | Unset
        if isinstance(self.visibility, Unset):
            visibility = UNSET
        elif isinstance(self.visibility, ModelVisibility):
            visibility = self.visibility.value
        else:
            visibility = self.visibility

        is_official: bool | None | Unset
        if isinstance(self.is_official, Unset):
            is_official = UNSET
        else:
            is_official = self.is_official

        github_url: None | str | Unset
        if isinstance(self.github_url, Unset):
            github_url = UNSET
        else:
            github_url = self.github_url

        paper_url: None | str | Unset
        if isinstance(self.paper_url, Unset):
            paper_url = UNSET
        else:
            paper_url = self.paper_url

        license_url: None | str | Unset
        if isinstance(self.license_url, Unset):
            license_url = UNSET
        else:
            license_url = self.license_url

        weights_url: None | str | Unset
        if isinstance(self.weights_url, Unset):
            weights_url = UNSET
        else:
            weights_url = self.weights_url

        cover_image_url: None | str | Unset
        if isinstance(self.cover_image_url, Unset):
            cover_image_url = UNSET
        else:
            cover_image_url = self.cover_image_url

        run_count: int | None | Unset
        if isinstance(self.run_count, Unset):
            run_count = UNSET
        else:
            run_count = self.run_count

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        default_example: dict[str, Any] | None | Unset
        if isinstance(self.default_example, Unset):
            default_example = UNSET
        elif isinstance(self.default_example, Prediction):
            default_example = self.default_example.to_dict()
        else:
            default_example = self.default_example

        latest_version: dict[str, Any] | None | Unset
        if isinstance(self.latest_version, Unset):
            latest_version = UNSET
        elif isinstance(self.latest_version, Version):
            latest_version = self.latest_version.to_dict()
        else:
            latest_version = self.latest_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["owner"] = owner
        field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url
        if description is not UNSET:
            field_dict["description"] = description
        if visibility is not UNSET:
            field_dict["visibility"] = visibility
        if is_official is not UNSET:
            field_dict["is_official"] = is_official
        if github_url is not UNSET:
            field_dict["github_url"] = github_url
        if paper_url is not UNSET:
            field_dict["paper_url"] = paper_url
        if license_url is not UNSET:
            field_dict["license_url"] = license_url
        if weights_url is not UNSET:
            field_dict["weights_url"] = weights_url
        if cover_image_url is not UNSET:
            field_dict["cover_image_url"] = cover_image_url
        if run_count is not UNSET:
            field_dict["run_count"] = run_count
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if default_example is not UNSET:
            field_dict["default_example"] = default_example
        if latest_version is not UNSET:
            field_dict["latest_version"] = latest_version
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON form; fields the spec does not name go to `additional_properties`."""
        d = dict(src_dict)
        owner = d.pop("owner")

        name = d.pop("name")

        url = d.pop("url", UNSET)

        description = d.pop("description", UNSET)

        def _parse_visibility(data: object) -> ModelVisibility | None | Unset:
            if data is None or isinstance(data, Unset):
                return cast("ModelVisibility | None | Unset", data)
            if isinstance(data, str):
                try:
                    visibility_type_0 = ModelVisibility(data)

                    return visibility_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast("ModelVisibility | None | Unset", data)

        visibility = _parse_visibility(d.pop("visibility", UNSET))

        is_official = d.pop("is_official", UNSET)

        github_url = d.pop("github_url", UNSET)

        paper_url = d.pop("paper_url", UNSET)

        license_url = d.pop("license_url", UNSET)

        weights_url = d.pop("weights_url", UNSET)

        cover_image_url = d.pop("cover_image_url", UNSET)

        run_count = d.pop("run_count", UNSET)

        created_at = d.pop("created_at", UNSET)

        def _parse_default_example(data: object) -> None | Prediction | Unset:
            if data is None or isinstance(data, Unset):
                return cast("None | Prediction | Unset", data)
            if isinstance(data, dict):
                try:
                    default_example_type_0 = Prediction.from_dict(data)

                    return default_example_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast("None | Prediction | Unset", data)

        default_example = _parse_default_example(d.pop("default_example", UNSET))

        def _parse_latest_version(data: object) -> None | Unset | Version:
            if data is None or isinstance(data, Unset):
                return cast("None | Unset | Version", data)
            if isinstance(data, dict):
                try:
                    latest_version_type_0 = Version.from_dict(data)

                    return latest_version_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast("None | Unset | Version", data)

        latest_version = _parse_latest_version(d.pop("latest_version", UNSET))

        model = cls(
            owner=owner,
            name=name,
            url=url,
            description=description,
            visibility=visibility,
            is_official=is_official,
            github_url=github_url,
            paper_url=paper_url,
            license_url=license_url,
            weights_url=weights_url,
            cover_image_url=cover_image_url,
            run_count=run_count,
            created_at=created_at,
            default_example=default_example,
            latest_version=latest_version,
        )
        model.additional_properties = d
        return model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Models this one refers to, imported after the class so that models referring to each
# other can load (and once, rather than on every parse).
from ..models.prediction import Prediction  # noqa: E402
from ..models.version import Version  # noqa: E402
