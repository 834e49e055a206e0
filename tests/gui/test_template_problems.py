"""A broken user template does not stop exports: it is listed as unavailable, with why."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from editor.context import AppContext
from editor.core import paths
from editor.gui.export_dialog import ExportDialog
from editor.gui.main_window import MainWindow

from .conftest import DialogLog, make_window

pytestmark = pytest.mark.gui


@pytest.fixture()
def broken_window(qtbot: QtBot, context: AppContext) -> Iterator[MainWindow]:
    """The window, with a user template whose manifest.json is not JSON."""
    folder = paths.user_templates_dir() / "kaputt"
    shutil.copytree(paths.builtin_templates_dir() / "pressemitteilung", folder)
    (folder / "manifest.json").write_text("{ nope", encoding="utf-8")
    win = make_window(qtbot, context, "en")
    yield win
    win._test_translators.install("en")  # type: ignore[attr-defined]


def _unavailable(combo: object) -> list[tuple[str, str, bool]]:
    """(text, tooltip, enabled) of the entries that carry no template name."""
    model = combo.model()  # type: ignore[attr-defined]
    assert isinstance(model, QStandardItemModel)
    found = []
    for i in range(combo.count()):  # type: ignore[attr-defined]
        if combo.itemData(i) is None:  # type: ignore[attr-defined]
            item = model.item(i)
            found.append((item.text(), str(item.data(Qt.ItemDataRole.ToolTipRole)),
                          item.isEnabled()))
    return found


def test_export_dialog_lists_a_broken_template_as_unavailable(
        broken_window: MainWindow, monkeypatch: pytest.MonkeyPatch, dialogs: DialogLog,
        tmp_path: Path) -> None:
    seen: list[ExportDialog] = []

    def look(dialog: ExportDialog) -> int:
        seen.append(dialog)
        dialog.grab().save(str(tmp_path / "export-dialog.png"))
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(ExportDialog, "exec", look)
    broken_window.open_newest_item()
    broken_window.window_actions.export.trigger()
    assert not dialogs.messages, dialogs.texts()
    (dialog,) = seen
    (entry,) = _unavailable(dialog.template)
    text, tooltip, enabled = entry
    assert "kaputt" in text and "unavailable" in text and not enabled
    assert "manifest.json" in tooltip and "not valid JSON" in tooltip
    assert dialog.unavailable_note.isVisibleTo(dialog)
    assert dialog.template.findData("pressemitteilung") >= 0
    assert dialog.choices().template  # a good template is chosen, not the broken one


def test_preview_lists_a_broken_template_as_unavailable(broken_window: MainWindow) -> None:
    (entry,) = _unavailable(broken_window.preview.template)
    assert "kaputt" in entry[0] and "not valid JSON" in entry[1] and not entry[2]


def test_export_dialog_lists_a_template_with_a_syntax_error_as_unavailable(
        qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch,
        dialogs: DialogLog) -> None:
    folder = paths.user_templates_dir() / "hausvorlage"
    shutil.copytree(paths.builtin_templates_dir() / "pressemitteilung", folder)
    (folder / "template.html.j2").write_text("<p>\n{{ view.title }</p>\n", encoding="utf-8")
    win = make_window(qtbot, context, "en")
    seen: list[ExportDialog] = []

    def look(dialog: ExportDialog) -> int:
        seen.append(dialog)
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(ExportDialog, "exec", look)
    win.open_newest_item()
    win.window_actions.export.trigger()
    (dialog,) = seen
    (entry,) = _unavailable(dialog.template)
    text, tooltip, enabled = entry
    assert "hausvorlage" in text and not enabled
    assert "template.html.j2, line 2: syntax error" in tooltip
    assert dialog.unavailable_note.isVisibleTo(dialog)
