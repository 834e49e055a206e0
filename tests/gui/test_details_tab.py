"""The editor's "Details" tab is built when it is first shown, not before the first paint;
it then shows and edits the open item as if it had been there from the start."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from editor.context import AppContext
from editor.core.model import Organisation
from editor.gui.item_editor import DETAILS_TAB
from editor.gui.main_window import MainWindow
from editor.services.directory import Directory


def listed_issuers(window: MainWindow, *, checked: bool) -> list[str]:
    issuers = window.editor.metadata_form.issuers
    return [issuers.item(i).data(Qt.ItemDataRole.UserRole) for i in range(issuers.count())
            if not checked or issuers.item(i).checkState() == Qt.CheckState.Checked]


def test_the_details_form_is_built_when_its_tab_is_first_shown(window: MainWindow) -> None:
    window.open_newest_item()
    doc = window.document
    assert doc is not None
    editor = window.editor
    assert editor._metadata_form is None  # the window was shown without it
    assert editor._details.widget() is None
    editor.tabs.setCurrentIndex(DETAILS_TAB)  # as a click on the tab or Alt+D
    form = editor._metadata_form
    assert form is not None and editor._details.widget() is form and form.isVisible()
    assert form.places.text() == "/".join(doc.item.places)  # the open item's details
    assert sorted(listed_issuers(window, checked=True)) == sorted(doc.item.issuer_ids) != []
    form.places.setText("Cottbus")
    form.places.textEdited.emit("Cottbus")
    assert doc.item.places == ["Cottbus"]
    doc.undo_stack.undo()
    assert form.places.text() == "/".join(doc.item.places) != "Cottbus"


def test_an_organisation_added_meanwhile_joins_the_item_before_the_tab_is_shown(
        window: MainWindow, context: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    window.open_newest_item()
    doc = window.document
    assert doc is not None and window.editor._metadata_form is None
    reads: list[str] = []
    directory = window.editor._directory
    assert directory is not None
    read = directory.organisations
    monkeypatch.setattr(directory, "organisations",
                        lambda query="": (reads.append(query), read(query))[1])
    window.editor.set_document(doc)  # every organisation it names is known: no read
    assert reads == []
    added = Directory(context.archive).add_organisation(
        Organisation(id="", short_name="NEU", name={"de": "Neue Stelle"}))
    doc.item.issuer_ids.append(added.id)  # as saved in another window, then reloaded here
    window.editor.set_document(doc)
    assert reads == [""]
    assert any(o.id == added.id for o in doc.organisations)  # the preview names it
    assert added.short_name in doc.bundle().organisations[-1].short_name
    window.editor.tabs.setCurrentIndex(DETAILS_TAB)
    assert added.id in listed_issuers(window, checked=True)
