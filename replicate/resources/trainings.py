"""trainings: fine-tune a model version into a new version of a destination model."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._pagination import AsyncPage, SyncPage
from ._base import AsyncResource, Call, PageData, SyncResource, body, model, page_of
from ._refs import owner_name_and_version

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


class Trainings(SyncResource):
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
    ) -> Training:
        """Train a model version (keywords, or "owner/name:version" positionally).

        The result becomes a new version of `destination` ("owner/name").
        """
        owner, name, version = owner_name_and_version(ref, model_owner, model_name, version_id)
        call = _create(
            owner,
            name,
            version,
            destination=destination,
            input=input,
            webhook=webhook,
            webhook_events_filter=webhook_events_filter,
        )
        return self._call(call)

    def get(self, training_id: str) -> Training:
        return self._call(_get(training_id))

    def list(self) -> SyncPage[Training]:
        """The account's trainings, newest first; iterate the page to walk them all."""
        return self._page(_list())

    def cancel(self, training_id: str) -> Training:
        return self._call(_cancel(training_id))


class AsyncTrainings(AsyncResource):
    async def create(
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
    ) -> Training:
        owner, name, version = owner_name_and_version(ref, model_owner, model_name, version_id)
        call = _create(
            owner,
            name,
            version,
            destination=destination,
            input=input,
            webhook=webhook,
            webhook_events_filter=webhook_events_filter,
        )
        return await self._call(call)

    async def get(self, training_id: str) -> Training:
        return await self._call(_get(training_id))

    async def list(self) -> AsyncPage[Training]:
        return await self._page(_list())

    async def cancel(self, training_id: str) -> Training:
        return await self._call(_cancel(training_id))
