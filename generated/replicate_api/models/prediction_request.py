from __future__ import annotations

from typing import TYPE_CHECKING

from ..models.webhook_event_type import WebhookEventType
from ..types import NOT_GIVEN, BaseModel, list_of

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

    __slots__ = (
        "input_",
        "webhook",
        "webhook_events_filter",
        "stream",
    )

    input_: PredictionInput
    webhook: str | None
    webhook_events_filter: list[WebhookEventType] | None
    stream: bool | None

    def __init__(
        self,
        *,
        input_: PredictionInput,
        webhook: str | None = NOT_GIVEN,
        webhook_events_filter: list[WebhookEventType] | None = NOT_GIVEN,
        stream: bool | None = NOT_GIVEN,
    ) -> None:
        object.__setattr__(self, "_raw", {})
        self.additional_properties = {}
        self.input_ = input_
        if webhook is not NOT_GIVEN:
            self.webhook = webhook
        if webhook_events_filter is not NOT_GIVEN:
            self.webhook_events_filter = webhook_events_filter
        if stream is not NOT_GIVEN:
            self.stream = stream

    @property
    def input(self) -> PredictionInput:
        """Alias of `input_`, under the API's own field name."""
        return self.input_


# Models this one refers to, imported after the class so that models referring to each
# other can load (and once, rather than on every parse).
from ..models.prediction_input import PredictionInput  # noqa: E402

PredictionRequest._define(
    {
        "input_": ("input", PredictionInput.from_dict),
        "webhook": ("webhook", None),
        "webhook_events_filter": ("webhook_events_filter", list_of(WebhookEventType)),
        "stream": ("stream", None),
    },
    required=("input",),
    nested=(
        "input_",
        "webhook_events_filter",
    ),
)
