"""The fields real releases need, edited in the window: contact topics, a quote's byline
layout, an approximate attendance; the export says what it could not do; a dossier asks
before quotes under embargo go out."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from editor.context import AppContext
from editor.core.model import Attendance, BlockKind, Embargo, ItemKind, QuoteLayout
from editor.gui.contact_dialog import ContactDialog
from editor.gui.document import ItemDocument
from editor.gui.main_window import MainWindow

pytestmark = pytest.mark.gui


def _open(window: MainWindow) -> ItemDocument:
    window.open_newest_item()
    assert window.document is not None
    return window.document


def test_contact_topics_are_edited_per_language(window: MainWindow,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _open(window)
    contacts = window.editor.metadata_form.contact_list

    def exec_(dialog: ContactDialog) -> int:
        dialog.name.setText("Anna Schulz")
        dialog.topics["de"].setText("Verkehr und Mobilität / Kultur und Tourismus")
        dialog.topics["en"].setText("Transport / culture")
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(ContactDialog, "exec", exec_)
    contacts.add_button.click()
    assert doc.item.contacts[-1].topics == {
        "de": "Verkehr und Mobilität / Kultur und Tourismus", "en": "Transport / culture"}
    dialog = ContactDialog(doc.item.contacts[-1], doc.organisations)
    assert dialog.topics["de"].text() == "Verkehr und Mobilität / Kultur und Tourismus"
    assert dialog.contact() == doc.item.contacts[-1]


def test_quote_layout_is_chosen_in_the_quote_panel(qtbot: QtBot, window: MainWindow) -> None:
    doc = _open(window)
    block = next(b for b in doc.item.blocks if b.kind == BlockKind.QUOTE)
    assert block.quote_id is not None
    window.editor.block_table.select_block(block.id)
    panel = window.editor.quote_panel
    index = panel.layout_choice.findData(QuoteLayout.BYLINE.value)
    panel.layout_choice.setCurrentIndex(index)
    panel.layout_choice.activated.emit(index)
    assert doc.item.quote(block.quote_id).layout is QuoteLayout.BYLINE
    with qtbot.waitSignal(window.preview.rendered, timeout=10_000):
        window.preview.render_now()
    assert "— " in window.preview.browser.toPlainText()
    window.window_actions.undo.trigger()
    assert doc.item.quote(block.quote_id).layout is QuoteLayout.SENTENCE
    assert panel.layout_choice.currentData() == QuoteLayout.SENTENCE.value


def test_undated_item_shows_that_no_role_is_guessed(window: MainWindow) -> None:
    doc = _open(window)
    doc.item.issue_date = None
    block = next(b for b in doc.item.blocks if b.kind == BlockKind.QUOTE)
    assert block.quote_id is not None
    quote = doc.item.quote(block.quote_id)
    quote.date = None
    for speaker in quote.speakers:
        speaker.role_id = None
    window.editor.block_table.select_block(block.id)
    panel = window.editor.quote_panel
    panel.show_block(block.id)
    shown = [panel.speakers.item(i).text() for i in range(panel.speakers.count())]
    assert shown and all("no role: the item has no date" in line for line in shown)


def test_approximate_attendance_is_edited_in_the_form(qtbot: QtBot,
                                                   window: MainWindow) -> None:
    doc = _open(window)
    form = window.editor.metadata_form
    index = form.attendance.findData(Attendance.MORE_THAN.value)
    form.attendance.setCurrentIndex(index)
    form.attendance.activated.emit(index)
    form.participants.setValue(70)
    assert doc.item.event is not None
    assert (doc.item.event.participants, doc.item.event.attendance) == (
        70, Attendance.MORE_THAN)
    assert form.participants.maximum() == 10_000_000
    assert form.attendance.isVisibleTo(form)
    kind = form.kind.findData(ItemKind.EVENT_REPORT.value)
    form.kind.setCurrentIndex(kind)
    form.kind.activated.emit(kind)  # an event report keeps the box when no figure is known
    form.participants.setValue(0)  # not known: no "more than not known"
    assert doc.item.event.participants is None and form.event_box.isVisibleTo(form)
    assert not form.attendance.isVisibleTo(form)
    form.participants.setValue(12)
    assert form.attendance.isVisibleTo(form)
    with qtbot.waitSignal(window.preview.rendered, timeout=10_000):
        window.preview.render_now()


def test_export_reports_what_it_could_not_do(window: MainWindow, tmp_path: Path,
                                             dialogs: object) -> None:
    from editor.gui.export_dialog import ExportChoices
    from editor.gui.exporting import run_export

    doc = _open(window)
    doc.item.issue_date = None
    doc.item.places = []
    choices = ExportChoices(template="pressemitteilung", languages=["de"], formats=["html"],
                            folder=tmp_path / "out", allow_before_embargo=False)
    files = run_export(window, doc.bundle(), [doc.item.id], choices)
    assert files
    assert "neither a date nor places" in dialogs.texts()  # type: ignore[attr-defined]


def test_dossier_asks_before_quotes_under_embargo(window: MainWindow, context: AppContext,
                                                  tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    archive = context.archive
    item_id = archive.list_items()[0].id
    item = archive.load_item(item_id)
    item.embargo = Embargo(datetime(2099, 1, 1, 10, 0))
    archive.save_item(item)
    person_id = item.quotes[0].speakers[0].person_id
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        lambda *args: str(tmp_path / "dossier"))
    (tmp_path / "dossier").mkdir()
    asked: list[str] = []

    def cancel(box: QMessageBox) -> int:
        asked.append(box.text())
        return int(QMessageBox.StandardButton.Cancel)

    monkeypatch.setattr(QMessageBox, "exec", cancel)
    window.quotes._on_dossier_export_requested(person_id, "de")
    assert asked and "embargo" in asked[0]
    assert list((tmp_path / "dossier").iterdir()) == []
