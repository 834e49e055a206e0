"""The History dialog, publishing and deleting from the window."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from editor.core.model import ItemStatus
from editor.gui.history_dialog import HistoryDialog
from editor.gui.main_window import MainWindow
from tests.gui.conftest import DialogLog


def _edit_and_save(window: MainWindow, sample_id: str) -> None:
    assert window.open_item(sample_id)
    doc = window.document
    assert doc is not None
    doc.item.headline.text["de"] = doc.item.headline.text["de"].replace(
        "schließen Kooperation", "vereinbaren eine Kooperation")
    doc.undo_stack.resetClean()  # the change counts as unsaved
    assert window.save()


def _dialog(window: MainWindow) -> HistoryDialog:
    window.window_actions.history.trigger()
    dialog = window.history.dialog
    assert dialog is not None
    return dialog


def test_history_lists_versions_and_marks_changed_words(window: MainWindow,
                                                        sample_id: str) -> None:
    _edit_and_save(window, sample_id)
    dialog = _dialog(window)
    assert dialog.versions.topLevelItemCount() == 2
    newest = dialog.versions.topLevelItem(0)
    assert newest is not None and newest.text(0) == "2" and "(current)" in newest.text(3)
    page = dialog.diff.toHtml()
    assert "line-through" in page and "schließen" in page and "vereinbaren eine" in page
    assert "Headline · German" in dialog.diff.toPlainText()
    assert not dialog.restore_button.isEnabled()  # the current version
    dialog.select_version(1)
    assert dialog.restore_button.isEnabled()
    assert "first version kept" in dialog.diff.toPlainText()
    dialog.compare_with.setCurrentIndex(HistoryDialog.CURRENT)
    assert "From version 1 to version 2" in dialog.diff.toPlainText()


def test_restoring_asks_first_and_reloads_the_open_item(window: MainWindow, sample_id: str,
                                                        dialogs: DialogLog) -> None:
    _edit_and_save(window, sample_id)
    dialog = _dialog(window)
    dialog.select_version(1)
    dialogs.question_answer = QMessageBox.StandardButton.Cancel
    dialog.restore_button.click()
    assert window.context.archive.stored_version(sample_id) == 2  # not confirmed
    dialogs.question_answer = QMessageBox.StandardButton.Yes
    dialog.restore_button.click()
    assert "Restore version 1?" in dialogs.texts()
    assert window.context.archive.stored_version(sample_id) == 3
    doc = window.document
    assert doc is not None and doc.item.version == 3
    assert "schließen Kooperation" in doc.item.headline.text["de"]
    assert dialog.versions.topLevelItemCount() == 3


def test_publish_after_an_edit_makes_a_correction(window: MainWindow, sample_id: str) -> None:
    _edit_and_save(window, sample_id)
    assert window.history.publish()
    stored = window.context.archive.load_item(sample_id)
    assert stored.status is ItemStatus.CORRECTED and stored.corrected_at is not None
    assert "correction" in window.statusBar().currentMessage()
    doc = window.document
    assert doc is not None and doc.item.status is ItemStatus.CORRECTED


def test_delete_keeps_the_history_unless_ticked(window: MainWindow, sample_id: str,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    archive = window.context.archive
    _edit_and_save(window, sample_id)
    monkeypatch.setattr(window.history, "ask_delete", lambda headline: (False, True))
    assert not window.history.delete()
    assert archive.has_item(sample_id)
    monkeypatch.setattr(window.history, "ask_delete", lambda headline: (True, False))
    assert window.history.delete()
    assert not archive.has_item(sample_id) and window.document is None
    assert [g.item_id for g in archive.deleted_items()] == [sample_id]
    dialog = window.history.show_history(sample_id)
    assert dialog is not None and "deleted" in dialog.title.text()
    dialog.confirm = lambda version: True
    dialog.select_version(2)
    dialog.restore_button.click()
    assert archive.has_item(sample_id) and archive.stored_version(sample_id) == 3

    monkeypatch.setattr(window.history, "ask_delete", lambda headline: (True, True))
    window.list_panel.select_item(sample_id)
    assert window.history.delete()
    assert archive.deleted_items() == []


def test_the_delete_question_has_the_history_box(window: MainWindow, sample_id: str,
                                                 dialogs: DialogLog) -> None:
    window.open_item(sample_id)
    confirmed, with_history = window.history.ask_delete("Titel")
    assert not confirmed and not with_history  # the box was not clicked: nothing deleted
    assert "Delete “Titel” from the archive?" in dialogs.texts()


def test_history_publish_and_delete_are_in_the_file_menu_and_the_list(
        window: MainWindow) -> None:
    a = window.window_actions
    file_menu = window.menuBar().actions()[0].menu()
    assert file_menu is not None
    for action in (a.history, a.publish, a.delete_item, a.deleted_items):
        assert action in file_menu.actions()
    assert window.list_panel.view.actions() == [a.history, a.publish, a.delete_item]
    assert a.history.shortcut().toString() == "Ctrl+Shift+H"
