"""Fixtures shared by the test modules (the plugin's `replicate_server` is never shadowed).

- `shared_server`: one local server per test module, token "r8_test", model clock 20x;
  a module tunes it with `LOCAL_SERVER = {"speed": 50.0, "page_size": 2}`.
- `server`: that server, reset to its seed state before each test.
- `api`: a respx router that mocks the fake API host (and any other) for one test.
- `client`: a `Replicate` client on the mocked API (`_highlevel.API`, `_highlevel.TOKEN`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import respx
from _highlevel import API, TOKEN

from replicate import Replicate
from replicate.testing import LocalServer

SERVER_DEFAULTS: dict[str, Any] = {"token": "r8_test", "speed": 20.0}


@pytest.fixture(scope="module")
def shared_server(request: pytest.FixtureRequest) -> Iterator[LocalServer]:
    options = {**SERVER_DEFAULTS, **getattr(request.module, "LOCAL_SERVER", {})}
    with LocalServer(**options) as server:
        yield server


@pytest.fixture
def server(shared_server: LocalServer) -> LocalServer:
    shared_server.reset()
    return shared_server


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    with respx.mock(assert_all_called=False) as router:
        yield router


@pytest.fixture
def client() -> Iterator[Replicate]:
    with Replicate(bearer_token=TOKEN, base_url=API) as client:
        yield client
