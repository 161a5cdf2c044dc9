"""run(): when a `Prefer: wait` answer is finished, polling, deadlines and failures (respx).

Time is a fake clock: a respx handler that "takes" N seconds advances it by N.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import respx
from _highlevel import API, TOKEN, VERSION, FakeClock, held, install_clock, prediction

from replicate import (
    AsyncReplicate,
    DeadlineExceededError,
    ModelError,
    Replicate,
    UnprocessableEntityError,
)
from replicate._run import POLL_FIRST, POLL_MAX, _poll_delays

CREATE_BY_NAME = f"{API}/models/acme/model/predictions"


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    return install_clock(monkeypatch)


def taking(seconds: float, clock: FakeClock, response: httpx.Response) -> Callable[..., Any]:
    def answer(request: httpx.Request) -> httpx.Response:
        clock.advance(seconds)
        return response

    return answer


def sequence(*bodies: dict[str, Any]) -> list[httpx.Response]:
    return [httpx.Response(200, json=body) for body in bodies]


# One request when the model finishes inside the window ----------------------------------


def test_finished_in_window_costs_one_request(
    api: respx.MockRouter, client: Replicate, clock: FakeClock
) -> None:
    # As the real API answers: processing, full output, no completed_at.
    create = api.post(CREATE_BY_NAME).mock(
        side_effect=taking(2.0, clock, held(prediction("processing", ["Hello", " world"])))
    )
    assert client.run("acme/model", input={"prompt": "hi"}) == ["Hello", " world"]
    assert api.calls.call_count == 1
    request = create.calls.last.request
    assert request.headers["prefer"] == "wait=60"
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    assert json.loads(request.content) == {"input": {"prompt": "hi"}}


def test_by_version_posts_to_predictions_with_the_version(
    api: respx.MockRouter, client: Replicate, clock: FakeClock
) -> None:
    create = api.post(f"{API}/predictions").mock(return_value=held(prediction("processing", "ok")))
    assert client.run(f"acme/model:{VERSION}", input={"a": 1}) == "ok"
    assert client.run(VERSION, input={"a": 2}) == "ok"
    assert api.calls.call_count == 2
    bodies = [json.loads(call.request.content) for call in create.calls]
    assert bodies == [
        {"version": VERSION, "input": {"a": 1}},
        {"version": VERSION, "input": {"a": 2}},
    ]


def test_succeeded_answer_needs_no_more_requests(
    api: respx.MockRouter, client: Replicate, clock: FakeClock
) -> None:
    api.post(CREATE_BY_NAME).mock(return_value=httpx.Response(201, json=prediction(output=3)))
    assert client.run("acme/model") == 3
    assert api.calls.call_count == 1


# Unfinished answers keep waiting ---------------------------------------------------------


def test_window_ran_out_with_partial_output_keeps_waiting(
    api: respx.MockRouter, client: Replicate, clock: FakeClock
) -> None:
    partial = prediction("processing", ["Once", " upon"])
    api.post(CREATE_BY_NAME).mock(side_effect=taking(10.0, clock, held(partial, "wait=10")))
    api.get(f"{API}/predictions/p1").mock(
        side_effect=sequence(
            prediction("processing", ["Once", " upon", " a"]),
            prediction("succeeded", ["Once", " upon", " a", " time"]),
        )
    )
    assert client.run("acme/model", wait=10) == ["Once", " upon", " a", " time"]
    assert api.calls.call_count == 3
    assert api.calls[0].request.headers["prefer"] == "wait=10"


def test_window_ran_out_with_no_output_keeps_waiting(
    api: respx.MockRouter, client: Replicate, clock: FakeClock
) -> None:
    api.post(CREATE_BY_NAME).mock(
        side_effect=taking(60.0, clock, held(prediction("starting", None)))
    )
    api.get(f"{API}/predictions/p1").mock(return_value=httpx.Response(200, json=prediction()))
    assert client.run("acme/model", input={}) is None  # succeeded with a null output
    assert api.calls.call_count == 2


def test_server_that_applied_a_shorter_window_is_believed(
    api: respx.MockRouter, client: Replicate, clock: FakeClock
) -> None:
    # Asked for 60 s, the server only held 5 s: an answer at 5 s is not a finished one.
    partial = prediction("processing", ["a"])
    api.post(CREATE_BY_NAME).mock(side_effect=taking(5.0, clock, held(partial, "wait=5")))
    api.get(f"{API}/predictions/p1").mock(
        return_value=httpx.Response(200, json=prediction(output=["a", "b"]))
    )
    assert client.run("acme/model") == ["a", "b"]
    assert api.calls.call_count == 2


@pytest.mark.parametrize(
    "answer",
    [
        httpx.Response(201, json=prediction("processing", ["a"])),  # Prefer not honoured
        held(prediction("processing", ["a"]), status=202),  # "not all outputs yet"
        held(prediction("starting", ["a"])),
    ],
    ids=["no-preference-applied", "202", "starting"],
)
def test_answers_that_do_not_prove_completion_are_polled(
    answer: httpx.Response, api: respx.MockRouter, client: Replicate, clock: FakeClock
) -> None:
    api.post(CREATE_BY_NAME).mock(return_value=answer)
    api.get(f"{API}/predictions/p1").mock(
        return_value=httpx.Response(200, json=prediction(output=["a", "b"]))
    )
    assert client.run("acme/model") == ["a", "b"]
    assert api.calls.call_count == 2


def test_wait_false_sends_no_prefer_and_polls_with_growing_delays(
    api: respx.MockRouter, client: Replicate, clock: FakeClock
) -> None:
    create = api.post(CREATE_BY_NAME).mock(
        return_value=httpx.Response(201, json=prediction("starting"))
    )
    running = [prediction("processing")] * 6
    api.get(f"{API}/predictions/p1").mock(side_effect=sequence(*running, prediction(output="done")))
    assert client.run("acme/model", wait=False) == "done"
    assert "prefer" not in create.calls.last.request.headers
    assert len(clock.sleeps) == 7
    assert clock.sleeps[0] == POLL_FIRST
    assert clock.sleeps == sorted(clock.sleeps)
    assert clock.sleeps[-1] > clock.sleeps[0]


def test_poll_delays_start_fast_grow_and_are_capped() -> None:
    delays = _poll_delays()
    first = [next(delays) for _ in range(40)]
    assert first[0] == POLL_FIRST <= 0.25
    assert all(a <= b for a, b in itertools.pairwise(first))
    assert max(first) == POLL_MAX
    assert first[-1] == POLL_MAX


def test_polls_use_the_prediction_id_not_a_url_from_the_body(
    api: respx.MockRouter, client: Replicate, clock: FakeClock
) -> None:
    body = prediction("starting")
    body["urls"]["get"] = "https://evil.example/steal"
    api.post(CREATE_BY_NAME).mock(return_value=httpx.Response(201, json=body))
    poll = api.get(f"{API}/predictions/p1").mock(
        return_value=httpx.Response(200, json=prediction(output=1))
    )
    assert client.run("acme/model", wait=False) == 1
    assert poll.called


def test_invalid_wait_values_are_refused(client: Replicate) -> None:
    for wait in (0, 61, -1, 2.5, "yes"):
        with pytest.raises(ValueError, match="wait"):
            client.run("acme/model", wait=wait)  # type: ignore[arg-type]


# Failures -----------------------------------------------------------------------------


def test_failed_prediction_raises_model_error_with_the_prediction(
    api: respx.MockRouter, client: Replicate, clock: FakeClock
) -> None:
    failed = prediction("failed", error="CUDA out of memory", ident="pfail")
    api.post(CREATE_BY_NAME).mock(return_value=held(failed))
    with pytest.raises(ModelError, match="CUDA out of memory") as caught:
        client.run("acme/model")
    assert caught.value.prediction.id == "pfail"
    assert "pfail" in str(caught.value)


def test_failure_found_while_polling(
    api: respx.MockRouter, client: Replicate, clock: FakeClock
) -> None:
    api.post(CREATE_BY_NAME).mock(return_value=httpx.Response(201, json=prediction("starting")))
    api.get(f"{API}/predictions/p1").mock(
        return_value=httpx.Response(200, json=prediction("failed", error="bad input image"))
    )
    with pytest.raises(ModelError, match="bad input image"):
        client.run("acme/model", wait=False)


@pytest.mark.parametrize("status", ["canceled", "aborted"])
def test_canceled_or_aborted_raises_model_error(
    status: str, api: respx.MockRouter, client: Replicate, clock: FakeClock
) -> None:
    api.post(CREATE_BY_NAME).mock(return_value=held(prediction(status)))
    with pytest.raises(ModelError) as caught:
        client.run("acme/model")
    assert str(caught.value.prediction.status) == status


def test_invalid_input_is_an_api_error_not_a_model_error(
    api: respx.MockRouter, client: Replicate, clock: FakeClock
) -> None:
    problem = {"title": "Input validation failed", "detail": "- text: required", "status": 422}
    api.post(CREATE_BY_NAME).mock(return_value=httpx.Response(422, json=problem))
    with pytest.raises(UnprocessableEntityError, match="text: required"):
        client.run("acme/model")


# Deadlines ----------------------------------------------------------------------------


def test_deadline_cancels_and_names_the_prediction(
    api: respx.MockRouter, client: Replicate, clock: FakeClock
) -> None:
    create = api.post(CREATE_BY_NAME).mock(
        side_effect=taking(8.0, clock, held(prediction("processing", None, ident="pslow")))
    )
    api.get(f"{API}/predictions/pslow").mock(
        return_value=httpx.Response(200, json=prediction("processing", ident="pslow"))
    )
    cancel = api.post(f"{API}/predictions/pslow/cancel").mock(
        return_value=httpx.Response(200, json=prediction("canceled", ident="pslow"))
    )
    started = clock.now
    with pytest.raises(DeadlineExceededError, match="pslow") as caught:
        client.run("acme/model", timeout=10)
    assert cancel.call_count == 1
    assert caught.value.prediction.id == "pslow"
    assert "canceled" in str(caught.value)
    assert clock.now - started == pytest.approx(10.0)  # not a moment past the deadline
    headers = create.calls.last.request.headers
    assert headers["prefer"] == "wait=9"  # the answer comes a second before the deadline
    assert headers["cancel-after"] == "15s"  # the server's own backstop


def test_deadline_without_cancel(
    api: respx.MockRouter, client: Replicate, clock: FakeClock
) -> None:
    create = api.post(CREATE_BY_NAME).mock(
        return_value=httpx.Response(201, json=prediction("starting"))
    )
    api.get(f"{API}/predictions/p1").mock(
        return_value=httpx.Response(200, json=prediction("processing"))
    )
    cancel = api.post(f"{API}/predictions/p1/cancel")
    with pytest.raises(DeadlineExceededError, match="left it running"):
        client.run("acme/model", wait=False, timeout=3, cancel_on_timeout=False)
    assert not cancel.called
    assert "cancel-after" not in create.calls.last.request.headers


def test_a_deadline_under_a_second_asks_for_no_wait(
    api: respx.MockRouter, client: Replicate, clock: FakeClock
) -> None:
    create = api.post(CREATE_BY_NAME).mock(
        return_value=httpx.Response(201, json=prediction("starting"))
    )
    api.get(f"{API}/predictions/p1").mock(
        return_value=httpx.Response(200, json=prediction("processing"))
    )
    api.post(f"{API}/predictions/p1/cancel").mock(
        return_value=httpx.Response(200, json=prediction("canceled"))
    )
    with pytest.raises(DeadlineExceededError):
        client.run("acme/model", timeout=0.5)
    assert "prefer" not in create.calls.last.request.headers


def test_finishing_at_the_deadline_still_returns_the_output(
    api: respx.MockRouter, client: Replicate, clock: FakeClock
) -> None:
    api.post(CREATE_BY_NAME).mock(return_value=httpx.Response(201, json=prediction("starting")))
    # The last look, at the deadline itself, finds it finished: no cancel, no error.
    api.get(f"{API}/predictions/p1").mock(
        side_effect=sequence(prediction("processing"), prediction(output="just in time"))
    )
    cancel = api.post(f"{API}/predictions/p1/cancel")
    timeout = POLL_FIRST * 2
    assert client.run("acme/model", wait=False, timeout=timeout) == "just in time"
    assert not cancel.called
    assert sum(clock.sleeps) == pytest.approx(timeout)


# Async ---------------------------------------------------------------------------------


async def test_async_run_polls_with_async_sleep(
    api: respx.MockRouter, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    def forbidden(seconds: float) -> None:
        raise AssertionError("time.sleep in async code")

    monkeypatch.setattr(time, "sleep", forbidden)
    api.post(CREATE_BY_NAME).mock(return_value=httpx.Response(201, json=prediction("starting")))
    api.get(f"{API}/predictions/p1").mock(
        side_effect=sequence(prediction("processing"), prediction(output="async done"))
    )
    async with AsyncReplicate(bearer_token=TOKEN, base_url=API) as client:
        assert await client.run("acme/model", wait=False) == "async done"
    assert len(clock.sleeps) == 2


async def test_async_finished_in_window_is_one_request(
    api: respx.MockRouter, clock: FakeClock
) -> None:
    api.post(CREATE_BY_NAME).mock(return_value=held(prediction("processing", "hi")))
    async with AsyncReplicate(bearer_token=TOKEN, base_url=API) as client:
        assert await client.run("acme/model") == "hi"
    assert api.calls.call_count == 1


async def test_async_deadline_cancels(api: respx.MockRouter, clock: FakeClock) -> None:
    api.post(CREATE_BY_NAME).mock(return_value=httpx.Response(201, json=prediction("starting")))
    api.get(f"{API}/predictions/p1").mock(
        return_value=httpx.Response(200, json=prediction("processing"))
    )
    cancel = api.post(f"{API}/predictions/p1/cancel").mock(
        return_value=httpx.Response(200, json=prediction("canceled"))
    )
    async with AsyncReplicate(bearer_token=TOKEN, base_url=API) as client:
        with pytest.raises(DeadlineExceededError, match="p1"):
            await client.run("acme/model", wait=False, timeout=2)
    assert cancel.call_count == 1


def test_a_cancel_by_the_servers_deadline_is_a_deadline_error(
    api: respx.MockRouter, client: Replicate, clock: FakeClock
) -> None:
    api.post(CREATE_BY_NAME).mock(return_value=httpx.Response(201, json=prediction("starting")))
    ended = prediction("canceled", deadline="2024-10-04T18:07:55.328Z")
    api.get(f"{API}/predictions/p1").mock(return_value=httpx.Response(200, json=ended))
    with pytest.raises(DeadlineExceededError, match="canceled it"):
        client.run("acme/model", wait=False, timeout=10)
