"""Read OpenAPI documents (ours and upstream's) the way the spec and cassette tests need.

- ``our_spec()``: the parsed ``openapi.yaml`` at the repository root.
- ``operations(spec)``: every operation keyed by operationId, including the QUERY one
  (``x-query`` in ours, ``query`` upstream).
- ``resolve(spec, node)``: follow ``$ref`` chains inside one document.
- ``parameter_keys(spec, operation)``: ``{(name, in, required)}`` with path-level parameters merged.
- ``find_operation(spec, method, path)``: the operation serving ``METHOD /path`` (path under /v1).
- ``module_path(operation)``: the generated module, e.g. ``api/predictions/predictions_get.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

REPO_ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = REPO_ROOT / "openapi.yaml"
GENERATED_PACKAGE = REPO_ROOT / "generated" / "replicate_api"

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Where each document keeps the QUERY operation: ours in an extension, upstream's in `query`.
QUERY_KEYS = ("x-query", "query")


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str  # upper case: GET, POST, ..., QUERY
    path: str  # template relative to the server URL, e.g. /predictions/{prediction_id}
    node: dict[str, Any]
    path_item: dict[str, Any]

    @property
    def tag(self) -> str:
        tags = self.node.get("tags") or ["default"]
        return str(tags[0])

    @property
    def module_name(self) -> str:
        return self.operation_id.replace(".", "_")


@cache
def _load_yaml(path: str) -> Any:
    with open(path, encoding="utf-8") as handle:
        return yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def our_spec() -> dict[str, Any]:
    """Return the parsed openapi.yaml (cached: treat as read-only)."""
    spec: dict[str, Any] = _load_yaml(str(SPEC_PATH))
    return spec


def load_document(path: Path) -> dict[str, Any]:
    """Return a parsed OpenAPI document (JSON is YAML); cached, treat as read-only."""
    document: dict[str, Any] = _load_yaml(str(path))
    return document


def operations(spec: dict[str, Any]) -> dict[str, Operation]:
    found: dict[str, Operation] = {}
    for path, item in spec.get("paths", {}).items():
        for key, node in item.items():
            if key in HTTP_METHODS:
                method = key.upper()
            elif key in QUERY_KEYS:
                method = "QUERY"
            else:
                continue
            operation = Operation(node["operationId"], method, path, node, item)
            assert operation.operation_id not in found, operation.operation_id
            found[operation.operation_id] = operation
    return found


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow ``$ref`` (local JSON pointers only) until a node without one."""
    seen: set[str] = set()
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        assert ref.startswith("#/") and ref not in seen, ref
        seen.add(ref)
        node = spec
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def ref_name(node: Any) -> str | None:
    """Return the last segment of a ``$ref`` (a component name), or None."""
    if isinstance(node, dict) and "$ref" in node:
        return str(node["$ref"]).rsplit("/", 1)[-1]
    return None


def parameters(spec: dict[str, Any], operation: Operation) -> list[dict[str, Any]]:
    """Resolved parameters; operation-level ones override path-level ones (name + in)."""
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*operation.path_item.get("parameters", []), *operation.node.get("parameters", [])]:
        parameter = resolve(spec, raw)
        merged[(parameter["name"], parameter["in"])] = parameter
    return list(merged.values())


def parameter_keys(spec: dict[str, Any], operation: Operation) -> set[tuple[str, str, bool]]:
    return {
        (p["name"].lower() if p["in"] == "header" else p["name"], p["in"], bool(p.get("required")))
        for p in parameters(spec, operation)
    }


def _path_regex(template: str) -> re.Pattern[str]:
    pattern = re.sub(r"\\\{([^}]+)\\\}", r"(?P<\1>[^/]+)", re.escape(template))
    return re.compile(pattern + "$")


def find_operation(
    spec: dict[str, Any], method: str, path: str
) -> tuple[Operation, dict[str, str]] | None:
    """Return the operation for ``METHOD path`` and its path parameters, or None.

    Literal segments win over templated ones (``/models`` vs ``/models/{owner}/{name}``).
    """
    candidates = []
    for operation in operations(spec).values():
        if operation.method != method.upper():
            continue
        match = _path_regex(operation.path).match(path)
        if match:
            literal_length = len(re.sub(r"\{[^}]+\}", "", operation.path))
            candidates.append((literal_length, operation, match.groupdict()))
    if not candidates:
        return None
    _, operation, path_parameters = max(candidates, key=lambda item: item[0])
    return operation, path_parameters


def response(spec: dict[str, Any], operation: Operation, status: int) -> dict[str, Any] | None:
    """Return the resolved Response Object for ``status`` (exact code first, then NXX)."""
    responses = operation.node.get("responses", {})
    raw = responses.get(str(status)) or responses.get(f"{str(status)[0]}XX")
    return None if raw is None else resolve(spec, raw)


def module_path(operation: Operation) -> Path:
    return GENERATED_PACKAGE / "api" / operation.tag / f"{operation.module_name}.py"
