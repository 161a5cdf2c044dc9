from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from ..models.webhook_event_type import WebhookEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.prediction_input import PredictionInput


T = TypeVar("T", bound="PredictionRequest")


class PredictionRequest:
    """A prediction on a model or deployment that picks its own version.

    Attributes:
        input_ (PredictionInput): The model's input, keyed by input name; see the version's `openapi_schema`.
        webhook (str | Unset): HTTPS URL that receives a POST with the prediction when the events in
            `webhook_events_filter` happen. Redirects are not followed; deliveries may repeat.
        webhook_events_filter (list[WebhookEventType] | Unset): Events that trigger a webhook call (default all).
        stream (bool | Unset): No longer needed; streaming models always get a `stream` URL.
    """

    __slots__ = (
        "input_",
        "webhook",
        "webhook_events_filter",
        "stream",
    )

    input_: PredictionInput
    webhook: str | Unset
    webhook_events_filter: list[WebhookEventType] | Unset
    stream: bool | Unset

    def __init__(
        self,
        *,
        input_: PredictionInput,
        webhook: str | Unset = UNSET,
        webhook_events_filter: list[WebhookEventType] | Unset = UNSET,
        stream: bool | Unset = UNSET,
    ) -> None:
        self.input_ = input_
        self.webhook = webhook
        self.webhook_events_filter = webhook_events_filter
        self.stream = stream

    def __repr__(self) -> str:
        shown = [
            f"{name}={getattr(self, name)!r}"
            for name in self.__slots__
            if name != "additional_properties" and getattr(self, name) is not UNSET
        ]
        shown += [
            f"{key}={value!r}"
            for key, value in getattr(self, "additional_properties", {}).items()
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(
            getattr(self, name) == getattr(other, name) for name in self.__slots__
        )

    __hash__ = None  # type: ignore[assignment]

    @property
    def input(self) -> PredictionInput:
        """Alias of `input_`, under the API's own field name."""
        return self.input_

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: every field that is set, plus any fields the spec does not name."""
        input_ = self.input_.to_dict()

        webhook = self.webhook

        webhook_events_filter: list[str] | Unset = UNSET
        if not isinstance(self.webhook_events_filter, Unset):
            webhook_events_filter = []
            for webhook_events_filter_item_data in self.webhook_events_filter:
                webhook_events_filter_item = webhook_events_filter_item_data.value
                webhook_events_filter.append(webhook_events_filter_item)

        stream = self.stream

        field_dict: dict[str, Any] = {}
        field_dict["input"] = input_
        if webhook is not UNSET:
            field_dict["webhook"] = webhook
        if webhook_events_filter is not UNSET:
            field_dict["webhook_events_filter"] = webhook_events_filter
        if stream is not UNSET:
            field_dict["stream"] = stream
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON form; fields the spec does not name go to `additional_properties`."""
        d = dict(src_dict)
        input_ = PredictionInput.from_dict(d.pop("input"))

        webhook = d.pop("webhook", UNSET)

        _webhook_events_filter = d.pop("webhook_events_filter", UNSET)
        webhook_events_filter: list[WebhookEventType] | Unset = UNSET
        if _webhook_events_filter is not UNSET:
            webhook_events_filter = []
            for webhook_events_filter_item_data in _webhook_events_filter:
                webhook_events_filter_item = WebhookEventType(
                    webhook_events_filter_item_data
                )

                webhook_events_filter.append(webhook_events_filter_item)

        stream = d.pop("stream", UNSET)

        prediction_request = cls(
            input_=input_,
            webhook=webhook,
            webhook_events_filter=webhook_events_filter,
            stream=stream,
        )
        return prediction_request


# Models this one refers to, imported after the class so that models referring to each
# other can load (and once, rather than on every parse).
from ..models.prediction_input import PredictionInput  # noqa: E402
