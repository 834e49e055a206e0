"""Counts in messages read as sentences: "1 file written", never "1 file(s) written"."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from editor.gui import exporting
from editor.gui.document_import import show_summary
from editor.gui.i18n import Translators
from editor.gui.main_window import MainWindow
from editor.services.release_import import BatchSummary, DocumentFailure
from tests.gui.conftest import DialogLog

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(("count", "expected"), [(1, "1 file written to"),
                                                 (2, "2 files written to")])
def test_export_finished_counts_files_in_words(window: MainWindow, tmp_path: Path,
                                               dialogs: DialogLog, count: int,
                                               expected: str) -> None:
    files = [tmp_path / f"release{i}.html" for i in range(count)]
    exporting._offer_folder(window, tmp_path, files)
    assert dialogs.messages[-1].startswith(f"{expected} {tmp_path}.")


def _summary(one: bool) -> BatchSummary:
    n = 1 if one else 3
    failure = DocumentFailure(Path("kaputt.docx"), "kein Word-Dokument")
    return BatchSummary(items=n, quotes=n, new_people=n, duplicates=n,
                        failures=[failure] * n, not_saved=n)


@pytest.mark.parametrize(("one", "expected"), [
    (True, "Imported 1 item with 1 quote; 1 new person; 1 duplicate skipped; 1 document "
           "failed. Stopped: 1 document was not saved; import it again to add it."),
    (False, "Imported 3 items with 3 quotes; 3 new people; 3 duplicates skipped; 3 documents "
            "failed. Stopped: 3 documents were not saved; import them again to add them."),
])
def test_the_import_summary_counts_in_words(window: MainWindow, dialogs: DialogLog,
                                            one: bool, expected: str) -> None:
    show_summary(window, _summary(one))
    assert dialogs.messages[-1].split("\n")[0] == expected


@pytest.mark.parametrize(("one", "expected"), [
    (True, "1 Meldung mit 1 Zitat importiert; 1 neue Person; 1 Duplikat übersprungen; "
           "1 Dokument fehlgeschlagen. Angehalten: 1 Dokument wurde nicht gespeichert; "
           "importieren Sie es erneut, um es hinzuzufügen."),
    (False, "3 Meldungen mit 3 Zitaten importiert; 3 neue Personen; 3 Duplikate "
            "übersprungen; 3 Dokumente fehlgeschlagen. Angehalten: 3 Dokumente wurden nicht "
            "gespeichert; importieren Sie sie erneut, um sie hinzuzufügen."),
])
def test_the_import_summary_counts_in_german(qapp: QApplication, dialogs: DialogLog,
                                             one: bool, expected: str) -> None:
    translators = Translators(qapp)
    translators.install("de")
    try:
        show_summary(None, _summary(one))  # type: ignore[arg-type]
    finally:
        translators.install("en")
    assert dialogs.messages[-1].split("\n")[0] == expected


@pytest.mark.parametrize("language", ["de", "en"])
def test_no_translation_counts_with_a_bracketed_plural(language: str) -> None:
    """Every count goes through plural forms: no "Person(en)", "Datei(en)", "file(s)"."""
    path = Path(__file__).parents[2] / "resources" / "i18n" / f"pressestelle_{language}.ts"
    bracketed = re.compile(r"\w\((?:s|e|n|en|es|er)\)")
    found = []
    for message in ET.parse(path).iter("message"):
        translation = message.find("translation")
        shown = "".join(translation.itertext()) if translation is not None else ""
        if bracketed.search(shown):
            found.append(shown.strip())
        elif message.get("numerus") != "yes" and bracketed.search(
                message.findtext("source") or ""):
            found.append(message.findtext("source") or "")
    assert found == []
