"""The fixed JSON answers the benchmark servers return, built once from a few constants."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

TOKEN = "r8_bench"
FAST_MODEL = "bench/fast"
SLOW_MODEL = "bench/slow"
FAST_VERSION = hashlib.sha256(b"bench/fast").hexdigest()
PREDICTION_ID = "benchfastprediction0000001"
FILE_ID = "benchbigfile00000000000001"
BIG_FILE_NAME = "big.bin"
BIG_FILE_SIZE = 200 * 1024 * 1024
INPUT = {"text": "world"}
OUTPUT = "hello world"
TIMESTAMP = "2024-01-01T00:00:00.000000Z"


def _openapi_schema() -> dict[str, Any]:
    """The schema a Cog model publishes: one string input, one string output."""
    return {
        "openapi": "3.0.2",
        "info": {"title": "Cog", "version": "0.1.0"},
        "paths": {},
        "components": {
            "schemas": {
                "Input": {
                    "type": "object",
                    "title": "Input",
                    "required": ["text"],
                    "properties": {
                        "text": {"type": "string", "title": "Text", "x-order": 0},
                    },
                },
                "Output": {"type": "string", "title": "Output"},
            }
        },
    }


def version(origin: str) -> dict[str, Any]:
    del origin  # versions carry no URLs
    return {
        "id": FAST_VERSION,
        "created_at": TIMESTAMP,
        "cog_version": "0.9.0",
        "openapi_schema": _openapi_schema(),
    }


def model(origin: str) -> dict[str, Any]:
    owner, name = FAST_MODEL.split("/")
    return {
        "url": f"{origin}/{FAST_MODEL}",
        "owner": owner,
        "name": name,
        "description": "Says hello.",
        "visibility": "public",
        "github_url": None,
        "paper_url": None,
        "license_url": None,
        "run_count": 1,
        "cover_image_url": None,
        "default_example": None,
        "latest_version": version(origin),
    }


def versions_page(origin: str) -> dict[str, Any]:
    return {"next": None, "previous": None, "results": [version(origin)]}


def prediction(origin: str) -> dict[str, Any]:
    """A prediction that has already succeeded, as `Prefer: wait` returns it."""
    url = f"{origin}/v1/predictions/{PREDICTION_ID}"
    return {
        "id": PREDICTION_ID,
        "model": FAST_MODEL,
        "version": FAST_VERSION,
        "input": INPUT,
        "logs": "",
        "output": OUTPUT,
        "data_removed": False,
        "error": None,
        "status": "succeeded",
        "source": "api",
        "created_at": TIMESTAMP,
        "started_at": TIMESTAMP,
        "completed_at": TIMESTAMP,
        "metrics": {"predict_time": 0.01, "total_time": 0.02},
        "urls": {"get": url, "cancel": f"{url}/cancel", "web": f"{origin}/p/{PREDICTION_ID}"},
    }


def file_object(origin: str) -> dict[str, Any]:
    url = f"{origin}/v1/files/{FILE_ID}"
    return {
        "id": FILE_ID,
        "name": BIG_FILE_NAME,
        "content_type": "application/octet-stream",
        "size": BIG_FILE_SIZE,
        "etag": "0" * 32,
        "checksums": {"sha256": "0" * 64, "md5": "0" * 32},
        "metadata": {},
        "created_at": TIMESTAMP,
        "expires_at": "2099-01-01T00:00:00.000000Z",
        "urls": {"get": url},
    }


def compact(document: dict[str, Any]) -> str:
    """JSON without spaces, as a server would send it."""
    return json.dumps(document, separators=(",", ":"))


# Bulk answers, served by nginx as files: a listing of WALK_ITEMS predictions in pages of
# PAGE_SIZE (GET /v1/predictions, then ?cursor=N), and two predictions with big outputs.
WALK_ITEMS = 5000
PAGE_SIZE = 100
BIG_TEXT_MODEL = "bench/big-text"  # a 10 MB string
BIG_LIST_MODEL = "bench/big-list"  # 100,000 short strings
BIG_TEXT_SIZE = 10 * 1024 * 1024
BIG_LIST_ITEMS = 100_000


def _listed(origin: str, number: int) -> dict[str, Any]:
    item = prediction(origin)
    item["id"] = f"benchlisted{number:015d}"
    return item


def write_bulk_files(data_dir: Path, origin: str) -> None:
    """The page and big-output files under `data_dir` (pages/, outputs/), for `origin`."""
    pages, outputs = data_dir / "pages", data_dir / "outputs"
    pages.mkdir(parents=True, exist_ok=True)
    outputs.mkdir(parents=True, exist_ok=True)
    count = WALK_ITEMS // PAGE_SIZE
    for page in range(count):
        start = page * PAGE_SIZE
        document = {
            "previous": None,
            "next": f"{origin}/v1/predictions?cursor={page + 1}" if page + 1 < count else None,
            "results": [_listed(origin, n) for n in range(start, start + PAGE_SIZE)],
        }
        name = f"page{page}.json" if page else "page.json"  # the first has no cursor
        (pages / name).write_text(compact(document))
    for model_name, output in (
        (BIG_TEXT_MODEL, "x" * BIG_TEXT_SIZE),
        (BIG_LIST_MODEL, [f"item {n:06d}" for n in range(BIG_LIST_ITEMS)]),
    ):
        document = {**prediction(origin), "model": model_name, "output": output}
        (outputs / f"{model_name.split('/')[1]}.json").write_text(compact(document))
