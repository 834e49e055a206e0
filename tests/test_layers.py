"""The core, store, render, io and services layers never import Qt (STYLE.md rule 1)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

EDITOR = Path(__file__).resolve().parents[1] / "editor"
QT_FREE = ("core", "store", "render", "io", "services")


def _imported_modules(source: Path) -> set[str]:
    tree = ast.parse(source.read_text(encoding="utf-8"), filename=str(source))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_no_qt_import_outside_gui_in_source() -> None:
    offenders = []
    for path in EDITOR.rglob("*.py"):
        if "gui" in path.relative_to(EDITOR).parts:
            continue
        if any(m.split(".")[0] in ("PySide6", "shiboken6") for m in _imported_modules(path)):
            offenders.append(str(path.relative_to(EDITOR.parent)))
    assert offenders == []


def test_layers_load_without_qt_at_runtime() -> None:
    modules = [
        f"editor.{layer}.{path.stem}" if path.stem != "__init__" else f"editor.{layer}"
        for layer in QT_FREE
        for path in sorted((EDITOR / layer).rglob("*.py"))
        if path.parent == EDITOR / layer
    ]
    modules += ["editor.cli", "editor.context"]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True,
        cwd=EDITOR.parent,
    )
    assert result.stdout.strip() == "[]"
