"""A client, the local server, and the resources an operation needs, made on demand.

`OPERATIONS` names every client operation the fault tests drive: the server route a fault
must hit, how to prepare (create what the call needs, before any fault is armed) and how
to call it. Its `creates` says which server counter a successful call adds one to.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import replicate
from replicate.testing import LocalServer

ECHO = "hostile/echo"
SLOW = "hostile/slow"
TRAINABLE = "stability-ai/sdxl"
DEPLOYMENT = "edge"
# Long enough that run(wait=False) polls a few times, short enough to keep tests fast.
SLOW_RUN_TIME = 0.3
IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "QUERY"})


def echo(text: str = "hi") -> str:
    return f"echo {text}"


class Scene:
    """What one test works with; each resource is created on first use."""

    def __init__(self, server: LocalServer, client: replicate.Replicate) -> None:
        self.server = server
        self.client = client
        self.echo_version = server.register_model(ECHO, echo)
        self.slow_version = server.register_model(SLOW, echo, run_time=SLOW_RUN_TIME)

    @cached_property
    def prediction_id(self) -> str:
        return self.client.predictions.create(version=self.slow_version, input={"text": "p"}).id

    @cached_property
    def file_id(self) -> str:
        return self.client.files.create(content=b"hostile bytes", filename="h.txt").id

    @cached_property
    def trainable_version(self) -> str:
        model = self.client.models.get(TRAINABLE)
        assert model.latest_version
        return str(model.latest_version.id)

    @cached_property
    def training_id(self) -> str:
        training = self.client.trainings.create(
            f"{TRAINABLE}:{self.trainable_version}", destination=ECHO, input={}
        )
        return training.id

    @cached_property
    def deployment(self) -> str:
        created = self.client.deployments.create(
            name=DEPLOYMENT,
            model=ECHO,
            version=self.echo_version,
            hardware="cpu",
            min_instances=0,
            max_instances=1,
        )
        return f"{created.owner}/{created.name}"

    def created(self) -> dict[str, int]:
        counters = self.server.counters
        return {
            "predictions": counters.predictions_created,
            "trainings": counters.trainings_created,
        }


def _nothing(scene: Scene) -> None:
    return None


@dataclass(frozen=True)
class Operation:
    route: str
    call: Callable[[Scene], Any]
    prepare: Callable[[Scene], Any] = _nothing
    creates: str | None = None
    # Holds its create open under `Prefer: wait`, with a read timeout of its own.
    waits: bool = False

    @property
    def idempotent(self) -> bool:
        return self.route.split()[0] in IDEMPOTENT


P = "/v1/predictions"
M = "/v1/models/{model_owner}/{model_name}"
D = "/v1/deployments/{deployment_owner}/{deployment_name}"

OPERATIONS: dict[str, Operation] = {
    # predictions
    "predictions.create": Operation(
        f"POST {P}",
        lambda s: s.client.predictions.create(version=s.echo_version, input={"text": "c"}),
        creates="predictions",
    ),
    "predictions.get": Operation(
        f"GET {P}/{{prediction_id}}",
        lambda s: s.client.predictions.get(prediction_id=s.prediction_id),
        prepare=lambda s: s.prediction_id,
    ),
    "predictions.list": Operation(f"GET {P}", lambda s: s.client.predictions.list()),
    "predictions.cancel": Operation(
        f"POST {P}/{{prediction_id}}/cancel",
        lambda s: s.client.predictions.cancel(prediction_id=s.prediction_id),
        prepare=lambda s: s.prediction_id,
    ),
    # models and versions
    "models.get": Operation(f"GET {M}", lambda s: s.client.models.get(ECHO)),
    "models.list": Operation("GET /v1/models", lambda s: s.client.models.list()),
    "models.search": Operation("QUERY /v1/models", lambda s: s.client.models.search("echo")),
    "models.create": Operation(
        "POST /v1/models",
        lambda s: s.client.models.create(
            owner="acme", name="fresh", visibility="private", hardware="cpu"
        ),
    ),
    "models.versions.get": Operation(
        f"GET {M}/versions/{{version_id}}",
        lambda s: s.client.models.versions.get(f"{ECHO}:{s.echo_version}"),
    ),
    "models.versions.list": Operation(
        f"GET {M}/versions", lambda s: s.client.models.versions.list(ECHO)
    ),
    "models.predictions.create": Operation(
        f"POST {M}/predictions",
        lambda s: s.client.models.predictions.create(ECHO, input={"text": "m"}),
        creates="predictions",
    ),
    # files
    "files.create": Operation(
        "POST /v1/files", lambda s: s.client.files.create(content=b"abc", filename="a.txt")
    ),
    "files.get": Operation(
        "GET /v1/files/{file_id}",
        lambda s: s.client.files.get(file_id=s.file_id),
        prepare=lambda s: s.file_id,
    ),
    "files.list": Operation("GET /v1/files", lambda s: s.client.files.list()),
    "files.delete": Operation(
        "DELETE /v1/files/{file_id}",
        lambda s: s.client.files.delete(file_id=s.file_id),
        prepare=lambda s: s.file_id,
    ),
    # trainings
    "trainings.create": Operation(
        f"POST {M}/versions/{{version_id}}/trainings",
        lambda s: s.client.trainings.create(
            f"{TRAINABLE}:{s.trainable_version}", destination=ECHO, input={}
        ),
        prepare=lambda s: s.trainable_version,
        creates="trainings",
    ),
    "trainings.get": Operation(
        "GET /v1/trainings/{training_id}",
        lambda s: s.client.trainings.get(training_id=s.training_id),
        prepare=lambda s: s.training_id,
    ),
    "trainings.list": Operation("GET /v1/trainings", lambda s: s.client.trainings.list()),
    "trainings.cancel": Operation(
        "POST /v1/trainings/{training_id}/cancel",
        lambda s: s.client.trainings.cancel(training_id=s.training_id),
        prepare=lambda s: s.training_id,
    ),
    # deployments
    "deployments.create": Operation(
        "POST /v1/deployments",
        lambda s: s.client.deployments.create(
            name="fresh",
            model=ECHO,
            version=s.echo_version,
            hardware="cpu",
            min_instances=0,
            max_instances=1,
        ),
    ),
    "deployments.get": Operation(
        f"GET {D}", lambda s: s.client.deployments.get(s.deployment), prepare=lambda s: s.deployment
    ),
    "deployments.list": Operation("GET /v1/deployments", lambda s: s.client.deployments.list()),
    "deployments.update": Operation(
        f"PATCH {D}",
        lambda s: s.client.deployments.update(s.deployment, max_instances=2),
        prepare=lambda s: s.deployment,
    ),
    "deployments.predictions.create": Operation(
        f"POST {D}/predictions",
        lambda s: s.client.deployments.predictions.create(s.deployment, input={"text": "d"}),
        prepare=lambda s: s.deployment,
        creates="predictions",
    ),
    # the rest of the catalogue
    "account.get": Operation("GET /v1/account", lambda s: s.client.account.get()),
    "hardware.list": Operation("GET /v1/hardware", lambda s: s.client.hardware.list()),
    "collections.get": Operation(
        "GET /v1/collections/{collection_slug}",
        lambda s: s.client.collections.get(collection_slug="official"),
    ),
    "collections.list": Operation("GET /v1/collections", lambda s: s.client.collections.list()),
    "webhooks.default.secret.get": Operation(
        "GET /v1/webhooks/default/secret", lambda s: s.client.webhooks.default.secret.get()
    ),
    "search": Operation("GET /v1/search", lambda s: s.client.search(query="echo")),
    # high level
    "run": Operation(
        f"POST {M}/predictions",
        lambda s: s.client.run(ECHO, input={"text": "r"}),
        creates="predictions",
        waits=True,
    ),
    "run(version)": Operation(
        f"POST {P}",
        lambda s: s.client.run(f"{ECHO}:{s.echo_version}", input={"text": "r"}),
        creates="predictions",
        waits=True,
    ),
    "use": Operation(
        f"POST {M}/predictions",
        lambda s: s.client.use(ECHO)(text="u"),
        creates="predictions",
        waits=True,
    ),
}
