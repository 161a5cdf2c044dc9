from __future__ import annotations

from typing import Any

from ..models.account_type import AccountType
from ..types import (
    NOT_GIVEN,
    BaseModel,
    enum_of,
    to_json_value,
)


class Account(BaseModel):
    """A user or organization.

    Attributes:
        type_ (AccountType):
        username (str):
        name (str | None): Display name.
        avatar_url (str | None):
        github_url (str | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        type_: AccountType,
        username: str,
        name: str | None = NOT_GIVEN,
        avatar_url: str | None = NOT_GIVEN,
        github_url: str | None = NOT_GIVEN,
    ) -> None:
        self._raw = {}
        self._cache = {}
        self.additional_properties = {}
        self.type_ = type_
        self.username = username
        if name is not NOT_GIVEN:
            self.name = name
        if avatar_url is not NOT_GIVEN:
            self.avatar_url = avatar_url
        if github_url is not NOT_GIVEN:
            self.github_url = github_url

    @property
    def type_(self) -> AccountType:
        cache = self._cache
        value: AccountType = (
            cache["type_"] if "type_" in cache else self._convert("type_")
        )
        return value

    @type_.setter
    def type_(self, value: AccountType) -> None:
        self._assign("type_", value)

    @property
    def username(self) -> str:
        raw: Any = self._raw
        value: str = raw.get("username")
        return value

    @username.setter
    def username(self, value: str) -> None:
        self._raw["username"] = to_json_value(value)

    @property
    def name(self) -> str | None:
        raw: Any = self._raw
        value: str | None = raw.get("name")
        return value

    @name.setter
    def name(self, value: str | None) -> None:
        self._raw["name"] = to_json_value(value)

    @property
    def avatar_url(self) -> str | None:
        raw: Any = self._raw
        value: str | None = raw.get("avatar_url")
        return value

    @avatar_url.setter
    def avatar_url(self, value: str | None) -> None:
        self._raw["avatar_url"] = to_json_value(value)

    @property
    def github_url(self) -> str | None:
        raw: Any = self._raw
        value: str | None = raw.get("github_url")
        return value

    @github_url.setter
    def github_url(self, value: str | None) -> None:
        self._raw["github_url"] = to_json_value(value)

    @property
    def type(self) -> AccountType:
        """Alias of `type_`, under the API's own field name."""
        return self.type_


Account._define(
    {
        "type_": ("type", enum_of(AccountType)),
        "username": ("username", None),
        "name": ("name", None),
        "avatar_url": ("avatar_url", None),
        "github_url": ("github_url", None),
    },
    required=(
        "type",
        "username",
    ),
)
