"""The desktop app keeps what it has loaded out of the garbage collector's passes once its
archive is open (right after the first paint; see editor.process.keep_what_is_loaded)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from editor.io.samples import load_sample_bundles
from editor.store.archive import Archive

PROBE = r"""
import gc, json, sys
from PySide6.QtCore import QTimer

from editor.gui import app as gui_app

context = gui_app.open_archive(sys.argv[1])
real_start = gui_app.start
seen = {}


def start(ctx):
    app, keeper = real_start(ctx)

    def painted():
        seen["at_paint"] = gc.get_freeze_count()
        QTimer.singleShot(300, app.quit)

    keeper.window.firstPainted.connect(painted)
    return app, keeper


gui_app.start = start
QTimer.singleShot(60_000, lambda: sys.exit(3))
code = gui_app.run(context)
seen.update(code=code, after=gc.get_freeze_count(), sqlalchemy="sqlalchemy" in sys.modules)
print("FOUND " + json.dumps(seen), flush=True)
context.close()
"""


def test_the_app_keeps_what_it_loaded_out_of_the_collector_once_the_archive_is_open(
        tmp_path: Path) -> None:
    db = tmp_path / "archive.sqlite"
    with Archive.open(db) as archive:
        for bundle in load_sample_bundles():
            archive.save_bundle(bundle)
        archive.set_setting("sample_offered", "yes")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"),
               PRESSESTELLE_DATA_DIR=str(tmp_path / "data"))
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(db)], capture_output=True, text=True, env=env,
        timeout=120, check=False, cwd=Path(__file__).resolve().parents[2])
    lines = [line for line in result.stdout.splitlines() if line.startswith("FOUND ")]
    assert lines, result.stdout + result.stderr
    found = json.loads(lines[0][6:])
    assert found["code"] == 0 and found["sqlalchemy"]
    assert found["at_paint"] == 0  # not before the archive is open
    assert found["after"] > 50_000  # then the window, Qt's wrappers and SQLAlchemy
