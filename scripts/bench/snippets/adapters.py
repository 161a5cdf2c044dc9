"""One small surface over each client under test, imported by the snippets in its own venv.

Kinds: "ours" (this repository's SDK), "v1" (replicate 1.0.7), "v2" (replicate 2.0.0b4);
"ours-aiohttp" and "v2-aiohttp" are the same clients over their aiohttp backends.
Only the standard library is imported at module level, so cold-start timings stay honest.
"""

from __future__ import annotations

import os
from typing import Any

TOKEN = "r8_bench"
FAST_MODEL = "bench/fast"
SLOW_MODEL = "bench/slow"
INPUT = {"text": "world"}
FILE_ID = "benchbigfile00000000000001"


class Missing(Exception):
    """The client does not offer this feature (yet): reported as n/a, not as an error."""


class Adapter:
    """Calls shared by every client; subclasses fill in the client-specific spelling."""

    download_via = "FileOutput"

    def __init__(self, origin: str) -> None:
        self.origin = origin

    def run(self, ref: str) -> Any:
        raise NotImplementedError

    def use(self, ref: str) -> Any:
        raise NotImplementedError

    def get(self, prediction_id: str) -> Any:
        raise NotImplementedError

    async def arun(self, ref: str) -> Any:
        raise NotImplementedError

    def upload(self, path: str) -> Any:
        raise NotImplementedError

    def download(self, url: str, sink: Any) -> int:
        raise NotImplementedError

    def walk(self) -> int:
        """Iterate every listed prediction, following pages; return how many there were."""
        raise NotImplementedError


def _write_chunks(chunks: Any, sink: Any) -> int:
    total = 0
    for chunk in chunks:
        sink.write(chunk)
        total += len(chunk)
    return total


class Ours(Adapter):
    """This repository's SDK, with the names of the API reference."""

    def __init__(self, origin: str) -> None:
        super().__init__(origin)
        import replicate

        if not hasattr(replicate, "Replicate"):
            raise Missing("replicate.Replicate does not exist yet")
        self.module = replicate
        self.client = replicate.Replicate(bearer_token=TOKEN, base_url=f"{origin}/v1")
        self._async: Any = None

    def run(self, ref: str) -> Any:
        return self.client.run(ref, input=INPUT)

    def use(self, ref: str) -> Any:
        if not hasattr(self.client, "use"):
            raise Missing("Replicate.use does not exist yet")
        function = self.client.use(ref)
        return lambda: function(**INPUT)

    def get(self, prediction_id: str) -> Any:
        return self.client.predictions.get(prediction_id=prediction_id)

    async def arun(self, ref: str) -> Any:
        if self._async is None:
            if not hasattr(self.module, "AsyncReplicate"):
                raise Missing("replicate.AsyncReplicate does not exist yet")
            self._async = self.module.AsyncReplicate(
                bearer_token=TOKEN, base_url=f"{self.origin}/v1"
            )
        return await self._async.run(ref, input=INPUT)

    def upload(self, path: str) -> Any:
        with open(path, "rb") as content:
            return self.client.files.create(content=content)

    def download(self, url: str, sink: Any) -> int:
        """Through FileOutput (as the official clients) when it exists, else files.download."""
        file_output = getattr(self.module, "FileOutput", None)
        if file_output is not None:
            self.download_via = "FileOutput"
            return _write_chunks(file_output(url, client=self.client), sink)
        self.download_via = "files.download(...).iter_bytes()"
        download = self.client.files.download(FILE_ID, owner="bench", expiry=0, signature="x")
        return _write_chunks(download.iter_bytes(), sink)

    def walk(self) -> int:
        return sum(1 for _ in self.client.predictions.list())


class V1(Adapter):
    """replicate 1.0.7: `Client(api_token=...)`, base URL without /v1, no use()."""

    def __init__(self, origin: str) -> None:
        super().__init__(origin)
        import replicate

        self.client = replicate.Client(api_token=TOKEN, base_url=origin)

    def run(self, ref: str) -> Any:
        return self.client.run(ref, input=INPUT)

    def use(self, ref: str) -> Any:
        raise Missing("1.0.7 has no use()")

    def get(self, prediction_id: str) -> Any:
        return self.client.predictions.get(prediction_id)

    async def arun(self, ref: str) -> Any:
        return await self.client.async_run(ref, input=INPUT)

    def upload(self, path: str) -> Any:
        with open(path, "rb") as content:
            return self.client.files.create(content)

    def download(self, url: str, sink: Any) -> int:
        from replicate.helpers import FileOutput

        return _write_chunks(FileOutput(url, self.client), sink)

    def walk(self) -> int:
        from replicate.pagination import paginate

        return sum(len(page.results) for page in paginate(self.client.predictions.list))


class V2(Adapter):
    """replicate 2.0.0b4: `Replicate(bearer_token=...)`, base URL with /v1.

    Its `Replicate(...).use()` raises TypeError, so use() goes through the module-level
    `replicate.use()`, which reads the token and base URL from the environment.
    """

    def __init__(self, origin: str) -> None:
        super().__init__(origin)
        import replicate

        self.module = replicate
        self.client = replicate.Replicate(bearer_token=TOKEN, base_url=f"{origin}/v1")
        self._async: Any = None

    def run(self, ref: str) -> Any:
        return self.client.run(ref, input=INPUT)

    def use(self, ref: str) -> Any:
        os.environ["REPLICATE_API_TOKEN"] = TOKEN
        os.environ["REPLICATE_BASE_URL"] = f"{self.origin}/v1"
        function = self.module.use(ref)
        return lambda: function(**INPUT)

    def get(self, prediction_id: str) -> Any:
        return self.client.predictions.get(prediction_id=prediction_id)

    async def arun(self, ref: str) -> Any:
        if self._async is None:
            self._async = self.module.AsyncReplicate(
                bearer_token=TOKEN, base_url=f"{self.origin}/v1"
            )
        return await self._async.run(ref, input=INPUT)

    def upload(self, path: str) -> Any:
        with open(path, "rb") as content:
            return self.client.files.create(content=content)

    def download(self, url: str, sink: Any) -> int:
        return _write_chunks(self.module.FileOutput(url, self.client), sink)

    def walk(self) -> int:
        return sum(1 for _ in self.client.predictions.list())


class OursAioHttp(Ours):
    """Ours with `http_client=DefaultAioHttpClient()` (async calls only)."""

    async def arun(self, ref: str) -> Any:
        if self._async is None:
            http = getattr(self.module, "DefaultAioHttpClient", None)
            if http is None:
                raise Missing("replicate.DefaultAioHttpClient does not exist yet")
            self._async = self.module.AsyncReplicate(
                bearer_token=TOKEN, base_url=f"{self.origin}/v1", http_client=http()
            )
        return await self._async.run(ref, input=INPUT)


class V2AioHttp(V2):
    """2.0.0b4 with its own `DefaultAioHttpClient` (needs its aiohttp extra)."""

    async def arun(self, ref: str) -> Any:
        if self._async is None:
            self._async = self.module.AsyncReplicate(
                bearer_token=TOKEN,
                base_url=f"{self.origin}/v1",
                http_client=self.module.DefaultAioHttpClient(),
            )
        return await self._async.run(ref, input=INPUT)


KINDS: dict[str, type[Adapter]] = {
    "ours": Ours,
    "v1": V1,
    "v2": V2,
    "ours-aiohttp": OursAioHttp,
    "v2-aiohttp": V2AioHttp,
}


def make(kind: str, origin: str) -> Adapter:
    try:
        return KINDS[kind](origin)
    except ImportError as exc:
        raise Missing(f"cannot import: {exc}") from exc
