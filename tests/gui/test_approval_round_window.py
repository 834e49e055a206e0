"""The approval round in the window: File menu entries, the dialog listing changes and
comments, accepting some changes into the open item (one undo step) and saving it."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from editor.core.model import ApprovalState
from editor.gui import approval_round as controller
from editor.gui.approval_round_dialog import ApprovalRoundDialog
from editor.gui.main_window import MainWindow
from editor.render.approval_docx import approval_docx
from editor.services.approval_round import read_round

pytestmark = pytest.mark.gui

SAMPLE_ITEM = "2021-03-15-smart-country"
STEINBACH = "quote-2021-03-15-steinbach"
SENTENCE = "Das ist ein großer Erfolg nach 30 Jahren Deutscher Einheit. "


DEL = '<w:del w:id="902" w:author="Pressestelle MWAE" w:date="2026-12-01T10:00:00Z">'


def edited(data: bytes, *replacements: tuple[str, str]) -> bytes:
    """``data`` with its document XML changed as Word writes a tracked deletion."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            part = source.read(name)
            if name == "word/document.xml":
                xml = part.decode()
                for old, new in replacements:
                    assert old in xml
                    xml = xml.replace(old, new, 1)
                part = xml.encode()
            target.writestr(name, part)
    return out.getvalue()


def _deleted(text: str) -> str:
    return (f'</w:t></w:r>{DEL}<w:r><w:delText xml:space="preserve">{text}</w:delText>'
            '</w:r></w:del><w:r><w:t xml:space="preserve">')


def _returned(window: MainWindow, tmp_path: Path) -> Path:
    doc = window.document
    assert doc is not None
    data = approval_docx(doc.bundle(), doc.item, ["de"])
    path = tmp_path / "zurueck.docx"
    path.write_bytes(edited(data, (SENTENCE, _deleted(SENTENCE)),
                            ("haben heute eine", "haben" + _deleted(" heute") + " eine")))
    return path


def test_the_file_menu_offers_the_round(window: MainWindow) -> None:
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "Export for &approval…" in texts
    assert "Import approval &round…" in texts


def test_export_for_approval_writes_the_chosen_file(window: MainWindow, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    window.open_item(SAMPLE_ITEM)
    target = tmp_path / "freigabe"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), ""))
    window.window_actions.export_for_approval.trigger()
    assert (tmp_path / "freigabe.docx").read_bytes()[:2] == b"PK"


def test_accepting_some_changes_saves_the_item_and_approves_its_quotes(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window.open_item(SAMPLE_ITEM)
    doc = window.document
    assert doc is not None
    for quote in doc.item.quotes:
        quote.approval.state = ApprovalState.DRAFTED
    path = _returned(window, tmp_path)
    shown: list[ApprovalRoundDialog] = []

    def answer(dialog: ApprovalRoundDialog) -> int:
        shown.append(dialog)
        lead = next(row for row in range(dialog.changes.count())
                    if "Block 1 (DE)" in dialog.changes.item(row).text())
        dialog.changes.item(lead).setCheckState(Qt.CheckState.Unchecked)
        dialog.approve.setChecked(True)
        dialog.approver.setText("Pressestelle MWAE")
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(ApprovalRoundDialog, "exec", answer)
    version = doc.item.version
    assert controller.import_round_from_window(window, path)
    assert shown and shown[0].changes.count() == 2
    assert SENTENCE.strip() not in doc.item.quote(STEINBACH).text.get("de")
    assert "haben heute eine" in doc.item.blocks[0].text.get("de")
    assert all(q.approval.by == "Pressestelle MWAE" for q in doc.item.quotes)
    stored = window.context.archive.load_item(SAMPLE_ITEM)
    assert stored.version == version + 1
    assert SENTENCE.strip() not in stored.quote(STEINBACH).text.get("de")
    doc.undo_stack.undo()
    assert SENTENCE in doc.item.quote(STEINBACH).text.get("de")


def test_the_dialog_says_when_a_file_was_compared_by_its_words(window: MainWindow,
                                                               tmp_path: Path) -> None:
    import docx

    window.open_item(SAMPLE_ITEM)
    doc = window.document
    assert doc is not None
    document = docx.Document()
    document.add_paragraph(doc.item.blocks[0].text.get("de").replace("heute", "gestern"))
    path = tmp_path / "fremd.docx"
    document.save(str(path))
    dialog = ApprovalRoundDialog(read_round(doc.item, path), doc.item, parent=window)
    assert "was not exported for approval" in dialog.intro.text()
    assert dialog.accepted_numbers() == [1]
    dialog.changes.setCurrentRow(0)
    assert "After:\n" in dialog.detail.toPlainText()
    assert "haben gestern eine" in dialog.detail.toPlainText()


def test_a_hostile_file_shows_an_error_and_changes_nothing(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window.open_item(SAMPLE_ITEM)
    shown: list[str] = []
    monkeypatch.setattr(controller, "show_error",
                        lambda parent, what, exc: shown.append(f"{what} {exc}"))
    path = tmp_path / "kaputt.docx"
    path.write_bytes(b"not a zip")
    assert not controller.import_round_from_window(window, path)
    assert shown and "kaputt.docx" in shown[0]
    assert window.document is not None and not window.document.is_modified


def test_the_dialog_says_that_invisible_characters_were_removed(window: MainWindow,
                                                                tmp_path: Path) -> None:
    window.open_item(SAMPLE_ITEM)
    doc = window.document
    assert doc is not None
    bundle = window.context.archive.load_bundle([SAMPLE_ITEM])
    data = edited(approval_docx(bundle, doc.item, ["de"]),
                  ("haben heute eine", "haben \u202eheute eine"))
    path = tmp_path / "returned.docx"
    path.write_bytes(data)
    dialog = ApprovalRoundDialog(read_round(doc.item, path), doc.item, parent=window)
    assert dialog.accepted_numbers() == []
    assert "Removed 1 invisible direction or format characters (the first: U+202E) from " \
           "the file's texts." in dialog.comments.toPlainText()
