"""A 200 MB file input is streamed to the files API: memory stays flat (a bound, not a timing)."""

from __future__ import annotations

import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

from replicate import Replicate
from replicate.testing import LocalServer

SIZE = 200 * 1024 * 1024
# Python allocations (client and in-process server together) while the upload runs:
# a small fraction of the file, which would need 200 MB if it were ever held whole.
PEAK_BOUND = 24 * 1024 * 1024


@pytest.fixture
def big_file(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "weights.bin"
    with path.open("wb") as handle:
        block = bytes(range(256)) * 4096  # 1 MiB, not all zeros
        for _ in range(SIZE // len(block)):
            handle.write(block)
    yield path
    path.unlink()


def test_a_200_mb_input_upload_keeps_memory_flat(big_file: Path) -> None:
    def size_of(file: str) -> str:
        return file

    with LocalServer(token="r8_test") as server:
        server.register_model("acme/sizer", size_of)
        with Replicate(bearer_token="r8_test", base_url=server.base_url) as client:
            tracemalloc.start()
            try:
                tracemalloc.reset_peak()
                output = client.run("acme/sizer", input={"file": big_file}, use_file_output=False)
                _, peak = tracemalloc.get_traced_memory()
            finally:
                tracemalloc.stop()
            file_id = output.rsplit("/", 1)[-1]
            stored = client.files.get(file_id)
    assert stored.size == SIZE
    assert stored.name == "weights.bin"
    assert peak < PEAK_BOUND, f"peak {peak / 2**20:.1f} MiB while uploading 200 MiB"
