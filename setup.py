"""Packaging details that pyproject.toml cannot say: the data folders inside the wheel.

``resources/`` and ``templates/`` are installed as ``editor/resources`` and
``editor/templates``, so an installed wheel adds no top-level name but ``editor``;
:mod:`editor.core.paths` finds them there, or beside ``editor/`` in a source checkout.
Every folder below them is listed as a data package (files only: the template build
script in ``templates/`` is a maintainer's tool and stays out of the wheel).
"""

from __future__ import annotations

from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
DATA_FOLDERS = {"editor.resources": "resources", "editor.templates": "templates"}
LEFT_OUT = ["*.py", "*.pyc", "*.qm"]  # scripts, byte code, compiled translations


def data_packages() -> dict[str, str]:
    """Package name → folder (relative to this file) for every folder with data."""
    found = {}
    for package, folder in DATA_FOLDERS.items():
        root = HERE / folder
        for path in [root, *sorted(p for p in root.rglob("*") if p.is_dir())]:
            if path.name == "__pycache__" or path.name.startswith("."):
                continue
            relative = path.relative_to(root).parts
            found[".".join((package, *relative))] = "/".join((folder, *relative))
    return found


class BuildWithDataPackages(build_py):
    """Data packages carry no modules."""

    def find_package_modules(self, package: str, package_dir: str) -> list[tuple[str, str, str]]:
        if package.startswith(tuple(DATA_FOLDERS)):
            return []
        return list(super().find_package_modules(package, package_dir))


DATA = data_packages()
setup(
    packages=[*find_packages(include=["editor", "editor.*"]), *DATA],
    package_dir=DATA,
    package_data={"editor.store.migrations": ["*.ini", "*.mako"], **{p: ["*"] for p in DATA}},
    exclude_package_data={p: LEFT_OUT for p in DATA},
    include_package_data=False,
    cmdclass={"build_py": BuildWithDataPackages},
)
