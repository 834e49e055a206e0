"""A release that writes the function before the speaker's name ("sagte
Wirtschaftsminister Prof. Dr. Hans Beispielmann", "Stadtplanerin Claudia Muster: „…“")
proposes the person with their own name and titles, and the function as the role."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from editor.services.release_import import Registry, propose
from editor.store import Archive

RELEASE = """Wasserstoff für die Lausitz

Cottbus, 3. Mai 2024 – Das Land fördert Wasserstoff in der Lausitz.

„Grüner Wasserstoff ist keine Zukunftsmusik“, sagte Wirtschaftsminister Prof. Dr. Hans Beispielmann.

Stadtplanerin Claudia Muster: „Wir nehmen jede Frage mit und antworten auf unserer Projektseite.“
"""


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    opened = Archive.open(tmp_path / "archive.sqlite")
    yield opened
    opened.close()


def test_the_function_is_the_role_and_not_part_of_the_name(tmp_path: Path,
                                                            archive: Archive) -> None:
    path = tmp_path / "wasserstoff.txt"
    path.write_text(RELEASE, encoding="utf-8")
    proposal = propose(Registry(archive), path, today=date(2024, 6, 1))
    people = {(p.honorific, p.given_name, p.family_name): p.id
              for p in proposal.people.values()}
    assert set(people) == {("Prof. Dr.", "Hans", "Beispielmann"), ("", "Claudia", "Muster")}
    titles = {role.person_id: role.title.get("de") for role in proposal.roles.values()}
    assert titles == {people[("Prof. Dr.", "Hans", "Beispielmann")]: "Wirtschaftsminister",
                      people[("", "Claudia", "Muster")]: "Stadtplanerin"}
    assert all(role.valid_from == date(2024, 5, 3) for role in proposal.roles.values())


def test_a_role_at_an_organisation_the_release_introduces_belongs_to_it(
        tmp_path: Path, archive: Archive) -> None:
    """The role's title names the organisation of the release's "Über …" text (in the
    genitive): the new role belongs to the new organisation."""
    path = tmp_path / "amt.txt"
    path.write_text(
        "Neue Sprechstunden im Amt\n\n"
        "Cottbus, 3. Mai 2024 – Das Amt öffnet samstags.\n\n"
        "„Wir sind für alle Bürger*innen da“, sagte Dr. Erika Beispiel, Leiterin des Amts "
        "für Strukturwandel.\n\n"
        "Über das Amt für Strukturwandel\n\n"
        "Das Amt für Strukturwandel berät Gemeinden in der Lausitz.\n", encoding="utf-8")
    proposal = propose(Registry(archive), path, today=date(2024, 6, 1))
    [org] = [o for o in proposal.organisations.values() if o.id in proposal.new_ids]
    assert org.short_name == "Amt für Strukturwandel"
    [role] = proposal.roles.values()
    assert role.title["de"] == "Leiterin des Amts für Strukturwandel"
    assert role.organisation_id == org.id
