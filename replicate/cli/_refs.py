"""Reading `owner/name` and `owner/name:version` arguments, with the SDK's own parser.

A reference the SDK would refuse is a usage error here (exit 2), said the SDK's way.
"""

from __future__ import annotations

from .._refs import ModelRef, parse_ref
from .._refs import split_owner_name as _split
from ._errors import UsageError

__all__ = ["ModelRef", "parse_model_ref", "split_owner_name"]


def parse_model_ref(text: str) -> ModelRef:
    """`owner/name`, `owner/name:version` or a 64-character version id."""
    try:
        return parse_ref(text)
    except ValueError as error:
        raise UsageError(str(error)) from None


def split_owner_name(text: str, *, what: str) -> tuple[str, str]:
    """`owner/name` → (owner, name), or a usage error naming what was expected."""
    try:
        return _split(text, kind=what)
    except ValueError as error:
        raise UsageError(str(error)) from None
