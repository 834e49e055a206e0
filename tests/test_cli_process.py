"""The command line as a whole process: a light read leaves its objects to the exit.

After a search or export through the light reader the garbage collector is not run over
every object at the exit (``gc.freeze``); other commands keep what was loaded to open the
archive out of the collector's passes. A caller of ``main()`` inside a longer program (the
tests, the app) keeps its garbage collector as it was.
"""

from __future__ import annotations

import gc
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor.cli import main

ROOT = Path(__file__).resolve().parents[1]

PROBE = r"""
import gc, json, sys
from editor.cli import main
code = main(sys.argv[1:], process=True)
print("FROZEN " + json.dumps({"code": code, "frozen": gc.get_freeze_count() > 0}))
"""


def _process(tmp_path: Path, *args: str) -> tuple[dict[str, object], str]:
    env = dict(os.environ, PRESSESTELLE_DATA_DIR=str(tmp_path / "data"),
               PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True,
                            text=True, env=env, cwd=tmp_path, timeout=120, check=False)
    lines = result.stdout.splitlines()
    found: dict[str, object] = json.loads(lines[-1].removeprefix("FROZEN "))
    return found, "\n".join(lines[:-1])


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("archive") / "archive.sqlite"
    assert main(["--db", str(db), "sample"], io.StringIO()) == 0
    return db


def test_a_light_search_process_leaves_its_objects_to_the_exit(tmp_path: Path,
                                                               archive: Path) -> None:
    found, printed = _process(tmp_path, "--db", str(archive), "quotes", "search", "Förderung")
    assert found == {"code": 0, "frozen": True}
    out = io.StringIO()
    assert main(["--db", str(archive), "quotes", "search", "Förderung"], out) == 0
    assert printed.strip() == out.getvalue().strip() and "[2021-03-15-smart-country]" in printed


def test_other_commands_keep_only_what_opened_the_archive_out_of_the_collector(
        tmp_path: Path, archive: Path) -> None:
    """They run with the collector on; what was loaded to open the archive (modules,
    SQLAlchemy's tables) is kept out of its passes, and nothing made later."""
    probe = PROBE.replace('"frozen": gc.get_freeze_count() > 0',
                          '"frozen": gc.get_freeze_count() > 0, "on": gc.isenabled(), '
                          '"count": gc.get_freeze_count()')
    for command in (["list"], ["people", "list"], ["show", "2021-03-15-smart-country"]):
        env = dict(os.environ, PRESSESTELLE_DATA_DIR=str(tmp_path / "data"),
                   PYTHONPATH=str(ROOT))
        result = subprocess.run([sys.executable, "-c", probe, "--db", str(archive), *command],
                                capture_output=True, text=True, env=env, cwd=tmp_path,
                                timeout=120, check=False)
        found = json.loads(result.stdout.splitlines()[-1].removeprefix("FROZEN "))
        assert found["code"] == 0 and found["on"] is True, command
        assert isinstance(found["count"], int) and found["count"] > 10_000, command


def test_main_inside_a_program_keeps_the_garbage_collector(archive: Path) -> None:
    assert gc.get_freeze_count() == 0
    assert main(["--db", str(archive), "quotes", "search", "Förderung"], io.StringIO()) == 0
    assert gc.get_freeze_count() == 0
