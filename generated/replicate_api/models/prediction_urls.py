from __future__ import annotations

from typing import Any

from ..types import (
    NOT_GIVEN,
    BaseModel,
    to_json_value,
)


class PredictionUrls(BaseModel):
    """API links for a prediction or training.

    Attributes:
        get (str): Fetch the current state.
        cancel (str): Cancel it.
        stream (str | None): Server-sent events with output as it is produced (models that stream).
        web (str | None): The page on replicate.com.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        get: str,
        cancel: str,
        stream: str | None = NOT_GIVEN,
        web: str | None = NOT_GIVEN,
    ) -> None:
        self._raw = {}
        self._cache = {}
        self.additional_properties = {}
        self.get = get
        self.cancel = cancel
        if stream is not NOT_GIVEN:
            self.stream = stream
        if web is not NOT_GIVEN:
            self.web = web

    @property
    def get(self) -> str:
        raw: Any = self._raw
        value: str = raw.get("get")
        return value

    @get.setter
    def get(self, value: str) -> None:
        self._raw["get"] = to_json_value(value)

    @property
    def cancel(self) -> str:
        raw: Any = self._raw
        value: str = raw.get("cancel")
        return value

    @cancel.setter
    def cancel(self, value: str) -> None:
        self._raw["cancel"] = to_json_value(value)

    @property
    def stream(self) -> str | None:
        raw: Any = self._raw
        value: str | None = raw.get("stream")
        return value

    @stream.setter
    def stream(self, value: str | None) -> None:
        self._raw["stream"] = to_json_value(value)

    @property
    def web(self) -> str | None:
        raw: Any = self._raw
        value: str | None = raw.get("web")
        return value

    @web.setter
    def web(self, value: str | None) -> None:
        self._raw["web"] = to_json_value(value)


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
