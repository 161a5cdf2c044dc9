from enum import StrEnum
from typing import Any


class PredictionStatus(StrEnum):
    ABORTED = "aborted"
    CANCELED = "canceled"
    FAILED = "failed"
    PROCESSING = "processing"
    STARTING = "starting"
    SUCCEEDED = "succeeded"

    @classmethod
    def _missing_(cls, value: Any) -> "PredictionStatus | None":
        # The server adds values over time: keep an unknown one instead of failing to parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
