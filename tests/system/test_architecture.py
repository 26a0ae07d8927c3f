"""The floor plan holds: each command's wing stands on the ground floor, and imports run one way.

The imports of `tfi_rules` are read from the source (ast; nothing is imported), those
inside functions included: an import put inside a function to dodge a cycle at load
time is still a dependency, and still a cycle. ARCHITECTURE.md draws the same plan.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "tfi_rules"

# The ground floor: shared vocabulary and helpers, reading a file, the models. Anything may use it.
GROUND = {
    "tfi_rules",
    "findings",
    "config",
    "numbers",
    "suggest",
    "files",
    "os_reasons",
    "describe",
    "i18n",
    "model",
    "load",
    "markdown",
    "git",
    "spool",
    "last",
}

# The wings, one per command, and what each may import besides the ground floor. `tfi check` is
# three rooms, each standing on the one before: the rules (the API they are written against), the
# pipeline that runs them, and its output formats. `tfi report` is the page of a check and a
# verdict together, so it is the one wing that uses two others (their runs and their rows).
MAY_IMPORT = {
    "rules": set(),
    "check": {"rules"},
    "output": {"check", "rules"},
    "verdict": set(),
    "diff": set(),
    "report": {"check", "verdict"},
    "init": set(),
    "new": set(),
    "sheets": set(),
}


def module_name(path: Path, package: Path = PACKAGE) -> str:
    parts = path.relative_to(package.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path, known: set[str], package_root: Path = PACKAGE) -> set[str]:
    """The tfi_rules modules a module imports, anywhere in it."""
    name = module_name(path, package_root)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name in known)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            for alias in node.names:  # `from . import capacity_balance` imports a module
                if f"{target}.{alias.name}" in known:
                    found.add(f"{target}.{alias.name}")
                elif target in known:
                    found.add(target)
    found.discard(name)
    return found


def import_graph(package: Path = PACKAGE) -> dict[str, set[str]]:
    paths = sorted(package.rglob("*.py"))
    known = {module_name(path, package) for path in paths}
    return {module_name(path, package): imports_of(path, known, package) for path in paths}


def room(module: str) -> str:
    """The top-level part of tfi_rules a module belongs to: "load", "verdict", "findings", ..."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def wrong_way(graph: dict[str, set[str]]) -> list[str]:
    """Every import that breaks the floor plan, as "importer -> imported (why)"."""
    wrong = []
    for module, imported in sorted(graph.items()):
        here = room(module)
        for other in sorted(imported):
            there = room(other)
            if there == here or there in GROUND:
                continue
            if here in GROUND:
                wrong.append(f"{module} -> {other} (the ground floor imports no wing)")
            elif here not in MAY_IMPORT:
                wrong.append(f"{module} -> {other} ({here} is on no floor: add it to GROUND or MAY_IMPORT)")
            elif there not in MAY_IMPORT[here]:
                wrong.append(f"{module} -> {other} (the {here} wing may not import the {there} wing)")
    return wrong


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The import cycles (strongly connected components of more than one module, or a module importing itself)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(module: str) -> None:  # Tarjan's algorithm; the graph has ~130 modules
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for other in graph.get(module, ()):
            if other not in index:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in on_stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == module:
                    break
            if len(component) > 1 or module in graph.get(module, ()):
                found.append(sorted(component))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return found


def test_every_part_of_the_library_is_on_the_plan() -> None:
    rooms = {room(module) for module in import_graph()}
    assert rooms <= GROUND | set(MAY_IMPORT), sorted(rooms - GROUND - set(MAY_IMPORT))


def test_wings_stand_on_the_ground_floor_only() -> None:
    assert wrong_way(import_graph()) == []


def test_no_import_cycles() -> None:
    assert cycles(import_graph()) == []


@pytest.mark.parametrize(
    ("module", "source", "broken"),
    [
        ("diff/run.py", "from ..verdict.judge import judge\n", "the diff wing may not import the verdict wing"),
        ("load/typed.py", "from ..check.result import CheckResult\n", "the ground floor imports no wing"),
    ],
)
def test_the_test_sees_a_wrong_way_import(tmp_path: Path, module: str, source: str, broken: str) -> None:
    copy = tmp_path / "tfi_rules"
    for path in PACKAGE.rglob("*.py"):
        target = copy / path.relative_to(PACKAGE)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    with (copy / module).open("a", encoding="utf-8") as stream:
        stream.write(source)
    assert any(broken in line for line in wrong_way(import_graph(copy)))


def test_the_test_sees_a_cycle_through_a_function_level_import() -> None:
    graph = {"tfi_rules.diff.plans": {"tfi_rules.diff.records"}, "tfi_rules.diff.records": {"tfi_rules.diff.plans"}}
    assert cycles(graph) == [["tfi_rules.diff.plans", "tfi_rules.diff.records"]]
