from __future__ import annotations

from ..types import NOT_GIVEN, BaseModel


class FileChecksums(BaseModel):
    """Digests of the content, keyed by algorithm.

    Attributes:
        sha256 (str | None):
        md5 (str | None):
    """

    __slots__ = (
        "sha256",
        "md5",
    )

    sha256: str | None
    md5: str | None

    def __init__(
        self,
        *,
        sha256: str | None = NOT_GIVEN,
        md5: str | None = NOT_GIVEN,
    ) -> None:
        object.__setattr__(self, "_raw", {})
        self.additional_properties = {}
        if sha256 is not NOT_GIVEN:
            self.sha256 = sha256
        if md5 is not NOT_GIVEN:
            self.md5 = md5


FileChecksums._define(
    {
        "sha256": ("sha256", None),
        "md5": ("md5", None),
    },
)
