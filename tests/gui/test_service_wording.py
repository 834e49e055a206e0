"""The services' problems reach the window in the UI language (German here)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from editor.context import AppContext
from editor.core.model import ApprovalState, Person, Quote
from editor.core.quotes import ApprovalError, step
from editor.gui.directory.person_dialog import PersonDialog
from editor.gui.directory.role_dialog import RoleDialog
from editor.gui.i18n import Translators
from editor.gui.service_messages import worded
from editor.services.directory import Directory, DirectoryError

pytestmark = pytest.mark.gui

STEINBACH = "person-joerg-steinbach"


@pytest.fixture()
def german(qapp: QApplication) -> Iterator[Translators]:
    translators = Translators(qapp)
    translators.install("de")
    yield translators
    translators.install("en")


def problem_at(dialog: QDialog, field: str) -> str:
    label = dialog.findChild(QLabel, f"problem_{field}")
    assert label is not None, field
    return label.text() if label.isVisibleTo(dialog) else ""


def test_a_person_without_family_name_is_refused_in_german(
        qtbot: object, context: AppContext, german: Translators) -> None:
    directory = Directory(context.archive)
    before = len(directory.people())
    dialog = PersonDialog(directory, Person(id="", given_name="Anna", family_name=""),
                          "", None)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    dialog.accept()
    shown = problem_at(dialog, "family_name")
    assert "Nachnamen" in shown and "nothing was saved" not in shown
    assert len(directory.people()) == before


def test_a_role_ending_before_it_starts_names_both_days_in_german(
        qtbot: object, context: AppContext, german: Translators) -> None:
    directory = Directory(context.archive)
    dialog = RoleDialog(directory, directory.person(STEINBACH))
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    dialog.organisation.setCurrentIndex(dialog.organisation.findData("org-wfbb"))
    dialog.titles["de"].setText("Aufsichtsrat")
    dialog.valid_from.set_value(date(2025, 5, 1))
    dialog.valid_until.set_value(date(2025, 4, 1))
    dialog.end_previous.setChecked(False)
    dialog.accept()
    shown = problem_at(dialog, "valid_until")
    assert "endet (01.04.2025), bevor sie beginnt (01.05.2025)" in shown


def test_an_impossible_approval_step_is_worded_in_german(german: Translators) -> None:
    quote = Quote(id="q1")
    with pytest.raises(ApprovalError) as caught:
        step(quote, ApprovalState.APPROVED, user="u", by="Büro")
    assert worded(caught.value) == ("Das Zitat ist noch nicht versandt und kann nicht "
                                    "freigegeben werden. Senden Sie es zuerst zur Freigabe.")


def test_an_error_without_a_code_keeps_its_message(german: Translators) -> None:
    assert worded(DirectoryError("name", "something odd")) == "something odd"
    assert worded(ValueError("plain")) == "plain"


def test_a_refused_delete_lists_its_uses_in_german_without_ids(
        context: AppContext, german: Translators) -> None:
    from editor.gui.directory.usage_box import usage_lines

    directory = Directory(context.archive)
    uses = directory.usages_of_person(STEINBACH)
    assert uses and all(u.kind == "quote" for u in uses)
    lines = usage_lines(uses)
    assert len(lines) == len({u.item_id for u in uses})
    assert all("Zitat" in line and "quote" not in line for line in lines)
    assert not any(u.where.split()[-1] in " ".join(lines) for u in uses)  # no quote ids
    org_lines = usage_lines(directory.usages_of_organisation("org-wfbb"))
    assert org_lines and not any("org-" in line or "role-" in line for line in org_lines)
    assert any("Herausgeber" in line for line in org_lines), org_lines


def _server_failure(exc: Exception) -> BaseException:
    from sqlalchemy.exc import OperationalError

    from editor.store.errors import store_error

    return store_error(OperationalError("SELECT 1", {}, exc),
                       "postgresql+psycopg://app@127.0.0.1:5432/presse", server=True)


@pytest.mark.parametrize(("driver_error", "german_words"), [
    ("unreachable", "nicht erreichbar"),
    ("login", "Anmeldung abgelehnt"),
    ("database", "gibt es auf dem Server nicht"),
])
def test_the_servers_problems_are_worded_in_german(german: Translators, driver_error: str,
                                                   german_words: str) -> None:
    errors = pytest.importorskip("psycopg.errors")
    import psycopg

    said = {
        "unreachable": psycopg.OperationalError(
            'connection to server at "127.0.0.1", port 5432 failed: Connection refused'),
        "login": errors.InvalidPassword('password authentication failed for user "app"'),
        "database": errors.InvalidCatalogName('database "presse" does not exist'),
    }[driver_error]
    shown = worded(_server_failure(said))
    first, _, server_words = shown.partition("\n")
    assert german_words in first
    assert "Es wurde nichts gespeichert." in first
    assert not any(english in first for english in (
        "database server", "refused", "does not exist", "Nothing was saved", "Check"))
    assert server_words == f"Meldung des Servers: {str(said).strip()}"
    assert "postgresql+psycopg://app@127.0.0.1:5432/presse" in first
