"""Models and their versions, as the local server knows them.

A version pairs a Python function (the stand-in for a Cog model) with its schemas and its
timing on the model clock: how long it sits in ``starting`` and how long it runs.
"""

from __future__ import annotations

import inspect
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ._ids import digest_id, iso
from ._schema import (
    JsonSchema,
    cog_document,
    input_schema_for,
    is_iterator_output,
    output_schema_for,
)

ModelFn = Callable[..., Any]


class OutputFile:
    """A file a model function returns; the server serves it from its file-delivery route.

    Prediction outputs then carry a URL on this server (as Replicate's outputs carry URLs on
    its delivery host), e.g. ``http://127.0.0.1:PORT/files-delivery/<id>/output.png``.
    """

    __replicate_output_file__ = True
    __slots__ = ("content_type", "data", "filename")

    def __init__(
        self,
        data: bytes,
        filename: str = "output.bin",
        content_type: str = "application/octet-stream",
    ) -> None:
        self.data = data
        self.filename = filename
        self.content_type = content_type

    def __repr__(self) -> str:
        return f"OutputFile({self.filename!r}, {len(self.data)} bytes, {self.content_type!r})"


@dataclass(eq=False)
class VersionRecord:
    """One version of a model: the function that runs it and the shape of its I/O."""

    id: str
    model: str
    fn: ModelFn
    input_schema: JsonSchema
    output_schema: JsonSchema
    created_at: float = field(default_factory=time.time)
    run_time: float = 0.0
    start_delay: float = 0.0
    progress_steps: int = 0  # > 0: logs a tqdm-style progress line per step while running
    streaming: bool = False
    trainable: bool = False
    train_run_time: float = 2.0
    extra_schemas: dict[str, JsonSchema] = field(default_factory=dict)
    cog_version: str = "0.16.9"
    _document: JsonSchema | None = None

    @property
    def iterator_output(self) -> bool:
        return is_iterator_output(self.output_schema)

    @property
    def is_generator(self) -> bool:
        return inspect.isgeneratorfunction(self.fn)

    @property
    def components(self) -> dict[str, JsonSchema]:
        return self.extra_schemas

    def openapi_schema(self) -> JsonSchema:
        if self._document is None:
            training = (
                {"title": "TrainingInput", "type": "object", "properties": {}}
                if self.trainable
                else None
            )
            self._document = cog_document(
                self.input_schema,
                self.output_schema,
                training_input=training,
                extra_schemas=self.extra_schemas,
            )
        return self._document

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "created_at": iso(self.created_at),
            "cog_version": self.cog_version,
            "openapi_schema": self.openapi_schema(),
        }


@dataclass(eq=False)
class ModelRecord:
    """A model: its public metadata and its versions (newest first)."""

    owner: str
    name: str
    description: str | None = None
    visibility: str = "public"
    hardware: str = "cpu"
    is_official: bool = False
    github_url: str | None = None
    paper_url: str | None = None
    license_url: str | None = None
    weights_url: str | None = None
    cover_image_path: str | None = None
    cover_image_url: str | None = None
    readme: str | None = None
    tags: list[str] = field(default_factory=list)
    run_count: int = 0
    created_at: float = field(default_factory=time.time)
    versions: list[VersionRecord] = field(default_factory=list)

    @property
    def full_name(self) -> str:
        return f"{self.owner}/{self.name}"

    def latest(self) -> VersionRecord | None:
        return self.versions[0] if self.versions else None

    def sort_key(self, sort_by: str) -> float:
        if sort_by == "model_created_at":
            return self.created_at
        latest = self.latest()
        return latest.created_at if latest else self.created_at

    def to_json(self, origin: str, default_example: dict[str, Any] | None = None) -> dict[str, Any]:
        latest = self.latest()
        cover = f"{origin}{self.cover_image_path}" if self.cover_image_path else None
        cover = self.cover_image_url or cover
        return {
            "url": f"{origin}/{self.owner}/{self.name}",
            "owner": self.owner,
            "name": self.name,
            "description": self.description,
            "visibility": self.visibility,
            "github_url": self.github_url,
            "paper_url": self.paper_url,
            "license_url": self.license_url,
            "weights_url": self.weights_url,
            "run_count": self.run_count,
            "cover_image_url": cover,
            "default_example": default_example,
            "latest_version": latest.to_json() if latest else None,
            "is_official": self.is_official,
            "created_at": iso(self.created_at),
        }


def make_version(
    model: str,
    fn: ModelFn,
    *,
    version_id: str | None = None,
    input_schema: JsonSchema | None = None,
    output_schema: JsonSchema | None = None,
    run_time: float = 0.0,
    start_delay: float = 0.0,
    progress_steps: int = 0,
    streaming: bool = False,
    trainable: bool = False,
    extra_schemas: dict[str, JsonSchema] | None = None,
    created_at: float | None = None,
) -> VersionRecord:
    """Build a version for ``fn``, deriving whatever schema is not given."""
    derived_output = output_schema if output_schema is not None else output_schema_for(fn)
    name = getattr(fn, "__qualname__", repr(fn))
    return VersionRecord(
        id=version_id or digest_id("version", model, name),
        model=model,
        fn=fn,
        input_schema=input_schema if input_schema is not None else input_schema_for(fn),
        output_schema=derived_output,
        run_time=run_time,
        start_delay=start_delay,
        progress_steps=progress_steps,
        streaming=streaming or inspect.isgeneratorfunction(fn),
        trainable=trainable,
        extra_schemas=extra_schemas or {},
        created_at=created_at if created_at is not None else time.time(),
    )


class Registry:
    """Every model the server knows, keyed by ``owner/name``, with a version index."""

    def __init__(self) -> None:
        self.models: dict[str, ModelRecord] = {}
        self._versions: dict[str, VersionRecord] = {}

    def add_model(self, model: ModelRecord) -> ModelRecord:
        self.models[model.full_name] = model
        for version in model.versions:
            self._versions[version.id] = version
        return model

    def get(self, owner: str, name: str) -> ModelRecord | None:
        return self.models.get(f"{owner}/{name}")

    def add_version(self, model: ModelRecord, version: VersionRecord) -> None:
        model.versions = [v for v in model.versions if v.id != version.id]
        model.versions.insert(0, version)
        self._versions[version.id] = version

    def remove_version(self, model: ModelRecord, version_id: str) -> bool:
        before = len(model.versions)
        model.versions = [v for v in model.versions if v.id != version_id]
        self._versions.pop(version_id, None)
        return len(model.versions) != before

    def remove_model(self, model: ModelRecord) -> None:
        for version in model.versions:
            self._versions.pop(version.id, None)
        self.models.pop(model.full_name, None)

    def version(self, version_id: str) -> VersionRecord | None:
        return self._versions.get(version_id)

    def model_of(self, version: VersionRecord) -> ModelRecord | None:
        return self.models.get(version.model)
