"""Deterministic PNG images rendered from text, with nothing but zlib and struct.

The local image models return real, decodable PNGs whose pixels depend only on the prompt
(and a seed): a vertical gradient between two colours taken from a hash of the text, crossed
by diagonal bands. They are stand-ins, not generated art.
"""

from __future__ import annotations

import hashlib
import struct
import zlib

_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _chunk(kind: bytes, payload: bytes) -> bytes:
    crc = zlib.crc32(kind + payload) & 0xFFFFFFFF
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", crc)


def render_png(text: str, *, width: int = 256, height: int = 256, seed: int = 0) -> bytes:
    """Render ``text`` (with ``seed``) into an RGB PNG of ``width`` x ``height`` pixels."""
    width = max(1, min(int(width), 1024))
    height = max(1, min(int(height), 1024))
    digest = hashlib.sha256(f"{seed}:{text}".encode()).digest()
    top, bottom, band = digest[0:3], digest[3:6], digest[6:9]
    stripe = 8 + digest[9] % 24
    rows = []
    for y in range(height):
        mix = y / max(height - 1, 1)
        base = bytes(round(a + (b - a) * mix) for a, b in zip(top, bottom, strict=True))
        # Diagonal bands: shift a two-colour pattern by one pixel per row.
        period = bytes(base * stripe + band * stripe)
        offset = (y % (2 * stripe)) * 3
        repeated = period * (width // (2 * stripe) + 2)
        rows.append(b"\x00" + repeated[offset : offset + width * 3])
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"".join(rows), 6)
    text_chunk = b"prompt\x00" + text.encode("latin-1", "replace")[:200]
    return (
        _SIGNATURE
        + _chunk(b"IHDR", header)
        + _chunk(b"tEXt", text_chunk)
        + _chunk(b"IDAT", pixels)
        + _chunk(b"IEND", b"")
    )


def fake_video(text: str, *, seconds: int = 5) -> bytes:
    """Deterministic bytes standing in for an MP4 (an ``ftyp`` box, then filler)."""
    brand = b"ftypisom\x00\x00\x02\x00isomiso2mp41"
    box = struct.pack(">I", len(brand) + 4) + brand
    body = hashlib.sha256(text.encode()).digest() * (64 * max(1, seconds))
    return box + struct.pack(">I", len(body) + 8) + b"mdat" + body
