"""Shortcuts for naming a model or deployment: "owner/name" and "owner/name:version".

The reference's keyword form (`model_owner=`, `model_name=`) always works; a combined
reference given positionally is split here and checked before any request is made.
"""

from __future__ import annotations

from .._refs import split_owner_name


def owner_and_name(
    ref: str | None,
    owner: str | None,
    name: str | None,
    *,
    kind: str = "model",
) -> tuple[str, str]:
    """(owner, name) from `ref` ("owner/name") or from the two keyword arguments."""
    if ref is not None:
        if owner is not None or name is not None:
            raise TypeError(f"give either {ref!r} or {kind}_owner=/{kind}_name=, not both")
        return split_owner_name(ref, kind=kind)
    if not owner or not name:
        given = {"owner": owner, "name": name}
        missing = [f"{kind}_{part}=" for part, value in given.items() if not value]
        raise TypeError(f"missing {' and '.join(missing)} (or a positional 'owner/name')")
    return owner, name


def owner_name_and_version(
    ref: str | None,
    owner: str | None,
    name: str | None,
    version_id: str | None,
) -> tuple[str, str, str]:
    """(owner, name, version id) from "owner/name:version" or the keyword arguments."""
    if ref is not None and ":" in ref:
        if version_id is not None:
            raise TypeError(f"give the version either in {ref!r} or as version_id=, not both")
        ref, _, version_id = ref.partition(":")
    model_owner, model_name = owner_and_name(ref, owner, name)
    if not version_id:
        raise TypeError("missing version_id= (or a positional 'owner/name:version')")
    return model_owner, model_name, version_id
