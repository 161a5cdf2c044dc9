from __future__ import annotations

from ..types import (
    BaseModel,
)


class VersionSchema(BaseModel):
    """An OpenAPI document describing the version's inputs (`components.schemas.Input`) and output
    (`components.schemas.Output`).

    """

    __slots__ = ()

    def __init__(
        self,
    ) -> None:
        self._raw = {}
        self._cache = {}
        self.additional_properties = {}


VersionSchema._define(
    {},
)
