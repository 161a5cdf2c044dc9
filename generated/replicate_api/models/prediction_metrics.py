from __future__ import annotations

from typing import Any

from ..types import (
    NOT_GIVEN,
    BaseModel,
    to_json_value,
)


class PredictionMetrics(BaseModel):
    """Measurements of a run; models may report more than these.

    Attributes:
        predict_time (float | None): Seconds of CPU or GPU time spent running, not waiting.
        total_time (float | None): Seconds from creation to completion.
        input_token_count (int | None): Tokens read (language models).
        output_token_count (int | None): Tokens written (language models).
        tokens_per_second (float | None): Output speed (language models).
        time_to_first_token (float | None): Seconds until the first output token (language models).
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        predict_time: float | None = NOT_GIVEN,
        total_time: float | None = NOT_GIVEN,
        input_token_count: int | None = NOT_GIVEN,
        output_token_count: int | None = NOT_GIVEN,
        tokens_per_second: float | None = NOT_GIVEN,
        time_to_first_token: float | None = NOT_GIVEN,
    ) -> None:
        self._raw = {}
        self._cache = {}
        self.additional_properties = {}
        if predict_time is not NOT_GIVEN:
            self.predict_time = predict_time
        if total_time is not NOT_GIVEN:
            self.total_time = total_time
        if input_token_count is not NOT_GIVEN:
            self.input_token_count = input_token_count
        if output_token_count is not NOT_GIVEN:
            self.output_token_count = output_token_count
        if tokens_per_second is not NOT_GIVEN:
            self.tokens_per_second = tokens_per_second
        if time_to_first_token is not NOT_GIVEN:
            self.time_to_first_token = time_to_first_token

    @property
    def predict_time(self) -> float | None:
        raw: Any = self._raw
        value: float | None = raw.get("predict_time")
        return value

    @predict_time.setter
    def predict_time(self, value: float | None) -> None:
        self._raw["predict_time"] = to_json_value(value)

    @property
    def total_time(self) -> float | None:
        raw: Any = self._raw
        value: float | None = raw.get("total_time")
        return value

    @total_time.setter
    def total_time(self, value: float | None) -> None:
        self._raw["total_time"] = to_json_value(value)

    @property
    def input_token_count(self) -> int | None:
        raw: Any = self._raw
        value: int | None = raw.get("input_token_count")
        return value

    @input_token_count.setter
    def input_token_count(self, value: int | None) -> None:
        self._raw["input_token_count"] = to_json_value(value)

    @property
    def output_token_count(self) -> int | None:
        raw: Any = self._raw
        value: int | None = raw.get("output_token_count")
        return value

    @output_token_count.setter
    def output_token_count(self, value: int | None) -> None:
        self._raw["output_token_count"] = to_json_value(value)

    @property
    def tokens_per_second(self) -> float | None:
        raw: Any = self._raw
        value: float | None = raw.get("tokens_per_second")
        return value

    @tokens_per_second.setter
    def tokens_per_second(self, value: float | None) -> None:
        self._raw["tokens_per_second"] = to_json_value(value)

    @property
    def time_to_first_token(self) -> float | None:
        raw: Any = self._raw
        value: float | None = raw.get("time_to_first_token")
        return value

    @time_to_first_token.setter
    def time_to_first_token(self, value: float | None) -> None:
        self._raw["time_to_first_token"] = to_json_value(value)


PredictionMetrics._define(
    {
        "predict_time": ("predict_time", None),
        "total_time": ("total_time", None),
        "input_token_count": ("input_token_count", None),
        "output_token_count": ("output_token_count", None),
        "tokens_per_second": ("tokens_per_second", None),
        "time_to_first_token": ("time_to_first_token", None),
    },
)
