"""The program as a whole process: the collector after start-up, the quick exit.

:mod:`editor.process` turns the garbage collector off while the program's modules load
and on again for the command (larger first generation for a light read, Python's own
otherwise, with what was loaded to open the archive kept out of its passes), and after a
light read ends the process without the interpreter's teardown: the exit handlers run,
the output is flushed and the files are whole, as at any exit.
"""

from __future__ import annotations

import gc
import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from editor import process
from editor.cli import main

ROOT = Path(__file__).resolve().parents[1]

PROBE = r"""
import gc, json, sys, atexit, threading, time
from editor import process
process.start()
started = {"enabled": gc.isenabled()}
from editor.cli import main

import os
quick = os._exit

def quick_exit(code):  # the process ends here, without the interpreter's teardown
    sys.stdout.write(f"QUICK {code}\n")
    sys.stdout.flush()
    quick(code)

os._exit = quick_exit
atexit.register(lambda: print("ATEXIT"))
code = main(sys.argv[2:], process=True)
if sys.argv[1] == "thread":
    threading.Thread(target=lambda: (time.sleep(0.2), print("THREAD DONE"))).start()
wanted = ("hashlib", "_hashlib", "zipfile", "lxml")
print("STATE " + json.dumps({
    "code": code, "started": started, "enabled": gc.isenabled(),
    "threshold": gc.get_threshold()[0], "frozen": gc.get_freeze_count(),
    "modules": [m for m in wanted if m in sys.modules]}))
process.end(code)
"""


def _process(tmp_path: Path, mode: str, *args: str) -> tuple[int, dict[str, object], str]:
    env = dict(os.environ, PRESSESTELLE_DATA_DIR=str(tmp_path / "data"),
               PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", PROBE, mode, *args], capture_output=True,
                            text=True, env=env, cwd=tmp_path, timeout=120, check=False)
    state_line = next(ln for ln in result.stdout.splitlines() if ln.startswith("STATE "))
    state: dict[str, object] = json.loads(state_line.removeprefix("STATE "))
    return result.returncode, state, result.stdout


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("archive") / "archive.sqlite"
    assert main(["--db", str(db), "sample"], io.StringIO()) == 0
    return db


def _export(archive: Path, out: Path) -> list[str]:
    return ["--db", str(archive), "export", "2021-03-15-smart-country", "--template",
            "pressemitteilung", "--lang", "de", "--format", "docx", "--out", str(out)]


def test_an_export_process_ends_without_teardown_its_file_whole(tmp_path: Path,
                                                                 archive: Path) -> None:
    out = tmp_path / "out"
    returncode, state, printed = _process(tmp_path, "plain", *_export(archive, out))
    assert returncode == 0 and state["code"] == 0
    assert state["started"] == {"enabled": False}  # off while the modules loaded
    assert state["enabled"] is True and state["threshold"] == process.LIGHT_READ_THRESHOLD
    lines = printed.splitlines()
    assert lines[-2:] == ["ATEXIT", "QUICK 0"]  # the exit handlers ran before
    written = [Path(line) for line in lines if line.endswith(".docx")]
    assert [p.parent for p in written] == [out]  # the output reached the pipe
    with zipfile.ZipFile(written[0]) as docx:
        assert docx.testzip() is None
    assert sorted(p.name for p in out.iterdir()) == [written[0].name]  # no temporary file


def test_a_prepared_template_exports_without_openssl_or_zipfile(tmp_path: Path,
                                                                 archive: Path) -> None:
    _process(tmp_path, "plain", *_export(archive, tmp_path / "first"))  # prepares it
    returncode, state, _ = _process(tmp_path, "plain", *_export(archive, tmp_path / "out"))
    assert returncode == 0 and state["modules"] == []


def test_a_search_process_ends_without_teardown(tmp_path: Path, archive: Path) -> None:
    returncode, state, printed = _process(tmp_path, "plain", "--db", str(archive),
                                          "quotes", "search", "Förderung")
    assert returncode == 0 and state["threshold"] == process.LIGHT_READ_THRESHOLD
    assert "[2021-03-15-smart-country]" in printed
    assert printed.splitlines()[-2:] == ["ATEXIT", "QUICK 0"]


def test_other_commands_get_pythons_collector_and_exit(tmp_path: Path, archive: Path) -> None:
    for command in (["list"], ["people", "list"]):
        returncode, state, printed = _process(tmp_path, "plain", "--db", str(archive),
                                              *command)
        assert returncode == 0
        assert state["enabled"] is True and state["threshold"] == gc.get_threshold()[0]
        assert "ATEXIT" in printed and "QUICK" not in printed, command
        # what was loaded to open the archive is kept out of the collector's passes
        assert isinstance(state["frozen"], int) and state["frozen"] > 10_000, command


def test_a_running_thread_gets_the_usual_exit(tmp_path: Path, archive: Path) -> None:
    returncode, _, printed = _process(tmp_path, "thread", "--db", str(archive),
                                      "quotes", "search", "Förderung")
    assert returncode == 0
    assert "THREAD DONE" in printed and "QUICK" not in printed


def test_a_failed_light_read_keeps_its_exit_code(tmp_path: Path, archive: Path) -> None:
    returncode, state, printed = _process(tmp_path, "plain", "--db", str(archive), "export",
                                          "no-such-item", "--template", "pressemitteilung",
                                          "--out", str(tmp_path / "out"))
    assert returncode == 1 and state["code"] == 1
    assert "QUICK" not in printed  # an error is no light read's end: the usual exit


def test_the_collector_is_restored_when_the_light_read_is_not_possible() -> None:
    before = gc.get_threshold()
    try:
        process.collect_garbage(light_read=True)
        assert gc.get_threshold()[0] == max(before[0], process.LIGHT_READ_THRESHOLD)
        process.collect_garbage(light_read=False)
        assert gc.get_threshold() == before and gc.isenabled()
    finally:
        gc.set_threshold(*before)
        gc.enable()
