"""The house plan keeps its shape (docs/architecture.md): imports point inward
(views → desktop services → models), areas import only what the table below
allows, and nothing imports in a circle."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# What each part of desktop/ may import besides itself, models and migrations.
# The same words stand in each package's opening docstring.
ALLOWED = {
    "data": set(),
    "admin": {"data"},
    "cases": {"data", "admin", "quality"},
    "mediators": {"data", "cases", "volunteers"},
    "agenda": {"data"},
    "documents": {"data"},
    "partners": {"data"},
    "signals": {"data", "cases"},
    "figures": {"data", "documents", "volunteers"},
    "demo": {"data"},
    "privacy": {"data", "documents", "volunteers"},
    "mail": {"data", "agenda", "documents"},
    "access": {"data"},
    "volunteers": {"data", "documents"},
    "quality": {"data"},
}
FRONT_DOORS = {"cli", "app", "__main__"}  # they start things, so they may reach every area


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules(*packages: str) -> dict[str, Path]:
    return {_module_name(p): p for package in packages for p in (ROOT / package).rglob("*.py")}


def _imports(path: Path) -> set[str]:
    """Every absolute module named by an import, at any depth (also inside functions
    and TYPE_CHECKING blocks: a cycle there is still a cycle in the design)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def _area(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if parts[0] == "desktop" and len(parts) > 1 else None


def test_models_import_neither_desktop_nor_views():
    for name, path in _modules("models").items():
        wrong = {m for m in _imports(path) if m.split(".")[0] in ("desktop", "views", "PySide6")}
        assert not wrong, f"{name} imports {sorted(wrong)}"


def test_only_the_gui_start_up_imports_views():
    for name, path in _modules("desktop").items():
        if name == "desktop.app":
            continue
        wrong = {m for m in _imports(path) if m.split(".")[0] == "views"}
        assert not wrong, f"{name} imports {sorted(wrong)}"


def test_views_ask_services_and_run_no_sql():
    for name, path in _modules("views").items():
        wrong = {m for m in _imports(path)
                 if m.split(".")[0] == "sqlalchemy" and not m.startswith("sqlalchemy.exc")}
        assert not wrong, f"{name} imports {sorted(wrong)}"


def test_each_area_imports_only_what_it_may():
    known = _modules("desktop")
    for name, path in known.items():
        area = _area(name)
        if area is None or area in FRONT_DOORS:
            continue
        assert area in ALLOWED, f"new area desktop.{area}: add it to ALLOWED and the docs"
        for imported in _imports(path):
            target = _area(imported)
            if imported in known and target not in (None, area):
                assert target in ALLOWED[area], f"{name} imports {imported}"


def test_no_import_cycles_between_modules():
    known = _modules("desktop", "views", "models")
    graph = {name: {m for m in _imports(path) if m in known and m != name}
             for name, path in known.items()}
    # A package's __init__ importing its own modules is how packages work, not a cycle.
    for name in graph:
        graph[name] = {m for m in graph[name] if not m.startswith(name + ".")}
    assert _cycles(graph) == []


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in graph.get(node, ()):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                other = stack.pop()
                on_stack.discard(other)
                component.append(other)
                if other == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in graph:
        if node not in index:
            visit(node)
    return found


def test_the_cycle_finder_finds_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_every_package_says_what_it_is_for():
    for init in (ROOT / "desktop").rglob("__init__.py"):
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
        assert doc and len(doc.split()) >= 12, f"{init.relative_to(ROOT)} has no docstring"


def test_desktop_has_no_module_soup_at_its_top():
    top = [p.name for p in (ROOT / "desktop").glob("*.py")]
    assert len(top) <= 4, top
    areas = {p.name for p in (ROOT / "desktop").iterdir() if (p / "__init__.py").is_file()}
    view_areas = {p.name for p in (ROOT / "views").iterdir() if (p / "__init__.py").is_file()}
    assert view_areas <= areas, f"views/ areas without a desktop/ room: {view_areas - areas}"
    counts = defaultdict(int)
    for path in (ROOT / "desktop").rglob("*.py"):
        counts[path.parent] += 1
    assert max(counts.values()) <= 20, "a room this full wants splitting"
