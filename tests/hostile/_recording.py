"""A client whose requests never leave the process: each is recorded and answered by a handler."""

from __future__ import annotations

from collections.abc import Callable

import httpx

import replicate

TOKEN = "r8_hostileSECRETtoken0123456789abcdef"
BASE_URL = "http://127.0.0.1:9/v1"

Handler = Callable[[httpx.Request], httpx.Response]


def not_found(request: httpx.Request) -> httpx.Response:
    problem = {"title": "Not found", "detail": "no such thing", "status": 404}
    return httpx.Response(404, json=problem)


class Recorder:
    """Records every request a client sends and answers it with `handler`."""

    def __init__(self, handler: Handler = not_found) -> None:
        self.handler = handler
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return self.handler(request)

    def client(self, **options: object) -> replicate.Replicate:
        http = httpx.Client(transport=httpx.MockTransport(self))
        settings: dict[str, object] = {"bearer_token": TOKEN, "base_url": BASE_URL}
        settings.update(max_retries=0)
        settings.update(options)
        return replicate.Replicate(http_client=http, **settings)  # type: ignore[arg-type]
