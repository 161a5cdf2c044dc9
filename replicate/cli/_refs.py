"""Reading `owner/name` and `owner/name:version` arguments."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._errors import UsageError

_NAME = r"[A-Za-z0-9][A-Za-z0-9._-]*"
_OWNER_NAME = re.compile(rf"({_NAME})/({_NAME})")
_VERSION = re.compile(r"[A-Za-z0-9]+")


@dataclass(frozen=True, slots=True)
class ModelRef:
    owner: str | None
    name: str | None
    version: str | None

    @property
    def model(self) -> str | None:
        return f"{self.owner}/{self.name}" if self.owner and self.name else None


def parse_model_ref(text: str) -> ModelRef:
    """`owner/name`, `owner/name:version` or a bare version id."""
    model, colon, version = text.partition(":")
    if colon and not _VERSION.fullmatch(version):
        raise UsageError(f"bad version in {text!r}")
    if "/" not in model and not colon:
        if not _VERSION.fullmatch(model):
            raise UsageError(
                f"expected owner/name, owner/name:version or a version id, got {text!r}"
            )
        return ModelRef(None, None, model)
    owner, name = split_owner_name(model, what="model")
    return ModelRef(owner, name, version or None)


def split_owner_name(text: str, *, what: str) -> tuple[str, str]:
    """`owner/name` → (owner, name), or a usage error naming what was expected."""
    match = _OWNER_NAME.fullmatch(text)
    if match is None:
        raise UsageError(f"expected a {what} as owner/name, got {text!r}")
    return match.group(1), match.group(2)
