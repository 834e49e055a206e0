"""A long organisation name in the person, role and contact dialogs can be read: the
closed list shortens it in the middle, so that its start and its end show, and its tooltip
holds it whole. It was cut after "Ministerium für Wissenschaf"."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from editor.context import AppContext
from editor.core.model import Contact, Organisation
from editor.gui.contact_dialog import ContactDialog
from editor.gui.directory.person_dialog import PersonDialog
from editor.gui.directory.role_dialog import RoleDialog
from editor.gui.i18n import Translators
from editor.gui.item_editor import DETAILS_TAB
from editor.gui.main_window import MainWindow
from editor.services.directory import Directory
from tests.gui.conftest import make_window

pytestmark = pytest.mark.gui

NAMES = {
    "de": "Ministerium für Wissenschaft, Forschung und Kultur des Landes Brandenburg",
    "en": "Ministry of Science, Research and Cultural Affairs of the State of Brandenburg",
}
ENDS = {"de": "des Landes Brandenburg", "en": "State of Brandenburg"}


@pytest.fixture(params=["de", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translators = Translators(qapp)
    translators.install(request.param)
    yield request.param
    translators.install("en")


def _dialogs(directory: Directory, org: Organisation) -> list[QDialog]:
    person = directory.people()[0]
    return [PersonDialog(directory, None, "Präsidentin"), RoleDialog(directory, person),
            ContactDialog(Contact(name="Anna Schulz", organisation_id=org.id),
                          directory.organisations())]


def test_a_long_organisation_name_shows_its_start_and_end_and_whole_as_tooltip(
        qtbot: QtBot, context: AppContext, language: str) -> None:
    directory = Directory(context.archive)
    org = directory.add_organisation(Organisation(id="", short_name="MWFK", name=NAMES))
    whole = f"MWFK – {NAMES[language]}"
    for dialog in _dialogs(directory, org):
        qtbot.addWidget(dialog)
        box = dialog.organisation  # type: ignore[attr-defined]
        box.setCurrentIndex(box.findData(org.id))
        dialog.show()
        qtbot.waitExposed(dialog)
        name = type(dialog).__name__
        assert box.currentText() == whole
        assert box.toolTip() == whole, name
        assert box.itemData(box.currentIndex(), Qt.ItemDataRole.ToolTipRole) == whole
        shown = box.shown_text()
        assert shown != whole and "…" in shown, (name, shown)
        assert shown.startswith("MWFK – ") and shown.endswith(ENDS[language]), (name, shown)
        assert box.fontMetrics().horizontalAdvance(shown) <= box.width(), name
        dialog.resize(dialog.width() + 600, dialog.height())  # a wider dialog shows it whole
        qtbot.waitUntil(lambda b=box: b.shown_text() == whole)
        assert box.toolTip() == "", name


def test_a_short_name_is_shown_as_it_is_without_tooltip(
        qtbot: QtBot, context: AppContext) -> None:
    directory = Directory(context.archive)
    dialog = PersonDialog(directory)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    box = dialog.organisation
    assert box.shown_text() == box.currentText() == box.itemText(0)
    assert box.toolTip() == ""


def test_a_narrow_preview_shortens_its_template_at_the_end_whole_as_tooltip(
        qtbot: QtBot, context: AppContext) -> None:
    """"Bilingual (consecu" was cut at the preview's least width (in German the title is
    longer than the least width's box)."""
    window = make_window(qtbot, context, "de")
    window.resize(1400, 800)
    total = sum(window.splitter.sizes())
    window.splitter.setSizes([240, total - 440, 200])
    box = window.preview.template
    qtbot.waitUntil(lambda: box.width() < box.fontMetrics().horizontalAdvance(
        box.currentText()))
    assert box.toolTip() == box.currentText()
    assert box.shown_text().endswith("…")
    window._test_translators.install("en")  # type: ignore[attr-defined]


def test_long_press_contacts_wrap_instead_of_scrolling(
        qtbot: QtBot, window: MainWindow, sample_id: str) -> None:
    window.resize(1400, 780)  # the preview beside the text
    window.open_item(sample_id)
    window.editor.tabs.setCurrentIndex(DETAILS_TAB)
    contacts = window.editor.metadata_form.contact_list.contacts
    qtbot.waitUntil(contacts.isVisible)
    qtbot.wait(20)
    assert contacts.count() >= 2
    width = contacts.viewport().width()
    assert contacts.fontMetrics().horizontalAdvance(contacts.item(0).text()) > width
    assert not contacts.horizontalScrollBar().isVisible()
    for row in range(contacts.count()):
        rect = contacts.visualItemRect(contacts.item(row))
        assert rect.right() <= width and rect.height() > contacts.fontMetrics().height()
