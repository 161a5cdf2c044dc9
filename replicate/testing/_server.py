"""``LocalServer``: the app on a loopback port, served by uvicorn from a background thread."""

from __future__ import annotations

import ssl
from collections.abc import Mapping
from types import TracebackType
from typing import Any

from . import _engine as engine
from ._app import create_app
from ._counters import Counters
from ._faults import Faults
from ._frontdoor import FrontDoor
from ._loopback import Loopback
from ._registry import ModelFn, VersionRecord
from ._runs import Run
from ._schema import JsonSchema


class _Predictions(Mapping[str, dict[str, Any]]):
    """Read-only view of stored predictions by id, each rendered as ``GET`` would show it."""

    def __init__(self, server: LocalServer) -> None:
        self._server = server

    def _runs(self) -> dict[str, Run]:
        return self._server.state.predictions

    def __getitem__(self, prediction_id: str) -> dict[str, Any]:
        import time

        run = self._runs()[prediction_id]
        return run.render(time.time(), self._server.origin)

    def __iter__(self) -> Any:
        return iter(list(self._runs()))

    def __len__(self) -> int:
        return len(self._runs())


class LocalServer:
    """A local Replicate-compatible HTTP server with deterministic stand-in models.

    >>> with LocalServer() as server:
    ...     server.base_url          # "http://127.0.0.1:PORT/v1"

    ``token`` is the API token clients must send (``None`` accepts any bearer token).
    ``speed`` divides every duration on the model clock (``speed=10``: ten times faster).
    ``port=0`` picks a free port. ``output_data_uris=True`` inlines output files as ``data:``
    URIs instead of URLs. ``tls=True`` serves https with a certificate made for this server:
    every URL it hands out is then https, and ``ca_bundle`` names the CA file to trust.
    The seed models are local stand-ins, not real models.
    ``log_requests=True`` writes one line per request to stderr (as ``serve`` does).
    """

    def __init__(
        self,
        token: str | None = "r8_test",
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        speed: float = 1.0,
        page_size: int = 20,
        output_data_uris: bool = False,
        max_upload_size: int | None = None,
        tls: bool = False,
        log_requests: bool = False,
    ) -> None:
        self.host = host
        self.state = engine.new_state(
            token=token,
            speed=speed,
            page_size=page_size,
            output_data_uris=output_data_uris,
            max_upload_size=max_upload_size,
        )
        self.app: FrontDoor = create_app(state=self.state)
        served: Any = self.app
        if log_requests:
            from ._request_log import RequestLog

            served = RequestLog(served)
        self._loopback = Loopback(served, host=host, port=port, tls=tls)

    # -- lifecycle ------------------------------------------------------------------------

    def start(self) -> LocalServer:
        """Bind the port and serve from a daemon thread; returns once it accepts requests."""
        if not self._loopback.running:
            self.state.closing = False
            self._loopback.start()
        return self

    def stop(self) -> None:
        """Stop serving (open streams and held requests end within about a second)."""
        self.state.closing = True
        self._loopback.stop()

    def __enter__(self) -> LocalServer:
        return self.start()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    # -- addresses ------------------------------------------------------------------------

    @property
    def port(self) -> int:
        return self._loopback.port

    @property
    def origin(self) -> str:
        """``http://HOST:PORT``, ``https://`` with TLS (what the v1 client calls its base URL)."""
        return self._loopback.origin

    @property
    def base_url(self) -> str:
        """``http[s]://HOST:PORT/v1``."""
        return f"{self.origin}/v1"

    @property
    def ca_bundle(self) -> str | None:
        """With ``tls=True``, the path of the CA certificate (PEM) clients must trust."""
        return self._loopback.ca_bundle

    def ssl_context(self) -> ssl.SSLContext | None:
        """With ``tls=True``, a client SSL context trusting the server (httpx's ``verify=``)."""
        return self._loopback.ssl_context()

    # -- what tests use -------------------------------------------------------------------

    @property
    def token(self) -> str | None:
        return self.state.token

    @property
    def faults(self) -> Faults:
        return self.state.faults

    @property
    def counters(self) -> Counters:
        return self.state.counters

    @property
    def predictions(self) -> Mapping[str, dict[str, Any]]:
        return _Predictions(self)

    @property
    def webhook_secret(self) -> str:
        return self.state.webhook_secret

    def register_model(
        self,
        name: str,
        fn: ModelFn,
        *,
        version_id: str | None = None,
        input_schema: JsonSchema | None = None,
        output_schema: JsonSchema | None = None,
        run_time: float = 0.0,
        streaming: bool = False,
        start_delay: float = 0.0,
        trainable: bool = False,
        official: bool = False,
    ) -> str:
        """Serve ``fn`` as the newest version of ``owner/name``; returns the version id.

        ``fn(**inputs)`` gives the output; it is called once, when a prediction is created,
        and ``run_time`` sets how long the prediction then appears to run. Schemas not given
        are derived from the signature and annotations. A generator function streams its
        items as output events. Returning ``OutputFile``, ``bytes`` or a ``pathlib.Path``
        gives a URL on the file-delivery route.
        """
        version: VersionRecord = engine.register_model(
            self.state,
            name,
            fn,
            version_id=version_id,
            input_schema=input_schema,
            output_schema=output_schema,
            run_time=run_time,
            streaming=streaming,
            start_delay=start_delay,
            trainable=trainable,
            official=official,
        )
        return version.id

    def reset(self) -> None:
        """Put the state back to the seed (models, runs, files, counters and faults)."""
        engine.reset(self.state)
