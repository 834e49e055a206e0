"""Window shortcuts work inside text fields; export has its own icon; the Help menu."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from editor.gui.main_window import MainWindow
from editor.gui.shortcuts_dialog import ShortcutsDialog

pytestmark = pytest.mark.gui


class EmacsLineEdit(QLineEdit):
    """Takes Ctrl+E for itself, as QLineEdit does on X11 desktops (end of line)."""

    def event(self, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and QKeySequence(event.keyCombination()) == QKeySequence("Ctrl+E")):
            event.accept()
            return True
        return super().event(event)


def test_ctrl_e_exports_while_the_cursor_is_in_a_text_field(
        qtbot: QtBot, window: MainWindow, sample_id: str) -> None:
    window.open_item(sample_id)
    field = EmacsLineEdit(window.editor.headline_form)
    field.show()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    fired: list[bool] = []
    window.window_actions.export.triggered.disconnect()
    window.window_actions.export.triggered.connect(lambda: fired.append(True))
    qtbot.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert fired == [True]
    assert window.window_actions.export.shortcutContext() == (
        Qt.ShortcutContext.ApplicationShortcut)


def test_export_icon_is_not_the_open_icon(window: MainWindow) -> None:
    from PySide6.QtWidgets import QStyle

    export = window.window_actions.export.icon().pixmap(24, 24).toImage()
    opened = window.style().standardIcon(
        QStyle.StandardPixmap.SP_DialogOpenButton).pixmap(24, 24).toImage()
    assert not window.window_actions.export.icon().isNull()
    assert export != opened


def test_help_menu_lists_shortcuts_and_about(qtbot: QtBot, window: MainWindow) -> None:
    texts = [a.text() for a in window.help_menu.actions() if not a.isSeparator()]
    assert texts[:2] == [window.window_actions.manual.text(),
                         window.window_actions.shortcuts.text()]
    assert window.window_actions.about.text() in texts
    assert window.window_actions.about_qt.text() in texts
    dialog = ShortcutsDialog(window.window_actions.with_shortcuts(), window)
    qtbot.addWidget(dialog)
    rows = dict(dialog.rows_shown())
    assert rows["Export"] == QKeySequence("Ctrl+E").toString(
        QKeySequence.SequenceFormat.NativeText)
    dialog.filter.setText("export")
    assert [name for name, _ in dialog.rows_shown()] == ["Export"]
