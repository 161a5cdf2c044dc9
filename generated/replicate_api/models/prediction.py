from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..models.prediction_source import PredictionSource
from ..models.prediction_status import PredictionStatus
from ..models.webhook_event_type import WebhookEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.prediction_input import PredictionInput
    from ..models.prediction_metrics import PredictionMetrics
    from ..models.prediction_urls import PredictionUrls


T = TypeVar("T", bound="Prediction")


class Prediction:
    """One run of a model on one input. Webhook deliveries carry the same object.

    Attributes:
        id (str):
        status (PredictionStatus): Where a prediction or training is in its life. `starting` and `processing` are not
            final; the others are. `aborted` means it ended before it ever ran (for example its deadline passed while it
            waited). The server may add values.
        created_at (str): Creation time (RFC 3339).
        urls (PredictionUrls): API links for a prediction or training.
        model (None | str | Unset): The model as `owner/name`.
        version (None | str | Unset): The version ID; official models report an internal ID or `hidden`.
        input_ (None | PredictionInput | Unset):
        output (Any | Unset): What the model returned so far: any JSON value (text, list of chunks or file URLs, object,
            number) or null. File outputs are URLs or `data:` URIs.
        logs (None | str | Unset): The model's printed output so far.
        error (None | str | Unset): Why the prediction failed, when it did.
        source (None | PredictionSource | Unset):
        deployment (None | str | Unset): The deployment that ran it, as `owner/name`, if any.
        data_removed (bool | None | Unset): True once input, output and logs have been deleted.
        started_at (None | str | Unset): Time the model started running.
        completed_at (None | str | Unset): Time it reached a final status.
        deadline (None | str | Unset): Time at which it will be canceled if still unfinished.
        metrics (None | PredictionMetrics | Unset):
        webhook (None | str | Unset): URL that receives webhook calls.
        webhook_events_filter (list[WebhookEventType] | None | Unset):
        webhook_completed (None | str | Unset): Time the final webhook call was delivered.
        stream (bool | None | Unset): Deprecated echo of the request's `stream` flag.
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
        "additional_properties",
    )

    id: str
    status: PredictionStatus
    created_at: str
    urls: PredictionUrls
    model: None | str | Unset
    version: None | str | Unset
    input_: None | PredictionInput | Unset
    output: Any | Unset
    logs: None | str | Unset
    error: None | str | Unset
    source: None | PredictionSource | Unset
    deployment: None | str | Unset
    data_removed: bool | None | Unset
    started_at: None | str | Unset
    completed_at: None | str | Unset
    deadline: None | str | Unset
    metrics: None | PredictionMetrics | Unset
    webhook: None | str | Unset
    webhook_events_filter: list[WebhookEventType] | None | Unset
    webhook_completed: None | str | Unset
    stream: bool | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        *,
        id: str,
        status: PredictionStatus,
        created_at: str,
        urls: PredictionUrls,
        model: None | str | Unset = UNSET,
        version: None | str | Unset = UNSET,
        input_: None | PredictionInput | Unset = UNSET,
        output: Any | Unset = UNSET,
        logs: None | str | Unset = UNSET,
        error: None | str | Unset = UNSET,
        source: None | PredictionSource | Unset = UNSET,
        deployment: None | str | Unset = UNSET,
        data_removed: bool | None | Unset = UNSET,
        started_at: None | str | Unset = UNSET,
        completed_at: None | str | Unset = UNSET,
        deadline: None | str | Unset = UNSET,
        metrics: None | PredictionMetrics | Unset = UNSET,
        webhook: None | str | Unset = UNSET,
        webhook_events_filter: list[WebhookEventType] | None | Unset = UNSET,
        webhook_completed: None | str | Unset = UNSET,
        stream: bool | None | Unset = UNSET,
    ) -> None:
        self.id = id
        self.status = status
        self.created_at = created_at
        self.urls = urls
        self.model = model
        self.version = version
        self.input_ = input_
        self.output = output
        self.logs = logs
        self.error = error
        self.source = source
        self.deployment = deployment
        self.data_removed = data_removed
        self.started_at = started_at
        self.completed_at = completed_at
        self.deadline = deadline
        self.metrics = metrics
        self.webhook = webhook
        self.webhook_events_filter = webhook_events_filter
        self.webhook_completed = webhook_completed
        self.stream = stream
        self.additional_properties = {}

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
    def input(self) -> None | PredictionInput | Unset:
        """Alias of `input_`, under the API's own field name."""
        return self.input_

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: every field that is set, plus any fields the spec does not name."""
        id = self.id

        status = self.status.value

        created_at = self.created_at

        urls = self.urls.to_dict()

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        input_: dict[str, Any] | None | Unset
        if isinstance(self.input_, Unset):
            input_ = UNSET
        elif isinstance(self.input_, PredictionInput):
            input_ = self.input_.to_dict()
        else:
            input_ = self.input_

        output = self.output

        logs: None | str | Unset
        if isinstance(self.logs, Unset):
            logs = UNSET
        else:
            logs = self.logs

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, PredictionSource):
            source = self.source.value
        else:
            source = self.source

        deployment: None | str | Unset
        if isinstance(self.deployment, Unset):
            deployment = UNSET
        else:
            deployment = self.deployment

        data_removed: bool | None | Unset
        if isinstance(self.data_removed, Unset):
            data_removed = UNSET
        else:
            data_removed = self.data_removed

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        else:
            started_at = self.started_at

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        deadline: None | str | Unset
        if isinstance(self.deadline, Unset):
            deadline = UNSET
        else:
            deadline = self.deadline

        metrics: dict[str, Any] | None | Unset
        if isinstance(self.metrics, Unset):
            metrics = UNSET
        elif isinstance(self.metrics, PredictionMetrics):
            metrics = self.metrics.to_dict()
        else:
            metrics = self.metrics

        webhook: None | str | Unset
        if isinstance(self.webhook, Unset):
            webhook = UNSET
        else:
            webhook = self.webhook

        webhook_events_filter: list[str] | None | Unset
        if isinstance(self.webhook_events_filter, Unset):
            webhook_events_filter = UNSET
        elif isinstance(self.webhook_events_filter, list):
            webhook_events_filter = []
            for webhook_events_filter_type_0_item_data in self.webhook_events_filter:
                webhook_events_filter_type_0_item = (
                    webhook_events_filter_type_0_item_data.value
                )
                webhook_events_filter.append(webhook_events_filter_type_0_item)

        else:
            webhook_events_filter = self.webhook_events_filter

        webhook_completed: None | str | Unset
        if isinstance(self.webhook_completed, Unset):
            webhook_completed = UNSET
        else:
            webhook_completed = self.webhook_completed

        stream: bool | None | Unset
        if isinstance(self.stream, Unset):
            stream = UNSET
        else:
            stream = self.stream

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["status"] = status
        field_dict["created_at"] = created_at
        field_dict["urls"] = urls
        if model is not UNSET:
            field_dict["model"] = model
        if version is not UNSET:
            field_dict["version"] = version
        if input_ is not UNSET:
            field_dict["input"] = input_
        if output is not UNSET:
            field_dict["output"] = output
        if logs is not UNSET:
            field_dict["logs"] = logs
        if error is not UNSET:
            field_dict["error"] = error
        if source is not UNSET:
            field_dict["source"] = source
        if deployment is not UNSET:
            field_dict["deployment"] = deployment
        if data_removed is not UNSET:
            field_dict["data_removed"] = data_removed
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if deadline is not UNSET:
            field_dict["deadline"] = deadline
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if webhook is not UNSET:
            field_dict["webhook"] = webhook
        if webhook_events_filter is not UNSET:
            field_dict["webhook_events_filter"] = webhook_events_filter
        if webhook_completed is not UNSET:
            field_dict["webhook_completed"] = webhook_completed
        if stream is not UNSET:
            field_dict["stream"] = stream
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse the JSON form; fields the spec does not name go to `additional_properties`."""
        d = dict(src_dict)
        id = d.pop("id")

        status = PredictionStatus(d.pop("status"))

        created_at = d.pop("created_at")

        urls = PredictionUrls.from_dict(d.pop("urls"))

        model = d.pop("model", UNSET)

        version = d.pop("version", UNSET)

        def _parse_input_(data: object) -> None | PredictionInput | Unset:
            if data is None or isinstance(data, Unset):
                return cast("None | PredictionInput | Unset", data)
            if isinstance(data, dict):
                try:
                    input_type_0 = PredictionInput.from_dict(data)

                    return input_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast("None | PredictionInput | Unset", data)

        input_ = _parse_input_(d.pop("input", UNSET))

        output = d.pop("output", UNSET)

        logs = d.pop("logs", UNSET)

        error = d.pop("error", UNSET)

        def _parse_source(data: object) -> None | PredictionSource | Unset:
            if data is None or isinstance(data, Unset):
                return cast("None | PredictionSource | Unset", data)
            if isinstance(data, str):
                try:
                    source_type_0 = PredictionSource(data)

                    return source_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast("None | PredictionSource | Unset", data)

        source = _parse_source(d.pop("source", UNSET))

        deployment = d.pop("deployment", UNSET)

        data_removed = d.pop("data_removed", UNSET)

        started_at = d.pop("started_at", UNSET)

        completed_at = d.pop("completed_at", UNSET)

        deadline = d.pop("deadline", UNSET)

        def _parse_metrics(data: object) -> None | PredictionMetrics | Unset:
            if data is None or isinstance(data, Unset):
                return cast("None | PredictionMetrics | Unset", data)
            if isinstance(data, dict):
                try:
                    metrics_type_0 = PredictionMetrics.from_dict(data)

                    return metrics_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast("None | PredictionMetrics | Unset", data)

        metrics = _parse_metrics(d.pop("metrics", UNSET))

        webhook = d.pop("webhook", UNSET)

        def _parse_webhook_events_filter(
            data: object,
        ) -> list[WebhookEventType] | None | Unset:
            if data is None or isinstance(data, Unset):
                return cast("list[WebhookEventType] | None | Unset", data)
            if isinstance(data, list):
                try:
                    webhook_events_filter_type_0 = []
                    _webhook_events_filter_type_0 = data
                    for (
                        webhook_events_filter_type_0_item_data
                    ) in _webhook_events_filter_type_0:
                        webhook_events_filter_type_0_item = WebhookEventType(
                            webhook_events_filter_type_0_item_data
                        )

                        webhook_events_filter_type_0.append(
                            webhook_events_filter_type_0_item
                        )

                    return webhook_events_filter_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast("list[WebhookEventType] | None | Unset", data)

        webhook_events_filter = _parse_webhook_events_filter(
            d.pop("webhook_events_filter", UNSET)
        )

        webhook_completed = d.pop("webhook_completed", UNSET)

        stream = d.pop("stream", UNSET)

        prediction = cls(
            id=id,
            status=status,
            created_at=created_at,
            urls=urls,
            model=model,
            version=version,
            input_=input_,
            output=output,
            logs=logs,
            error=error,
            source=source,
            deployment=deployment,
            data_removed=data_removed,
            started_at=started_at,
            completed_at=completed_at,
            deadline=deadline,
            metrics=metrics,
            webhook=webhook,
            webhook_events_filter=webhook_events_filter,
            webhook_completed=webhook_completed,
            stream=stream,
        )
        prediction.additional_properties = d
        return prediction

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Models this one refers to, imported after the class so that models referring to each
# other can load (and once, rather than on every parse).
from ..models.prediction_input import PredictionInput  # noqa: E402
from ..models.prediction_metrics import PredictionMetrics  # noqa: E402
from ..models.prediction_urls import PredictionUrls  # noqa: E402
