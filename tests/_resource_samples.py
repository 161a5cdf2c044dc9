"""Response bodies shaped like the API's, for request/response tests of the resources.

Each is a fresh dict per call, so a test may change it freely.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import httpx

from replicate import AsyncReplicate, Replicate

API = "https://api.replicate.test/v1"
TOKEN = "r8_sampletoken0123456789"
VERSION_ID = "5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa"


# Clients for mocked tests. They share one connection pool per kind: building an HTTPS pool
# (loading the CA bundle) costs more than a whole mocked call.
@cache
def _http() -> httpx.Client:
    return httpx.Client()


@cache
def _async_http() -> httpx.AsyncClient:
    return httpx.AsyncClient()


def sync_client(**options: Any) -> Replicate:
    return Replicate(bearer_token=TOKEN, base_url=API, http_client=_http(), **options)


def async_client(**options: Any) -> AsyncReplicate:
    return AsyncReplicate(bearer_token=TOKEN, base_url=API, http_client=_async_http(), **options)


def prediction(ident: str = "gm3qorzdhgbfurvjtvhg6dckhu", **changes: Any) -> dict[str, Any]:
    body = {
        "id": ident,
        "model": "replicate/hello-world",
        "version": VERSION_ID,
        "input": {"text": "Alice"},
        "logs": "",
        "output": "hello Alice",
        "error": None,
        "status": "succeeded",
        "created_at": "2023-09-08T16:19:34.765994Z",
        "data_removed": False,
        "started_at": "2023-09-08T16:19:34.779176Z",
        "completed_at": "2023-09-08T16:19:34.791859Z",
        "metrics": {"predict_time": 0.012683},
        "urls": {
            "web": f"https://replicate.com/p/{ident}",
            "get": f"{API}/predictions/{ident}",
            "cancel": f"{API}/predictions/{ident}/cancel",
        },
    }
    return {**body, **changes}


def training(ident: str = "zz4ibbonubfz7carwiefibzgga", **changes: Any) -> dict[str, Any]:
    body = prediction(ident, model="stability-ai/sdxl", output={"version": "v", "weights": "w"})
    body["destination"] = "acme/fine-tuned"
    body["urls"]["get"] = f"{API}/trainings/{ident}"
    body["urls"]["cancel"] = f"{API}/trainings/{ident}/cancel"
    return {**body, **changes}


def version(ident: str = VERSION_ID) -> dict[str, Any]:
    return {
        "id": ident,
        "created_at": "2022-04-26T19:29:04.418669Z",
        "cog_version": "0.3.0",
        "openapi_schema": {"components": {"schemas": {"Output": {"type": "string"}}}},
    }


def model(owner: str = "replicate", name: str = "hello-world", **changes: Any) -> dict[str, Any]:
    body = {
        "url": f"https://replicate.com/{owner}/{name}",
        "owner": owner,
        "name": name,
        "description": "A tiny model that says hello",
        "visibility": "public",
        "github_url": None,
        "paper_url": None,
        "license_url": None,
        "run_count": 12345,
        "cover_image_url": None,
        "default_example": None,
        "latest_version": version(),
    }
    return {**body, **changes}


def account() -> dict[str, Any]:
    return {
        "type": "organization",
        "username": "acme",
        "name": "Acme Corp, Inc.",
        "github_url": "https://github.com/acme",
    }


def deployment(owner: str = "acme", name: str = "image-maker") -> dict[str, Any]:
    return {
        "owner": owner,
        "name": name,
        "current_release": {
            "number": 1,
            "model": "stability-ai/sdxl",
            "version": VERSION_ID,
            "created_at": "2024-02-15T16:32:57.018467Z",
            "created_by": account(),
            "configuration": {"hardware": "gpu-t4", "min_instances": 1, "max_instances": 5},
        },
    }


def collection(slug: str = "super-resolution") -> dict[str, Any]:
    return {
        "name": "Super resolution",
        "slug": slug,
        "description": "Upscaling models.",
        "models": [model("nightmareai", "real-esrgan")],
    }


def file(ident: str = "cneqzikepnug6xezperrr4z55o", **changes: Any) -> dict[str, Any]:
    body = {
        "id": ident,
        "name": "hello.txt",
        "content_type": "text/plain",
        "size": 5,
        "etag": "5d41402abc4b2a76b9719d911017c592",
        "checksums": {"sha256": "2cf24dba5fb0a30e26e83b2ac5b9e29e", "md5": "5d41402abc4b2a76"},
        "metadata": {},
        "created_at": "2024-08-22T12:26:51.079Z",
        "expires_at": "2024-08-23T12:26:51.079Z",
        "urls": {"get": f"{API}/files/{ident}"},
    }
    return {**body, **changes}


def hardware() -> list[dict[str, Any]]:
    return [{"sku": "cpu", "name": "CPU"}, {"sku": "gpu-t4", "name": "Nvidia T4 GPU"}]


def search_results(query: str = "nano banana") -> dict[str, Any]:
    return {
        "query": query,
        "models": [
            {
                "model": model("google", "nano-banana"),
                "metadata": {
                    "generated_description": "Edits images",
                    "tags": ["image"],
                    "score": 0.9,
                },
            }
        ],
        "collections": [{"name": "Image editing", "slug": "image-editing", "description": None}],
        "pages": [{"name": "Docs: search", "href": "https://replicate.com/docs/search"}],
    }


def page(results: list[Any], next: str | None = None) -> dict[str, Any]:
    return {"next": next, "previous": None, "results": results}


def problem(status: int, title: str, detail: str) -> dict[str, Any]:
    return {"type": "about:blank", "title": title, "detail": detail, "status": status}
