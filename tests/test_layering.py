"""The package's layering, read from its source with `ast`: arrows only point down.

- no import circle inside `replicate/`, counting imports under TYPE_CHECKING and inside
  functions; the only upward arrows allowed are the lazy ones in `replicate/__init__.py`
  and `replicate/_client.py`, which nothing below them imports;
- nothing below the client (the foundations `replicate/_*.py` and `replicate/resources/`)
  imports the client or the package itself;
- foundations never import resources, resources never import the high-level helpers,
  and nothing but the local server itself imports `replicate.testing`;
- nobody outside `_client.py` reaches into a client's private attributes.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "replicate"
CLIENT = "replicate._client"
HIGH_LEVEL = frozenset({"replicate._run", "replicate._use", "replicate._stream"})
# Lazy upward imports are allowed from these two, and only from inside functions.
LAZY_TOP = frozenset({"replicate", CLIENT})


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _resolve(module: str, is_package: bool, node: ast.ImportFrom) -> list[str]:
    """The `replicate` modules one `from ... import ...` names."""
    if node.level:
        base = module.split(".") if is_package else module.split(".")[:-1]
        base = base[: len(base) - (node.level - 1)]
        target = ".".join([*base, *([node.module] if node.module else [])])
    else:
        target = node.module or ""
    names = [f"{target}.{alias.name}" for alias in node.names]
    found = [name for name in names if name in MODULES]
    return found or [target]


def _imports(module: str) -> list[tuple[str, bool]]:
    """(imported replicate module, imported at module level) for every import in `module`."""
    path = MODULES[module]
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    functions = {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        for inner in ast.walk(node)
    }
    found: list[tuple[str, bool]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            targets = _resolve(module, path.name == "__init__.py", node)
        else:
            continue
        for target in targets:
            if target == "replicate" or target.startswith("replicate."):
                found.append((target, id(node) not in functions))
    return found


GRAPH = {module: _imports(module) for module in MODULES}


def _edges(module: str) -> set[str]:
    """What `module` depends on: all its imports, except lazy ones from the top two."""
    return {
        target
        for target, top_level in GRAPH[module]
        if target != module and (top_level or module not in LAZY_TOP)
    }


def _below_client(module: str) -> bool:
    last = module.rsplit(".", 1)[-1]
    private = last.startswith("_") and not last.startswith("__")
    foundation = module.count(".") == 1 and private and module != CLIENT
    return foundation or module.startswith("replicate.resources")


def _is_foundation(module: str) -> bool:
    return _below_client(module) and not module.startswith("replicate.resources")


def test_the_graph_was_read() -> None:
    # The checks below mean something only if imports were found at all.
    assert "replicate._transport" in _edges("replicate._client")
    assert "replicate._transport" in _edges("replicate.resources._base")
    assert ("replicate.resources.search", False) in GRAPH[CLIENT]


def test_no_import_circle() -> None:
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(module: str) -> None:
        state[module] = 1
        path.append(module)
        for target in sorted(_edges(module)):
            if target not in MODULES:
                continue
            if state.get(target) == 1:
                circle = [*path[path.index(target) :], target]
                pytest.fail("import circle: " + " -> ".join(circle))
            if target not in state:
                visit(target)
        path.pop()
        state[module] = 2

    for module in MODULES:
        if module not in state:
            visit(module)


@pytest.mark.parametrize("module", sorted(m for m in MODULES if _below_client(m)))
def test_nothing_below_the_client_imports_it(module: str) -> None:
    upward = {target for target, _ in GRAPH[module] if target in ("replicate", CLIENT)}
    assert not upward, f"{module} imports {sorted(upward)}: pass it the transport instead"


@pytest.mark.parametrize("module", sorted(m for m in MODULES if _is_foundation(m)))
def test_foundations_do_not_import_what_is_above_them(module: str) -> None:
    above = {
        target
        for target, _ in GRAPH[module]
        if target.startswith(("replicate.resources", "replicate.cli", "replicate.testing"))
    }
    assert not above, f"foundation {module} imports {sorted(above)}"


@pytest.mark.parametrize(
    "module", sorted(m for m in MODULES if m.startswith("replicate.resources"))
)
def test_resources_do_not_import_high_level_helpers(module: str) -> None:
    above = {
        target
        for target, _ in GRAPH[module]
        if target in HIGH_LEVEL or target.startswith(("replicate.cli", "replicate.testing"))
    }
    assert not above, f"resource {module} imports {sorted(above)}"


def test_only_the_local_server_imports_itself() -> None:
    users = {
        module
        for module in MODULES
        if not module.startswith("replicate.testing")
        and any(target.startswith("replicate.testing") for target, _ in GRAPH[module])
    }
    assert not users, f"{sorted(users)} import the local server"


def _client_private_attributes() -> set[str]:
    tree = ast.parse(MODULES[CLIENT].read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.ctx, ast.Store)
            and isinstance(node.value, ast.Name)
            and node.value.id == "self"
            and node.attr.startswith("_")
        ):
            names.add(node.attr)
    return names


def _holder_name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def test_no_reach_into_a_client_outside_the_client_module() -> None:
    private = _client_private_attributes()
    assert "_transport" in private
    reaches = []
    for module, path in MODULES.items():
        if module == CLIENT:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Attribute) or node.attr not in private:
                continue
            holder = _holder_name(node.value)
            if holder is not None and holder.lstrip("_").endswith("client"):
                reaches.append(f"{module}:{node.lineno} {holder}.{node.attr}")
            if node.attr == "_http":  # only the client holds its pool under this name
                reaches.append(f"{module}:{node.lineno} {holder}._http")
    assert not reaches, "reach-ins to a client's private attributes: " + ", ".join(reaches)
