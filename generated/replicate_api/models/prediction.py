from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from ..models.prediction_source import PredictionSource
from ..models.prediction_status import PredictionStatus
from ..models.webhook_event_type import WebhookEventType
from ..types import NOT_GIVEN, BaseModel, list_of, parse_datetime

if TYPE_CHECKING:
    from ..models.prediction_input import PredictionInput
    from ..models.prediction_metrics import PredictionMetrics
    from ..models.prediction_urls import PredictionUrls


class Prediction(BaseModel):
    """One run of a model on one input. Webhook deliveries carry the same object.

    Attributes:
        id (str):
        status (PredictionStatus): Where a prediction or training is in its life. `starting` and `processing` are not
            final; the others are. `aborted` means it ended before it ever ran (for example its deadline passed while it
            waited). The server may add values.
        created_at (datetime.datetime): Creation time (RFC 3339).
        urls (PredictionUrls): API links for a prediction or training.
        model (str | None): The model as `owner/name`.
        version (str | None): The version ID; official models report an internal ID or `hidden`.
        input_ (PredictionInput | None):
        output (Any): What the model returned so far: any JSON value (text, list of chunks or file URLs, object, number)
            or null. File outputs are URLs or `data:` URIs.
        logs (str | None): The model's printed output so far.
        error (str | None): Why the prediction failed, when it did.
        source (PredictionSource | None):
        deployment (str | None): The deployment that ran it, as `owner/name`, if any.
        data_removed (bool | None): True once input, output and logs have been deleted.
        started_at (datetime.datetime | None): Time the model started running.
        completed_at (datetime.datetime | None): Time it reached a final status.
        deadline (datetime.datetime | None): Time at which it will be canceled if still unfinished.
        metrics (PredictionMetrics | None):
        webhook (str | None): URL that receives webhook calls.
        webhook_events_filter (list[WebhookEventType] | None):
        webhook_completed (datetime.datetime | None): Time the final webhook call was delivered.
        stream (bool | None): Deprecated echo of the request's `stream` flag.
    """

    __slots__ = (
        "id",
        "status",
        "created_at",
        "urls",
        "model",
        "version",
        "input_",
        "output",
        "logs",
        "error",
        "source",
        "deployment",
        "data_removed",
        "started_at",
        "completed_at",
        "deadline",
        "metrics",
        "webhook",
        "webhook_events_filter",
        "webhook_completed",
        "stream",
    )

    id: str
    status: PredictionStatus
    created_at: datetime.datetime
    urls: PredictionUrls
    model: str | None
    version: str | None
    input_: PredictionInput | None
    output: Any
    logs: str | None
    error: str | None
    source: PredictionSource | None
    deployment: str | None
    data_removed: bool | None
    started_at: datetime.datetime | None
    completed_at: datetime.datetime | None
    deadline: datetime.datetime | None
    metrics: PredictionMetrics | None
    webhook: str | None
    webhook_events_filter: list[WebhookEventType] | None
    webhook_completed: datetime.datetime | None
    stream: bool | None

    def __init__(
        self,
        *,
        id: str,
        status: PredictionStatus,
        created_at: datetime.datetime,
        urls: PredictionUrls,
        model: str | None = NOT_GIVEN,
        version: str | None = NOT_GIVEN,
        input_: PredictionInput | None = NOT_GIVEN,
        output: Any = NOT_GIVEN,
        logs: str | None = NOT_GIVEN,
        error: str | None = NOT_GIVEN,
        source: PredictionSource | None = NOT_GIVEN,
        deployment: str | None = NOT_GIVEN,
        data_removed: bool | None = NOT_GIVEN,
        started_at: datetime.datetime | None = NOT_GIVEN,
        completed_at: datetime.datetime | None = NOT_GIVEN,
        deadline: datetime.datetime | None = NOT_GIVEN,
        metrics: PredictionMetrics | None = NOT_GIVEN,
        webhook: str | None = NOT_GIVEN,
        webhook_events_filter: list[WebhookEventType] | None = NOT_GIVEN,
        webhook_completed: datetime.datetime | None = NOT_GIVEN,
        stream: bool | None = NOT_GIVEN,
    ) -> None:
        object.__setattr__(self, "_raw", {})
        self.additional_properties = {}
        self.id = id
        self.status = status
        self.created_at = created_at
        self.urls = urls
        if model is not NOT_GIVEN:
            self.model = model
        if version is not NOT_GIVEN:
            self.version = version
        if input_ is not NOT_GIVEN:
            self.input_ = input_
        if output is not NOT_GIVEN:
            self.output = output
        if logs is not NOT_GIVEN:
            self.logs = logs
        if error is not NOT_GIVEN:
            self.error = error
        if source is not NOT_GIVEN:
            self.source = source
        if deployment is not NOT_GIVEN:
            self.deployment = deployment
        if data_removed is not NOT_GIVEN:
            self.data_removed = data_removed
        if started_at is not NOT_GIVEN:
            self.started_at = started_at
        if completed_at is not NOT_GIVEN:
            self.completed_at = completed_at
        if deadline is not NOT_GIVEN:
            self.deadline = deadline
        if metrics is not NOT_GIVEN:
            self.metrics = metrics
        if webhook is not NOT_GIVEN:
            self.webhook = webhook
        if webhook_events_filter is not NOT_GIVEN:
            self.webhook_events_filter = webhook_events_filter
        if webhook_completed is not NOT_GIVEN:
            self.webhook_completed = webhook_completed
        if stream is not NOT_GIVEN:
            self.stream = stream

    @property
    def input(self) -> PredictionInput | None:
        """Alias of `input_`, under the API's own field name."""
        return self.input_


# Models this one refers to, imported after the class so that models referring to each
# other can load (and once, rather than on every parse).
from ..models.prediction_input import PredictionInput  # noqa: E402
from ..models.prediction_metrics import PredictionMetrics  # noqa: E402
from ..models.prediction_urls import PredictionUrls  # noqa: E402

Prediction._define(
    {
        "id": ("id", None),
        "status": ("status", PredictionStatus),
        "created_at": ("created_at", parse_datetime),
        "urls": ("urls", PredictionUrls.from_dict),
        "model": ("model", None),
        "version": ("version", None),
        "input_": ("input", PredictionInput.from_dict),
        "output": ("output", None),
        "logs": ("logs", None),
        "error": ("error", None),
        "source": ("source", PredictionSource),
        "deployment": ("deployment", None),
        "data_removed": ("data_removed", None),
        "started_at": ("started_at", parse_datetime),
        "completed_at": ("completed_at", parse_datetime),
        "deadline": ("deadline", parse_datetime),
        "metrics": ("metrics", PredictionMetrics.from_dict),
        "webhook": ("webhook", None),
        "webhook_events_filter": ("webhook_events_filter", list_of(WebhookEventType)),
        "webhook_completed": ("webhook_completed", parse_datetime),
        "stream": ("stream", None),
    },
    required=(
        "id",
        "status",
        "created_at",
        "urls",
    ),
    nested=(
        "urls",
        "input_",
        "metrics",
        "webhook_events_filter",
    ),
)
