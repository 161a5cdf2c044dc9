"""Faults injected by the local server, on every client operation.

For each operation and fault: the call succeeds or raises the ReplicateError subclass that
names the fault (never a raw httpx, json or KeyError); an operation that retries succeeds
when the burst is shorter than its retries; the server's counters show the request arrived
exactly as often as the retry policy allows (a request that is not idempotent is never
sent twice, except after a 429); and they prove that no prediction or training was created
more often than the test asked for.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import httpx
import pytest

import replicate
from replicate.testing import LocalServer

from ._figures import FIGURES
from ._scene import OPERATIONS, Operation, Scene

MAX_RETRIES = 2
# Faults that delay an answer wait this long; clients in those tests give up far sooner.
SERVER_DELAY = 0.3
CLIENT_TIMEOUT = 0.05

pytestmark = [pytest.mark.usefixtures("fast_retries"), pytest.mark.timeout(20)]


@dataclass(frozen=True)
class Fault:
    """One kind of fault, armed `times` times in a row on an operation's route."""

    status: int | None = None
    retry_after: str | None = None
    times: int = 1
    drop: str | None = None
    body: bytes | None = None
    delay: float | None = None

    @property
    def expected_error(self) -> type[replicate.ReplicateError]:
        if self.status == 429:
            return replicate.RateLimitError
        if self.status is not None:
            return replicate.InternalServerError
        if self.drop is not None:
            return replicate.APIConnectionError
        if self.delay is not None:
            return replicate.APITimeoutError
        return replicate.APIResponseError

    @property
    def answers_instead(self) -> bool:
        """The server answers in place of the route: nothing is processed or created."""
        return self.status is not None or self.body is not None or self.drop == "before_request"

    def retried(self, operation: Operation) -> bool:
        """Whether the SDK may send the request again after this fault.

        429 always (the server refused before acting); other failures only for idempotent
        methods; a 200 with a broken body never (the server answered).
        """
        if self.status == 429:
            return True
        return operation.idempotent and not (self.status is None and self.body is not None)

    def must_succeed(self, operation: Operation) -> bool:
        """Whether retrying is both allowed and enough to get past this burst."""
        return self.retried(operation) and self.times <= MAX_RETRIES

    def sends(self, operation: Operation) -> int:
        """How many times the request reaches the server: retries stop at MAX_RETRIES."""
        return min(self.times, MAX_RETRIES) + 1 if self.retried(operation) else 1

    def arm(self, server: LocalServer, route: str) -> None:
        server.faults.inject(
            route,
            status=self.status,
            retry_after=self.retry_after,
            times=self.times,
            drop=self.drop,
            body=self.body,
            delay=self.delay,
        )


FAULTS: dict[str, Fault] = {
    "500x3": Fault(status=500, times=3),
    "502x1": Fault(status=502),
    "503x2": Fault(status=503, times=2),
    "504x3": Fault(status=504, times=3),
    "503-html-x3": Fault(status=503, times=3, body=b"<html><h1>Bad gateway</h1></html>"),
    "429x2": Fault(status=429, retry_after="0", times=2),
    "429x3": Fault(status=429, retry_after="0", times=3),
    "drop-before-request": Fault(drop="before_request"),
    "drop-before-response": Fault(drop="before_response"),
    "drop-mid-body": Fault(drop="mid_body"),
    "truncated-json": Fault(body=b'{"id": "abc", "status": "succ'),
    "html-200": Fault(body=b"<html>maintenance</html>"),
    "wrong-shape": Fault(body=b"[1, 2, 3]"),
}


def _check_error(error: replicate.ReplicateError, expected: type[Exception]) -> None:
    assert isinstance(error, expected), f"{type(error).__name__} is not a {expected.__name__}"
    message = str(error)
    assert message.strip()
    request = getattr(error, "request", None)
    if request is not None:
        assert request.url.path in message, "the error does not say which request failed"


def _let_late_requests_finish() -> None:
    # The server still holds the request the client gave up on; whatever it does with it
    # must land before the counters are read (and before the next test resets the state).
    time.sleep(SERVER_DELAY + 0.1)


def _drive(scene: Scene, operation: Operation, fault: Fault) -> None:
    operation.prepare(scene)
    before = scene.created()
    requests = scene.server.counters.requests
    sent_before = requests[operation.route]
    fault.arm(scene.server, operation.route)
    succeeded = False
    try:
        result = operation.call(scene)
        if isinstance(result, replicate.SyncPage):
            list(result.results)
        succeeded = True
    except replicate.ReplicateError as error:
        assert not fault.must_succeed(operation), f"gave up on a recoverable fault: {error}"
        _check_error(error, fault.expected_error)
        if isinstance(error, replicate.RateLimitError):
            assert error.retry_after == 0
    if fault.delay is not None and not succeeded:
        _let_late_requests_finish()
    sent = requests[operation.route] - sent_before
    expected = {fault.sends(operation)}
    if fault.drop == "mid_body" and succeeded:
        expected.add(1)  # an empty body (204) has no middle to cut: the answer was whole
    if fault.delay is not None and operation.waits:
        expected.add(1)  # its own read timeout outlasts the delay
    assert sent in expected, f"the request reached the server {sent} times, not {expected}"
    _check_creates(scene, operation, fault, before, succeeded)


def _check_creates(
    scene: Scene, operation: Operation, fault: Fault, before: dict[str, int], succeeded: bool
) -> None:
    after = scene.created()
    made = {kind: after[kind] - before[kind] for kind in after}
    intended = int(operation.creates is not None)
    FIGURES.add_creates(created=sum(made.values()), intended=intended)
    for kind, count in made.items():
        if kind != operation.creates:
            assert count == 0, f"{operation.route} created {count} {kind}"
        elif succeeded:
            assert count == 1, f"one successful call created {count} {kind}"
        elif fault.answers_instead:
            assert count == 0, f"a refused call created {count} {kind}"
        else:
            assert count <= 1, f"a failed call created {count} {kind}: a retry duplicated it"


@pytest.mark.parametrize("fault_name", list(FAULTS))
@pytest.mark.parametrize("operation_name", list(OPERATIONS))
def test_fault_on_every_operation(scene: Scene, operation_name: str, fault_name: str) -> None:
    _drive(scene, OPERATIONS[operation_name], FAULTS[fault_name])


@pytest.mark.parametrize(
    "operation_name",
    [name for name, op in OPERATIONS.items() if op.idempotent or op.creates is not None],
)
def test_slow_answer_past_the_timeout(scene: Scene, operation_name: str) -> None:
    # Reads time out once and are retried; creates time out and are never sent again.
    operation = OPERATIONS[operation_name]
    operation.prepare(scene)  # with the patient client
    scene.client = scene.client.with_options(timeout=CLIENT_TIMEOUT)
    _drive(scene, operation, Fault(delay=SERVER_DELAY))


@pytest.fixture
def scene(server: LocalServer, shared_http: httpx.Client) -> Scene:
    client = replicate.Replicate(
        bearer_token=server.token,
        base_url=server.base_url,
        max_retries=MAX_RETRIES,
        http_client=shared_http,
    )
    return Scene(server, client)
