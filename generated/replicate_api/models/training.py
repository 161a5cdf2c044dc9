from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..models.prediction_source import PredictionSource
from ..models.prediction_status import PredictionStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.prediction_metrics import PredictionMetrics
    from ..models.prediction_urls import PredictionUrls
    from ..models.training_input import TrainingInput
    from ..models.training_output import TrainingOutput


T = TypeVar("T", bound="Training")


class Training:
    """A fine-tuning run; it has the same life cycle as a prediction.

    Attributes:
        id (str):
        status (PredictionStatus): Where a prediction or training is in its life. `starting` and `processing` are not
            final; the others are. `aborted` means it ended before it ever ran (for example its deadline passed while it
            waited). The server may add values.
        created_at (str): Creation time (RFC 3339).
        urls (PredictionUrls): API links for a prediction or training.
        model (None | str | Unset): The base model as `owner/name`.
        version (None | str | Unset): The base version's ID.
        destination (None | str | Unset): The model that receives the new version, as `owner/name`.
        input_ (None | TrainingInput | Unset):
        output (None | TrainingOutput | Unset):
        logs (None | str | Unset):
        error (None | str | Unset): Why the training failed, when it did.
        source (None | PredictionSource | Unset):
        data_removed (bool | None | Unset):
        started_at (None | str | Unset):
        completed_at (None | str | Unset):
        metrics (None | PredictionMetrics | Unset):
        webhook (None | str | Unset):
        webhook_completed (None | str | Unset):
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
        "additional_properties",
    )

    id: str
    status: PredictionStatus
    created_at: str
    urls: PredictionUrls
    model: None | str | Unset
    version: None | str | Unset
    destination: None | str | Unset
    input_: None | TrainingInput | Unset
    output: None | TrainingOutput | Unset
    logs: None | str | Unset
    error: None | str | Unset
    source: None | PredictionSource | Unset
    data_removed: bool | None | Unset
    started_at: None | str | Unset
    completed_at: None | str | Unset
    metrics: None | PredictionMetrics | Unset
    webhook: None | str | Unset
    webhook_completed: None | str | Unset
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
        destination: None | str | Unset = UNSET,
        input_: None | TrainingInput | Unset = UNSET,
        output: None | TrainingOutput | Unset = UNSET,
        logs: None | str | Unset = UNSET,
        error: None | str | Unset = UNSET,
        source: None | PredictionSource | Unset = UNSET,
        data_removed: bool | None | Unset = UNSET,
        started_at: None | str | Unset = UNSET,
        completed_at: None | str | Unset = UNSET,
        metrics: None | PredictionMetrics | Unset = UNSET,
        webhook: None | str | Unset = UNSET,
        webhook_completed: None | str | Unset = UNSET,
    ) -> None:
        self.id = id
        self.status = status
        self.created_at = created_at
        self.urls = urls
        self.model = model
        self.version = version
        self.destination = destination
        self.input_ = input_
        self.output = output
        self.logs = logs
        self.error = error
        self.source = source
        self.data_removed = data_removed
        self.started_at = started_at
        self.completed_at = completed_at
        self.metrics = metrics
        self.webhook = webhook
        self.webhook_completed = webhook_completed
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
    def input(self) -> None | TrainingInput | Unset:
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

        destination: None | str | Unset
        if isinstance(self.destination, Unset):
            destination = UNSET
        else:
            destination = self.destination

        input_: dict[str, Any] | None | Unset
        if isinstance(self.input_, Unset):
            input_ = UNSET
        elif isinstance(self.input_, TrainingInput):
            input_ = self.input_.to_dict()
        else:
            input_ = self.input_

        output: dict[str, Any] | None | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        elif isinstance(self.output, TrainingOutput):
            output = self.output.to_dict()
        else:
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

        webhook_completed: None | str | Unset
        if isinstance(self.webhook_completed, Unset):
            webhook_completed = UNSET
        else:
            webhook_completed = self.webhook_completed

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
        if destination is not UNSET:
            field_dict["destination"] = destination
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
        if data_removed is not UNSET:
            field_dict["data_removed"] = data_removed
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if webhook is not UNSET:
            field_dict["webhook"] = webhook
        if webhook_completed is not UNSET:
            field_dict["webhook_completed"] = webhook_completed
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

        destination = d.pop("destination", UNSET)

        def _parse_input_(data: object) -> None | TrainingInput | Unset:
            if data is None or isinstance(data, Unset):
                return cast("None | TrainingInput | Unset", data)
            if isinstance(data, dict):
                try:
                    input_type_0 = TrainingInput.from_dict(data)

                    return input_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast("None | TrainingInput | Unset", data)

        input_ = _parse_input_(d.pop("input", UNSET))

        def _parse_output(data: object) -> None | TrainingOutput | Unset:
            if data is None or isinstance(data, Unset):
                return cast("None | TrainingOutput | Unset", data)
            if isinstance(data, dict):
                try:
                    output_type_0 = TrainingOutput.from_dict(data)

                    return output_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast("None | TrainingOutput | Unset", data)

        output = _parse_output(d.pop("output", UNSET))

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

        data_removed = d.pop("data_removed", UNSET)

        started_at = d.pop("started_at", UNSET)

        completed_at = d.pop("completed_at", UNSET)

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

        webhook_completed = d.pop("webhook_completed", UNSET)

        training = cls(
            id=id,
            status=status,
            created_at=created_at,
            urls=urls,
            model=model,
            version=version,
            destination=destination,
            input_=input_,
            output=output,
            logs=logs,
            error=error,
            source=source,
            data_removed=data_removed,
            started_at=started_at,
            completed_at=completed_at,
            metrics=metrics,
            webhook=webhook,
            webhook_completed=webhook_completed,
        )
        training.additional_properties = d
        return training

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
from ..models.prediction_metrics import PredictionMetrics  # noqa: E402
from ..models.prediction_urls import PredictionUrls  # noqa: E402
from ..models.training_input import TrainingInput  # noqa: E402
from ..models.training_output import TrainingOutput  # noqa: E402
