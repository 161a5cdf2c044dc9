"""Pytest fixtures that start the local Replicate server (registered as a ``pytest11`` plugin).

- ``replicate_server``: a running ``LocalServer`` (token ``"r8_test"``), reset to its seed
  state for every test. One server is started per session and shared.
- ``replicate_base_url``: its base URL, ``http://127.0.0.1:PORT/v1``.
- ``replicate_tls_server``: the same over https (``LocalServer(tls=True)``), so every URL it
  hands out is https; trust ``replicate_tls_server.ca_bundle`` (a PEM file) or pass
  ``replicate_tls_server.ssl_context()`` as httpx's ``verify=``.
- ``replicate_cassette``: a recorded session (``replicate.testing.CassetteSession``) for
  the test: ``.client()`` / ``.async_client()`` give SDK clients, ``.http_client()`` an
  httpx client, ``.base_url`` and ``.token`` what to point other clients at. By default it
  replays ``cassettes/<test module>/<test name>.json`` next to the test file (or the path
  given by ``@pytest.mark.replicate_cassette("path.json")``) from a local server and fails
  the test on any request the cassette has no answer for. With ``--replicate-record`` and
  ``REPLICATE_API_TOKEN`` set, it records that file against ``REPLICATE_BASE_URL`` (default
  ``https://api.replicate.com/v1``) instead, token and secrets scrubbed.

This module imports nothing from starlette or uvicorn until a fixture is used, so installing
the package without the ``server`` extra does not break pytest.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from replicate.testing import LocalServer
    from replicate.testing._recorder import CassetteSession

RECORD_FLAG = "--replicate-record"
DEFAULT_API = "https://api.replicate.com/v1"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        RECORD_FLAG,
        action="store_true",
        help="record replicate_cassette sessions against REPLICATE_BASE_URL "
        "(needs REPLICATE_API_TOKEN) instead of replaying them",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "replicate_cassette(path): the cassette file of the replicate_cassette fixture, "
        "relative to the test file",
    )


@pytest.fixture(scope="session")
def _replicate_session_server() -> Iterator[LocalServer]:
    from replicate.testing import LocalServer

    server = LocalServer(token="r8_test")
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def _replicate_session_tls_server() -> Iterator[LocalServer]:
    from replicate.testing import LocalServer

    server = LocalServer(token="r8_test", tls=True)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def replicate_tls_server(_replicate_session_tls_server: LocalServer) -> LocalServer:
    """A running local Replicate server over https, in its seed state."""
    _replicate_session_tls_server.reset()
    return _replicate_session_tls_server


@pytest.fixture
def replicate_server(_replicate_session_server: LocalServer) -> LocalServer:
    """A running local Replicate server in its seed state."""
    _replicate_session_server.reset()
    return _replicate_session_server


@pytest.fixture
def replicate_base_url(replicate_server: LocalServer) -> str:
    """The base URL of ``replicate_server`` (ends in ``/v1``)."""
    return replicate_server.base_url


def _cassette_path(request: pytest.FixtureRequest) -> Path:
    folder = Path(request.path).parent
    marker = request.node.get_closest_marker("replicate_cassette")
    if marker is not None and marker.args:
        return folder / str(marker.args[0])
    name = re.sub(r"[^A-Za-z0-9_.-]+", "-", request.node.name).strip("-")
    return folder / "cassettes" / Path(request.path).stem / f"{name}.json"


@pytest.fixture
def replicate_cassette(request: pytest.FixtureRequest) -> Iterator[CassetteSession]:
    """Record this test's HTTP session (``--replicate-record``) or replay it offline."""
    from replicate.testing._recorder import CassetteSession

    path = _cassette_path(request)
    if request.config.getoption(RECORD_FLAG):
        token = os.environ.get("REPLICATE_API_TOKEN")
        if not token:
            pytest.fail(f"{RECORD_FLAG} needs REPLICATE_API_TOKEN (the token to record with)")
        base_url = os.environ.get("REPLICATE_BASE_URL") or DEFAULT_API
        session = CassetteSession(path, record=True, token=token, base_url=base_url)
    else:
        try:
            session = CassetteSession(path, record=False)
        except FileNotFoundError as error:
            pytest.fail(str(error))
    try:
        yield session
    finally:
        session.close()
    if session.unmatched:
        pytest.fail(f"requests not in {path.name}: {session.unmatched}")
