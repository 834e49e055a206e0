"""The desktop app paints its window before it loads what the first paint does not need.

A fresh process opens an archive file the way the desktop app does and shows the main
window; at the first paint it lists which of the modules named below are loaded. They
are loaded later (the archive right after the paint, the rest when their window or
action is used): the test also checks that the archive is open once the paint is done.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.gui.app_probe import run_app_probe

DEFERRED = (
    "sqlalchemy",  # with the archive: opened right after the first paint
    "alembic",
    "editor.store.archive",
    "editor.store.schema",
    "editor.store.history",
    "editor.services.versions",  # the history window and its actions
    "editor.gui.history_dialog",
    "editor.gui.directory.window",  # the directory window
    "editor.gui.settings_dialog",
    "editor.gui.manual_window",
    "editor.gui.importing",
    "editor.gui.archive_move",
    "editor.gui.saving",
    "editor.gui.quote_archive_widget",  # the quote archive's tab, built when first shown
    "editor.gui.metadata_form",  # the editor's "Details" tab, built when first shown
    "editor.gui.contact_list",
    "editor.store.backup_worker",  # the daily copy, started after the paint
)

PROBE = r"""
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer

from editor.gui.app import open_archive, start

DEFERRED = json.loads(sys.argv[2])
context = open_archive(sys.argv[1])
app, keeper = start(context)
found = {}


class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if (not found and event.type() == QEvent.Type.Paint
                and getattr(obj, "window", None) and obj.window() is keeper.window):
            found["at_paint"] = [m for m in DEFERRED if m in sys.modules]
            QTimer.singleShot(200, after)
        return False


def after():
    found["after"] = [m for m in DEFERRED if m in sys.modules]
    found["archive_open"] = bool(getattr(context.archive, "is_open", False))
    found["listed"] = keeper.window.list_panel.model.rowCount()
    found["opened"] = keeper.window.document.item.id if keeper.window.document else None
    found["items"] = [s.id for s in context.archive.list_items()]
    print("FOUND " + json.dumps(found), flush=True)
    app.quit()


probe = FirstPaint(app)
app.installEventFilter(probe)
QTimer.singleShot(60_000, app.quit)
app.exec()
context.close()
"""


def test_the_first_paint_comes_before_the_archive_and_the_windows_opened_later(
        tmp_path: Path) -> None:
    found = run_app_probe(tmp_path, PROBE, json.dumps(DEFERRED))
    assert found["at_paint"] == []
    assert found["archive_open"]  # and right after the paint, the archive itself
    assert "sqlalchemy" in found["after"] and "editor.store.archive" in found["after"]
    assert found["listed"] == len(found["items"]) >= 1
    assert found["opened"] in found["items"]
