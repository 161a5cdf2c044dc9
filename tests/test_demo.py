"""`make demo` end to end: scripts/demo.py against its own local server subprocess."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import zlib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEMO = REPO / "scripts" / "demo.py"

# Bytes per pixel of each PNG colour type at 8 bits per sample.
CHANNELS = {0: 1, 2: 3, 4: 2, 6: 4}


def decode_png(data: bytes) -> tuple[int, int, bytes]:
    """(width, height, raw scanlines) of an 8-bit, non-interlaced PNG; checks every CRC."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG signature"
    position, chunks = 8, []
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        body = data[position + 8 : position + 8 + length]
        (crc,) = struct.unpack(">I", data[position + 8 + length : position + 12 + length])
        assert zlib.crc32(kind + body) == crc, f"bad CRC in {kind!r}"
        chunks.append((kind, body))
        position += 12 + length
    assert chunks[0][0] == b"IHDR" and chunks[-1][0] == b"IEND"
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", chunks[0][1])
    assert depth == 8 and interlace == 0 and colour in CHANNELS
    pixels = zlib.decompress(b"".join(body for kind, body in chunks if kind == b"IDAT"))
    assert len(pixels) == height * (1 + width * CHANNELS[colour]), "wrong amount of pixel data"
    return width, height, pixels


def test_demo_runs_end_to_end(tmp_path: Path) -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith("REPLICATE_")}
    env["COLUMNS"] = "120"
    completed = subprocess.run(
        [sys.executable, str(DEMO), "--output-dir", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "Traceback" not in completed.stderr
    output = completed.stdout
    assert "hello Alice" in output
    assert "canceled" in output

    images = list((tmp_path / "out").glob("*.png"))
    assert len(images) == 1
    width, height, pixels = decode_png(images[0].read_bytes())
    assert width > 0 and height > 0 and any(pixels)


def test_demo_failing_step_reports_and_stops_the_server(tmp_path: Path) -> None:
    # The image cannot be saved where a plain file stands in for the output directory:
    # the demo must say so in one message, exit non-zero and still stop its server.
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("")
    env = {key: value for key, value in os.environ.items() if not key.startswith("REPLICATE_")}
    completed = subprocess.run(
        [sys.executable, str(DEMO), "--output-dir", str(blocker)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert completed.returncode == 1
    assert "demo failed" in completed.stdout
    assert "Local server stopped" in completed.stdout
    assert "Traceback" not in completed.stderr
