"""End to end in the window: a release quoting a brand-new person with a new role at a new
organisation, all created inline; the quote approved; exported without a warning."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from editor.core.model import Role
from editor.gui.approval_check import UnapprovedQuotesDialog
from editor.gui.approval_dialog import ApprovalAnswer, ApprovalStep
from editor.gui.directory.organisation_dialog import OrganisationDialog
from editor.gui.directory.person_dialog import PersonDialog
from editor.gui.main_window import MainWindow
from editor.services.directory import Directory

from .conftest import export_in

pytestmark = pytest.mark.gui


def test_quote_a_new_person_approve_and_export(qtbot: QtBot, window: MainWindow,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    window.new_item()
    doc = window.document
    assert doc is not None

    # "Issued by": create the organisation inline.
    def fill_organisation(dialog: OrganisationDialog) -> int:
        dialog.short_name.setText("ZBI")
        dialog.names["de"].setText("Zentrum für Beispielinnovation")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(OrganisationDialog, "exec", fill_organisation)
    form = window.editor.metadata_form
    assert form.create_organisation.isVisibleTo(form)
    form.create_organisation.click()
    org = next(o for o in Directory(window.context.archive).organisations()
               if o.short_name == "ZBI")
    assert doc.item.issuer_ids[-1] == org.id

    # A quote by a person nobody knows yet: Return offers "Create person…", prefilled.
    window.window_actions.add_quote.trigger()
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "Wir fangen heute an.")
    panel = window.editor.quote_panel
    prefills: list[tuple[str, str, str]] = []

    def fill_person(dialog: PersonDialog) -> int:
        prefills.append((dialog.honorific.text(), dialog.family_name.text(),
                         dialog.title_de.text()))
        dialog.role_box.setChecked(True)
        dialog.organisation.setCurrentIndex(dialog.organisation.findData(org.id))
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(PersonDialog, "exec", fill_person)
    panel.speaker_name.setText("Dr. Anna Beispiel, Direktorin für Innovation")
    qtbot.keyClick(panel.speaker_name, "\r")
    assert prefills == [("Dr.", "Beispiel", "Direktorin für Innovation")]
    quote = doc.item.quote(doc.item.blocks[-1].quote_id or "")
    assert len(quote.speakers) == 1
    speaker = quote.speakers[0]
    role = doc.role(speaker.role_id)
    assert role is not None and role.organisation_id == org.id
    assert "Direktorin für Innovation" in panel.speakers.item(0).text()

    # Approve the quote, then export: no warning.
    bar = panel.approval
    answers = [ApprovalAnswer("Pressestelle ZBI", datetime(2026, 12, 1, 9)),
               ApprovalAnswer("Frau Muster", datetime(2026, 12, 1, 11))]
    bar.ask = lambda step, count, name: answers.pop(0)
    assert bar.run_step(ApprovalStep.SEND) and bar.run_step(ApprovalStep.APPROVE)
    assert "approved" in bar.status.text()
    monkeypatch.setattr(UnapprovedQuotesDialog, "exec",
                        lambda dialog: pytest.fail("no approval warning expected"))
    exported = export_in(monkeypatch, "pressemitteilung")
    window.window_actions.export.trigger()
    assert exported == [["de"]]


def test_unknown_name_is_never_ignored(qtbot: QtBot, window: MainWindow,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    window.new_item()
    window.window_actions.add_quote.trigger()
    panel = window.editor.quote_panel
    monkeypatch.setattr(PersonDialog, "exec", lambda dialog: int(QDialog.DialogCode.Rejected))
    panel.speaker_name.setText("Dr. Anna Beispiel")
    panel.add_speaker.click()
    assert panel.speaker_hint.isVisibleTo(panel)
    assert "not in the archive" in panel.speaker_hint.text()
    assert panel.create_person.isVisibleTo(panel)


def test_role_ended_last_year_is_not_offered(qtbot: QtBot, window: MainWindow) -> None:
    directory = Directory(window.context.archive)
    person = directory.people("Steinbach")[0]
    today = date.today()
    old = directory.add_role(Role(id="", person_id=person.id, organisation_id=None,
                                  title={"de": "Alte Funktion"},
                                  valid_from=date(today.year - 3, 1, 1),
                                  valid_until=date(today.year - 1, 6, 30)))
    window.new_item()
    doc = window.document
    assert doc is not None
    doc.item.issue_date = today
    window.window_actions.add_quote.trigger()
    quote_id = doc.item.blocks[-1].quote_id or ""
    panel = window.editor.quote_panel
    doc.remember_person(person.id)
    quote = doc.item.quote(quote_id)
    from editor.core.model import Speaker
    quote.speakers = [Speaker(person.id, old.id)]  # e.g. copied from an old release
    panel.show_block(doc.item.blocks[-1].id)
    assert "Alte Funktion" not in panel.speakers.item(0).text()


def test_press_contact_picked_from_the_directory(window: MainWindow) -> None:
    from editor.core.model import Contact

    saved = Directory(window.context.archive).add_contact(
        Contact(name="Erika Muster", email="presse@example.org"))
    window.new_item()
    doc = window.document
    assert doc is not None
    contacts = window.editor.metadata_form.contact_list
    contacts.fill_pick_menu()
    pick = next(a for a in contacts.pick_menu.actions() if a.text().startswith("Erika"))
    pick.trigger()
    assert [(c.name, c.id) for c in doc.item.contacts][-1] == ("Erika Muster", saved.id)
    window.window_actions.undo.trigger()
    assert all(c.id != saved.id for c in doc.item.contacts)


def test_an_organisation_made_for_a_new_speaker_can_be_chosen_as_issuer(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    window.new_item()
    window.window_actions.add_quote.trigger()
    qtbot.keyClicks(QApplication.focusWidget(), "Wir freuen uns auf viele Besucher.")

    def fill_organisation(dialog: OrganisationDialog) -> int:
        dialog.short_name.setText("Stadt Beispielstadt")
        dialog.names["de"].setText("Stadtverwaltung Beispielstadt")
        dialog.accept()
        return int(dialog.result())

    def fill_person(dialog: PersonDialog) -> int:
        dialog.role_box.setChecked(True)
        dialog.new_organisation.click()  # the role's organisation, made in the dialog
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(OrganisationDialog, "exec", fill_organisation)
    monkeypatch.setattr(PersonDialog, "exec", fill_person)
    panel = window.editor.quote_panel
    panel.speaker_name.setText("Dr. Svenja Müller-Özdemir, Bürgermeisterin")
    qtbot.keyClick(panel.speaker_name, "\r")
    issuers = window.editor.metadata_form.issuers
    offered = [issuers.item(row).text() for row in range(issuers.count())]
    assert "Stadt Beispielstadt – Stadtverwaltung Beispielstadt" in offered
    assert window.document is not None and window.document.item.issuer_ids == []


def test_new_speaker_keeps_the_role_typed_for_an_undated_item(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """An undated event report: the role entered while creating the speaker is the quote's."""
    window.new_item()
    doc = window.document
    assert doc is not None
    window.editor.metadata_form.issue_date.dateEdited.emit(None)
    assert doc.item.issue_date is None
    window.window_actions.add_quote.trigger()
    qtbot.keyClicks(QApplication.focusWidget(), "Wir zeigen, was junge Firmen leisten.")
    panel = window.editor.quote_panel
    org = Directory(window.context.archive).organisations()[0]

    def fill_person(dialog: PersonDialog) -> int:
        dialog.role_box.setChecked(True)
        dialog.organisation.setCurrentIndex(dialog.organisation.findData(org.id))
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(PersonDialog, "exec", fill_person)
    panel.speaker_name.setText("Dr. Anna Schröder, Leiterin des Gründerzentrums")
    panel.add_speaker.click()
    quote = doc.item.quote(doc.item.blocks[-1].quote_id or "")
    role = doc.role(quote.speakers[0].role_id)
    assert role is not None and role.organisation_id == org.id
    assert panel.speakers.item(0).text().endswith("Leiterin des Gründerzentrums")
    assert "no role" not in panel.speakers.item(0).text()
