"""Temporary files of killed runs are removed by the next run, and only those.

The writers here are real processes killed with SIGKILL in the middle of writing.
"""

from __future__ import annotations

import io
import os
import re
import signal
import subprocess
import sys
import time
from contextlib import redirect_stderr
from pathlib import Path

import pytest

from editor.cli import main
from editor.io import atomic

ROOT = Path(__file__).resolve().parents[1]
DAY = 24 * 3600
SAMPLE = "2021-03-15-smart-country"
OURS = re.compile(r"\.pressestelle\.\d+@[A-Za-z0-9.-]+\.[0-9a-f]{8}\.part(-journal)?$")

pytestmark = pytest.mark.skipif(os.name != "posix", reason="needs SIGKILL")

SLOW_WRITER = """
import sys, time
from editor.io.atomic import open_atomic
with open_atomic(sys.argv[1]) as stream:
    stream.write(b"x" * 100_000)
    stream.flush()
    print("writing", flush=True)
    time.sleep(120)
"""

SLOW_BACKUP = """
import sqlite3, sys, time
from pathlib import Path
from editor.store import backup

real_connect = sqlite3.connect

class SlowSource:
    def __init__(self, connection):
        self._connection = connection
    def backup(self, target, **options):
        def progress(status, remaining, total):
            print("copying", flush=True)
            time.sleep(0.5)
        self._connection.backup(target, pages=1, progress=progress)
    def close(self):
        self._connection.close()
    def __getattr__(self, name):  # the snapshot's BEGIN and COMMIT
        return getattr(self._connection, name)

class SlowSqlite:
    Error = sqlite3.Error
    def connect(self, path, *args, **kwargs):
        connection = real_connect(path, *args, **kwargs)
        return SlowSource(connection) if str(path) == sys.argv[1] else connection

backup.sqlite3 = SlowSqlite()
backup.make_backup(Path(sys.argv[1]), "manual", Path(sys.argv[2]))
"""


def start(script: str, *args: Path) -> subprocess.Popen[str]:
    process = subprocess.Popen([sys.executable, "-c", script, *map(str, args)], cwd=ROOT,
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    line = process.stdout.readline()  # the writer is in the middle of writing now
    assert line.strip() in ("writing", "copying"), line
    return process


def kill(process: subprocess.Popen[str]) -> None:
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    if process.stdout is not None:
        process.stdout.close()
    assert process.returncode == -signal.SIGKILL


def temp_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if OURS.search(p.name))


def run(*argv: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stderr(err):
        code = main(list(argv), out=out)
    assert code == 0, err.getvalue()
    return code, out.getvalue()


def not_ours(folder: Path) -> dict[str, bytes]:
    """Files that look a bit like temporary files but are not this program's."""
    files = {
        "report.docx.part": b"a browser's download",
        ".notes.txt.part": b"someone else's",
        ".a.docx.pressestelle.12@host.zzzzzzzz.part": b"not our pattern",
        "Pressemitteilung.docx": b"a finished export",
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
        os.utime(folder / name, (time.time() - 3 * DAY,) * 2)
    return files


def test_a_killed_export_is_cleaned_up_by_the_next_export(tmp_path: Path) -> None:
    db, out = tmp_path / "archive.sqlite", tmp_path / "out"
    out.mkdir()
    foreign = not_ours(out)
    killed = start(SLOW_WRITER, out / "release.docx")
    kill(killed)
    left = temp_files(out)
    assert len(left) == 1 and f".{killed.pid}@" in left[0]
    live = start(SLOW_WRITER, out / "other.docx")
    try:
        live_temp = [name for name in temp_files(out) if f".{live.pid}@" in name]
        assert len(live_temp) == 1
        run("--db", str(db), "export", SAMPLE, "--template", "pressemitteilung",
            "--format", "html", "--out", str(out))
        assert temp_files(out) == live_temp, "the killed writer's file goes, the live one stays"
        for name, data in foreign.items():
            assert (out / name).read_bytes() == data
    finally:
        kill(live)


def test_a_killed_backup_is_cleaned_up_by_the_next_backup(tmp_path: Path) -> None:
    db = tmp_path / "archive.sqlite"
    run("--db", str(db), "list")  # a new archive with the sample in it
    folder = tmp_path / "userdata" / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    foreign = not_ours(folder)
    for _ in range(3):  # each backup removes what the one killed before it left
        killed = start(SLOW_BACKUP, db, folder)
        kill(killed)
        left = temp_files(folder)
        assert left and all(f".sqlite.pressestelle.{killed.pid}@" in name for name in left)
        assert sum((folder / name).stat().st_size for name in left) > 0
    _, printed = run("--db", str(db), "backup")
    assert temp_files(folder) == []
    made = Path(printed.strip())
    assert made.parent == folder and made.stat().st_size > 0
    for name, data in foreign.items():
        assert (folder / name).read_bytes() == data


def test_old_partial_copies_of_earlier_versions_go_recent_ones_stay(tmp_path: Path) -> None:
    db = tmp_path / "archive.sqlite"
    run("--db", str(db), "list")
    folder = tmp_path / "userdata" / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    old = folder / "archive-manual-20240101T000000Z.sqlite.partial"
    recent = folder / "archive-manual-20991231T000000Z.sqlite.partial"
    for path in (old, recent):
        path.write_bytes(b"half a copy")
    os.utime(old, (time.time() - 2 * DAY,) * 2)
    run("--db", str(db), "backup")
    assert not old.exists() and recent.exists()


def test_the_age_rule_and_other_machines(tmp_path: Path) -> None:
    here = atomic.temp_name(tmp_path / "a.json").name
    elsewhere = ".b.json.pressestelle.1@another-machine.0123abcd.part"
    old_elsewhere = ".c.json.pressestelle.1@another-machine.4567cdef.part"
    old_style = ".d.json.89abcdef.part"
    for name in (here, elsewhere, old_elsewhere, old_style):
        (tmp_path / name).write_bytes(b"x")
    for name in (old_elsewhere, old_style):
        os.utime(tmp_path / name, (time.time() - 2 * DAY,) * 2)
    removed = atomic.remove_stale_temp_files(tmp_path)
    assert sorted(p.name for p in removed) == sorted([old_elsewhere, old_style])
    assert sorted(os.listdir(tmp_path)) == sorted([here, elsewhere])


def test_a_link_named_like_a_temporary_file_is_not_followed_or_removed(tmp_path: Path) -> None:
    precious = tmp_path / "precious"
    precious.write_bytes(b"keep")
    link = tmp_path / ".x.json.pressestelle.999999999@nowhere.0123abcd.part"
    link.symlink_to(precious)
    os.utime(link, (time.time() - 2 * DAY,) * 2, follow_symlinks=False)
    assert atomic.remove_stale_temp_files(tmp_path) == []
    assert link.is_symlink() and precious.read_bytes() == b"keep"


def test_a_killed_dump_is_cleaned_up_by_the_next_dump(tmp_path: Path) -> None:
    db = tmp_path / "archive.sqlite"
    kill(start(SLOW_WRITER, tmp_path / "item.json"))
    assert len(temp_files(tmp_path)) == 1
    run("--db", str(db), "dump", SAMPLE, "--out", str(tmp_path / "item.json"))
    assert temp_files(tmp_path) == []
