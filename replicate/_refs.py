"""Model references: `owner/name`, `owner/name:version` or a bare 64-hex version id.

Every part is checked against a strict pattern before it goes into a URL path, so a
reference can never point a request anywhere but the model's own endpoints. The one
parser for the SDK, the resources' positional "owner/name" and the command line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ._predict import PredictionCreate

# Owners and model names: letters, digits, '-', '_', '.', starting with a letter or digit
# (so never "." or ".."), at most 100 characters.
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")
# Explicit versions after ':' are ids: letters, digits and '-' only.
_VERSION = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{0,99}")
_BARE_VERSION = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True, slots=True)
class ModelRef:
    """A parsed reference; `owner`/`name` are None for a bare version id."""

    owner: str | None
    name: str | None
    version: str | None

    @property
    def model(self) -> str | None:
        """`owner/name`, when the reference names a model."""
        return None if self.owner is None else f"{self.owner}/{self.name}"

    def prediction(self, input: Any, **options: Any) -> PredictionCreate:
        """A create of this model's prediction: by version when pinned, else the model's
        endpoint (its latest version). `options` are PredictionCreate's."""
        model = None if self.owner is None or self.name is None else (self.owner, self.name)
        return PredictionCreate(input, version=self.version, model=model, **options)

    def prediction_path(self) -> str:
        """Where to POST a prediction of this reference."""
        return self.prediction(None).path()

    def prediction_body(self, input: object) -> dict[str, Any]:
        return self.prediction(input).body()

    def schema_path(self) -> str | None:
        """Where the OpenAPI schema of this model (or version) can be read, if anywhere."""
        if self.owner is None:
            return None
        if self.version is None:
            return f"/models/{self.owner}/{self.name}"
        return f"/models/{self.owner}/{self.name}/versions/{self.version}"

    def __str__(self) -> str:
        if self.owner is None:
            return str(self.version)
        suffix = "" if self.version is None else f":{self.version}"
        return f"{self.owner}/{self.name}{suffix}"


__all__ = ["ModelRef", "parse_ref", "split_owner_name"]


@lru_cache(maxsize=512)
def parse_ref(ref: str) -> ModelRef:
    """Parse a model reference, raising ValueError with the accepted forms if it is invalid."""
    if not isinstance(ref, str):
        raise TypeError(f"a model reference must be a string, got {type(ref).__name__}")
    if _BARE_VERSION.fullmatch(ref):
        return ModelRef(None, None, ref)
    model, colon, version = ref.partition(":")
    owner, slash, name = model.partition("/")
    if (
        slash
        and _NAME.fullmatch(owner)
        and _NAME.fullmatch(name)
        and (not colon or _VERSION.fullmatch(version))
    ):
        return ModelRef(owner, name, version if colon else None)
    raise ValueError(
        f"Invalid model reference {ref!r}: expected 'owner/name', 'owner/name:version' "
        "or a 64-character hexadecimal version id (owner and name may use letters, digits, "
        "'-', '_' and '.', and must start with a letter or digit)"
    )


def split_owner_name(text: str, *, kind: str = "model") -> tuple[str, str]:
    """(owner, name) of an "owner/name" (a model, deployment, destination …), checked
    against the same pattern as model references; ValueError says what was expected."""
    owner, slash, name = text.partition("/")
    if slash and _NAME.fullmatch(owner) and _NAME.fullmatch(name):
        return owner, name
    raise ValueError(
        f"Invalid {kind} reference {text!r}: expected 'owner/name' (letters, digits, "
        "'-', '_' and '.', each part starting with a letter or digit)"
    )
