from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..models.webhook_event_type import WebhookEventType
from ..types import (
    NOT_GIVEN,
    BaseModel,
    enum_of,
    list_of,
    to_json_value,
)

if TYPE_CHECKING:
    from ..models.training_input import TrainingInput


class TrainingRequest(BaseModel):
    """
    Attributes:
        destination (str): An existing model you own, as `owner/name`, that receives the trained version.
        input_ (TrainingInput): Inputs of the model's training function, keyed by name.
        webhook (str | None): HTTPS URL that receives a POST with the training when it changes.
        webhook_events_filter (list[WebhookEventType] | None):
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        destination: str,
        input_: TrainingInput,
        webhook: str | None = NOT_GIVEN,
        webhook_events_filter: list[WebhookEventType] | None = NOT_GIVEN,
    ) -> None:
        self._raw = {}
        self._cache = {}
        self.additional_properties = {}
        self.destination = destination
        self.input_ = input_
        if webhook is not NOT_GIVEN:
            self.webhook = webhook
        if webhook_events_filter is not NOT_GIVEN:
            self.webhook_events_filter = webhook_events_filter

    @property
    def destination(self) -> str:
        raw: Any = self._raw
        value: str = raw.get("destination")
        return value

    @destination.setter
    def destination(self, value: str) -> None:
        self._raw["destination"] = to_json_value(value)

    @property
    def input_(self) -> TrainingInput:
        cache = self._cache
        value: TrainingInput = (
            cache["input_"] if "input_" in cache else self._convert("input_")
        )
        return value

    @input_.setter
    def input_(self, value: TrainingInput) -> None:
        self._assign("input_", value)

    @property
    def webhook(self) -> str | None:
        raw: Any = self._raw
        value: str | None = raw.get("webhook")
        return value

    @webhook.setter
    def webhook(self, value: str | None) -> None:
        self._raw["webhook"] = to_json_value(value)

    @property
    def webhook_events_filter(self) -> list[WebhookEventType] | None:
        cache = self._cache
        value: list[WebhookEventType] | None = (
            cache["webhook_events_filter"]
            if "webhook_events_filter" in cache
            else self._convert("webhook_events_filter")
        )
        return value

    @webhook_events_filter.setter
    def webhook_events_filter(self, value: list[WebhookEventType] | None) -> None:
        self._assign("webhook_events_filter", value)

    @property
    def input(self) -> TrainingInput:
        """Alias of `input_`, under the API's own field name."""
        return self.input_


# Models this one refers to, imported after the class so that models referring to each
# other can load (and once, rather than on every parse).
from ..models.training_input import TrainingInput  # noqa: E402

TrainingRequest._define(
    {
        "destination": ("destination", None),
        "input_": ("input", TrainingInput._wrap),
        "webhook": ("webhook", None),
        "webhook_events_filter": (
            "webhook_events_filter",
            list_of(enum_of(WebhookEventType)),
        ),
    },
    required=(
        "destination",
        "input",
    ),
    nested=(
        "input_",
        "webhook_events_filter",
    ),
)
