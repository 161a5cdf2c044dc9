from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.version_schema import VersionSchema


T = TypeVar("T", bound="Version")


class Version:
    """One pushed version of a model.

    Attributes:
        id (str):
        created_at (None | str | Unset):
        cog_version (None | str | Unset): The Cog release that built it.
        openapi_schema (None | Unset | VersionSchema):
    """

    __slots__ = (
        "id",
        "created_at",
        "cog_version",
        "openapi_schema",
        "additional_properties",
    )

    id: str
    created_at: None | str | Unset
    cog_version: None | str | Unset
    openapi_schema: None | Unset | VersionSchema
    additional_properties: dict[str, Any]

    def __init__(
        self,
        *,
        id: str,
        created_at: None | str | Unset = UNSET,
        cog_version: None | str | Unset = UNSET,
        openapi_schema: None | Unset | VersionSchema = UNSET,
    ) -> None:
        self.id = id
        self.created_at = created_at
        self.cog_version = cog_version
        self.openapi_schema = openapi_schema
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
        id = self.id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        cog_version: None | str | Unset
        if isinstance(self.cog_version, Unset):
            cog_version = UNSET
        else:
            cog_version = self.cog_version

        openapi_schema: dict[str, Any] | None | Unset
        if isinstance(self.openapi_schema, Unset):
            openapi_schema = UNSET
        elif isinstance(self.openapi_schema, VersionSchema):
            openapi_schema = self.openapi_schema.to_dict()
        else:
            openapi_schema = self.openapi_schema

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if cog_version is not UNSET:
            field_dict["cog_version"] = cog_version
        if openapi_schema is not UNSET:
            field_dict["openapi_schema"] = openapi_schema
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON form; fields the spec does not name go to `additional_properties`."""
        d = dict(src_dict)
        id = d.pop("id")

        created_at = d.pop("created_at", UNSET)

        cog_version = d.pop("cog_version", UNSET)

        def _parse_openapi_schema(data: object) -> None | Unset | VersionSchema:
            if data is None or isinstance(data, Unset):
                return cast("None | Unset | VersionSchema", data)
            if isinstance(data, dict):
                try:
                    openapi_schema_type_0 = VersionSchema.from_dict(data)

                    return openapi_schema_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast("None | Unset | VersionSchema", data)

        openapi_schema = _parse_openapi_schema(d.pop("openapi_schema", UNSET))

        version = cls(
            id=id,
            created_at=created_at,
            cog_version=cog_version,
            openapi_schema=openapi_schema,
        )
        version.additional_properties = d
        return version

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
from ..models.version_schema import VersionSchema  # noqa: E402
