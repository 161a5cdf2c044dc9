from __future__ import annotations

from ..types import NOT_GIVEN, BaseModel


class PredictionUrls(BaseModel):
    """API links for a prediction or training.

    Attributes:
        get (str): Fetch the current state.
        cancel (str): Cancel it.
        stream (str | None): Server-sent events with output as it is produced (models that stream).
        web (str | None): The page on replicate.com.
    """

    __slots__ = (
        "get",
        "cancel",
        "stream",
        "web",
    )

    get: str
    cancel: str
    stream: str | None
    web: str | None

    def __init__(
        self,
        *,
        get: str,
        cancel: str,
        stream: str | None = NOT_GIVEN,
        web: str | None = NOT_GIVEN,
    ) -> None:
        object.__setattr__(self, "_raw", {})
        self.additional_properties = {}
        self.get = get
        self.cancel = cancel
        if stream is not NOT_GIVEN:
            self.stream = stream
        if web is not NOT_GIVEN:
            self.web = web


PredictionUrls._define(
    {
        "get": ("get", None),
        "cancel": ("cancel", None),
        "stream": ("stream", None),
        "web": ("web", None),
    },
    required=(
        "get",
        "cancel",
    ),
)
