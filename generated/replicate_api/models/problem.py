from __future__ import annotations

from ..types import NOT_GIVEN, BaseModel


class Problem(BaseModel):
    """An error in the problem details format (RFC 9457). The server may add fields, such as a list of invalid input
    fields; they are kept.

        Attributes:
            type_ (str | None): A URI naming the kind of problem.
            title (str | None): A short summary of the kind of problem.
            detail (str | None): What went wrong in this case.
            status (int | None): The HTTP status code.
    """

    __slots__ = (
        "type_",
        "title",
        "detail",
        "status",
    )

    type_: str | None
    title: str | None
    detail: str | None
    status: int | None

    def __init__(
        self,
        *,
        type_: str | None = NOT_GIVEN,
        title: str | None = NOT_GIVEN,
        detail: str | None = NOT_GIVEN,
        status: int | None = NOT_GIVEN,
    ) -> None:
        object.__setattr__(self, "_raw", {})
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
