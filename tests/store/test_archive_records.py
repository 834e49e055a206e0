"""People, organisations and roles: upsert, lookup, order, and columns for every field."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from store_records import organisations, people, roles

from editor.core.errors import NotFoundError
from editor.core.model import Organisation, Person, Role, Speaker
from editor.store import Archive
from editor.store.schema import organisations as organisations_table
from editor.store.schema import people as people_table
from editor.store.schema import quote_speakers
from editor.store.schema import roles as roles_table


def _fill(archive: Archive) -> None:
    for person in people():
        archive.save_person(person)
    for organisation in organisations():
        archive.save_organisation(organisation)
    for role in roles():
        archive.save_role(role)


def test_records_round_trip(archive: Archive) -> None:
    _fill(archive)
    for person in people():
        assert archive.person(person.id) == person
    for organisation in organisations():
        assert archive.organisation(organisation.id) == organisation
    for role in roles():
        assert archive.role(role.id) == role


def test_save_updates_in_place(archive: Archive) -> None:
    _fill(archive)
    changed = people()[0]
    changed.honorific = "Prof."
    archive.save_person(changed)
    assert archive.person(changed.id).honorific == "Prof."
    assert len(archive.people()) == len(people())


def test_lists_are_ordered(archive: Archive) -> None:
    _fill(archive)
    assert [p.family_name for p in archive.people()] == [
        "Einsfelder",
        "Kammradt",
        "Mustermann",
        "Schubert",
        "Steinbach",
    ]
    assert [o.short_name for o in archive.organisations()] == ["IMG", "LHP", "MWAE", "WFBB", "XYZ"]
    assert [r.id for r in archive.roles("p-steinbach")] == ["r-professor", "r-minister"]
    assert len(archive.roles()) == len(roles())


def test_missing_records_raise_not_found(archive: Archive) -> None:
    with pytest.raises(NotFoundError, match="no person with id 'x'"):
        archive.person("x")
    with pytest.raises(NotFoundError, match="organisation"):
        archive.organisation("x")
    with pytest.raises(NotFoundError, match="role"):
        archive.role("x")


def test_role_needs_its_person_and_organisation(archive: Archive) -> None:
    archive.save_person(Person("p", "A", "B"))
    with pytest.raises(NotFoundError, match="person q"):
        archive.save_role(Role("r", "q", None))
    with pytest.raises(NotFoundError, match="organisation o"):
        archive.save_role(Role("r", "p", "o"))
    assert archive.roles() == []
    archive.save_role(Role("r", "p", None, valid_until=date(2020, 1, 1)))
    assert archive.role("r").valid_until == date(2020, 1, 1)


@pytest.mark.parametrize(
    ("record", "table"),
    [(Person, people_table), (Organisation, organisations_table), (Role, roles_table)],
)
def test_every_field_has_a_column(record: type, table: object) -> None:
    """A field added to the model needs a column and a migration."""
    fields = {f.name for f in dataclasses.fields(record)}
    assert fields == set(table.c.keys())  # type: ignore[attr-defined]


def test_every_speaker_field_has_a_column() -> None:
    fields = {f.name for f in dataclasses.fields(Speaker)}
    assert fields <= set(quote_speakers.c.keys())


def test_settings_are_kept_with_the_archive(archive: Archive) -> None:
    assert archive.get_setting("sample_offered") is None
    assert archive.get_setting("sample_offered", "no") == "no"
    archive.set_setting("sample_offered", "yes")
    archive.set_setting("sample_offered", "again")
    with Archive.open(archive.url) as other:
        assert other.get_setting("sample_offered") == "again"


def test_directory_names_are_the_names_of_every_record(archive: Archive) -> None:
    from editor.core.model import Contact

    _fill(archive)
    archive.save_person(Person(id="p-town", given_name="Ilse", family_name="Aichinger",
                               town="Frankfurt (Oder)"))
    archive.save_organisation(Organisation(id="o-one", short_name="ILB",
                                           name={"de": "Investitionsbank", "en": ""}))
    archive.save_contact(Contact(name="Stefanie Pressefrau", id="c-1"))
    expected = {n for p in archive.people() for n in (p.given_name, p.family_name, p.town)}
    for org in archive.organisations():
        expected.update((org.short_name, org.town, *org.name.values()))
    expected.update(c.name for c in archive.contacts())
    expected.discard("")
    names = archive.directory_names()
    assert names == expected  # what reading every record finds, read column by column
    assert {"Aichinger", "Frankfurt (Oder)", "Investitionsbank", "Stefanie Pressefrau"} <= names
    assert "" not in names


def test_people_and_roles_are_read_together_in_the_order_asked(archive: Archive) -> None:
    _fill(archive)
    ids = [p.id for p in archive.people()]
    asked = [*reversed(ids), "nobody", ids[-1]]
    found, their_roles = archive.people_and_roles(asked)
    assert [p.id for p in found] == list(reversed(ids))  # unknown and repeated ids left out
    assert found == [archive.person(i) for i in reversed(ids)]
    assert their_roles == [r for i in reversed(ids) for r in archive.roles(i)]
    assert archive.people_and_roles([]) == ([], [])
