"""The repository's layout and the import rules between its rooms (../shared/DESIGN.md).

The rooms sit at the top of the repository and install as ``mtm.<room>``. The rules are read
from the source with ``ast`` (every import, also those inside functions), so a wrong import
fails here before it surprises anyone at run time.
"""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ROOMS = ("app", "core", "patterns", "bodies", "render", "resources")
QT = ("PySide6", "shiboken6", "pyvistaqt", "PyQt5", "PyQt6", "qtpy")
VTK = ("pyvista", "vtk", "vtkmodules")

# room -> the other rooms it may import (DESIGN.md: app -> render -> core; app -> patterns ->
# core; app -> bodies -> core) and the outside packages it must not import.
ALLOWED_ROOMS = {
    "app": {"core", "patterns", "bodies", "render", "resources"},
    "render": {"core", "resources"},
    "patterns": {"core", "resources"},
    "bodies": {"core", "resources"},
    "core": {"resources"},
    "resources": set(),
}
FORBIDDEN_PACKAGES = {
    "app": (),
    "render": QT,
    "patterns": QT + VTK,
    "bodies": QT + VTK,
    "core": QT + VTK,
    "resources": QT + VTK,
}


def _module_name(path: Path, root: Path = ROOT) -> str:
    """The installed module name of a source file: core/io/svg.py -> mtm.core.io.svg."""
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(["mtm", *parts])


def imported_modules(path: Path, root: Path = ROOT) -> set[str]:
    """Every module a source file imports, relative imports resolved to absolute names."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    name = _module_name(path, root)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            found.add(module)
            # `from mtm import core` imports the room mtm.core
            if module == "mtm":
                found.update(f"mtm.{alias.name}" for alias in node.names)
    return found


def import_violations(room: str, path: Path, root: Path = ROOT) -> list[str]:
    """The imports in one file of ``room`` that break the rules, as readable lines."""
    problems = []
    where = path.relative_to(root)
    for module in sorted(imported_modules(path, root)):
        top = module.split(".")[0]
        if top in FORBIDDEN_PACKAGES[room]:
            problems.append(f"{where}: {room}/ may not import {module}")
        if top == "mtm":
            parts = module.split(".")
            if len(parts) == 1:
                continue
            target = parts[1]
            if target != room and target not in ALLOWED_ROOMS[room]:
                problems.append(f"{where}: {room}/ may not import {module}")
        elif top in ROOMS:
            problems.append(
                f"{where}: imports top-level {module!r}; use mtm.{module}"
            )
    return problems


def _sources(room: str) -> list[Path]:
    return sorted(p for p in (ROOT / room).rglob("*.py") if "__pycache__" not in p.parts)


def test_rooms_sit_at_the_top_of_the_repository():
    for room in (*ROOMS, "tests"):
        assert (ROOT / room).is_dir(), f"{room}/ is missing at the top of the repository"
    leftover = list((ROOT / "mtm").rglob("*.py")) if (ROOT / "mtm").exists() else []
    assert not leftover, f"Python source left in mtm/: {leftover}"


@pytest.mark.parametrize("room", ROOMS)
def test_room_imports_follow_the_design(room):
    problems = [line for path in _sources(room) for line in import_violations(room, path)]
    assert not problems, "\n".join(problems)


def test_a_qt_import_in_core_is_caught(tmp_path):
    """The rule itself works: Qt, VTK or a room above, imported by core, is reported."""
    (tmp_path / "core").mkdir()
    bad = tmp_path / "core" / "geometry_view.py"
    bad.write_text(
        "import numpy\nfrom PySide6.QtWidgets import QWidget\n"
        "def show():\n    import pyvista\n    from ..patterns import tshirt\n",
        encoding="utf-8",
    )
    assert import_violations("core", bad, root=tmp_path) == [
        "core/geometry_view.py: core/ may not import PySide6.QtWidgets",
        "core/geometry_view.py: core/ may not import mtm.patterns",
        "core/geometry_view.py: core/ may not import pyvista",
    ]


def test_relative_imports_resolve_to_their_room():
    path = ROOT / "core" / "io" / "svg.py"
    modules = imported_modules(path)
    assert any(m.startswith("mtm.core.") for m in modules), modules


def test_every_source_folder_is_a_listed_package():
    """pyproject lists each package (package-dir mapping); a new sub-folder must be added."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    folders = {
        _module_name(p) for room in ROOMS for p in (ROOT / room).rglob("__init__.py")
    }
    assert folders <= listed, f"add to [tool.setuptools] packages: {sorted(folders - listed)}"
    mapping = config["tool"]["setuptools"]["package-dir"]
    assert mapping == {f"mtm.{room}": room for room in ROOMS}
