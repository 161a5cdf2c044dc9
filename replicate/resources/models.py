"""models: the model catalogue, and each model's versions, examples, readme and predictions.

Methods naming one model take `model_owner=` and `model_name=` as in the API reference,
or a positional "owner/name" shortcut.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Unpack

import httpx

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
from ._refs import owner_and_name, owner_name_and_version
from ._variants import M, Raw, RequestOptions, Streamed
from .predictions import create_call

if TYPE_CHECKING:
    from replicate_api.models import Model, ModelSortField, Prediction, SortDirection, Version

    from .._transport import AsyncTransport, SyncTransport

# Builders: one request description per operation -------------------------------------


def _create(
    *,
    owner: str,
    name: str,
    visibility: str,
    hardware: str,
    description: str | None,
    github_url: str | None,
    paper_url: str | None,
    license_url: str | None,
    cover_image_url: str | None,
) -> Call[Model]:
    from replicate_api.api.models import models_create
    from replicate_api.models import Model

    fields = body(
        owner=owner,
        name=name,
        visibility=str(visibility),
        hardware=hardware,
        description=description,
        github_url=github_url,
        paper_url=paper_url,
        license_url=license_url,
        cover_image_url=cover_image_url,
    )
    return Call.generated(models_create.request_kwargs(body=fields), model(Model))


def _get(owner: str, name: str) -> Call[Model]:
    from replicate_api.api.models import models_get
    from replicate_api.models import Model

    return Call.generated(models_get.request_kwargs(owner, name), model(Model))


def _list(
    sort_by: str | ModelSortField | None, sort_direction: str | SortDirection | None
) -> Call[PageData[Model]]:
    from replicate_api.api.models import models_list
    from replicate_api.models import ModelPage, ModelSortField, SortDirection

    options: dict[str, Any] = {}
    if sort_by is not None:
        options["sort_by"] = ModelSortField(sort_by)
    if sort_direction is not None:
        options["sort_direction"] = SortDirection(sort_direction)
    return Call.generated(models_list.request_kwargs(**options), page_of(ModelPage))


def _update(owner: str, name: str, **changes: str | None) -> Call[Model]:
    from replicate_api.api.models import models_update
    from replicate_api.models import Model

    kwargs = models_update.request_kwargs(owner, name, body=body(**changes))
    return Call.generated(kwargs, model(Model))


def _delete(owner: str, name: str) -> Call[None]:
    from replicate_api.api.models import models_delete

    return Call.generated(models_delete.request_kwargs(owner, name), nothing)


def _search(query: str) -> Call[PageData[Model]]:
    # QUERY /models with the text as a plain-text body; the generator skips QUERY.
    from replicate_api.models import ModelPage

    return Call(
        method="QUERY",
        url="/models",
        parse=page_of(ModelPage),
        headers={"Content-Type": "text/plain; charset=utf-8"},
        content=query.encode("utf-8"),
    )


def _version_get(owner: str, name: str, version_id: str) -> Call[Version]:
    from replicate_api.api.models import models_versions_get
    from replicate_api.models import Version

    kwargs = models_versions_get.request_kwargs(owner, name, version_id)
    return Call.generated(kwargs, model(Version))


def _version_list(owner: str, name: str) -> Call[PageData[Version]]:
    from replicate_api.api.models import models_versions_list
    from replicate_api.models import VersionPage

    return Call.generated(models_versions_list.request_kwargs(owner, name), page_of(VersionPage))


def _version_delete(owner: str, name: str, version_id: str) -> Call[None]:
    from replicate_api.api.models import models_versions_delete

    return Call.generated(models_versions_delete.request_kwargs(owner, name, version_id), nothing)


def _examples(owner: str, name: str) -> Call[PageData[Prediction]]:
    from replicate_api.api.models import models_examples_list
    from replicate_api.models import PredictionPage

    return Call.generated(models_examples_list.request_kwargs(owner, name), page_of(PredictionPage))


def _readme_text(response: httpx.Response) -> str:
    return response.text


def _readme(owner: str, name: str) -> Call[str]:
    from replicate_api.api.models import models_readme_get

    return Call.generated(models_readme_get.request_kwargs(owner, name), _readme_text)


# Sync ---------------------------------------------------------------------------------


class _ModelsOperations:
    @operation
    def create(
        self,
        *,
        owner: str,
        name: str,
        visibility: str,
        hardware: str,
        description: str | None = None,
        github_url: str | None = None,
        paper_url: str | None = None,
        license_url: str | None = None,
        cover_image_url: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[Model]:
        """Create a model (`visibility` is "public" or "private"; `hardware` a SKU)."""
        return _create(
            owner=owner,
            name=name,
            visibility=visibility,
            hardware=hardware,
            description=description,
            github_url=github_url,
            paper_url=paper_url,
            license_url=license_url,
            cover_image_url=cover_image_url,
        )

    @operation
    def get(
        self,
        ref: str | None = None,
        /,
        *,
        model_owner: str | None = None,
        model_name: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[Model]:
        return _get(*owner_and_name(ref, model_owner, model_name))

    @paged
    def list(
        self,
        *,
        sort_by: str | ModelSortField | None = None,
        sort_direction: str | SortDirection | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[PageData[Model]]:
        """Public models; iterate the page to walk them all."""
        return _list(sort_by, sort_direction)

    @operation
    def update(
        self,
        ref: str | None = None,
        /,
        *,
        model_owner: str | None = None,
        model_name: str | None = None,
        description: str | None = None,
        github_url: str | None = None,
        license_url: str | None = None,
        paper_url: str | None = None,
        readme: str | None = None,
        weights_url: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[Model]:
        """Change a model's metadata; fields left out stay as they are."""
        owner, name = owner_and_name(ref, model_owner, model_name)
        return _update(
            owner,
            name,
            description=description,
            github_url=github_url,
            license_url=license_url,
            paper_url=paper_url,
            readme=readme,
            weights_url=weights_url,
        )

    @operation
    def delete(
        self,
        ref: str | None = None,
        /,
        *,
        model_owner: str | None = None,
        model_name: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[None]:
        """Delete a private model that has no versions."""
        return _delete(*owner_and_name(ref, model_owner, model_name))

    @paged
    def search(self, query: str, **options: Unpack[RequestOptions]) -> Call[PageData[Model]]:
        """Public models matching a text query (sent with the HTTP method QUERY)."""
        return _search(query)


class Models(SyncResource[M], _ModelsOperations):
    """The model catalogue; `versions`, `examples`, `readme` and `predictions` hang off it."""

    with_raw_response: Models[Raw]
    with_streaming_response: Models[Streamed]

    def __init__(self, transport: SyncTransport) -> None:
        super().__init__(transport)
        self.versions = Versions(transport)
        self.examples = Examples(transport)
        self.readme = Readme(transport)
        self.predictions = ModelPredictions(transport)


class _VersionsOperations:
    @operation
    def get(
        self,
        ref: str | None = None,
        /,
        *,
        model_owner: str | None = None,
        model_name: str | None = None,
        version_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[Version]:
        """A version, by keywords or as "owner/name:version_id"."""
        return _version_get(*owner_name_and_version(ref, model_owner, model_name, version_id))

    @paged
    def list(
        self,
        ref: str | None = None,
        /,
        *,
        model_owner: str | None = None,
        model_name: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[PageData[Version]]:
        """A model's versions, newest first."""
        return _version_list(*owner_and_name(ref, model_owner, model_name))

    @operation
    def delete(
        self,
        ref: str | None = None,
        /,
        *,
        model_owner: str | None = None,
        model_name: str | None = None,
        version_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[None]:
        return _version_delete(*owner_name_and_version(ref, model_owner, model_name, version_id))


class Versions(SyncResource[M], _VersionsOperations):
    """A model's versions."""

    with_raw_response: Versions[Raw]
    with_streaming_response: Versions[Streamed]


class _ExamplesOperations:
    @paged
    def list(
        self,
        ref: str | None = None,
        /,
        *,
        model_owner: str | None = None,
        model_name: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[PageData[Prediction]]:
        """Example predictions the model's author chose to show."""
        return _examples(*owner_and_name(ref, model_owner, model_name))


class Examples(SyncResource[M], _ExamplesOperations):
    """A model's example predictions."""

    with_raw_response: Examples[Raw]
    with_streaming_response: Examples[Streamed]


class _ReadmeOperations:
    @operation
    def get(
        self,
        ref: str | None = None,
        /,
        *,
        model_owner: str | None = None,
        model_name: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[str]:
        """The model's README, as Markdown text."""
        return _readme(*owner_and_name(ref, model_owner, model_name))


class Readme(SyncResource[M], _ReadmeOperations):
    """A model's README."""

    with_raw_response: Readme[Raw]
    with_streaming_response: Readme[Streamed]


class _ModelPredictionsOperations:
    @operation
    def create(
        self,
        ref: str | None = None,
        /,
        *,
        model_owner: str | None = None,
        model_name: str | None = None,
        input: dict[str, Any],
        webhook: str | None = None,
        webhook_events_filter: list[str] | None = None,
        stream: bool | None = None,
        wait: bool | int | None = None,
        cancel_after: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Call[Prediction]:
        """Start a prediction of the model's current version (see `Predictions.create`)."""
        owner, name = owner_and_name(ref, model_owner, model_name)
        return create_call(
            PredictionCreate(
                input,
                model=(owner, name),
                webhook=webhook,
                webhook_events_filter=webhook_events_filter,
                stream=stream,
                wait=wait,
                cancel_after=cancel_after,
            )
        )


class ModelPredictions(SyncResource[M], _ModelPredictionsOperations):
    """Predictions of a model's latest version."""

    with_raw_response: ModelPredictions[Raw]
    with_streaming_response: ModelPredictions[Streamed]


# Async --------------------------------------------------------------------------------


class AsyncModels(AsyncResource[M], _ModelsOperations):
    """The asyncio twin of `Models`."""

    with_raw_response: AsyncModels[Raw]
    with_streaming_response: AsyncModels[Streamed]

    def __init__(self, transport: AsyncTransport) -> None:
        super().__init__(transport)
        self.versions = AsyncVersions(transport)
        self.examples = AsyncExamples(transport)
        self.readme = AsyncReadme(transport)
        self.predictions = AsyncModelPredictions(transport)


class AsyncVersions(AsyncResource[M], _VersionsOperations):
    """The asyncio twin of `Versions`: the same methods, awaited."""

    with_raw_response: AsyncVersions[Raw]
    with_streaming_response: AsyncVersions[Streamed]


class AsyncExamples(AsyncResource[M], _ExamplesOperations):
    """The asyncio twin of `Examples`: the same methods, awaited."""

    with_raw_response: AsyncExamples[Raw]
    with_streaming_response: AsyncExamples[Streamed]


class AsyncReadme(AsyncResource[M], _ReadmeOperations):
    """The asyncio twin of `Readme`: the same methods, awaited."""

    with_raw_response: AsyncReadme[Raw]
    with_streaming_response: AsyncReadme[Streamed]


class AsyncModelPredictions(AsyncResource[M], _ModelPredictionsOperations):
    """The asyncio twin of `ModelPredictions`: the same methods, awaited."""

    with_raw_response: AsyncModelPredictions[Raw]
    with_streaming_response: AsyncModelPredictions[Streamed]
