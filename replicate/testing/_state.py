"""All of the local server's in-memory state (behaviour lives in ``_engine``)."""

from __future__ import annotations

import asyncio
import base64
import os
from dataclasses import dataclass, field
from typing import Any

from ._counters import Counters
from ._faults import Faults
from ._filestore import FileStore
from ._registry import ModelRecord, Registry
from ._runs import DeliveryLink, Run
from ._seed import ACCOUNT_USERNAME, COLLECTIONS, seed_models


@dataclass(eq=False)
class Deployment:
    owner: str
    name: str
    releases: list[dict[str, Any]] = field(default_factory=list)

    @property
    def full_name(self) -> str:
        return f"{self.owner}/{self.name}"

    @property
    def current(self) -> dict[str, Any]:
        return self.releases[-1]


class ServerState:
    """Models, runs, deployments, files, deliveries, counters and faults of one server.

    ``speed`` divides every duration on the model clock (start delays, run times,
    ``Cancel-After``): ``speed=10`` makes the 20 s video model finish in 2 s.
    """

    def __init__(
        self,
        *,
        token: str | None = "r8_test",
        speed: float = 1.0,
        page_size: int = 20,
        output_data_uris: bool = False,
        max_upload_size: int | None = None,
    ) -> None:
        if speed <= 0:
            raise ValueError("speed must be positive")
        if page_size < 1:
            raise ValueError("page_size must be at least 1")
        self.token = token
        self.speed = speed
        self.page_size = page_size
        self.output_data_uris = output_data_uris
        self.max_upload_size = max_upload_size
        self.username = ACCOUNT_USERNAME
        self.webhook_secret = "whsec_" + base64.b64encode(os.urandom(24)).decode()
        self.counters = Counters()
        self.faults = Faults(self.counters)
        self.files = FileStore(self.username)
        self.closing = False
        self.background: set[asyncio.Task[None]] = set()
        self._seed()

    def _seed(self) -> None:
        self.registry = Registry()
        for model in seed_models():
            self.registry.add_model(model)
        self.collections: list[dict[str, Any]] = [dict(item) for item in COLLECTIONS]
        self.predictions: dict[str, Run] = {}
        self.trainings: dict[str, Run] = {}
        self.pending_trainings: list[Run] = []
        self.deployments: dict[str, Deployment] = {}
        self.deliveries: dict[str, DeliveryLink] = {}
        self.examples: dict[str, list[Run]] = {}

    def clear(self) -> None:
        """Drop everything but the settings; the engine re-seeds (see ``_engine.reset``)."""
        self.files.clear()
        self.counters.reset()
        self.faults.clear()
        self._seed()

    def scale(self, seconds: float) -> float:
        """A duration on the model clock, in real seconds."""
        return seconds / self.speed

    def model_or_none(self, owner: str, name: str) -> ModelRecord | None:
        return self.registry.get(owner, name)

    def track(self, task: asyncio.Task[None]) -> None:
        self.background.add(task)
        task.add_done_callback(self.background.discard)
