"""Command-line start-up: a command imports what it needs, and no more.

Alembic is loaded only when a migration is due; the head revision it would report is read
from the migration scripts as text, and checked here against Alembic itself.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor.store import migrate

ROOT = Path(__file__).resolve().parents[1]

PROBE = r"""
import json, sys
from editor.cli import main
code = main(sys.argv[1:])
loaded = sorted(m for m in sys.modules
                if m.split(".")[0] in ("alembic", "PySide6", "mako") or m == "sqlalchemy.orm")
print("LOADED " + json.dumps({"code": code, "modules": loaded}))
"""


def _loaded(tmp_path: Path, *args: str) -> dict[str, object]:
    env = dict(os.environ, PRESSESTELLE_DATA_DIR=str(tmp_path / "data"),
               PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True,
                            text=True, env=env, cwd=tmp_path, timeout=120, check=False)
    line = next(ln for ln in result.stdout.splitlines() if ln.startswith("LOADED "))
    found: dict[str, object] = json.loads(line[7:])
    return found


def test_the_head_revision_read_as_text_is_alembics() -> None:
    scripts = migrate._scripts()
    assert migrate.head_revision() == scripts.get_current_head()
    assert migrate.known_revisions() == {s.revision for s in scripts.walk_revisions()}
    assert migrate._revision_links() == {
        s.revision: s.down_revision for s in scripts.walk_revisions()}


@pytest.mark.slow
def test_search_and_export_load_neither_alembic_nor_qt(tmp_path: Path) -> None:
    db = str(tmp_path / "archive.sqlite")
    assert _loaded(tmp_path, "--db", db, "sample")["code"] == 0  # creates it: migrates
    for command in (["quotes", "search", "Förderung"],
                    ["export", "2021-03-15-smart-country", "--template", "pressemitteilung",
                     "--format", "docx", "--out", str(tmp_path / "out")],
                    ["list"]):
        found = _loaded(tmp_path, "--db", db, *command)
        assert found == {"code": 0, "modules": []}, command


@pytest.mark.slow
def test_an_older_archive_is_still_migrated(tmp_path: Path) -> None:
    db = tmp_path / "archive.sqlite"
    migrate.migrate(f"sqlite:///{db}", "0005")
    found = _loaded(tmp_path, "--db", str(db), "list")
    assert found["code"] == 0
    assert "alembic" in found["modules"]  # type: ignore[operator]
    assert migrate.inspect_sqlite_file(db) == migrate.head_revision()


SQLALCHEMY_PROBE = r"""
import json, sys
from editor.cli import main
code = main(sys.argv[1:])
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "alembic"))
print("LOADED " + json.dumps({"code": code, "modules": loaded[:3]}))
"""


def test_search_and_export_of_an_archive_file_load_no_sqlalchemy(tmp_path: Path) -> None:
    db = str(tmp_path / "archive.sqlite")
    env = dict(os.environ, PRESSESTELLE_DATA_DIR=str(tmp_path / "data"),
               PYTHONPATH=str(ROOT))

    def loaded(*args: str) -> dict[str, object]:
        result = subprocess.run([sys.executable, "-c", SQLALCHEMY_PROBE, "--db", db, *args],
                                capture_output=True, text=True, env=env, cwd=tmp_path,
                                timeout=120, check=False)
        line = next(ln for ln in result.stdout.splitlines() if ln.startswith("LOADED "))
        found: dict[str, object] = json.loads(line[7:])
        return found

    assert loaded("sample")["code"] == 0  # creates the archive: through SQLAlchemy
    for command in (["quotes", "search", "Förderung", "--speaker", "Willingmann"],
                    ["export", "2021-03-15-smart-country", "--template", "pressemitteilung",
                     "--format", "docx,html", "--out", str(tmp_path / "out")]):
        assert loaded(*command) == {"code": 0, "modules": []}, command
    assert len(list((tmp_path / "out").iterdir())) == 2
    assert loaded("list")["modules"] != []  # the other commands open the archive as before


LAZY_PROBE = r"""
import json, sys
from editor.cli import main
code = main(sys.argv[1:])
wanted = ("editor.store.search.entries", "editor.store.search.hits",
          "editor.store.search.request", "editor.store.search.query",
          "editor.store.search.folding", "editor.store.search.sqlite_fts",
          "editor.render.worker", "platformdirs", "zoneinfo", "getpass",
          "editor.cli_directory", "editor.cli_spelling", "editor.cli_history",
          "editor.cli_approval")
print("LOADED " + json.dumps({"code": code, "modules": [m for m in wanted if m in sys.modules]}))
"""


def test_an_export_through_a_builtin_template_loads_no_search_no_worker_no_other_command(
        tmp_path: Path) -> None:
    db = str(tmp_path / "archive.sqlite")
    env = dict(os.environ, PRESSESTELLE_DATA_DIR=str(tmp_path / "data"),
               PYTHONPATH=str(ROOT))

    def loaded(*args: str) -> dict[str, object]:
        result = subprocess.run([sys.executable, "-c", LAZY_PROBE, "--db", db, *args],
                                capture_output=True, text=True, env=env, cwd=tmp_path,
                                timeout=120, check=False)
        line = next(ln for ln in result.stdout.splitlines() if ln.startswith("LOADED "))
        found: dict[str, object] = json.loads(line[7:])
        return found

    assert loaded("sample")["code"] == 0
    export = ["export", "2021-03-15-smart-country", "--template", "pressemitteilung",
              "--lang", "de", "--format", "docx", "--out", str(tmp_path / "out")]
    assert loaded(*export) == {"code": 0, "modules": []}
    assert len(list((tmp_path / "out").iterdir())) == 1
    searched = loaded("quotes", "search", "Förderung")  # a search loads what it needs
    assert searched["code"] == 0
    assert "editor.store.search.sqlite_fts" in searched["modules"]  # type: ignore[operator]
    assert "editor.cli_directory" not in searched["modules"]  # type: ignore[operator]
    people = loaded("people", "list")  # the whole command line's modules: only their own
    assert people["code"] == 0
    assert "editor.cli_directory" in people["modules"]  # type: ignore[operator]
    assert "editor.cli_history" not in people["modules"]  # type: ignore[operator]
