"""The package's layering: folders are the pipeline, and imports only run downwards.

file -> reader (pure) -> model -> render -> handbook -> export, with the Sphinx glue on
top. Every ``import`` in ``sphinx_meetup/`` is read with :mod:`ast` (also those inside
functions and under ``TYPE_CHECKING``): a module may import its own floor or a lower
one, never a higher one, and no two modules may import each other, directly or round
about. ``docs/contributing.md`` draws the same floors.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "sphinx_meetup"

#: the floors, lowest first; a name is the first part of a module's dotted path
FLOORS: tuple[frozenset[str], ...] = (
    frozenset({"model", "safety", "sandbox", "svg", "locale", "version"}),
    frozenset({"reader"}),
    frozenset({"checks"}),
    frozenset({"warnings_", "config", "read_cache"}),
    frozenset({"render"}),
    frozenset({"handbook"}),
    frozenset({"directives", "page_parser", "export"}),
    frozenset({"extension", "cli", ""}),
)
#: what the pure reader may import besides the standard library and itself
READER_MAY_IMPORT = frozenset({"frontmatter", "yaml", "tomllib", "markdown_it"})
NOT_PURE = ("sphinx", "docutils", "myst_parser", "sphinx_design")


def modules() -> dict[str, Path]:
    """Every module of the package by dotted name below ``sphinx_meetup``."""
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def imports_of(name: str, path: Path, known: set[str]) -> set[str]:
    """What ``name`` imports: our modules by package-relative name, others as written.

    ``from . import dates`` names the module ``dates``, not the package around it.
    """
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
            continue
        if not isinstance(node, ast.ImportFrom):
            continue
        if node.level:
            base = package.split(".") if package else []
            base = base[: len(base) - (node.level - 1)]
            module = ".".join([*base, *([node.module] if node.module else [])])
        elif node.module == "sphinx_meetup" or (node.module or "").startswith("sphinx_meetup."):
            module = node.module.removeprefix("sphinx_meetup").lstrip(".")
        else:
            found.add(node.module or "")
            continue
        for alias in node.names:
            submodule = f"{module}.{alias.name}".lstrip(".")
            found.add(f"sphinx_meetup.{submodule if submodule in known else module}".rstrip("."))
    return found


def own_edges() -> dict[str, set[str]]:
    """Module -> our modules it imports."""
    mods = modules()
    edges = {}
    for name, path in mods.items():
        targets = set()
        for imported in imports_of(name, path, set(mods)):
            if imported == "sphinx_meetup" or imported.startswith("sphinx_meetup."):
                inner = imported.removeprefix("sphinx_meetup").lstrip(".")
                if inner in mods and inner != name:
                    targets.add(inner)
        edges[name] = targets
    return edges


def floor(name: str) -> int:
    top = name.split(".")[0]
    for number, names in enumerate(FLOORS):
        if top in names:
            return number
    raise AssertionError(f"sphinx_meetup.{name} is on no floor: add it to FLOORS")


def test_every_module_is_on_a_floor() -> None:
    for name in modules():
        floor(name)


def test_no_import_runs_upwards() -> None:
    upwards = [
        f"{name} (floor {floor(name)}) imports {target} (floor {floor(target)})"
        for name, targets in own_edges().items()
        for target in targets
        if floor(target) > floor(name)
    ]
    assert not upwards, "\n".join(upwards)


def test_no_import_cycle() -> None:
    edges = own_edges()
    # a parent package's __init__ importing its own submodules is how packages work;
    # a submodule importing its parent back is a cycle and is reported
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(name: str, trail: list[str]) -> None:
        state[name] = 1
        for target in sorted(edges[name]):
            if state.get(target) == 1:
                cycles.append([*trail[trail.index(target):], target])
            elif target not in state:
                visit(target, [*trail, target])
        state[name] = 2

    for name in sorted(edges):
        if name not in state:
            visit(name, [name])
    assert not cycles, "\n".join(" -> ".join(cycle) for cycle in cycles)


@pytest.mark.parametrize("name", sorted(n for n in modules() if n.startswith("reader")))
def test_the_reader_stays_pure(name: str) -> None:
    path = modules()[name]
    outside = {i.split(".")[0] for i in imports_of(name, path, set(modules()))} - {"sphinx_meetup"}
    assert not outside & set(NOT_PURE), f"{name} imports {sorted(outside & set(NOT_PURE))}"


def test_the_floors_catch_an_upward_import(tmp_path: Path) -> None:
    """The check itself: a reader module that imported the handbook would be caught."""
    probe = tmp_path / "probe.py"
    probe.write_text("from ..handbook.summary import EventSummary\n", encoding="utf-8")
    targets = {i.removeprefix("sphinx_meetup.")
               for i in imports_of("reader.probe", probe, {"handbook.summary"})}
    assert "handbook.summary" in targets
    assert floor("handbook.summary") > floor("reader.probe")
