from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account import Account
    from ..models.deployment_configuration import DeploymentConfiguration


T = TypeVar("T", bound="DeploymentRelease")


class DeploymentRelease:
    """One configuration of a deployment; each change makes a new release.

    Attributes:
        number (int | Unset): Counts up from 1.
        model (str | Unset): The model as `owner/name`.
        version (str | Unset): The version ID it runs.
        created_at (str | Unset):
        created_by (Account | Unset): A user or organization.
        configuration (DeploymentConfiguration | Unset):
    """

    __slots__ = (
        "number",
        "model",
        "version",
        "created_at",
        "created_by",
        "configuration",
        "additional_properties",
    )

    number: int | Unset
    model: str | Unset
    version: str | Unset
    created_at: str | Unset
    created_by: Account | Unset
    configuration: DeploymentConfiguration | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        *,
        number: int | Unset = UNSET,
        model: str | Unset = UNSET,
        version: str | Unset = UNSET,
        created_at: str | Unset = UNSET,
        created_by: Account | Unset = UNSET,
        configuration: DeploymentConfiguration | Unset = UNSET,
    ) -> None:
        self.number = number
        self.model = model
        self.version = version
        self.created_at = created_at
        self.created_by = created_by
        self.configuration = configuration
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
        number = self.number

        model = self.model

        version = self.version

        created_at = self.created_at

        created_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_by, Unset):
            created_by = self.created_by.to_dict()

        configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configuration, Unset):
            configuration = self.configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if number is not UNSET:
            field_dict["number"] = number
        if model is not UNSET:
            field_dict["model"] = model
        if version is not UNSET:
            field_dict["version"] = version
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if configuration is not UNSET:
            field_dict["configuration"] = configuration
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON form; fields the spec does not name go to `additional_properties`."""
        from ..models.account import Account  # noqa: PLC0415
        from ..models.deployment_configuration import DeploymentConfiguration  # noqa: PLC0415

        d = dict(src_dict)
        number = d.pop("number", UNSET)

        model = d.pop("model", UNSET)

        version = d.pop("version", UNSET)

        created_at = d.pop("created_at", UNSET)

        _created_by = d.pop("created_by", UNSET)
        created_by: Account | Unset
        if isinstance(_created_by, Unset):
            created_by = UNSET
        else:
            created_by = Account.from_dict(_created_by)

        _configuration = d.pop("configuration", UNSET)
        configuration: DeploymentConfiguration | Unset
        if isinstance(_configuration, Unset):
            configuration = UNSET
        else:
            configuration = DeploymentConfiguration.from_dict(_configuration)

        deployment_release = cls(
            number=number,
            model=model,
            version=version,
            created_at=created_at,
            created_by=created_by,
            configuration=configuration,
        )
        deployment_release.additional_properties = d
        return deployment_release

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
