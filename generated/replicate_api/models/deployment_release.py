from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account import Account
    from ..models.deployment_configuration import DeploymentConfiguration


T = TypeVar("T", bound="DeploymentRelease")


class DeploymentRelease:
    """One configuration of a deployment; each change makes a new release.

    Attributes:
        number (int | None | Unset): Counts up from 1.
        model (None | str | Unset): The model as `owner/name`.
        version (None | str | Unset): The version ID it runs.
        created_at (None | str | Unset):
        created_by (Account | None | Unset):
        configuration (DeploymentConfiguration | None | Unset):
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

    number: int | None | Unset
    model: None | str | Unset
    version: None | str | Unset
    created_at: None | str | Unset
    created_by: Account | None | Unset
    configuration: DeploymentConfiguration | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        *,
        number: int | None | Unset = UNSET,
        model: None | str | Unset = UNSET,
        version: None | str | Unset = UNSET,
        created_at: None | str | Unset = UNSET,
        created_by: Account | None | Unset = UNSET,
        configuration: DeploymentConfiguration | None | Unset = UNSET,
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
        number: int | None | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        created_by: dict[str, Any] | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, Account):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        configuration: dict[str, Any] | None | Unset
        if isinstance(self.configuration, Unset):
            configuration = UNSET
        elif isinstance(self.configuration, DeploymentConfiguration):
            configuration = self.configuration.to_dict()
        else:
            configuration = self.configuration

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
        d = dict(src_dict)
        number = d.pop("number", UNSET)

        model = d.pop("model", UNSET)

        version = d.pop("version", UNSET)

        created_at = d.pop("created_at", UNSET)

        def _parse_created_by(data: object) -> Account | None | Unset:
            if data is None or isinstance(data, Unset):
                return cast("Account | None | Unset", data)
            if isinstance(data, dict):
                try:
                    created_by_type_0 = Account.from_dict(data)

                    return created_by_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast("Account | None | Unset", data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        def _parse_configuration(
            data: object,
        ) -> DeploymentConfiguration | None | Unset:
            if data is None or isinstance(data, Unset):
                return cast("DeploymentConfiguration | None | Unset", data)
            if isinstance(data, dict):
                try:
                    configuration_type_0 = DeploymentConfiguration.from_dict(data)

                    return configuration_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast("DeploymentConfiguration | None | Unset", data)

        configuration = _parse_configuration(d.pop("configuration", UNSET))

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


# Models this one refers to, imported after the class so that models referring to each
# other can load (and once, rather than on every parse).
from ..models.account import Account  # noqa: E402
from ..models.deployment_configuration import DeploymentConfiguration  # noqa: E402
