"""The `Prefer: wait` and `Cancel-After` request headers."""

from __future__ import annotations

MAX_WAIT = 60


def prefer_header(wait: bool | int | None, cancel_after: str | None) -> dict[str, str]:
    """Keyword arguments for a generated `_get_kwargs`: `prefer` and `cancel_after`."""
    headers: dict[str, str] = {}
    if wait is True:
        headers["prefer"] = "wait"
    elif wait is not None and wait is not False:
        if not 1 <= wait <= MAX_WAIT:
            raise ValueError(f"wait must be True or 1..{MAX_WAIT} seconds, got {wait!r}")
        headers["prefer"] = f"wait={int(wait)}"
    if cancel_after is not None:
        headers["cancel_after"] = cancel_after
    return headers
