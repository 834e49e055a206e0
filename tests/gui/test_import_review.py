"""File ▸ Import documents…: progress, the review window, corrections, then saving."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from editor.gui import document_import
from editor.gui.import_review_dialog import ImportReviewDialog
from editor.gui.main_window import MainWindow
from tests.gui.conftest import DialogLog

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "docimport"))
from documents_support import write_release_docx

pytestmark = pytest.mark.gui


def reviewing(action: Callable[[ImportReviewDialog], None], seen: list[ImportReviewDialog]):  # type: ignore[no-untyped-def]
    def exec_(dialog: ImportReviewDialog) -> int:
        seen.append(dialog)
        action(dialog)
        return int(dialog.result())
    return exec_


def choose(monkeypatch: pytest.MonkeyPatch, paths: list[Path]) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(p) for p in paths], ""))


def test_review_correct_and_import(window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch, dialogs: DialogLog) -> None:
    broken = tmp_path / "kaputt.docx"
    broken.write_bytes(b"PK\x03\x04 broken")
    choose(monkeypatch, [write_release_docx(tmp_path / "alt.docx"), broken])
    seen: list[ImportReviewDialog] = []

    def correct(dialog: ImportReviewDialog) -> None:
        assert dialog.documents.count() == 1
        assert [dialog.failed.item(i).text() for i in range(dialog.failed.count())] == [
            "kaputt.docx: the document is damaged"]
        assert dialog.counts.text() == \
            "1 document read, 0 of them already in the archive; 1 not read"
        assert dialog.headline.text() == "Wirtschaftsförderer schließen Kooperation"
        assert dialog.day.date() == date(2021, 3, 15)
        assert dialog.places.text() == "Potsdam / Magdeburg"
        assert "Imported from: alt.docx" in dialog.fields.text()
        assert dialog.quotes.rowCount() == 3
        # the sample's people are in this archive: matched, not created again
        assert dialog.quotes.item(0, 2).text() == "Prof. Dr.-Ing. Jörg Steinbach"
        assert dialog.quotes.item(1, 2).text() == "Dr. Steffen Kammradt, Thomas Einsfelder"
        assert "people: none" in dialog.created.text()
        dialog.quotes.setCurrentCell(0, 1)
        assert "background-color:#ffe08a" in dialog.context_view.toHtml().replace(" ", "") \
            or "Das ist ein guter Tag" in dialog.context_view.toPlainText()
        dialog.quotes.item(1, 0).setCheckState(Qt.CheckState.Unchecked)  # reject joint quote
        assert "Quote: Gemeinsam" not in "\n".join(
            dialog.blocks.item(i).text() for i in range(dialog.blocks.count()))
        dialog.status.setCurrentIndex(dialog.status.findText("Draft"))
        dialog.status.activated.emit(dialog.status.currentIndex())
        dialog.quotes.setCurrentCell(2, 1)
        dialog.approved.setCurrentIndex(1)
        dialog.approved.activated.emit(1)  # the last quote: not yet approved
        dialog.headline.setText("Kooperation unterzeichnet")
        dialog.headline.textEdited.emit("Kooperation unterzeichnet")
        dialog.accept_all.click()

    monkeypatch.setattr(ImportReviewDialog, "exec", reviewing(correct, seen))
    window.window_actions.import_documents.trigger()
    assert seen
    archive = window.context.archive
    imported = [s for s in archive.list_items() if s.headline.get("de") ==
                "Kooperation unterzeichnet"]
    assert len(imported) == 1, dialogs.texts()
    item = archive.load_item(imported[0].id)
    assert len(item.quotes) == 2
    assert item.status.value == "draft"
    assert [q.approval.state.value for q in item.quotes] == ["approved", "drafted"]
    assert {s.person_id for q in item.quotes for s in q.speakers} == {"person-joerg-steinbach"}
    assert "Imported 1 item with 2 quotes; 0 new people; 0 duplicates skipped; " \
        "1 document failed." in dialogs.texts()
    assert "kaputt.docx" in dialogs.texts()


def test_speaker_corrected_to_a_person_of_the_archive(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    choose(monkeypatch, [write_release_docx(tmp_path / "alt.docx")])

    def pick(dialog: ImportReviewDialog) -> None:
        dialog.quotes.setCurrentCell(0, 1)
        index = dialog.speaker.findText("Prof. Dr. Armin Willingmann")
        assert index > 0
        dialog.speaker.setCurrentIndex(index)
        dialog.speaker.activated.emit(index)
        assert "Willingmann" in dialog.quotes.item(0, 2).text()
        dialog.accept_one.click()

    monkeypatch.setattr(ImportReviewDialog, "exec", reviewing(pick, []))
    window.window_actions.import_documents.trigger()
    hits = window.context.archive.quotes_of_person("person-armin-willingmann")
    assert any(h.text.get("de") == "Das ist ein guter Tag für die Region" for h in hits)


def test_duplicates_are_shown_and_skipped_unless_checked(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_release_docx(tmp_path / "alt.docx")
    choose(monkeypatch, [path])
    monkeypatch.setattr(ImportReviewDialog, "exec",
                        reviewing(lambda d: d.accept_all.click(), []))
    window.window_actions.import_documents.trigger()
    count = len(window.context.archive.list_items())
    seen: list[ImportReviewDialog] = []

    def look(dialog: ImportReviewDialog) -> None:
        assert "already in the archive" in dialog.documents.item(0).text()
        assert dialog.documents.item(0).checkState() == Qt.CheckState.Unchecked
        assert not dialog.accept_all.isEnabled()
        dialog.reject()

    monkeypatch.setattr(ImportReviewDialog, "exec", reviewing(look, seen))
    window.window_actions.import_documents.trigger()
    assert seen and len(window.context.archive.list_items()) == count


def test_cancelled_progress_imports_nothing(window: MainWindow, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    paths = [write_release_docx(tmp_path / f"{n}.docx") for n in "ab"]
    count = len(window.context.archive.list_items())
    monkeypatch.setattr(document_import.QProgressDialog, "wasCanceled", lambda self: True)
    seen: list[ImportReviewDialog] = []
    monkeypatch.setattr(ImportReviewDialog, "exec", reviewing(lambda d: d.accept(), seen))
    assert document_import.import_documents(window, window.context.archive, paths) == []
    assert not seen and len(window.context.archive.list_items()) == count


def test_documents_are_read_off_the_window_thread(window: MainWindow, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    paths = [write_release_docx(tmp_path / f"{n}.docx") for n in "abc"]
    threads: list[bool] = []
    real = document_import.read_document

    def reading(path: Path):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread() is threading.main_thread())
        return real(path)

    monkeypatch.setattr(document_import, "read_document", reading)
    proposals, failures, cancelled = document_import.read_and_propose(
        window, window.context.archive, paths)
    assert threads == [False, False, False]
    assert len(proposals) == 3 and not failures and not cancelled
    assert proposals[1].duplicate_of == "a.docx"  # proposed in order, on the window's side


def test_cancel_while_reading_stops_after_the_document_being_read(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = [write_release_docx(tmp_path / f"{n}.docx") for n in "abcd"]
    real = document_import.read_document
    read: list[str] = []

    def reading(path: Path):  # type: ignore[no-untyped-def]
        read.append(path.name)
        if len(read) > 1:
            time.sleep(0.3)  # a slow document: the cancel arrives while it is read
        return real(path)

    calls = {"n": 0}

    def canceled_after_first(self) -> bool:  # type: ignore[no-untyped-def]
        calls["n"] += 1
        return True

    monkeypatch.setattr(document_import, "read_document", reading)
    monkeypatch.setattr(document_import.QProgressDialog, "wasCanceled", canceled_after_first)
    proposals, _, cancelled = document_import.read_and_propose(
        window, window.context.archive, paths)
    assert cancelled and len(proposals) == 1 and len(read) <= 2


def test_review_edits_every_field_quote_speaker_role_and_rejects_a_new_person(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    choose(monkeypatch, [write_release_docx(tmp_path / "alt.docx")])
    seen: list[ImportReviewDialog] = []

    def correct(dialog: ImportReviewDialog) -> None:
        assert dialog.kicker.text() == "Smart Country"
        assert dialog.subheadline.text() == "Gemeinsam für den ländlichen Raum"
        for field, text in ((dialog.kicker, "Ländlicher Raum"),
                            (dialog.subheadline, "Zwei Länder, ein Ziel")):
            field.setText(text)
            field.textEdited.emit(text)
        dialog.headline.setText("")
        dialog.headline.textEdited.emit("")
        assert "cannot be empty" in dialog.field_error.text()
        dialog.day.edit.setText("16.03.2021")
        dialog.day.edit.editingFinished.emit()
        dialog.places.setText("Potsdam, Cottbus")
        dialog.places.editingFinished.emit()
        assert dialog.places.text() == "Potsdam / Cottbus"
        dialog.quotes.item(0, 1).setText("Das ist ein sehr guter Tag für die Region")
        dialog.quotes.item(0, 3).setText("Minister für Wirtschaft")
        dialog.quotes.item(2, 1).setText("   ")  # refused: a quote needs words
        assert "needs words" in dialog.quote_error.text()
        assert dialog.quotes.item(2, 1).text() == "Wir haben noch viel vor in den nächsten " \
            "Jahren"
        dialog.quotes.setCurrentCell(2, 1)
        dialog.speaker_name.setText("Dr. Anna Beispiel, Staatssekretärin")
        dialog.name_button.click()
        assert "Anna Beispiel (new)" in dialog.quotes.item(2, 2).text()
        dialog.quotes.setCurrentCell(1, 1)
        dialog.speaker_name.setText("Paul Probe")
        dialog.speaker_name.returnPressed.emit()
        names = [dialog.new_people.item(i).text() for i in range(dialog.new_people.count())]
        assert sorted(names) == ["Dr. Anna Beispiel", "Paul Probe"]
        probe = dialog.new_people.item(names.index("Paul Probe"))
        probe.setCheckState(Qt.CheckState.Unchecked)  # reject Probe
        assert "Probe" not in dialog.created.text() and "Beispiel" in dialog.created.text()
        assert dialog.quotes.item(1, 2).text() == "Paul Probe"  # as written, nobody created
        dialog.accept_all.click()

    monkeypatch.setattr(ImportReviewDialog, "exec", reviewing(correct, seen))
    window.window_actions.import_documents.trigger()
    assert seen
    archive = window.context.archive
    (summary,) = [s for s in archive.list_items() if s.headline.get("de") ==
                  "Wirtschaftsförderer schließen Kooperation" and s.issue_date == date(2021, 3, 16)]
    item = archive.load_item(summary.id)
    assert (item.kicker.get("de"), item.subheadline.get("de")) == (
        "Ländlicher Raum", "Zwei Länder, ein Ziel")
    assert item.places == ["Potsdam", "Cottbus"]
    first, joint, last = item.quotes
    assert first.text.get("de") == "Das ist ein sehr guter Tag für die Region"
    assert archive.role(first.speakers[0].role_id).title == {"de": "Minister für Wirtschaft"}
    assert joint.speakers == [] and joint.attribution == {"de": "Paul Probe"}
    assert archive.person(last.speakers[0].person_id).family_name == "Beispiel"
    assert archive.role(last.speakers[0].role_id).title == {"de": "Staatssekretärin"}
    assert "Probe" not in {p.family_name for p in archive.people()}


def _distinct(tmp_path: Path, count: int) -> list[Path]:
    paths = []
    for number in range(1, count + 1):
        path = tmp_path / f"meldung-{number}.txt"
        path.write_text(
            f"Förderbescheid {number} übergeben\n\nPotsdam, den 0{number}.11.2020. Das Land "
            f"fördert das Gewerbegebiet {number} mit einer Million Euro, die in Straßen und "
            f"Leitungen fließt und {number} Betrieben hilft.\n\n„Ein gutes Signal für "
            f"Halle {number}“, sagte Bürgermeisterin Anna Beispiel.\n", encoding="utf-8")
        paths.append(path)
    return paths


def test_stop_while_saving_keeps_the_items_saved_and_says_how_many_were_not(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    archive = window.context.archive
    count = len(archive.list_items())
    proposals, failures, _ = document_import.read_and_propose(window, archive,
                                                               _distinct(tmp_path, 4))
    assert len(proposals) == 4 and not failures
    labels: list[str] = []
    real_label = document_import.QProgressDialog.setLabelText

    def label(self, text: str) -> None:  # type: ignore[no-untyped-def]
        labels.append(text)
        real_label(self, text)

    monkeypatch.setattr(document_import.QProgressDialog, "setLabelText", label)
    monkeypatch.setattr(document_import.QProgressDialog, "wasCanceled",
                        lambda self: len(labels) > 2)
    stored, summary = document_import.save_with_progress(window, archive, proposals)
    assert labels[:2] == ["Saving meldung-1.txt (1 of 4)…", "Saving meldung-2.txt (2 of 4)…"]
    assert len(stored) == 2 and summary.not_saved == 2
    assert len(archive.list_items()) == count + 2
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    document_import.show_summary(window, summary)
    assert "Stopped: 2 documents were not saved" in shown[0].text()


def test_the_summary_lists_a_few_failures_and_keeps_all_under_details(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from editor.services.release_import import BatchSummary, DocumentFailure

    summary = BatchSummary(items=3, failures=[
        DocumentFailure(tmp_path / f"kaputt-{n}.docx", f"kaputt-{n}.docx: damaged")
        for n in range(12)])
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    document_import.show_summary(window, summary)
    (box,) = shown
    listed = box.informativeText().splitlines()
    assert listed[:8] == [f"kaputt-{n}.docx: damaged" for n in range(8)]
    assert listed[8:] == ["… and 4 more (Show Details…)"]
    assert box.detailedText().splitlines() == [f"kaputt-{n}.docx: damaged" for n in range(12)]


LONG_NAME = ("2021-03-15_Pressemitteilung_Wirtschaftsfoerderung_Brandenburg_"
             "Sachsen-Anhalt_final.docx")


def _review_dialog(context_archive, tmp_path: Path, settings):  # type: ignore[no-untyped-def]
    from editor.io.documents import read_document
    from editor.services.release_import import Registry, propose_document

    tmp_path.mkdir(exist_ok=True)
    registry = Registry(context_archive)
    proposals = [propose_document(registry, read_document(write_release_docx(tmp_path / n)))
                 for n in (LONG_NAME, "kurz.docx")]
    return ImportReviewDialog(proposals, [], list(context_archive.people()), [], [],
                              settings=settings)


def test_the_file_list_is_wide_enough_and_keeps_the_size_it_was_given(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    from PySide6.QtGui import QFontMetrics

    settings = window.settings
    dialog = _review_dialog(window.context.archive, tmp_path, settings)
    qtbot.addWidget(dialog)
    dialog.resize(1180, dialog.height())  # wider than the test screen, as on a desktop
    dialog.show()
    qtbot.waitExposed(dialog)
    left, _right = dialog.splitter.sizes()
    assert dialog.documents.item(0).toolTip().endswith(LONG_NAME)  # all of it, always
    name_width = QFontMetrics(dialog.documents.font()).horizontalAdvance(LONG_NAME)
    # Either the whole name fits, or the list has grown to its share of the dialog.
    assert left >= min(name_width, int(dialog.width() * 0.32) - 10), (left, name_width)
    assert left > 260  # wider than the list used to be
    total = sum(dialog.splitter.sizes())
    dialog.splitter.setSizes([left + 60, total - left - 60])  # the user drags the divider
    chosen = dialog.splitter.sizes()
    assert chosen[0] == left + 60
    dialog.reject()
    assert settings.window_state("importReview/geometry") is not None
    again = _review_dialog(window.context.archive, tmp_path / "again", settings)
    qtbot.addWidget(again)
    # Offscreen, the screen is smaller than the dialog: Qt fits the stored geometry into
    # it, so the divider is checked at the size the dialog had.
    again.resize(dialog.size())
    again.show()
    qtbot.waitExposed(again)
    assert again.splitter.sizes() == chosen


def test_the_review_says_what_reading_removed_from_a_document(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    import docx

    from editor.io.documents import read_document
    from editor.services.release_import import Registry, propose_document
    from tests.hostile.photo_files import gps_jpeg

    picture = tmp_path / "phone.jpg"
    picture.write_bytes(gps_jpeg())
    word = docx.Document()
    word.add_paragraph("Förderung \u202eneu\u202c gestartet", style="Title")
    word.add_paragraph("Potsdam, den 15.03.2021. Die Länder arbeiten enger zusammen.")
    word.add_picture(str(picture))
    path = tmp_path / "alt.docx"
    word.save(str(path))
    proposal = propose_document(Registry(window.context.archive), read_document(path))
    dialog = ImportReviewDialog([proposal], [], list(window.context.archive.people()), [],
                                [], settings=window.settings)
    qtbot.addWidget(dialog)
    dialog.documents.setCurrentRow(0)
    text = dialog.fields.text()
    assert "Removed 2 invisible direction or format characters (the first: U+202E at " \
           "position 11 of block 1)" in text
    assert "Location data (GPS) and other camera details were removed from 1 photos" in text
    assert dialog.headline.text() == "Förderung neu gestartet"


def test_the_review_fits_a_laptop_screen_with_its_buttons_in_sight(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """On a screen 800 pixels high (the test screen's size) nothing makes the dialog
    taller than the screen: the item and its quotes scroll, the buttons stay visible."""
    dialog = _review_dialog(window.context.archive, tmp_path, None)
    qtbot.addWidget(dialog)
    screen = dialog.screen().availableGeometry()
    assert screen.height() <= 800
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.minimumSizeHint().height() < screen.height()
    assert dialog.height() < screen.height()
    assert dialog.width() <= screen.width()
    bottom = dialog.accept_all.mapTo(dialog, dialog.accept_all.rect().bottomRight())
    assert 0 < bottom.y() < dialog.height()
    assert 0 < bottom.x() < dialog.width()
