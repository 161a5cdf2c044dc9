"""deployments: a model version on dedicated, autoscaled hardware, and its predictions.

Methods naming one deployment take `deployment_owner=` and `deployment_name=` as in the
API reference, or a positional "owner/name" shortcut.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Unpack

from .._predict import PredictionCreate
from ._base import (
    AsyncResource,
    Call,
    PageData,
    SyncResource,
    body,
    model,
    nothing,
    operation,
    page_of,
    paged,
)
from ._refs import owner_and_name
from ._variants import M, Raw, RequestOptions, Streamed
from .predictions import create_call

if TYPE_CHECKING:
    from replicate_api.models import Deployment, Prediction

    from .._transport import AsyncTransport, SyncTransport


def _create(**fields: Any) -> Call[Deployment]:
    from replicate_api.api.deployments import deployments_create
    from replicate_api.models import Deployment

    return Call.generated(deployments_create.request_kwargs(body=body(**fields)), model(Deployment))


def _get(owner: str, name: str) -> Call[Deployment]:
    from replicate_api.api.deployments import deployments_get
    from replicate_api.models import Deployment

    return Call.generated(deployments_get.request_kwargs(owner, name), model(Deployment))


def _list() -> Call[PageData[Deployment]]:
    from replicate_api.api.deployments import deployments_list
    from replicate_api.models import DeploymentPage

    return Call.generated(deployments_list.request_kwargs(), page_of(DeploymentPage))


def _update(owner: str, name: str, **changes: Any) -> Call[Deployment]:
    from replicate_api.api.deployments import deployments_update
    from replicate_api.models import Deployment

    kwargs = deployments_update.request_kwargs(owner, name, body=body(**changes))
    return Call.generated(kwargs, model(Deployment))


def _delete(owner: str, name: str) -> Call[None]:
    from replicate_api.api.deployments import deployments_delete

    return Call.generated(deployments_delete.request_kwargs(owner, name), nothing)


def _ref(ref: str | None, owner: str | None, name: str | None) -> tuple[str, str]:
    return owner_and_name(ref, owner, name, kind="deployment")


class _DeploymentsOperations:
    @operation
    def create(
        self,
        *,
        name: str,
        model: str,
        version: str,
        hardware: str,
        min_instances: int,
        max_instances: int,
        **options: Unpack[RequestOptions],
    ) -> Call[Deployment]:
        """Deploy `model` ("owner/name") at `version` on `hardware` (a SKU)."""
        return _create(
            name=name,
            model=model,
            version=version,
            hardware=hardware,
            min_instances=min_instances,
            max_instances=max_instances,
        )

    @operation
    def get(
        self,
        ref: str | None = None,
        /,
        *,
        deployment_owner: str | None = None,
        deployment_name: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[Deployment]:
        return _get(*_ref(ref, deployment_owner, deployment_name))

    @paged
    def list(self, **options: Unpack[RequestOptions]) -> Call[PageData[Deployment]]:
        """The account's deployments; iterate the page to walk them all."""
        return _list()

    @operation
    def update(
        self,
        ref: str | None = None,
        /,
        *,
        deployment_owner: str | None = None,
        deployment_name: str | None = None,
        version: str | None = None,
        hardware: str | None = None,
        min_instances: int | None = None,
        max_instances: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[Deployment]:
        """Change a deployment; each change makes a new release. Omitted fields stay."""
        owner, name = _ref(ref, deployment_owner, deployment_name)
        return _update(
            owner,
            name,
            version=version,
            hardware=hardware,
            min_instances=min_instances,
            max_instances=max_instances,
        )

    @operation
    def delete(
        self,
        ref: str | None = None,
        /,
        *,
        deployment_owner: str | None = None,
        deployment_name: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[None]:
        """Delete a deployment that has been offline and unused for a while."""
        return _delete(*_ref(ref, deployment_owner, deployment_name))


class Deployments(SyncResource[M], _DeploymentsOperations):
    """Deployments; `deployments.predictions.create(...)` runs one."""

    with_raw_response: Deployments[Raw]
    with_streaming_response: Deployments[Streamed]

    def __init__(self, transport: SyncTransport) -> None:
        super().__init__(transport)
        self.predictions = DeploymentPredictions(transport)


class _DeploymentPredictionsOperations:
    @operation
    def create(
        self,
        ref: str | None = None,
        /,
        *,
        deployment_owner: str | None = None,
        deployment_name: str | None = None,
        input: dict[str, Any],
        webhook: str | None = None,
        webhook_events_filter: list[str] | None = None,
        stream: bool | None = None,
        wait: bool | int | None = None,
        cancel_after: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[Prediction]:
        """Start a prediction on the deployment (see `Predictions.create` for `wait`)."""
        owner, name = _ref(ref, deployment_owner, deployment_name)
        return create_call(
            PredictionCreate(
                input,
                deployment=(owner, name),
                webhook=webhook,
                webhook_events_filter=webhook_events_filter,
                stream=stream,
                wait=wait,
                cancel_after=cancel_after,
            )
        )


class DeploymentPredictions(SyncResource[M], _DeploymentPredictionsOperations):
    """Predictions run on a deployment."""

    with_raw_response: DeploymentPredictions[Raw]
    with_streaming_response: DeploymentPredictions[Streamed]


class AsyncDeployments(AsyncResource[M], _DeploymentsOperations):
    """The asyncio twin of `Deployments`."""

    with_raw_response: AsyncDeployments[Raw]
    with_streaming_response: AsyncDeployments[Streamed]

    def __init__(self, transport: AsyncTransport) -> None:
        super().__init__(transport)
        self.predictions = AsyncDeploymentPredictions(transport)


class AsyncDeploymentPredictions(AsyncResource[M], _DeploymentPredictionsOperations):
    """The asyncio twin of `DeploymentPredictions`: the same methods, awaited."""

    with_raw_response: AsyncDeploymentPredictions[Raw]
    with_streaming_response: AsyncDeploymentPredictions[Streamed]
