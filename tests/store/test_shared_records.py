"""An import never changes stored people, organisations or roles without the user's choice."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stderr
from pathlib import Path
from typing import Any

import pytest

from editor.cli import main
from editor.core.model import Bundle, Organisation, Person, PressItem, Role, Translations
from editor.services.importing import FilesDisagree, merge_bundles, plan_import
from editor.store.archive import Archive
from editor.store.shared import (
    FieldDifference,
    RoleOwnerConflict,
    SharedPolicy,
    SharedRecordsDiffer,
    differences,
    updated,
)

IMG_BOILERPLATE_START = "Die Investitions- und Marketinggesellschaft"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stderr(err):
        code = main(list(argv), out=out)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """An archive holding the sample release (whose IMG has a full name and boilerplate)."""
    path = tmp_path / "archive.sqlite"
    assert run("--db", str(path), "sample")[0] == 0
    return path


def item_file(tmp_path: Path, name: str = "new.json", item_id: str = "new-release",
              **records: list[dict[str, Any]]) -> Path:
    """An interchange file of one small item issued by org-img, with these records."""
    document = {
        "format": "pressestelle.item", "version": 1,
        "item": {"id": item_id, "issuer_ids": ["org-img"], "headline": {"de": "Neu"}},
        "people": records.get("people", []),
        "organisations": records.get("organisations", [{"id": "org-img", "short_name": "IMG"}]),
        "roles": records.get("roles", []),
    }
    path = tmp_path / name
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def img(db: Path) -> Organisation:
    with Archive.open(db) as archive:
        return archive.organisation("org-img")


def has_item(db: Path, item_id: str) -> bool:
    with Archive.open(db) as archive:
        return archive.has_item(item_id)


# --- the comparison ----------------------------------------------------------------------


def test_absent_and_empty_values_state_nothing() -> None:
    stored = Organisation("o", "IMG", {"de": "IMG mbH", "en": "IMG Ltd"}, {"de": "Über IMG"},
                          town="Magdeburg", website="https://img.example")
    assert differences(stored, Organisation("o", "IMG")) == []
    assert differences(stored, Organisation("o", "", {"de": ""}, town="")) == []
    assert updated(stored, Organisation("o", "IMG")) == stored


def test_each_differing_field_is_listed_per_language() -> None:
    stored = Organisation("o", "IMG", {"de": "IMG mbH", "en": "IMG Ltd"}, town="Magdeburg")
    incoming = Organisation("o", "IMG", {"en": "Investment Ltd"}, {"de": "Über"}, town="Halle")
    found = differences(stored, incoming)
    assert [(d.field, d.stored, d.incoming) for d in found] == [
        ("name.en", "IMG Ltd", "Investment Ltd"), ("boilerplate.de", "", "Über"),
        ("town", "Magdeburg", "Halle")]
    merged = updated(stored, incoming)
    assert merged.name == {"de": "IMG mbH", "en": "Investment Ltd"}
    assert merged.town == "Halle"


def test_a_difference_line_shortens_long_values() -> None:
    line = FieldDifference("organisation", "o", "boilerplate.de", "a\n" * 100, "b").line()
    assert "\n" not in line and len(line) < 160 and "…" in line


# --- the command line --------------------------------------------------------------------


def test_a_short_organisation_record_does_not_wipe_the_stored_one(
        db: Path, tmp_path: Path) -> None:
    before = img(db)
    assert before.boilerplate["de"].startswith(IMG_BOILERPLATE_START)
    code, _, err = run("--db", str(db), "import", str(item_file(tmp_path)))
    assert code == 0, err  # only the short name is stated, and it is the same
    assert img(db) == before
    assert has_item(db, "new-release")


def test_a_differing_record_is_listed_and_nothing_is_written(db: Path, tmp_path: Path) -> None:
    before = img(db)
    path = item_file(tmp_path, organisations=[
        {"id": "org-img", "short_name": "IMG", "name": {"de": "Andere GmbH"}, "town": "Halle"}])
    code, out, err = run("--db", str(db), "import", str(path))
    assert code == 1
    named = f"organisation org-img ({before.display_name('de')})"
    assert f"differs: {path}: {named}: name.de: stored " in err
    assert "in the file 'Andere GmbH'" in err
    assert f"{named}: town: stored 'Magdeburg', in the file 'Halle'" in err
    assert "--update-shared" in err and "Traceback" not in err and out == ""
    assert img(db) == before
    assert not has_item(db, "new-release")


def test_update_shared_takes_the_stated_values_only(db: Path, tmp_path: Path) -> None:
    before = img(db)
    path = item_file(tmp_path, organisations=[
        {"id": "org-img", "short_name": "IMG", "town": "Halle"}])
    code, _, err = run("--db", str(db), "import", "--update-shared", str(path))
    assert code == 0, err
    after = img(db)
    assert after.town == "Halle"
    assert after.boilerplate == before.boilerplate and after.name == before.name


def test_keep_stored_imports_the_item_and_keeps_the_record(db: Path, tmp_path: Path) -> None:
    before = img(db)
    path = item_file(tmp_path, organisations=[
        {"id": "org-img", "short_name": "IMG", "town": "Halle"}])
    code, _, err = run("--db", str(db), "import", "--keep-stored", str(path))
    assert code == 0, err
    assert img(db) == before
    assert has_item(db, "new-release")


def test_the_two_choices_exclude_each_other(db: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--db", str(db), "import", "--keep-stored", "--update-shared",
              str(item_file(tmp_path))])
    assert "not allowed with argument" in capsys.readouterr().err
    assert not has_item(db, "new-release")


def test_a_role_of_another_person_is_refused_whatever_the_choice(
        db: Path, tmp_path: Path) -> None:
    path = item_file(
        tmp_path,
        people=[{"id": "person-new", "given_name": "Neu", "family_name": "Person"}],
        roles=[{"id": "role-einsfelder-img", "person_id": "person-new",
                "organisation_id": "org-img"}])
    for choice in ([], ["--update-shared"], ["--keep-stored"]):
        code, _, err = run("--db", str(db), "import", *choice, str(path))
        assert code == 1
        assert "Role role-einsfelder-img belongs to person person-thomas-einsfelder" in err
    with Archive.open(db) as archive:
        assert archive.role("role-einsfelder-img").person_id == "person-thomas-einsfelder"
        assert not archive.has_item("new-release")
        assert all(p.id != "person-new" for p in archive.people())


def test_a_person_merged_away_is_not_created_again(db: Path, tmp_path: Path) -> None:
    with Archive.open(db) as archive:
        archive.save_person(Person("person-dup", "Thomas", "Einsfelder", town="Magdeburg"))
        archive.merge_people("person-thomas-einsfelder", "person-dup")
    document = {
        "format": "pressestelle.item", "version": 1,
        "item": {"id": "new-release", "headline": {"de": "Neu"},
                 "quotes": [{"id": "q1", "speakers": [{"person_id": "person-dup"}],
                             "text": {"de": "Hallo"}}]},
        "people": [{"id": "person-dup", "given_name": "Tomas", "family_name": "Einsfeld"}],
    }
    path = tmp_path / "dup.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    code, _, err = run("--db", str(db), "import", str(path))
    assert code == 0, err
    assert "person person-dup was merged into person-thomas-einsfelder" in err
    with Archive.open(db) as archive:
        assert all(p.id != "person-dup" for p in archive.people())
        assert archive.person("person-thomas-einsfelder").given_name == "Thomas"
        speaker = archive.load_item("new-release").quotes[0].speakers[0]
        assert speaker.person_id == "person-thomas-einsfelder"


def test_the_sample_command_keeps_edited_sample_records(db: Path) -> None:
    with Archive.open(db) as archive:
        edited = archive.organisation("org-img")
        edited.town = "Halle (Saale)"
        archive.save_organisation(edited)
        archive.delete_item("2021-03-15-smart-country")
    code, out, err = run("--db", str(db), "sample")
    assert code == 0, err
    assert "loaded" in out
    assert img(db).town == "Halle (Saale)"


def test_two_files_that_disagree_are_refused(db: Path, tmp_path: Path) -> None:
    one = item_file(tmp_path, "a.json", "a", organisations=[
        {"id": "org-img", "short_name": "IMG", "town": "Halle"}])
    two = item_file(tmp_path, "b.json", "b", organisations=[
        {"id": "org-img", "short_name": "IMG", "town": "Dessau"}])
    code, _, err = run("--db", str(db), "import", "--update-shared", str(one), str(two))
    assert code == 1
    assert "a.json and" in err and "b.json state organisation org-img differently (town)" in err
    assert not has_item(db, "a") and not has_item(db, "b")


def test_files_that_complete_each_other_are_combined() -> None:
    one = Bundle([], organisations=[Organisation("o", "IMG", {"de": "IMG mbH"})])
    two = Bundle([], organisations=[Organisation("o", "IMG", town="Magdeburg")])
    (combined,) = merge_bundles([one, two]).organisations
    assert combined == Organisation("o", "IMG", {"de": "IMG mbH"}, town="Magdeburg")
    clash = Bundle([], organisations=[Organisation("o", "IMG", {"de": "Andere"})])
    with pytest.raises(FilesDisagree):
        merge_bundles([one, clash])


# --- the archive -------------------------------------------------------------------------


def test_save_bundle_refuses_by_default_and_rolls_back(tmp_path: Path) -> None:
    with Archive.open(tmp_path / "a.sqlite") as archive:
        archive.save_person(Person("p", "Anna", "Alt"))
        archive.save_organisation(Organisation("o", "O", {"de": "Organisation"}))
        archive.save_role(Role("r", "p", "o", {"de": "Leiterin"}))
        item = PressItem("i", headline=Translations.of("de", de="X"))
        incoming = Bundle([item], [Person("p", "Anna", "Neu"), Person("q", "Quentin", "Q")],
                          [Organisation("o", "O")], [Role("r", "p", "o", {"de": "Chefin"})])
        with pytest.raises(SharedRecordsDiffer) as caught:
            archive.save_bundle(incoming)
        assert [(d.record_id, d.field) for d in caught.value.differences] == [
            ("p", "family_name"), ("r", "title.de")]
        assert archive.person("p").family_name == "Alt"
        assert [p.id for p in archive.people()] == ["p"]  # the new person was rolled back
        assert not archive.has_item("i")
        archive.save_bundle(incoming, shared=SharedPolicy.UPDATE)
        assert archive.person("p").family_name == "Neu"
        assert archive.role("r").title == {"de": "Chefin"}


def test_check_shared_writes_nothing_and_names_role_conflicts(tmp_path: Path) -> None:
    with Archive.open(tmp_path / "a.sqlite") as archive:
        archive.save_person(Person("p", "Anna", "Alt"))
        archive.save_person(Person("q", "Quentin", "Q"))
        archive.save_role(Role("r", "p", None))
        check = archive.check_shared(Bundle([], [Person("p", "Anna", "Neu")]))
        assert [d.field for d in check.differences] == ["family_name"]
        assert archive.person("p").family_name == "Alt"
        with pytest.raises(RoleOwnerConflict):
            archive.check_shared(Bundle([], roles=[Role("r", "q", None)]))


def test_plan_import_lists_differences_and_existing_items(db: Path, tmp_path: Path) -> None:
    path = item_file(tmp_path, item_id="2021-03-15-smart-country", organisations=[
        {"id": "org-img", "short_name": "IMG", "town": "Halle"}])
    with Archive.open(db) as archive:
        plan = plan_import(archive, [path])
    assert [(d.kind, d.record_id, d.field) for d in plan.differences] == [
        ("organisation", "org-img", "town")]
    assert plan.existing == ["2021-03-15-smart-country"]


def test_a_merged_id_stored_again_is_its_own_person(tmp_path: Path) -> None:
    with Archive.open(tmp_path / "a.sqlite") as archive:
        archive.save_person(Person("keep", "Anna", "Alt"))
        archive.save_person(Person("dup", "Ana", "Alt"))
        archive.merge_people("keep", "dup")
        archive.save_person(Person("dup", "Dora", "Neu"))  # a new person under that id
        check = archive.check_shared(Bundle([], [Person("dup", "Dora", "Neu")]))
        assert check.merges == [] and check.differences == []
        chained = Bundle([], [Person("old", "Otto", "Alt")])
        archive.save_person(Person("old", "Otto", "Alt"))
        archive.merge_people("dup", "old")  # old → dup, and dup is a person again
        assert archive.check_shared(chained).merges == [("old", "dup")]
