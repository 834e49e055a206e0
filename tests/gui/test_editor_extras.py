"""Dragging blocks, photos, contacts, the text after a quote, icons, and the embargo check."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt, QUrl
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from editor import render
from editor.core.model import BlockKind, Contact, Embargo
from editor.gui.block_table_model import BlockTableModel
from editor.gui.contact_dialog import ContactDialog
from editor.gui.document import ItemDocument
from editor.gui.export_dialog import ExportDialog
from editor.gui.main_window import MainWindow
from editor.gui.settings import Settings

pytestmark = pytest.mark.gui


def _open(window: MainWindow) -> ItemDocument:
    window.open_newest_item()
    assert window.document is not None
    return window.document


def test_drag_a_block_to_another_place(window: MainWindow) -> None:
    doc = _open(window)
    model = window.editor.block_model
    ids = [b.id for b in doc.item.blocks]
    data = model.mimeData([model.index(0, 1)])
    assert model.canDropMimeData(data, Qt.DropAction.CopyAction, 3, 0, QModelIndex())
    assert model.dropMimeData(data, Qt.DropAction.CopyAction, 3, 0, QModelIndex())
    assert [b.id for b in doc.item.blocks][:3] == [ids[1], ids[2], ids[0]]
    data = model.mimeData([model.index(2, 1)])  # dropped onto the first row: takes its place
    assert model.dropMimeData(data, Qt.DropAction.CopyAction, -1, -1, model.index(0, 1))
    assert [b.id for b in doc.item.blocks][:3] == [ids[0], ids[1], ids[2]]
    window.window_actions.undo.trigger()
    window.window_actions.undo.trigger()
    assert [b.id for b in doc.item.blocks] == ids
    assert window.editor.block_table.dragEnabled()


def _image(tmp_path: Path, name: str = "photo.png", colour: str = "#3a7") -> Path:
    path = tmp_path / name
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path))
    return path


def test_drop_an_image_adds_a_photo_with_caption_credit_and_alt_text(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    doc = _open(window)
    count = len(doc.item.blocks)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(_image(tmp_path))),
                  QUrl.fromLocalFile(str(tmp_path / "notes.txt"))])
    model = window.editor.block_model
    assert model.dropMimeData(mime, Qt.DropAction.CopyAction, 1, 0, QModelIndex())
    assert len(doc.item.blocks) == count + 1
    block = doc.item.blocks[1]
    assert block.kind == BlockKind.PHOTO and block.photo_id
    panel = window.editor.photo_panel
    window.editor.block_table.select_block(block.id)
    assert panel.isVisible() and not window.editor.quote_panel.isVisible()
    assert panel.thumbnail.pixmap() is not None and not panel.thumbnail.pixmap().isNull()
    qtbot.keyClicks(panel.captions["de"], "Die Unterzeichnung")
    qtbot.keyClicks(panel.captions["en"], "The signing")
    qtbot.keyClicks(panel.alt_texts["de"], "Zwei Personen")
    qtbot.keyClicks(panel.credit, "Rainer Weisflog")
    photo = doc.item.photo(block.photo_id)
    assert photo.caption == {"de": "Die Unterzeichnung", "en": "The signing"}
    assert photo.alt_text == {"de": "Zwei Personen"}
    assert photo.credit == "Rainer Weisflog"
    assert model.index(1, BlockTableModel.column_of("en")).data() == "The signing"
    assert model.setData(model.index(1, BlockTableModel.column_of("en")), "Signed")
    assert photo.caption["en"] == "Signed"
    window.window_actions.undo.trigger()  # caption typed in the table
    assert doc.item.photo(block.photo_id).caption["en"] == "The signing"
    assert window.save()
    window.window_actions.remove_block.trigger()
    assert all(p.id != block.photo_id for p in doc.item.photos)


def test_add_photo_action_asks_for_files(window: MainWindow, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _open(window)
    files = [str(_image(tmp_path, "a.png")), str(_image(tmp_path, "b.png", "#a37"))]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (files, ""))
    window.window_actions.add_photo.trigger()
    photos = [b for b in doc.item.blocks if b.kind == BlockKind.PHOTO]
    keys = [doc.item.photo(b.photo_id or "").blob for b in photos]
    expected = [hashlib.sha256(Path(f).read_bytes()).hexdigest() for f in files]
    assert keys[keys.index(expected[0]):keys.index(expected[0]) + 2] == expected
    # The bytes are in the archive at once, before the item is saved.
    stored = window.context.archive.photo_data(expected)
    assert [stored[k].data for k in expected] == [Path(f).read_bytes() for f in files]
    window.window_actions.undo.trigger()
    assert len([b for b in doc.item.blocks if b.kind == BlockKind.PHOTO]) == len(photos) - 2


def test_contacts_are_added_edited_and_removed(qtbot: QtBot, window: MainWindow,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _open(window)
    before = list(doc.item.contacts)
    contacts = window.editor.metadata_form.contact_list

    def fill(name: str, function_en: str):
        def exec_(dialog: ContactDialog) -> int:
            dialog.name.setText(name)
            dialog.functions["en"].setText(function_en)
            dialog.phone.setText("+49 331 123")
            dialog.email.setText("presse@example.org")
            dialog.organisation.setCurrentIndex(1)
            return int(QDialog.DialogCode.Accepted)
        return exec_

    monkeypatch.setattr(ContactDialog, "exec", fill("Anna Schulz", "Press officer"))
    contacts.add_button.click()
    added = doc.item.contacts[-1]
    assert (added.name, added.function, added.phone) == (
        "Anna Schulz", {"en": "Press officer"}, "+49 331 123")
    assert added.organisation_id == doc.organisations[0].id
    assert "Anna Schulz" in contacts.contacts.item(contacts.contacts.count() - 1).text()
    contacts.contacts.setCurrentRow(contacts.contacts.count() - 1)
    monkeypatch.setattr(ContactDialog, "exec", fill("Anna Schulz-Berg", "Spokesperson"))
    contacts.edit_button.click()
    assert doc.item.contacts[-1].name == "Anna Schulz-Berg"
    contacts.remove_button.click()
    assert doc.item.contacts == before
    window.window_actions.undo.trigger()
    window.window_actions.undo.trigger()
    assert doc.item.contacts[-1].name == "Anna Schulz"
    assert isinstance(doc.item.contacts[-1], Contact)


def test_text_after_a_quote(qtbot: QtBot, window: MainWindow) -> None:
    doc = _open(window)
    row = next(r for r, b in enumerate(doc.item.blocks) if b.kind == BlockKind.QUOTE)
    block = doc.item.blocks[row]
    window.editor.block_table.select_block(block.id)
    panel = window.editor.quote_panel
    assert panel.isVisible()
    qtbot.keyClicks(panel.after_texts["de"], "Das ist ein Anfang.")
    assert block.text.get("de") == "Das ist ein Anfang."
    with qtbot.waitSignal(window.preview.rendered, timeout=10_000):
        window.preview.render_now()
    assert "Das ist ein Anfang." in window.preview.browser.toPlainText()
    window.window_actions.undo.trigger()
    assert block.text.get("de") == ""
    assert panel.after_texts["de"].text() == ""


def test_toolbar_actions_have_icons(window: MainWindow) -> None:
    a = window.window_actions
    for action in (a.add_paragraph, a.add_quote, a.add_photo, a.remove_block,
                   a.mark_translated, a.new_item, a.save):
        assert not action.icon().isNull(), action.text()
        assert not action.icon().pixmap(24, 24).isNull(), action.text()


def test_web_page_before_the_embargo_needs_a_confirmation(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _open(window)
    doc.item.embargo = Embargo(until=datetime.now() + timedelta(days=2),
                               timezone="Europe/Berlin")
    out = tmp_path / "out"
    seen: list[bool] = []

    def exec_(dialog: ExportDialog, confirm: bool) -> int:
        dialog.template.setCurrentIndex(dialog.template.findData("bilingual"))
        dialog.folder.setText(str(out))
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        seen.append(ok.isEnabled())
        assert dialog.embargo_confirm.isVisibleTo(dialog)
        dialog.embargo_confirm.setChecked(confirm)
        seen.append(ok.isEnabled())
        dialog.format_boxes["html"].setChecked(False)  # Word alone needs no confirmation
        seen.append(ok.isEnabled() and not dialog.embargo_confirm.isVisibleTo(dialog))
        dialog.format_boxes["html"].setChecked(True)
        if not ok.isEnabled():
            return int(QDialog.DialogCode.Rejected)
        dialog.accept()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(ExportDialog, "exec", lambda d: exec_(d, False))
    window.window_actions.export.trigger()
    assert seen == [False, False, True]
    assert not out.exists()
    seen.clear()
    monkeypatch.setattr(ExportDialog, "exec", lambda d: exec_(d, True))
    window.window_actions.export.trigger()
    assert seen == [False, True, True]
    assert sorted(p.suffix for p in out.iterdir()) == [".docx", ".html"]


def test_no_confirmation_without_an_embargo(qtbot: QtBot, window: MainWindow) -> None:
    dialog = ExportDialog(Settings(), render.list_templates(), 1, "en", window)
    qtbot.addWidget(dialog)
    assert not dialog.embargo_confirm.isVisibleTo(dialog)
    assert not dialog.choices().allow_before_embargo


def test_new_panels_and_dialogs_are_german_in_the_german_ui(
        qtbot: QtBot, context, tmp_path: Path) -> None:
    import copy

    from editor.gui.conflict_dialog import ConflictDialog
    from tests.gui.conftest import make_window
    from tests.gui.test_i18n import _english_only_texts, _visible_texts

    window = make_window(qtbot, context, "de")
    try:
        doc = _open(window)
        window.editor.add_photos([str(_image(tmp_path))])
        window.refresh()
        mine = copy.deepcopy(doc.item)
        mine.headline.text["de"] = "Anders"
        dialogs = [ContactDialog(Contact(name="A"), doc.organisations, window),
                   ConflictDialog(mine, doc.item, window)]
        window.info_bar.show_message("x", [window.window_actions.discard_recovered])
        assert window.editor.metadata_form  # the "Details" tab, built as when first shown
        texts = _visible_texts(window)
        for dialog in dialogs:
            texts |= _visible_texts(dialog)
        english = _english_only_texts()
        assert sorted(t for t in texts if t in english and t != "English") == []
        assert "Bildnachweis:" in texts and "Pressekontakte:" in texts
        assert "Meine behalten (überschreiben)" in texts
    finally:
        window._test_translators.install("en")  # type: ignore[attr-defined]
