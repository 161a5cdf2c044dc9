from __future__ import annotations

from typing import Any

from ..types import (
    NOT_GIVEN,
    BaseModel,
    to_json_value,
)


class Problem(BaseModel):
    """An error in the problem details format (RFC 9457). The server may add fields, such as a list of invalid input
    fields; they are kept.

        Attributes:
            type_ (str | None): A URI naming the kind of problem.
            title (str | None): A short summary of the kind of problem.
            detail (str | None): What went wrong in this case.
            status (int | None): The HTTP status code.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        type_: str | None = NOT_GIVEN,
        title: str | None = NOT_GIVEN,
        detail: str | None = NOT_GIVEN,
        status: int | None = NOT_GIVEN,
    ) -> None:
        self._raw = {}
        self._cache = {}
        self.additional_properties = {}
        if type_ is not NOT_GIVEN:
            self.type_ = type_
        if title is not NOT_GIVEN:
            self.title = title
        if detail is not NOT_GIVEN:
            self.detail = detail
        if status is not NOT_GIVEN:
            self.status = status

    @property
    def type_(self) -> str | None:
        raw: Any = self._raw
        value: str | None = raw.get("type")
        return value

    @type_.setter
    def type_(self, value: str | None) -> None:
        self._raw["type"] = to_json_value(value)

    @property
    def title(self) -> str | None:
        raw: Any = self._raw
        value: str | None = raw.get("title")
        return value

    @title.setter
    def title(self, value: str | None) -> None:
        self._raw["title"] = to_json_value(value)

    @property
    def detail(self) -> str | None:
        raw: Any = self._raw
        value: str | None = raw.get("detail")
        return value

    @detail.setter
    def detail(self, value: str | None) -> None:
        self._raw["detail"] = to_json_value(value)

    @property
    def status(self) -> int | None:
        raw: Any = self._raw
        value: int | None = raw.get("status")
        return value

    @status.setter
    def status(self, value: int | None) -> None:
        self._raw["status"] = to_json_value(value)

    @property
    def type(self) -> str | None:
        """Alias of `type_`, under the API's own field name."""
        return self.type_


Problem._define(
    {
        "type_": ("type", None),
        "title": ("title", None),
        "detail": ("detail", None),
        "status": ("status", None),
    },
)
