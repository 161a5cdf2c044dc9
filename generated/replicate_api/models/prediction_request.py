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
    from ..models.prediction_input import PredictionInput


class PredictionRequest(BaseModel):
    """A prediction on a model or deployment that picks its own version.

    Attributes:
        input_ (PredictionInput): The model's input, keyed by input name; see the version's `openapi_schema`.
        webhook (str | None): HTTPS URL that receives a POST with the prediction when the events in
            `webhook_events_filter` happen. Redirects are not followed; deliveries may repeat.
        webhook_events_filter (list[WebhookEventType] | None): Events that trigger a webhook call (default all).
        stream (bool | None): No longer needed; streaming models always get a `stream` URL.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        input_: PredictionInput,
        webhook: str | None = NOT_GIVEN,
        webhook_events_filter: list[WebhookEventType] | None = NOT_GIVEN,
        stream: bool | None = NOT_GIVEN,
    ) -> None:
        self._raw = {}
        self._cache = {}
        self.additional_properties = {}
        self.input_ = input_
        if webhook is not NOT_GIVEN:
            self.webhook = webhook
        if webhook_events_filter is not NOT_GIVEN:
            self.webhook_events_filter = webhook_events_filter
        if stream is not NOT_GIVEN:
            self.stream = stream

    @property
    def input_(self) -> PredictionInput:
        cache = self._cache
        value: PredictionInput = (
            cache["input_"] if "input_" in cache else self._convert("input_")
        )
        return value

    @input_.setter
    def input_(self, value: PredictionInput) -> None:
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
    def stream(self) -> bool | None:
        raw: Any = self._raw
        value: bool | None = raw.get("stream")
        return value

    @stream.setter
    def stream(self, value: bool | None) -> None:
        self._raw["stream"] = to_json_value(value)

    @property
    def input(self) -> PredictionInput:
        """Alias of `input_`, under the API's own field name."""
        return self.input_


# Models this one refers to, imported after the class so that models referring to each
# other can load (and once, rather than on every parse).
from ..models.prediction_input import PredictionInput  # noqa: E402

PredictionRequest._define(
    {
        "input_": ("input", PredictionInput._wrap),
        "webhook": ("webhook", None),
        "webhook_events_filter": (
            "webhook_events_filter",
            list_of(enum_of(WebhookEventType)),
        ),
        "stream": ("stream", None),
    },
    required=("input",),
    nested=(
        "input_",
        "webhook_events_filter",
    ),
)
