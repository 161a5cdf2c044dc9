from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from ..models.prediction_source import PredictionSource
from ..models.prediction_status import PredictionStatus
from ..types import NOT_GIVEN, BaseModel, parse_datetime

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

    __slots__ = (
        "id",
        "status",
        "created_at",
        "urls",
        "model",
        "version",
        "destination",
        "input_",
        "output",
        "logs",
        "error",
        "source",
        "data_removed",
        "started_at",
        "completed_at",
        "metrics",
        "webhook",
        "webhook_completed",
    )

    id: str
    status: PredictionStatus
    created_at: datetime.datetime
    urls: PredictionUrls
    model: str | None
    version: str | None
    destination: str | None
    input_: TrainingInput | None
    output: TrainingOutput | None
    logs: str | None
    error: str | None
    source: PredictionSource | None
    data_removed: bool | None
    started_at: datetime.datetime | None
    completed_at: datetime.datetime | None
    metrics: PredictionMetrics | None
    webhook: str | None
    webhook_completed: datetime.datetime | None

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
        "status": ("status", PredictionStatus),
        "created_at": ("created_at", parse_datetime),
        "urls": ("urls", PredictionUrls.from_dict),
        "model": ("model", None),
        "version": ("version", None),
        "destination": ("destination", None),
        "input_": ("input", TrainingInput.from_dict),
        "output": ("output", TrainingOutput.from_dict),
        "logs": ("logs", None),
        "error": ("error", None),
        "source": ("source", PredictionSource),
        "data_removed": ("data_removed", None),
        "started_at": ("started_at", parse_datetime),
        "completed_at": ("completed_at", parse_datetime),
        "metrics": ("metrics", PredictionMetrics.from_dict),
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
