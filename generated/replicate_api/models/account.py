from __future__ import annotations

from ..models.account_type import AccountType
from ..types import NOT_GIVEN, BaseModel


class Account(BaseModel):
    """A user or organization.

    Attributes:
        type_ (AccountType):
        username (str):
        name (str | None): Display name.
        avatar_url (str | None):
        github_url (str | None):
    """

    __slots__ = (
        "type_",
        "username",
        "name",
        "avatar_url",
        "github_url",
    )

    type_: AccountType
    username: str
    name: str | None
    avatar_url: str | None
    github_url: str | None

    def __init__(
        self,
        *,
        type_: AccountType,
        username: str,
        name: str | None = NOT_GIVEN,
        avatar_url: str | None = NOT_GIVEN,
        github_url: str | None = NOT_GIVEN,
    ) -> None:
        object.__setattr__(self, "_raw", {})
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
    def type(self) -> AccountType:
        """Alias of `type_`, under the API's own field name."""
        return self.type_


Account._define(
    {
        "type_": ("type", AccountType),
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
