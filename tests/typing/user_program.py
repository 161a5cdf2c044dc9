"""A user's program, type-checked by tests/test_surface_typing.py (never run).

Lines marked `# error` must be reported by mypy --strict; every other line must pass.
"""

from datetime import datetime
from typing import assert_type

import httpx
from replicate_api.models import File, Model, Prediction

import replicate
from replicate import AsyncPager, AsyncReplicate, Replicate, SyncPage
from replicate._use import AsyncFunction
from replicate.resources._response import (
    APIResponse,
    AsyncAPIResponse,
    AsyncResponseContextManager,
    ResponseContextManager,
)

client = Replicate()
assert_type(client.predictions.get(prediction_id="x", extra_headers={"a": "b"}), Prediction)
raw = client.predictions.with_raw_response.create(version="v", input={}, timeout=3.0)
assert_type(raw, APIResponse[Prediction])
assert_type(raw.parse(), Prediction)
assert_type(raw.parse().created_at, datetime)
assert_type(raw.parse().completed_at, datetime | None)
assert_type(raw.parse().error, str | None)
assert_type(raw.status_code, int)
assert_type(raw.headers, httpx.Headers)
assert_type(raw.http_request, httpx.Request)
assert_type(client.models.list(), SyncPage[Model])
assert_type(client.models.with_raw_response.list().parse(), SyncPage[Model])
assert_type(client.files.with_streaming_response.get("f"), ResponseContextManager[File])
with client.files.with_streaming_response.get("f") as streamed:
    assert_type(streamed.parse(), File)
assert_type(client.models.versions.with_raw_response.list("a/b").parse().results[0].id, str)
assert_type(client.post("/foo", cast_to=httpx.Response, body={"x": 1}), httpx.Response)
assert_type(client.post("/predictions", cast_to=Prediction, body={}), Prediction)
assert_type(client.get("/account"), httpx.Response)
client.predictions.get(prediction_id="x", extra_header={})  # error
client.predictions.with_raw_response.get(id="x")  # error


async def main() -> None:
    aclient = AsyncReplicate()
    assert_type(await aclient.predictions.get(prediction_id="x"), Prediction)
    araw = await aclient.predictions.with_raw_response.get(prediction_id="x")
    assert_type(araw, AsyncAPIResponse[Prediction])
    assert_type(await araw.parse(), Prediction)
    context = aclient.predictions.with_streaming_response.get(prediction_id="x")
    assert_type(context, AsyncResponseContextManager[Prediction])
    async with context as response:
        assert_type(await response.parse(), Prediction)
    assert_type(aclient.models.list(), AsyncPager[Model])
    async for model in aclient.models.list():
        assert_type(model, Model)
    page = await aclient.models.list()
    assert_type((await page.get_next_page()).results, list[Model])
    raw_page = await aclient.models.with_raw_response.list()
    assert_type((await raw_page.parse()).results, list[Model])
    assert_type(replicate.use("x/y", use_async=True), AsyncFunction)
