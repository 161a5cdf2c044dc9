from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from ..models.prediction_source import PredictionSource
from ..models.prediction_status import PredictionStatus
from ..models.webhook_event_type import WebhookEventType
from ..types import (
    NOT_GIVEN,
    BaseModel,
    enum_of,
    list_of,
    parse_datetime,
    to_json_value,
)

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

    __slots__ = ()

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
        self._raw = {}
        self._cache = {}
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
    def id(self) -> str:
        raw: Any = self._raw
        value: str = raw.get("id")
        return value

    @id.setter
    def id(self, value: str) -> None:
        self._raw["id"] = to_json_value(value)

    @property
    def status(self) -> PredictionStatus:
        cache = self._cache
        value: PredictionStatus = (
            cache["status"] if "status" in cache else self._convert("status")
        )
        return value

    @status.setter
    def status(self, value: PredictionStatus) -> None:
        self._assign("status", value)

    @property
    def created_at(self) -> datetime.datetime:
        cache = self._cache
        value: datetime.datetime = (
            cache["created_at"]
            if "created_at" in cache
            else self._convert("created_at")
        )
        return value

    @created_at.setter
    def created_at(self, value: datetime.datetime) -> None:
        self._assign("created_at", value)

    @property
    def urls(self) -> PredictionUrls:
        cache = self._cache
        value: PredictionUrls = (
            cache["urls"] if "urls" in cache else self._convert("urls")
        )
        return value

    @urls.setter
    def urls(self, value: PredictionUrls) -> None:
        self._assign("urls", value)

    @property
    def model(self) -> str | None:
        raw: Any = self._raw
        value: str | None = raw.get("model")
        return value

    @model.setter
    def model(self, value: str | None) -> None:
        self._raw["model"] = to_json_value(value)

    @property
    def version(self) -> str | None:
        raw: Any = self._raw
        value: str | None = raw.get("version")
        return value

    @version.setter
    def version(self, value: str | None) -> None:
        self._raw["version"] = to_json_value(value)

    @property
    def input_(self) -> PredictionInput | None:
        cache = self._cache
        value: PredictionInput | None = (
            cache["input_"] if "input_" in cache else self._convert("input_")
        )
        return value

    @input_.setter
    def input_(self, value: PredictionInput | None) -> None:
        self._assign("input_", value)

    @property
    def output(self) -> Any:
        raw: Any = self._raw
        value: Any = raw.get("output")
        return value

    @output.setter
    def output(self, value: Any) -> None:
        self._raw["output"] = to_json_value(value)

    @property
    def logs(self) -> str | None:
        raw: Any = self._raw
        value: str | None = raw.get("logs")
        return value

    @logs.setter
    def logs(self, value: str | None) -> None:
        self._raw["logs"] = to_json_value(value)

    @property
    def error(self) -> str | None:
        raw: Any = self._raw
        value: str | None = raw.get("error")
        return value

    @error.setter
    def error(self, value: str | None) -> None:
        self._raw["error"] = to_json_value(value)

    @property
    def source(self) -> PredictionSource | None:
        cache = self._cache
        value: PredictionSource | None = (
            cache["source"] if "source" in cache else self._convert("source")
        )
        return value

    @source.setter
    def source(self, value: PredictionSource | None) -> None:
        self._assign("source", value)

    @property
    def deployment(self) -> str | None:
        raw: Any = self._raw
        value: str | None = raw.get("deployment")
        return value

    @deployment.setter
    def deployment(self, value: str | None) -> None:
        self._raw["deployment"] = to_json_value(value)

    @property
    def data_removed(self) -> bool | None:
        raw: Any = self._raw
        value: bool | None = raw.get("data_removed")
        return value

    @data_removed.setter
    def data_removed(self, value: bool | None) -> None:
        self._raw["data_removed"] = to_json_value(value)

    @property
    def started_at(self) -> datetime.datetime | None:
        cache = self._cache
        value: datetime.datetime | None = (
            cache["started_at"]
            if "started_at" in cache
            else self._convert("started_at")
        )
        return value

    @started_at.setter
    def started_at(self, value: datetime.datetime | None) -> None:
        self._assign("started_at", value)

    @property
    def completed_at(self) -> datetime.datetime | None:
        cache = self._cache
        value: datetime.datetime | None = (
            cache["completed_at"]
            if "completed_at" in cache
            else self._convert("completed_at")
        )
        return value

    @completed_at.setter
    def completed_at(self, value: datetime.datetime | None) -> None:
        self._assign("completed_at", value)

    @property
    def deadline(self) -> datetime.datetime | None:
        cache = self._cache
        value: datetime.datetime | None = (
            cache["deadline"] if "deadline" in cache else self._convert("deadline")
        )
        return value

    @deadline.setter
    def deadline(self, value: datetime.datetime | None) -> None:
        self._assign("deadline", value)

    @property
    def metrics(self) -> PredictionMetrics | None:
        cache = self._cache
        value: PredictionMetrics | None = (
            cache["metrics"] if "metrics" in cache else self._convert("metrics")
        )
        return value

    @metrics.setter
    def metrics(self, value: PredictionMetrics | None) -> None:
        self._assign("metrics", value)

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
    def webhook_completed(self) -> datetime.datetime | None:
        cache = self._cache
        value: datetime.datetime | None = (
            cache["webhook_completed"]
            if "webhook_completed" in cache
            else self._convert("webhook_completed")
        )
        return value

    @webhook_completed.setter
    def webhook_completed(self, value: datetime.datetime | None) -> None:
        self._assign("webhook_completed", value)

    @property
    def stream(self) -> bool | None:
        raw: Any = self._raw
        value: bool | None = raw.get("stream")
        return value

    @stream.setter
    def stream(self, value: bool | None) -> None:
        self._raw["stream"] = to_json_value(value)

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
        "status": ("status", enum_of(PredictionStatus)),
        "created_at": ("created_at", parse_datetime),
        "urls": ("urls", PredictionUrls._wrap),
        "model": ("model", None),
        "version": ("version", None),
        "input_": ("input", PredictionInput._wrap),
        "output": ("output", None),
        "logs": ("logs", None),
        "error": ("error", None),
        "source": ("source", enum_of(PredictionSource)),
        "deployment": ("deployment", None),
        "data_removed": ("data_removed", None),
        "started_at": ("started_at", parse_datetime),
        "completed_at": ("completed_at", parse_datetime),
        "deadline": ("deadline", parse_datetime),
        "metrics": ("metrics", PredictionMetrics._wrap),
        "webhook": ("webhook", None),
        "webhook_events_filter": (
            "webhook_events_filter",
            list_of(enum_of(WebhookEventType)),
        ),
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
