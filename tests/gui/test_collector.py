"""The desktop app keeps what it has loaded out of the garbage collector's passes once its
archive is open (right after the first paint; see editor.process.keep_what_is_loaded)."""

from __future__ import annotations

from pathlib import Path

from tests.gui.app_probe import run_app_probe

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
    found = run_app_probe(tmp_path, PROBE)
    assert found["code"] == 0 and found["sqlalchemy"]
    assert found["at_paint"] == 0  # not before the archive is open
    assert found["after"] > 50_000  # then the window, Qt's wrappers and SQLAlchemy
