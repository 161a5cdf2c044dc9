from enum import StrEnum
from typing import Any


class WebhookEventType(StrEnum):
    COMPLETED = "completed"
    LOGS = "logs"
    OUTPUT = "output"
    START = "start"

    @classmethod
    def _missing_(cls, value: Any) -> "WebhookEventType | None":
        # The server adds values over time: keep an unknown one instead of failing to parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
