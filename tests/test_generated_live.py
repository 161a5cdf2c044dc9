"""The generated low-level package works on its own against a real HTTP server."""

from __future__ import annotations

import pytest
from replicate_api import AuthenticatedClient
from replicate_api.api.models import models_get
from replicate_api.api.predictions import predictions_create, predictions_get
from replicate_api.models import Model, Prediction, PredictionStatus, Problem

from replicate.testing import LocalServer

HELLO = "5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa"


@pytest.fixture
def api(replicate_server: LocalServer) -> AuthenticatedClient:
    return AuthenticatedClient(base_url=replicate_server.base_url, token="r8_test")


def test_generated_function_returns_a_typed_prediction(api: AuthenticatedClient) -> None:
    with api as client:
        response = client.get_httpx_client().post(
            "/predictions", json={"version": HELLO, "input": {"text": "Ada"}}
        )
        prediction_id = response.json()["id"]
        prediction = predictions_get.sync(prediction_id, client=client)
    assert isinstance(prediction, Prediction)
    assert prediction.id == prediction_id
    assert prediction.input["text"] == "Ada"
    assert isinstance(prediction.status, PredictionStatus)


def test_generated_create_and_errors(api: AuthenticatedClient) -> None:
    from replicate_api.models import VersionPredictionRequest

    body = VersionPredictionRequest.from_dict({"version": HELLO, "input": {"text": "Bo"}})
    with api as client:
        created = predictions_create.sync(client=client, body=body, prefer="wait=5")
        missing = models_get.sync("acme", "no-such-model", client=client)
        found = models_get.sync("replicate", "hello-world", client=client)
    assert isinstance(created, Prediction) and created.output == "hello Bo"
    assert isinstance(missing, Problem) and missing.status == 404
    assert isinstance(found, Model) and found.name == "hello-world"
