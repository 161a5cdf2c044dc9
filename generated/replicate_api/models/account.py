from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..models.account_type import AccountType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Account")


class Account:
    """A user or organization.

    Attributes:
        type_ (AccountType):
        username (str):
        name (None | str | Unset): Display name.
        avatar_url (None | str | Unset):
        github_url (None | str | Unset):
    """

    __slots__ = (
        "type_",
        "username",
        "name",
        "avatar_url",
        "github_url",
        "additional_properties",
    )

    type_: AccountType
    username: str
    name: None | str | Unset
    avatar_url: None | str | Unset
    github_url: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        *,
        type_: AccountType,
        username: str,
        name: None | str | Unset = UNSET,
        avatar_url: None | str | Unset = UNSET,
        github_url: None | str | Unset = UNSET,
    ) -> None:
        self.type_ = type_
        self.username = username
        self.name = name
        self.avatar_url = avatar_url
        self.github_url = github_url
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

    @property
    def type(self) -> AccountType:
        """Alias of `type_`, under the API's own field name."""
        return self.type_

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: every field that is set, plus any fields the spec does not name."""
        type_ = self.type_.value

        username = self.username

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        avatar_url: None | str | Unset
        if isinstance(self.avatar_url, Unset):
            avatar_url = UNSET
        else:
            avatar_url = self.avatar_url

        github_url: None | str | Unset
        if isinstance(self.github_url, Unset):
            github_url = UNSET
        else:
            github_url = self.github_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = type_
        field_dict["username"] = username
        if name is not UNSET:
            field_dict["name"] = name
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url
        if github_url is not UNSET:
            field_dict["github_url"] = github_url
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON form; fields the spec does not name go to `additional_properties`."""
        d = dict(src_dict)
        type_ = AccountType(d.pop("type"))

        username = d.pop("username")

        name = d.pop("name", UNSET)

        avatar_url = d.pop("avatar_url", UNSET)

        github_url = d.pop("github_url", UNSET)

        account = cls(
            type_=type_,
            username=username,
            name=name,
            avatar_url=avatar_url,
            github_url=github_url,
        )
        account.additional_properties = d
        return account

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
