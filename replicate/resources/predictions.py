"""predictions: create, get, list and cancel predictions."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, Unpack

from .._predict import PredictionCreate
from ._base import AsyncResource, Call, PageData, SyncResource, model, operation, page_of, paged
from ._variants import M, Raw, RequestOptions, Streamed

if TYPE_CHECKING:
    from replicate_api.models import Prediction
    from replicate_api.types import Unset


def create_call(create: PredictionCreate) -> Call[Prediction]:
    """The request of any prediction create (by version, model or deployment)."""
    from replicate_api.models import Prediction

    return Call(
        "POST", create.path(), model(Prediction), json=create.body(), headers=create.headers()
    )


def _get(prediction_id: str) -> Call[Prediction]:
    from replicate_api.api.predictions import predictions_get
    from replicate_api.models import Prediction

    return Call.generated(
        predictions_get.request_kwargs(prediction_id=prediction_id), model(Prediction)
    )


def _list(
    created_after: str | datetime | None, created_before: str | datetime | None
) -> Call[PageData[Prediction]]:
    from replicate_api.api.predictions import predictions_list
    from replicate_api.models import PredictionPage

    # The generated endpoint wants datetimes; ISO 8601 strings ("...Z" too) are accepted here.
    kwargs = predictions_list.request_kwargs(
        created_after=_datetime(created_after), created_before=_datetime(created_before)
    )
    return Call.generated(kwargs, page_of(PredictionPage))


def _datetime(value: str | datetime | None) -> datetime | Unset:
    from replicate_api.types import UNSET

    if value is None:
        return UNSET
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)


def _cancel(prediction_id: str) -> Call[Prediction]:
    from replicate_api.api.predictions import predictions_cancel
    from replicate_api.models import Prediction

    kwargs = predictions_cancel.request_kwargs(prediction_id=prediction_id)
    return Call.generated(kwargs, model(Prediction))


class _Operations:
    @operation
    def create(
        self,
        *,
        version: str,
        input: dict[str, Any],
        webhook: str | None = None,
        webhook_events_filter: list[str] | None = None,
        stream: bool | None = None,
        wait: bool | int | None = None,
        cancel_after: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[Prediction]:
        """Start a prediction of a model version.

        `wait=True` (or seconds, 1-60) asks the API to hold the answer until the
        prediction finishes or the window passes; `cancel_after="5m"` cancels it then.
        """
        return create_call(
            PredictionCreate(
                input,
                version=version,
                webhook=webhook,
                webhook_events_filter=webhook_events_filter,
                stream=stream,
                wait=wait,
                cancel_after=cancel_after,
            )
        )

    @operation
    def get(self, *, prediction_id: str, **options: Unpack[RequestOptions]) -> Call[Prediction]:
        return _get(prediction_id)

    @operation
    def cancel(self, *, prediction_id: str, **options: Unpack[RequestOptions]) -> Call[Prediction]:
        return _cancel(prediction_id)

    @paged
    def list(
        self,
        *,
        created_after: str | None = None,
        created_before: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[PageData[Prediction]]:
        """The account's predictions, newest first; iterate the page to walk them all."""
        return _list(created_after, created_before)


class Predictions(SyncResource[M], _Operations):
    """Predictions: create, get, list and cancel."""

    with_raw_response: Predictions[Raw]
    with_streaming_response: Predictions[Streamed]


class AsyncPredictions(AsyncResource[M], _Operations):
    """The asyncio twin of `Predictions`: the same methods, awaited."""

    with_raw_response: AsyncPredictions[Raw]
    with_streaming_response: AsyncPredictions[Streamed]
