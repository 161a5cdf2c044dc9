from __future__ import annotations

from ..types import NOT_GIVEN, BaseModel


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

    __slots__ = (
        "predict_time",
        "total_time",
        "input_token_count",
        "output_token_count",
        "tokens_per_second",
        "time_to_first_token",
    )

    predict_time: float | None
    total_time: float | None
    input_token_count: int | None
    output_token_count: int | None
    tokens_per_second: float | None
    time_to_first_token: float | None

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
        object.__setattr__(self, "_raw", {})
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
