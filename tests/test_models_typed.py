"""Response models as users meet them: times as datetimes, absent fields as None, extras as
attributes, `to_dict()` giving back what the server sent; sync and async, mocked and live."""

from __future__ import annotations

import asyncio
import copy
import datetime
import json
import pickle
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
from _resource_samples import API, TOKEN, VERSION_ID

import replicate
import replicate.types as rtypes
from replicate import AsyncReplicate, Replicate
from replicate.testing import LocalServer

FIXTURES = Path(__file__).parent / "fixtures"
PID = "t3st0000typedmodels000001"
UTC = datetime.UTC

# What a server may send: nanoseconds and "Z", an offset, an explicit null, an absent
# field (`deployment`), and fields the spec does not name.
BODY: dict[str, Any] = {
    "id": PID,
    "model": "replicate/hello-world",
    "version": VERSION_ID,
    "status": "succeeded",
    "input": {"text": "Alice"},
    "output": "hello Alice",
    "error": None,
    "created_at": "2025-03-04T05:06:07.123456789Z",
    "started_at": "2025-03-04T07:06:08.5+02:00",
    "completed_at": "2025-03-04T05:06:09Z",
    "urls": {"get": f"{API}/predictions/{PID}", "cancel": f"{API}/predictions/{PID}/cancel"},
    "some_new_field": {"nested": [1, None, "x"]},
}


def fetch(kind: str, body: dict[str, Any]) -> replicate.types.Prediction:
    """`predictions.get` through the sync or the async client, answered with `body`."""
    with respx.mock(base_url=API, assert_all_called=True) as mock:
        mock.get(f"/predictions/{PID}").respond(200, json=body)
        if kind == "sync":
            with Replicate(bearer_token=TOKEN, base_url=API) as client:
                return client.predictions.get(prediction_id=PID)

        async def main() -> replicate.types.Prediction:
            async with AsyncReplicate(bearer_token=TOKEN, base_url=API) as client:
                return await client.predictions.get(prediction_id=PID)

        return asyncio.run(main())


KINDS = pytest.mark.parametrize("kind", ["sync", "async"])


@KINDS
def test_times_are_aware_datetimes(kind: str) -> None:
    prediction = fetch(kind, BODY)
    assert prediction.created_at == datetime.datetime(2025, 3, 4, 5, 6, 7, 123456, tzinfo=UTC)
    assert prediction.created_at.tzinfo is not None
    assert prediction.started_at == datetime.datetime(2025, 3, 4, 5, 6, 8, 500000, tzinfo=UTC)
    assert prediction.started_at.utcoffset() == datetime.timedelta(hours=2)
    assert prediction.completed_at is not None and prediction.completed_at.second == 9
    assert prediction.deadline is None


@KINDS
def test_to_dict_gives_back_exactly_what_was_sent(kind: str) -> None:
    prediction = fetch(kind, BODY)
    _ = (prediction.created_at, prediction.urls.get, prediction.status, prediction.input)
    assert prediction.to_dict() == BODY
    assert json.loads(prediction.to_json()) == BODY
    assert prediction.to_json(indent=None) == json.dumps(BODY)


@KINDS
def test_absent_reads_none_and_model_fields_set_tells_null_from_absent(kind: str) -> None:
    prediction = fetch(kind, BODY)
    assert prediction.error is None and "error" in prediction.model_fields_set
    assert prediction.deployment is None and "deployment" not in prediction.model_fields_set
    assert prediction.metrics is None and "metrics" not in prediction.model_fields_set
    assert "input_" in prediction.model_fields_set and "created_at" in prediction.model_fields_set


@KINDS
def test_unknown_fields_are_attributes_and_model_extra(kind: str) -> None:
    prediction = fetch(kind, BODY)
    assert prediction.some_new_field == {"nested": [1, None, "x"]}  # type: ignore[attr-defined]
    assert prediction.model_extra == {"some_new_field": {"nested": [1, None, "x"]}}
    assert prediction.additional_properties is prediction.model_extra
    assert prediction["some_new_field"]["nested"][2] == "x"
    with pytest.raises(AttributeError, match="no attribute 'not_a_field'"):
        _ = prediction.not_a_field  # type: ignore[attr-defined]
    assert not hasattr(prediction, "not_a_field")


def test_assigned_fields_are_serialised_and_counted_as_set() -> None:
    prediction = fetch("sync", BODY)
    prediction.created_at = datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    prediction.status = replicate.types.PredictionStatus.FAILED
    prediction.deployment = "acme/prod"
    prediction.urls.get = "https://elsewhere.test/p"
    prediction["from_me"] = 1
    data = prediction.to_dict()
    assert data["created_at"] == "2026-01-02T03:04:05Z"
    assert data["status"] == "failed"
    assert data["deployment"] == "acme/prod" and "deployment" in prediction.model_fields_set
    assert data["urls"]["get"] == "https://elsewhere.test/p"
    assert data["from_me"] == 1 and data["some_new_field"] == BODY["some_new_field"]


def test_to_dict_is_a_copy() -> None:
    prediction = replicate.types.Prediction.from_dict(BODY)
    data = prediction.to_dict()
    data["urls"]["get"] = "changed"
    data["some_new_field"]["nested"].append(2)
    assert prediction.to_dict() == BODY
    assert prediction.urls.get == BODY["urls"]["get"]


def test_models_built_by_hand_send_only_what_was_given() -> None:
    urls = replicate.types.PredictionUrls(get="g", cancel="c")
    made = replicate.types.Prediction(
        id="p",
        status=replicate.types.PredictionStatus.STARTING,
        created_at=datetime.datetime(2025, 1, 1, tzinfo=UTC),
        urls=urls,
        error=None,
    )
    assert made.to_dict() == {
        "id": "p",
        "status": "starting",
        "created_at": "2025-01-01T00:00:00Z",
        "urls": {"get": "g", "cancel": "c"},
        "error": None,
    }
    assert made.model_fields_set == {"id", "status", "created_at", "urls", "error"}
    assert made.logs is None and made.created_at.year == 2025


def test_copies_pickles_and_equality() -> None:
    prediction = replicate.types.Prediction.from_dict(BODY)
    for twin in (pickle.loads(pickle.dumps(prediction)), copy.deepcopy(prediction)):
        assert twin == prediction and twin.to_dict() == BODY
        assert twin.created_at == prediction.created_at
    assert prediction != replicate.types.Prediction.from_dict({**BODY, "output": "other"})


def test_a_bad_time_fails_on_its_own_field_only() -> None:
    prediction = replicate.types.Prediction.from_dict({**BODY, "created_at": "yesterday"})
    assert prediction.id == PID and prediction.started_at is not None
    with pytest.raises(ValueError, match=r"Prediction\.created_at cannot be read from 'yesterday'"):
        _ = prediction.created_at


def test_a_missing_required_field_is_named() -> None:
    body = {key: value for key, value in BODY.items() if key not in ("id", "urls")}
    with pytest.raises(KeyError, match="Prediction without id, urls"):
        replicate.types.Prediction.from_dict(body)


# Every recorded body parses: each field readable, every time an aware datetime.

TIME_FIELDS = {"created_at", "started_at", "completed_at", "expires_at", "deadline"}


def _check_fields(model: Any) -> int:
    checked = 0
    for name in model.model_fields_set:
        value = getattr(model, name)
        if name in TIME_FIELDS or name == "webhook_completed":
            assert value is None or (
                isinstance(value, datetime.datetime) and value.tzinfo is not None
            ), (type(model).__name__, name, value)
            checked += value is not None
        values = value if isinstance(value, list) else [value]
        checked += sum(_check_fields(each) for each in values if isinstance(each, rtypes.BaseModel))
    return checked


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.json")), ids=lambda path: path.stem)
def test_fixture_bodies_parse_with_typed_fields(path: Path) -> None:
    body = json.loads(path.read_text())
    name = path.name.split(".")[0]
    cls = getattr(__import__("replicate_api.models", fromlist=[name]), name)
    for item in body if isinstance(body, list) else [body]:
        model = cls.from_dict(item)
        _check_fields(model)
        assert model.to_dict() == item


def test_fixture_times_are_found() -> None:
    # The check above must see times at all: the succeeded prediction has four.
    body = json.loads((FIXTURES / "Prediction.succeeded-files.json").read_text())
    assert _check_fields(replicate.types.Prediction.from_dict(body)) == 4


# Against the local server, sync and async, pages included.


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    with LocalServer(token="r8_test", page_size=2, speed=50) as running:
        yield running


def _raw(server: LocalServer, path: str) -> Any:
    headers = {"authorization": "Bearer r8_test"}
    return httpx.get(f"{server.base_url}{path}", headers=headers).json()


def test_live_models_sync(server: LocalServer) -> None:
    with Replicate(bearer_token="r8_test", base_url=server.base_url) as client:
        made = [
            client.predictions.create(version=VERSION_ID, input={"text": str(n)}) for n in range(3)
        ]
        fetched = client.predictions.get(prediction_id=made[0].id)
        assert isinstance(fetched, rtypes.Prediction)
        assert isinstance(fetched.created_at, datetime.datetime) and fetched.created_at.tzinfo
        raw = _raw(server, f"/predictions/{made[0].id}")
        assert fetched.to_dict()["created_at"] == raw["created_at"]
        listed = list(client.predictions.list())
        assert {p.id for p in made} <= {p.id for p in listed}
        assert all(isinstance(p.created_at, datetime.datetime) for p in listed)
        model = client.models.get(model_owner="replicate", model_name="hello-world")
        assert isinstance(model, rtypes.Model)
        assert model.latest_version is None or isinstance(
            model.latest_version.created_at, datetime.datetime | None
        )


def test_live_models_async(server: LocalServer) -> None:
    async def main() -> None:
        async with AsyncReplicate(bearer_token="r8_test", base_url=server.base_url) as client:
            made = await client.predictions.create(version=VERSION_ID, input={"text": "a"})
            fetched = await client.predictions.get(prediction_id=made.id)
            assert fetched.created_at == made.created_at and fetched.created_at.tzinfo
            assert fetched.deployment is None
            page = await client.predictions.list()
            listed = [p async for p in page]
            assert made.id in {p.id for p in listed}
            assert all(p.created_at.tzinfo is not None for p in listed)

    asyncio.run(main())


# replicate.types


def test_types_are_the_classes_the_client_returns() -> None:
    from replicate.types import Deployment, File, Model, Prediction, Training, Version

    assert fetch("sync", BODY).__class__ is Prediction
    for cls in (Deployment, File, Model, Training, Version):
        assert issubclass(cls, rtypes.BaseModel)
    with pytest.raises(ImportError):
        from replicate.types import NotAModel  # type: ignore[attr-defined]  # noqa: F401


def test_import_replicate_loads_no_models_until_asked() -> None:
    code = (
        "import sys, replicate; print(sorted(m for m in sys.modules if '.models' in m)); "
        "print(replicate.types.Prediction.__module__)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["[]", "replicate_api.models.prediction"]


def test_a_null_where_the_spec_wants_a_value_reads_none() -> None:
    # The server sends null in places the spec does not allow it: no conversion, no crash.
    body = {**BODY, "created_at": None, "status": None, "urls": None}
    prediction = replicate.types.Prediction.from_dict(body)
    assert (prediction.created_at, prediction.status, prediction.urls) == (None, None, None)
    assert prediction.to_dict() == body
