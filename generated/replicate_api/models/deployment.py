from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deployment_release import DeploymentRelease


T = TypeVar("T", bound="Deployment")


class Deployment:
    """
    Attributes:
        owner (str):
        name (str):
        current_release (DeploymentRelease | None | Unset):
    """

    __slots__ = (
        "owner",
        "name",
        "current_release",
        "additional_properties",
    )

    owner: str
    name: str
    current_release: DeploymentRelease | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        *,
        owner: str,
        name: str,
        current_release: DeploymentRelease | None | Unset = UNSET,
    ) -> None:
        self.owner = owner
        self.name = name
        self.current_release = current_release
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

        current_release: dict[str, Any] | None | Unset
        if isinstance(self.current_release, Unset):
            current_release = UNSET
        elif isinstance(self.current_release, DeploymentRelease):
            current_release = self.current_release.to_dict()
        else:
            current_release = self.current_release

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["owner"] = owner
        field_dict["name"] = name
        if current_release is not UNSET:
            field_dict["current_release"] = current_release
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON form; fields the spec does not name go to `additional_properties`."""
        d = dict(src_dict)
        owner = d.pop("owner")

        name = d.pop("name")

        def _parse_current_release(data: object) -> DeploymentRelease | None | Unset:
            if data is None or isinstance(data, Unset):
                return cast("DeploymentRelease | None | Unset", data)
            if isinstance(data, dict):
                try:
                    current_release_type_0 = DeploymentRelease.from_dict(data)

                    return current_release_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast("DeploymentRelease | None | Unset", data)

        current_release = _parse_current_release(d.pop("current_release", UNSET))

        deployment = cls(
            owner=owner,
            name=name,
            current_release=current_release,
        )
        deployment.additional_properties = d
        return deployment

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
from ..models.deployment_release import DeploymentRelease  # noqa: E402
