"""trainings: fine-tune a model version into a new version of a destination model."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Unpack

from ._base import (
    AsyncResource,
    Call,
    PageData,
    SyncResource,
    body,
    model,
    operation,
    page_of,
    paged,
)
from ._refs import owner_name_and_version
from ._variants import M, Raw, RequestOptions, Streamed

if TYPE_CHECKING:
    from replicate_api.models import Training


def _create(
    owner: str,
    name: str,
    version_id: str,
    *,
    destination: str,
    input: dict[str, Any],
    webhook: str | None,
    webhook_events_filter: list[str] | None,
) -> Call[Training]:
    from replicate_api.api.trainings import trainings_create
    from replicate_api.models import Training

    fields = body(
        destination=destination,
        input=input,
        webhook=webhook,
        webhook_events_filter=webhook_events_filter,
    )
    kwargs = trainings_create.request_kwargs(owner, name, version_id, body=fields)
    return Call.generated(kwargs, model(Training))


def _get(training_id: str) -> Call[Training]:
    from replicate_api.api.trainings import trainings_get
    from replicate_api.models import Training

    return Call.generated(trainings_get.request_kwargs(training_id), model(Training))


def _list() -> Call[PageData[Training]]:
    from replicate_api.api.trainings import trainings_list
    from replicate_api.models import TrainingPage

    return Call.generated(trainings_list.request_kwargs(), page_of(TrainingPage))


def _cancel(training_id: str) -> Call[Training]:
    from replicate_api.api.trainings import trainings_cancel
    from replicate_api.models import Training

    return Call.generated(trainings_cancel.request_kwargs(training_id), model(Training))


class _TrainingsOperations:
    @operation
    def create(
        self,
        ref: str | None = None,
        /,
        *,
        model_owner: str | None = None,
        model_name: str | None = None,
        version_id: str | None = None,
        destination: str,
        input: dict[str, Any],
        webhook: str | None = None,
        webhook_events_filter: list[str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[Training]:
        """Train a model version (keywords, or "owner/name:version" positionally).

        The result becomes a new version of `destination` ("owner/name").
        """
        owner, name, version = owner_name_and_version(ref, model_owner, model_name, version_id)
        return _create(
            owner,
            name,
            version,
            destination=destination,
            input=input,
            webhook=webhook,
            webhook_events_filter=webhook_events_filter,
        )

    @operation
    def get(self, training_id: str, **options: Unpack[RequestOptions]) -> Call[Training]:
        return _get(training_id)

    @paged
    def list(self, **options: Unpack[RequestOptions]) -> Call[PageData[Training]]:
        """The account's trainings, newest first; iterate the page to walk them all."""
        return _list()

    @operation
    def cancel(self, training_id: str, **options: Unpack[RequestOptions]) -> Call[Training]:
        return _cancel(training_id)


class Trainings(SyncResource[M], _TrainingsOperations):
    """Trainings: create, get, list and cancel."""

    with_raw_response: Trainings[Raw]
    with_streaming_response: Trainings[Streamed]


class AsyncTrainings(AsyncResource[M], _TrainingsOperations):
    """The asyncio twin of `Trainings`: the same methods, awaited."""

    with_raw_response: AsyncTrainings[Raw]
    with_streaming_response: AsyncTrainings[Streamed]
