"""`REPLICATE_LOG=info|debug`: the `replicate` logger, written to stderr.

info logs each response (method, URL path, status, time); debug adds the request headers
(the token masked) and every retry.
"""

from __future__ import annotations

import logging
import os
import sys

import httpx

__all__ = ["configure_from_env", "masked_headers"]

_LEVELS = {"info": logging.INFO, "debug": logging.DEBUG}
_SECRET_HEADERS = frozenset({"authorization", "proxy-authorization"})


def configure_from_env() -> None:
    """Send the `replicate` logger to stderr at the level REPLICATE_LOG names, if any."""
    level = _LEVELS.get(os.environ.get("REPLICATE_LOG", "").strip().lower())
    if level is None:
        return
    logger = logging.getLogger("replicate")
    logger.setLevel(level)
    if not any(isinstance(handler, _StderrHandler) for handler in logger.handlers):
        handler = _StderrHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("[%(asctime)s %(levelname)s %(name)s] %(message)s"))
        logger.addHandler(handler)


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Ours, so configuring twice adds it once."""


def masked_headers(headers: httpx.Headers) -> dict[str, str]:
    """Headers to log: the Authorization values replaced by "[masked]"."""
    return {
        name: "[masked]" if name.lower() in _SECRET_HEADERS else value
        for name, value in headers.items()
    }
