"""Pytest fixtures that start the local Replicate server (registered as a ``pytest11`` plugin).

- ``replicate_server``: a running ``LocalServer`` (token ``"r8_test"``), reset to its seed
  state for every test. One server is started per session and shared.
- ``replicate_base_url``: its base URL, ``http://127.0.0.1:PORT/v1``.
- ``replicate_tls_server``: the same over https (``LocalServer(tls=True)``), so every URL it
  hands out is https; trust ``replicate_tls_server.ca_bundle`` (a PEM file) or pass
  ``replicate_tls_server.ssl_context()`` as httpx's ``verify=``.

This module imports nothing from starlette or uvicorn until a fixture is used, so installing
the package without the ``server`` extra does not break pytest.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from replicate.testing import LocalServer


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
