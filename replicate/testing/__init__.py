"""A local Replicate-compatible HTTP server for tests, demos and offline development.

Every operation of Replicate's HTTP API under ``/v1/`` is served from memory, with
deterministic *local stand-ins* for a few well-known models (``replicate/hello-world``,
``anthropic/claude-sonnet-4``, ``google/nano-banana``, ``stability-ai/sdxl``,
``minimax/video-01``): they are small Python functions, not the real models.

::

    from replicate.testing import LocalServer

    with LocalServer(token="r8_test") as server:
        ...  # point a client at server.base_url with token "r8_test"

``Cassette``, ``RecordingTransport`` and ``ReplayServer`` record a session against a real
base URL and replay it offline (the ``replicate_cassette`` pytest fixture does both).

Needs the ``server`` extra (starlette, uvicorn). The names below are imported lazily, so
``replicate.testing.pytest_plugin`` stays importable without them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._app import create_app
    from ._faults import FaultSpec
    from ._recorder import (
        AsyncRecordingTransport,
        Cassette,
        CassetteSession,
        Exchange,
        RecordingTransport,
        ReplayServer,
    )
    from ._registry import OutputFile
    from ._server import LocalServer

__all__ = [
    "AsyncRecordingTransport",
    "Cassette",
    "CassetteSession",
    "Exchange",
    "FaultSpec",
    "LocalServer",
    "OutputFile",
    "RecordingTransport",
    "ReplayServer",
    "create_app",
]

_WHERE = {
    "LocalServer": "._server",
    "FaultSpec": "._faults",
    "OutputFile": "._registry",
    "create_app": "._app",
    "AsyncRecordingTransport": "._recorder",
    "Cassette": "._recorder",
    "CassetteSession": "._recorder",
    "Exchange": "._recorder",
    "RecordingTransport": "._recorder",
    "ReplayServer": "._recorder",
}


def __getattr__(name: str) -> Any:
    module_name = _WHERE.get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(module_name, __name__), name)
    globals()[name] = value
    return value
