from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from ..models.prediction_source import PredictionSource
from ..models.prediction_status import PredictionStatus
from ..types import (
    NOT_GIVEN,
    BaseModel,
    enum_of,
    parse_datetime,
    to_json_value,
)

if TYPE_CHECKING:
    from ..models.prediction_metrics import PredictionMetrics
    from ..models.prediction_urls import PredictionUrls
    from ..models.training_input import TrainingInput
    from ..models.training_output import TrainingOutput


class Training(BaseModel):
    """A fine-tuning run; it has the same life cycle as a prediction.

    Attributes:
        id (str):
        status (PredictionStatus): Where a prediction or training is in its life. `starting` and `processing` are not
            final; the others are. `aborted` means it ended before it ever ran (for example its deadline passed while it
            waited). The server may add values.
        created_at (datetime.datetime): Creation time (RFC 3339).
        urls (PredictionUrls): API links for a prediction or training.
        model (str | None): The base model as `owner/name`.
        version (str | None): The base version's ID.
        destination (str | None): The model that receives the new version, as `owner/name`.
        input_ (TrainingInput | None):
        output (TrainingOutput | None):
        logs (str | None):
        error (str | None): Why the training failed, when it did.
        source (PredictionSource | None):
        data_removed (bool | None):
        started_at (datetime.datetime | None):
        completed_at (datetime.datetime | None):
        metrics (PredictionMetrics | None):
        webhook (str | None):
        webhook_completed (datetime.datetime | None):
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
        destination: str | None = NOT_GIVEN,
        input_: TrainingInput | None = NOT_GIVEN,
        output: TrainingOutput | None = NOT_GIVEN,
        logs: str | None = NOT_GIVEN,
        error: str | None = NOT_GIVEN,
        source: PredictionSource | None = NOT_GIVEN,
        data_removed: bool | None = NOT_GIVEN,
        started_at: datetime.datetime | None = NOT_GIVEN,
        completed_at: datetime.datetime | None = NOT_GIVEN,
        metrics: PredictionMetrics | None = NOT_GIVEN,
        webhook: str | None = NOT_GIVEN,
        webhook_completed: datetime.datetime | None = NOT_GIVEN,
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
        if destination is not NOT_GIVEN:
            self.destination = destination
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
        if data_removed is not NOT_GIVEN:
            self.data_removed = data_removed
        if started_at is not NOT_GIVEN:
            self.started_at = started_at
        if completed_at is not NOT_GIVEN:
            self.completed_at = completed_at
        if metrics is not NOT_GIVEN:
            self.metrics = metrics
        if webhook is not NOT_GIVEN:
            self.webhook = webhook
        if webhook_completed is not NOT_GIVEN:
            self.webhook_completed = webhook_completed

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
    def destination(self) -> str | None:
        raw: Any = self._raw
        value: str | None = raw.get("destination")
        return value

    @destination.setter
    def destination(self, value: str | None) -> None:
        self._raw["destination"] = to_json_value(value)

    @property
    def input_(self) -> TrainingInput | None:
        cache = self._cache
        value: TrainingInput | None = (
            cache["input_"] if "input_" in cache else self._convert("input_")
        )
        return value

    @input_.setter
    def input_(self, value: TrainingInput | None) -> None:
        self._assign("input_", value)

    @property
    def output(self) -> TrainingOutput | None:
        cache = self._cache
        value: TrainingOutput | None = (
            cache["output"] if "output" in cache else self._convert("output")
        )
        return value

    @output.setter
    def output(self, value: TrainingOutput | None) -> None:
        self._assign("output", value)

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
    def input(self) -> TrainingInput | None:
        """Alias of `input_`, under the API's own field name."""
        return self.input_


# Models this one refers to, imported after the class so that models referring to each
# other can load (and once, rather than on every parse).
from ..models.prediction_metrics import PredictionMetrics  # noqa: E402
from ..models.prediction_urls import PredictionUrls  # noqa: E402
from ..models.training_input import TrainingInput  # noqa: E402
from ..models.training_output import TrainingOutput  # noqa: E402

Training._define(
    {
        "id": ("id", None),
        "status": ("status", enum_of(PredictionStatus)),
        "created_at": ("created_at", parse_datetime),
        "urls": ("urls", PredictionUrls._wrap),
        "model": ("model", None),
        "version": ("version", None),
        "destination": ("destination", None),
        "input_": ("input", TrainingInput._wrap),
        "output": ("output", TrainingOutput._wrap),
        "logs": ("logs", None),
        "error": ("error", None),
        "source": ("source", enum_of(PredictionSource)),
        "data_removed": ("data_removed", None),
        "started_at": ("started_at", parse_datetime),
        "completed_at": ("completed_at", parse_datetime),
        "metrics": ("metrics", PredictionMetrics._wrap),
        "webhook": ("webhook", None),
        "webhook_completed": ("webhook_completed", parse_datetime),
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
        "output",
        "metrics",
    ),
)
