"""The shape of the code (issue 11): small modules of one idea, short functions, thin click
commands, imports that follow the data flow without cycles, and no private name reached
across modules. Read from the source with `ast`, so that nothing is imported."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parents[1] / "src" / "followup"
MODULE_LINES = 400
FUNCTION_LINES = 60
COMMAND_LINES = 40  # a click command: parse, call one core function, print


def _modules() -> dict[str, Path]:
    """Dotted module name -> file, for every module of the package."""
    found = {}
    for path in sorted(SOURCE.rglob("*.py")):
        parts = path.relative_to(SOURCE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


MODULES = _modules()
TREES = {name: ast.parse(path.read_text("utf-8")) for name, path in MODULES.items()}


def _functions(tree: ast.AST) -> Iterator[ast.FunctionDef | ast.AsyncFunctionDef]:
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            yield node


def _is_command(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """Decorated by click.command or a group's .command."""
    for decorator in function.decorator_list:
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        if isinstance(target, ast.Attribute) and target.attr in ("command", "group"):
            return True
    return False


def _imports(name: str, tree: ast.AST) -> Iterator[tuple[str, list[str]]]:
    """(module imported, names taken from it) for every import of ours, lazy ones too."""
    package = name if MODULES[name].name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("followup"):
                    yield alias.name, []
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            if not module.startswith("followup"):
                continue
            for alias in node.names:
                if f"{module}.{alias.name}" in MODULES:  # a module, not a name in one
                    yield f"{module}.{alias.name}", []
                else:
                    yield module, [alias.name]


def test_no_module_is_longer_than_400_lines() -> None:
    long = {name: len(path.read_text("utf-8").splitlines())
            for name, path in MODULES.items()}
    assert {name: lines for name, lines in long.items() if lines > MODULE_LINES} == {}


def test_no_function_is_longer_than_60_lines_nor_a_command_than_40() -> None:
    long = {}
    for name, tree in TREES.items():
        for function in _functions(tree):
            lines = (function.end_lineno or function.lineno) - function.lineno + 1
            limit = COMMAND_LINES if _is_command(function) else FUNCTION_LINES
            if lines > limit:
                long[f"{name}.{function.name}"] = lines
    assert long == {}


def test_no_import_cycle_lazy_imports_included() -> None:
    graph = {name: {imported for imported, _ in _imports(name, tree)
                    if imported in MODULES and imported != name}
             for name, tree in TREES.items()}
    cycles = set()

    def visit(node: str, path: list[str]) -> None:
        for target in graph[node]:
            if target in path:
                cycle = path[path.index(target):]
                start = cycle.index(min(cycle))
                cycles.add(" -> ".join(cycle[start:] + cycle[:start]))
            elif len(path) < 12:
                visit(target, [*path, target])

    for name in graph:
        visit(name, [name])
    # A package's __init__ that re-exports its modules is not a cycle of ideas: a module
    # of the package importing a sibling through the package is.
    assert sorted(cycles) == []


def _our_module_names(tree: ast.AST) -> set[str]:
    """The names under which a module holds modules of ours (`import followup.x as y`,
    `from followup import x`)."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.asname or alias.name.rpartition(".")[2] for alias in node.names
                      if alias.name.startswith("followup")}
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("followup"):
            names |= {alias.asname or alias.name for alias in node.names}
    return names


def test_no_private_name_is_used_across_modules() -> None:
    taken = [f"{name} takes {module}.{taken}"
             for name, tree in TREES.items()
             for module, names in _imports(name, tree)
             for taken in names
             if taken.startswith("_") and not taken.startswith("__") and module != name]
    reached = []
    for name, tree in TREES.items():
        ours = _our_module_names(tree)
        reached += [f"{name} uses {node.value.id}.{node.attr}" for node in ast.walk(tree)
                    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                    and node.value.id in ours
                    and node.attr.startswith("_") and not node.attr.startswith("__")]
    assert sorted(taken + reached) == []


@pytest.mark.parametrize("name", sorted(MODULES), ids=sorted(MODULES))
def test_every_module_says_what_it_is_for(name: str) -> None:
    assert ast.get_docstring(TREES[name]), f"{MODULES[name]} has no docstring"


def test_the_architecture_map_names_every_module_and_no_other() -> None:
    """docs/ARCHITECTURE.md keeps the map, one line a module: kept true by this test."""
    text = (SOURCE.parents[1] / "docs" / "ARCHITECTURE.md").read_text("utf-8")
    mapped = set(re.findall(r"^- `([\w/]+\.py)`:", text, flags=re.M))
    files = {str(path.relative_to(SOURCE)) for path in MODULES.values()}
    assert (sorted(files - mapped), sorted(mapped - files)) == ([], [])
