"""Organisations are named in the interface's language: the English window lists
"MWAE – Ministry for Economic Affairs, …", the German one "MWAE – Ministerium für …"."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from editor.context import AppContext
from editor.core.model import Contact, Person
from editor.gui.contact_dialog import ContactDialog
from editor.gui.directory.person_dialog import PersonDialog
from editor.gui.directory.role_dialog import RoleDialog
from editor.gui.directory.window import DirectoryWindow
from editor.gui.i18n import Translators
from editor.gui.item_editor import DETAILS_TAB
from editor.services.directory import Directory

from .conftest import make_window

pytestmark = pytest.mark.gui

STEINBACH = "person-joerg-steinbach"
NAMES = {
    "en": "MWAE – Ministry for Economic Affairs, Labour and Energy of the State of Brandenburg",
    "de": "MWAE – Ministerium für Wirtschaft, Arbeit und Energie des Landes Brandenburg",
}


@pytest.fixture(params=["en", "de"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translators = Translators(qapp)
    translators.install(request.param)
    yield request.param
    translators.install("en")


def entries(box: QComboBox) -> list[str]:
    return [box.itemText(row) for row in range(box.count())]


def test_the_dialogs_name_organisations_in_the_interface_language(
        qtbot: QtBot, context: AppContext, language: str) -> None:
    directory = Directory(context.archive)
    contact = ContactDialog(Contact(name="Anna Schulz"), directory.organisations())
    role = RoleDialog(directory, directory.person(STEINBACH))
    person = PersonDialog(directory, Person(id="", given_name="Anna", family_name="Schulz"),
                          "", None)
    for dialog in (contact, role, person):
        qtbot.addWidget(dialog)
        assert NAMES[language] in entries(dialog.organisation), type(dialog).__name__


def test_the_directory_lists_organisations_and_contacts_in_the_interface_language(
        qtbot: QtBot, context: AppContext, language: str) -> None:
    directory = Directory(context.archive)
    directory.add_contact(Contact(name="Anna Schulz",
                                  function={"de": "Pressesprecherin", "en": "Press officer"},
                                  topics={"de": "Verkehr", "en": "Transport"}))
    window = DirectoryWindow(directory)
    qtbot.addWidget(window)
    model = window.organisations.model
    names = [f"{model.index(row, 0).data()} – {model.index(row, 1).data()}"
             for row in range(model.rowCount())]
    assert NAMES[language] in names
    contacts = window.contacts.model
    row = [[contacts.index(0, column).data() for column in range(contacts.columnCount())]]
    expected = {"en": ["Press officer", "Transport"], "de": ["Pressesprecherin", "Verkehr"]}
    assert all(text in row[0] for text in expected[language]), row


def test_the_issuers_are_named_in_the_english_window(
        qtbot: QtBot, context: AppContext) -> None:
    window = make_window(qtbot, context, "en")
    window.open_newest_item()
    window.editor.tabs.setCurrentIndex(DETAILS_TAB)
    issuers = window.editor.metadata_form.issuers
    assert NAMES["en"] in [issuers.item(row).text() for row in range(issuers.count())]
