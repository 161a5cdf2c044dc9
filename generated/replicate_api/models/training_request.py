from __future__ import annotations

from typing import TYPE_CHECKING

from ..models.webhook_event_type import WebhookEventType
from ..types import NOT_GIVEN, BaseModel, list_of

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

    __slots__ = (
        "destination",
        "input_",
        "webhook",
        "webhook_events_filter",
    )

    destination: str
    input_: TrainingInput
    webhook: str | None
    webhook_events_filter: list[WebhookEventType] | None

    def __init__(
        self,
        *,
        destination: str,
        input_: TrainingInput,
        webhook: str | None = NOT_GIVEN,
        webhook_events_filter: list[WebhookEventType] | None = NOT_GIVEN,
    ) -> None:
        object.__setattr__(self, "_raw", {})
        self.additional_properties = {}
        self.destination = destination
        self.input_ = input_
        if webhook is not NOT_GIVEN:
            self.webhook = webhook
        if webhook_events_filter is not NOT_GIVEN:
            self.webhook_events_filter = webhook_events_filter

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
        "input_": ("input", TrainingInput.from_dict),
        "webhook": ("webhook", None),
        "webhook_events_filter": ("webhook_events_filter", list_of(WebhookEventType)),
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
