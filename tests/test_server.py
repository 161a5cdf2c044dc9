"""replicate.testing: predictions through HTTP (lifecycle, waiting, cancel, pagination, auth).

Sync tests talk to a started LocalServer over TCP; async tests reach the same app in-process
through httpx's ASGI transport. The server runs its model clock 20x faster than real time.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from _server_support import HELLO, TOKEN, client, wait_until_done

from replicate.testing import LocalServer

LOCAL_SERVER = {"page_size": 5}  # the shared server fixture's settings (conftest.py)


@pytest.fixture
def http(server: LocalServer) -> Iterator[httpx.Client]:
    with client(server) as session:
        yield session


def _create(http: httpx.Client, version: str = HELLO, **fields: Any) -> httpx.Response:
    headers = fields.pop("headers", {})
    return http.post("/predictions", json={"version": version, **fields}, headers=headers)


# -- lifecycle -----------------------------------------------------------------------------


def test_create_answers_starting_then_the_prediction_runs_to_success(
    http: httpx.Client, server: LocalServer
) -> None:
    created = http.post("/models/minimax/video-01/predictions", json={"input": {"prompt": "waves"}})
    assert created.status_code == 201
    body = created.json()
    assert body["status"] == "starting"
    assert body["output"] is None
    assert body["version"] == "hidden"  # an official model, like the real API
    assert body["urls"]["get"] == f"{server.base_url}/predictions/{body['id']}"
    assert body["urls"]["cancel"].endswith(f"/predictions/{body['id']}/cancel")

    seen = wait_until_done(http, body)
    statuses = [item["status"] for item in seen]
    order = ["starting", "processing", "succeeded"]
    assert [order.index(status) for status in statuses] == sorted(
        order.index(status) for status in statuses
    )
    assert "processing" in statuses
    final = seen[-1]
    assert final["status"] == "succeeded"
    assert final["output"].startswith(f"{server.origin}/files-delivery/{body['id']}/")
    assert final["started_at"] <= final["completed_at"]
    assert final["metrics"]["predict_time"] > 0
    assert "Starting prediction" in final["logs"]


def test_hello_world_says_hello(http: httpx.Client) -> None:
    created = _create(http, input={"text": "Alice"}).json()
    final = wait_until_done(http, created)[-1]
    assert final["output"] == "hello Alice"
    assert final["model"] == "replicate/hello-world"
    assert final["version"] == HELLO


def test_prediction_accepts_owner_name_colon_version(http: httpx.Client) -> None:
    created = _create(http, f"replicate/hello-world:{HELLO}", input={"text": "x"})
    assert created.status_code == 201
    mismatched = _create(http, f"google/nano-banana:{HELLO}", input={"text": "x"})
    assert mismatched.status_code == 422


def test_failing_model_ends_failed_with_its_error(http: httpx.Client, server: LocalServer) -> None:
    def broken(text: str) -> str:
        raise RuntimeError(f"cannot handle {text}")

    server.register_model("acme/broken", broken)
    created = http.post("/models/acme/broken/predictions", json={"input": {"text": "this"}})
    final = wait_until_done(http, created.json())[-1]
    assert final["status"] == "failed"
    assert final["error"] == "cannot handle this"
    assert final["output"] is None


# -- Prefer: wait --------------------------------------------------------------------------


def test_wait_that_finishes_in_the_window_answers_processing_with_the_output(
    http: httpx.Client,
) -> None:
    response = _create(http, input={"text": "Bob"}, headers={"Prefer": "wait"})
    assert response.status_code == 201
    assert response.headers["preference-applied"] == "wait"
    body = response.json()
    # The real API answers a finished, held create like this (see the *_blocking* cassettes).
    assert body["status"] == "processing"
    assert body["output"] == "hello Bob"
    assert "completed_at" not in body
    later = http.get(body["urls"]["get"]).json()
    assert later["status"] == "succeeded"
    assert later["completed_at"]


def test_wait_for_a_streaming_model_returns_every_token(http: httpx.Client) -> None:
    response = http.post(
        "/models/anthropic/claude-sonnet-4/predictions",
        json={"input": {"prompt": "llamas"}},
        headers={"Prefer": "wait=10"},
    )
    body = response.json()
    assert response.headers["preference-applied"] == "wait=10"
    assert body["status"] == "processing"
    assert "".join(body["output"]).startswith("You asked about: llamas.")
    assert body["urls"]["stream"].endswith(f"/v1/streams/{body['id']}")


def test_wait_that_runs_out_answers_starting_and_the_run_goes_on(
    http: httpx.Client, server: LocalServer
) -> None:
    server.register_model("acme/slow", lambda text: text.upper(), run_time=24.0)  # 1.2 s here
    response = http.post(
        "/models/acme/slow/predictions", json={"input": {"text": "a"}}, headers={"Prefer": "wait=1"}
    )
    body = response.json()
    assert body["status"] == "starting"  # both official clients read this as "keep polling"
    assert body["output"] is None
    final = wait_until_done(http, body)[-1]
    assert final["status"] == "succeeded"
    assert final["output"] == "A"


def test_wait_returns_early_when_the_prediction_is_canceled(
    http: httpx.Client, server: LocalServer
) -> None:
    import threading

    server.register_model("acme/very-slow", lambda text: text, run_time=10_000.0)
    answer: dict[str, Any] = {}

    def create() -> None:
        with client(server) as other:
            answer["body"] = other.post(
                "/models/acme/very-slow/predictions",
                json={"input": {"text": "a"}},
                headers={"Prefer": "wait=60"},
            ).json()

    worker = threading.Thread(target=create)
    worker.start()
    give_up = time.monotonic() + 10
    while not server.predictions and time.monotonic() < give_up:
        time.sleep(0.01)
    (prediction_id,) = list(server.predictions)
    http.post(f"/predictions/{prediction_id}/cancel")
    worker.join(timeout=10)
    assert answer["body"]["status"] == "canceled"


# -- cancel and Cancel-After ---------------------------------------------------------------


def test_cancel_stops_a_running_prediction(http: httpx.Client) -> None:
    created = http.post(
        "/models/minimax/video-01/predictions", json={"input": {"prompt": "slow"}}
    ).json()
    canceled = http.post(created["urls"]["cancel"])
    assert canceled.status_code == 200
    assert canceled.json()["status"] == "canceled"
    assert canceled.json()["completed_at"]
    again = http.post(created["urls"]["cancel"]).json()
    assert again["status"] == "canceled"
    assert again["completed_at"] == canceled.json()["completed_at"]
    assert http.get(created["urls"]["get"]).json()["output"] is None


def test_cancel_after_a_prediction_finished_changes_nothing(http: httpx.Client) -> None:
    created = _create(http, input={"text": "done"}).json()
    wait_until_done(http, created)
    after = http.post(created["urls"]["cancel"]).json()
    assert after["status"] == "succeeded"
    assert after["output"] == "hello done"


def test_cancel_after_header_cancels_on_the_model_clock(http: httpx.Client) -> None:
    created = http.post(
        "/models/minimax/video-01/predictions",
        json={"input": {"prompt": "deadline"}},
        headers={"Cancel-After": "5s"},  # 0.25 s at speed 20, before the video is done
    ).json()
    assert created["deadline"]
    final = wait_until_done(http, created)[-1]
    assert final["status"] == "canceled"
    assert final["output"] is None


@pytest.mark.parametrize("value", ["soon", "2s", "1m5"])
def test_bad_cancel_after_is_rejected(http: httpx.Client, value: str) -> None:
    response = _create(http, input={"text": "x"}, headers={"Cancel-After": value})
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"


# -- lists ---------------------------------------------------------------------------------


def test_prediction_list_pages_with_absolute_cursor_links(
    http: httpx.Client, server: LocalServer
) -> None:
    made = [_create(http, input={"text": str(index)}).json()["id"] for index in range(12)]
    first = http.get("/predictions").json()
    assert first["previous"] is None
    assert first["next"].startswith(f"{server.base_url}/predictions?")
    seen, page = [], first
    while True:
        seen += [item["id"] for item in page["results"]]
        if page["next"] is None:
            break
        page = http.get(page["next"]).json()
        assert page["previous"].startswith(server.base_url)
    assert seen == list(reversed(made))  # newest first, each exactly once
    back = http.get(page["previous"]).json()
    assert [item["id"] for item in back["results"]] == seen[5:10]


def test_prediction_list_filters_by_creation_time(http: httpx.Client) -> None:
    old = _create(http, input={"text": "old"}).json()
    newer = _create(http, input={"text": "new"}).json()
    after = http.get("/predictions", params={"created_after": newer["created_at"]}).json()
    assert [item["id"] for item in after["results"]] == [newer["id"]]
    before = http.get("/predictions", params={"created_before": newer["created_at"]}).json()
    assert [item["id"] for item in before["results"]] == [old["id"]]
    assert http.get("/predictions", params={"source": "web"}).json()["results"] == []
    assert http.get("/predictions", params={"created_after": "yesterday"}).status_code == 400


def test_bad_cursor_is_a_bad_request(http: httpx.Client) -> None:
    assert http.get("/predictions", params={"cursor": "!!"}).status_code == 400


# -- errors --------------------------------------------------------------------------------


def test_missing_or_wrong_token_is_401_like_the_real_api(server: LocalServer) -> None:
    expected = {
        "title": "Unauthenticated",
        "detail": "You did not pass a valid authentication token",
        "status": 401,
    }
    for token in (None, "r8_wrong"):
        with client(server, token=token) as http:
            response = http.post("/predictions", json={"version": HELLO, "input": {}})
        assert response.status_code == 401
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json() == expected
    assert server.counters.predictions_created == 0


def test_token_scheme_token_is_accepted_too(server: LocalServer) -> None:
    response = httpx.get(f"{server.base_url}/account", headers={"Authorization": f"Token {TOKEN}"})
    assert response.status_code == 200


def test_server_without_a_token_accepts_any_bearer_but_not_none() -> None:
    with LocalServer(token=None) as open_server:
        assert client(open_server, token="anything").get("/account").status_code == 200
        assert client(open_server, token=None).get("/account").status_code == 401


def test_input_is_validated_against_the_model_schema(http: httpx.Client) -> None:
    missing = _create(http, input={})
    assert missing.status_code == 422
    problem = missing.json()
    assert problem["invalid_fields"] == [
        {"type": "required", "field": "input", "description": "text is required"}
    ]
    wrong = http.post(
        "/models/stability-ai/sdxl/predictions",
        json={"input": {"width": "wide", "num_outputs": 9, "scheduler": "nope"}},
    )
    fields = {item["field"]: item["type"] for item in wrong.json()["invalid_fields"]}
    assert fields == {
        "input.width": "invalid_type",
        "input.num_outputs": "number_lte",
        "input.scheduler": "enum",
    }


def test_malformed_requests_get_problem_answers(http: httpx.Client) -> None:
    bad_json = http.post(
        "/predictions", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert bad_json.status_code == 400
    assert http.get("/predictions/nope").status_code == 404
    assert http.get("/no/such/route").status_code == 404
    assert http.get("/no/such/route").headers["content-type"] == "application/problem+json"
    assert _create(http, "0" * 64, input={}).status_code == 422
    assert http.post("/models/nobody/nothing/predictions", json={"input": {}}).status_code == 404


# -- counters, reset, inspection -----------------------------------------------------------


def test_counters_count_requests_by_route_template(http: httpx.Client, server: LocalServer) -> None:
    created = _create(http, input={"text": "a"}).json()
    http.get(f"/predictions/{created['id']}")
    http.get(f"/predictions/{created['id']}")
    http.get("/nowhere")
    requests = server.counters.requests
    assert requests["POST /v1/predictions"] == 1
    assert requests["GET /v1/predictions/{prediction_id}"] == 2
    assert requests["GET /v1/nowhere"] == 1
    assert server.counters.predictions_created == 1


def test_predictions_view_and_reset(http: httpx.Client, server: LocalServer) -> None:
    created = _create(http, input={"text": "kept"}).json()
    assert server.predictions[created["id"]]["input"] == {"text": "kept"}
    assert created["id"] in server.predictions
    server.reset()
    assert created["id"] not in server.predictions
    assert server.counters.predictions_created == 0
    assert http.get(f"/predictions/{created['id']}").status_code == 404


def test_web_url_points_at_this_server(http: httpx.Client, server: LocalServer) -> None:
    created = _create(http, input={"text": "web"}).json()
    assert created["urls"]["web"] == f"{server.origin}/p/{created['id']}"
    page = httpx.get(created["urls"]["web"])
    assert page.status_code == 200
    assert created["id"] in page.text


# -- in-process (ASGI transport) -----------------------------------------------------------


async def test_the_same_app_serves_in_process_through_asgi(server: LocalServer) -> None:
    transport = httpx.ASGITransport(app=server.app)
    async with httpx.AsyncClient(
        transport=transport,
        base_url="http://testserver/v1",
        headers={"Authorization": f"Bearer {TOKEN}"},
    ) as http:
        held = await http.post(
            "/predictions",
            json={"version": HELLO, "input": {"text": "asgi"}},
            headers={"Prefer": "wait=5"},
        )
        body = held.json()
        assert body["output"] == "hello asgi"
        assert body["urls"]["get"] == f"http://testserver/v1/predictions/{body['id']}"
        fetched = await http.get(f"/predictions/{body['id']}")
        assert fetched.json()["status"] == "succeeded"
    assert body["id"] in server.predictions  # one state behind both doors
