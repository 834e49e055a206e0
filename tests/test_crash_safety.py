"""Crash safety the hard way: the real application is killed (SIGKILL) at random moments.

The desktop app runs as a separate process (offscreen), driven by ``tests.crash_driver``,
which logs every edit with its time. After each kill the archive must pass
``PRAGMA integrity_check`` and hold every edit made more than 2 s before the kill, in the
saved item or in the autosaved draft; the restarted application must reopen that text by
itself. Prints the figures: kills, edits checked, losses.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from editor.core.model import PressItem
from editor.store.archive import Archive

ROOT = Path(__file__).resolve().parents[1]
KILLS = 50
"""Kills at least; the test goes on until as many edits were old enough to be checked."""
MAX_KILLS = 200
TIME_LIMIT_SECONDS = 900.0
"""A bound for a badly overloaded machine, not the expected time (about 3 minutes)."""
STARTUP_KILL_SHARE = 0.2
"""The share of kills aimed at the start-up itself, before the application is ready."""
GUARANTEE_SECONDS = 2.0
"""Edits older than this at the moment of the kill must survive."""
READY_TIMEOUT_SECONDS = 30.0


@dataclass
class Figures:
    kills: int = 0
    kills_while_editing: int = 0
    edits_logged: int = 0
    edits_checked: int = 0
    losses_in_archive: list[str] = field(default_factory=list)
    losses_after_restart: list[str] = field(default_factory=list)
    integrity_failures: list[str] = field(default_factory=list)


def _read_log(path: Path) -> list[list[str]]:
    """The driver's lines, split into their fields (the text of "opened" kept whole)."""
    if not path.exists():
        return []
    lines = path.read_text("utf-8").splitlines()
    return [line.split(" ", 3 if line.startswith("opened ") else 4) for line in lines if line]


def _first_paragraph(item: PressItem) -> str:
    return item.blocks[0].text.get("de") if item.blocks else ""


def _stored_text(db: Path, item_id: str) -> str | None:
    """What a restart finds: the draft if there is one, else the saved item."""
    with Archive.open(db) as archive:
        draft = archive.load_draft(item_id)
        if draft is not None:
            return _first_paragraph(draft[0])
        if archive.has_item(item_id):
            return _first_paragraph(archive.load_item(item_id))
    return None


def _integrity(db: Path) -> str:
    connection = sqlite3.connect(db)
    try:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        connection.close()


def _start(tmp: Path, db: Path, log: Path, run: int, item_id: str | None) -> subprocess.Popen:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", PRESSESTELLE_DATA_DIR=str(tmp / "data"),
               XDG_CONFIG_HOME=str(tmp / "config"), PYTHONPATH=str(ROOT))
    command = [sys.executable, "-m", "tests.crash_driver", "--db", str(db), "--log", str(log),
               "--run", str(run)]
    if item_id:
        command += ["--item", item_id]
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)


def _wait_until_ready(process: subprocess.Popen, log: Path, run: int) -> None:
    deadline = time.monotonic() + READY_TIMEOUT_SECONDS
    while not any(e[0] == "ready" and e[1] == str(run) for e in _read_log(log)):
        assert process.poll() is None, "the application ended by itself"
        assert time.monotonic() < deadline, "the application did not start"
        time.sleep(0.02)


@pytest.mark.slow
def test_edits_survive_random_kills(tmp_path: Path) -> None:
    db = tmp_path / "archive.sqlite"
    log = tmp_path / "edits.log"
    rng = random.Random(20210315)
    figures = Figures()
    item_id: str | None = None
    expected: list[str] = []
    """Tokens that must be in the text after the last kill."""
    started = time.monotonic()
    run = 0
    while ((figures.kills < KILLS or figures.edits_checked < KILLS)
           and figures.kills < MAX_KILLS and time.monotonic() - started < TIME_LIMIT_SECONDS):
        run += 1
        process = _start(tmp_path, db, log, run, item_id)
        # The kill moment is counted from the moment the application is ready, so that a
        # slow start on a loaded machine does not eat the editing time; some kills hit the
        # start-up itself. The first run must get going: there is no item yet.
        if item_id is not None and rng.random() < STARTUP_KILL_SHARE:
            time.sleep(rng.uniform(0.05, 1.0))
        else:
            _wait_until_ready(process, log, run)
            time.sleep(rng.uniform(0.2, 4.5))
        assert process.poll() is None, "the application ended by itself"
        killed_at = time.monotonic()
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        figures.kills += 1

        entries = _read_log(log)
        if item_id is None:
            item_id = next(e[2] for e in entries if e[0] == "ready")
        opened = [e for e in entries if e[0] == "opened" and e[1] == str(run)]
        if opened and expected:
            reopened_text = opened[0][3] if len(opened[0]) > 3 else ""
            if opened[0][2] != item_id:
                figures.losses_after_restart.extend(expected)
            else:
                figures.losses_after_restart.extend(
                    t for t in expected if t not in reopened_text.split())
        edits = [e for e in entries if e[0] == "edit" and e[1] == str(run)]
        figures.edits_logged += len(edits)
        if edits:
            figures.kills_while_editing += 1
        old_enough = [e[4] for e in edits if float(e[3]) < killed_at - GUARANTEE_SECONDS]
        expected = expected + old_enough

        integrity = _integrity(db)
        if integrity != "ok":
            figures.integrity_failures.append(f"run {run}: {integrity}")
        text = _stored_text(db, item_id) or ""
        present = set(text.split())
        figures.edits_checked += len(old_enough)
        figures.losses_in_archive.extend(t for t in expected if t not in present)
        expected = [t for t in expected if t in present]  # count each loss once

    elapsed = time.monotonic() - started
    print(f"\ncrash safety: {figures.kills} kills ({figures.kills_while_editing} while "
          f"editing) in {elapsed:.0f} s; {figures.edits_logged} edits logged, "
          f"{figures.edits_checked} older than {GUARANTEE_SECONDS:.0f} s checked; losses: "
          f"{len(figures.losses_in_archive)} in the archive, "
          f"{len(figures.losses_after_restart)} after restart; integrity failures: "
          f"{len(figures.integrity_failures)}")
    assert figures.integrity_failures == []
    assert figures.losses_in_archive == []
    assert figures.losses_after_restart == []
    assert figures.kills >= KILLS, f"only {figures.kills} kills in {elapsed:.0f} s"
    assert figures.edits_checked >= KILLS, (
        f"only {figures.edits_checked} edits were old enough to check after "
        f"{figures.kills} kills in {elapsed:.0f} s")
