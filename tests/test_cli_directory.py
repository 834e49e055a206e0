"""The directory on the command line: people, roles, orgs, contacts; one-line errors."""

from __future__ import annotations

import io
import json
import struct
import zlib
from datetime import date
from pathlib import Path

import pytest

from editor.cli import main
from editor.store.archive import Archive

STEINBACH = "person-joerg-steinbach"
WFBB = "org-wfbb"


def run_cli(db: Path, *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(["--db", str(db), *argv], out=out)
    return code, out.getvalue()


@pytest.fixture
def db(archive_url: str) -> str:
    path = archive_url
    assert run_cli(path, "list")[0] == 0  # a new archive gets the sample
    return path


def _error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1, err
    assert err.startswith("error: ")
    return err


def test_people_add_show_edit_and_list(db: Path) -> None:
    code, out = run_cli(db, "people", "add", "--family", "Beispiel", "--given", "Anna",
                        "--honorific", "Prof. Dr.", "--honorific-en", "Prof.", "--gender", "f")
    assert code == 0
    person_id = out.strip()
    code, out = run_cli(db, "people", "show", person_id, "--json")
    shown = json.loads(out)
    assert shown["person"]["honorific_by_language"] == {"en": "Prof."}
    assert shown["person"]["gender"] == "f"
    assert run_cli(db, "people", "edit", person_id, "--given", "Anne")[0] == 0
    code, out = run_cli(db, "people", "list", "beisp", "--json")
    assert [(p["id"], p["given_name"]) for p in json.loads(out)] == [(person_id, "Anne")]
    code, out = run_cli(db, "people", "list")
    assert out.splitlines()[0].startswith(person_id)  # Beispiel before Einsfelder


def test_a_person_without_family_name_is_one_line_naming_the_field(
        db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Archive.open(db) as archive:
        before = len(archive.people())
    assert run_cli(db, "people", "add", "--family", " ", "--given", "Anna")[0] == 1
    assert "family_name" in _error(capsys)
    assert run_cli(db, "people", "edit", STEINBACH, "--family", "")[0] == 1
    assert "family_name" in _error(capsys)
    with Archive.open(db) as archive:
        assert len(archive.people()) == before
        assert archive.person(STEINBACH).family_name == "Steinbach"


def test_roles_refuse_bad_dates_and_overlaps_then_end_previous(
        db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    person = run_cli(db, "people", "add", "--family", "Beispiel")[1].strip()
    assert run_cli(db, "roles", "add", person, "--org", WFBB, "--title-de", "Chefin",
                   "--from", "2022-01-01", "--until", "2021-01-01")[0] == 1
    assert "valid_until" in _error(capsys)
    code, out = run_cli(db, "roles", "add", person, "--org", WFBB, "--title-de", "Referentin",
                        "--from", "2020-01-01")
    first = out.strip()
    assert run_cli(db, "roles", "add", person, "--org", WFBB, "--title-de", "Chefin",
                   "--from", "2023-01-01")[0] == 1
    message = _error(capsys)
    assert "valid_from" in message and "overlaps" in message and first in message
    code, out = run_cli(db, "roles", "add", person, "--org", WFBB, "--title-de", "Chefin",
                        "--title-en", "head", "--from", "2023-01-01", "--end-previous")
    assert code == 0
    second = out.strip()
    code, out = run_cli(db, "roles", "list", person, "--json")
    listed = json.loads(out)
    assert [r["id"] for r in listed] == [second, first]
    assert listed[1]["valid_until"] == "2022-12-31"
    last_year = date.today().year - 1
    assert run_cli(db, "roles", "end", second, "--until", f"{last_year}-06-30")[0] == 0
    code, out = run_cli(db, "roles", "list", person, "--current", "--json")
    assert json.loads(out) == []
    assert run_cli(db, "roles", "end", second, "--until", "someday")[0] == 1
    assert "--until" in _error(capsys)


def test_orgs_short_name_once_and_contacts(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(db, "orgs", "add", "--short", "wfbb", "--name-de", "Andere")[0] == 1
    assert "short_name" in _error(capsys)
    _code, out = run_cli(db, "orgs", "add", "--short", "MIDT", "--name-de", "Ministerium",
                        "--website", "https://mwae.example.org")
    org = out.strip()
    assert run_cli(db, "orgs", "edit", org, "--short", "WFBB")[0] == 1
    assert "short_name" in _error(capsys)
    assert run_cli(db, "orgs", "edit", org, "--name-en", "Ministry")[0] == 0
    _code, out = run_cli(db, "orgs", "list", "midt", "--json")
    assert [(o["short_name"], o["name"]) for o in json.loads(out)] == [
        ("MIDT", {"de": "Ministerium", "en": "Ministry"})]
    assert run_cli(db, "contacts", "add", "--name", "Eva", "--email", "nope")[0] == 1
    assert "email" in _error(capsys)
    _code, out = run_cli(db, "contacts", "add", "--name", "Eva Muster", "--org", org,
                        "--email", "eva@example.org", "--topics-de", "Förderung")
    contact = out.strip()
    _code, out = run_cli(db, "contacts", "list", "foerderung", "--json")
    assert [c["id"] for c in json.loads(out)] == [contact]


def test_delete_refused_with_usages_and_merge(db: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(db, "people", "delete", STEINBACH)[0] == 1
    assert "2021-03-15-smart-country" in _error(capsys)
    dup = run_cli(db, "people", "add", "--family", "Steinbach", "--given", "Joerg")[1].strip()
    with Archive.open(db) as archive:
        item = archive.load_item("2021-03-15-smart-country")
        quote = next(q for q in item.quotes if any(s.person_id == STEINBACH
                                                   for s in q.speakers))
        for speaker in quote.speakers:
            if speaker.person_id == STEINBACH:
                speaker.person_id, speaker.role_id = dup, None
        archive.save_item(item)
    code, out = run_cli(db, "people", "merge", STEINBACH, dup, "--dry-run")
    assert code == 0 and "would move 1 quote" in out
    assert run_cli(db, "people", "show", dup)[0] == 0
    code, out = run_cli(db, "people", "merge", STEINBACH, dup)
    assert code == 0 and "moved 1 quote" in out
    assert run_cli(db, "people", "show", dup)[0] == 1
    assert dup in _error(capsys)
    unused = run_cli(db, "people", "add", "--family", "Niemand")[1].strip()
    assert run_cli(db, "people", "delete", unused)[0] == 0


def test_every_directory_command_has_help(db: Path) -> None:
    for argv in (["people"], ["people", "add"], ["people", "merge"], ["roles", "add"],
                 ["roles", "end"], ["orgs", "list"], ["orgs", "edit"], ["contacts", "add"]):
        with pytest.raises(SystemExit) as done:
            run_cli(db, *argv, "--help")
        assert done.value.code == 0


def _png(path: Path, width: int = 30, height: int = 10) -> Path:
    raw = b"".join(b"\x00" + b"\x20\x60\xa0" * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    path.write_bytes(b"\x89PNG\r\n\x1a\n"
                     + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
    return path


def test_orgs_logo_goes_through_the_photo_checks(
        db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fake = tmp_path / "logo.png"
    fake.write_text("<svg onload=alert(1)>")
    assert run_cli(db, "orgs", "add", "--short", "LOGO", "--logo", str(fake))[0] == 1
    assert "logo.png cannot be the logo" in _error(capsys)
    with Archive.open(db) as archive:
        assert not [o for o in archive.organisations() if o.short_name == "LOGO"]
    logo = _png(tmp_path / "real.png")
    code, out = run_cli(db, "orgs", "add", "--short", "LOGO", "--logo", str(logo))
    assert code == 0
    org_id = out.strip()
    with Archive.open(db) as archive:
        key = archive.organisation(org_id).logo
        assert archive.photo_data([key])[key].data == logo.read_bytes()
    other = _png(tmp_path / "other.png", 12, 12)
    assert run_cli(db, "orgs", "edit", org_id, "--logo", str(tmp_path / "missing.png"))[0] == 1
    assert "missing.png" in _error(capsys)
    assert run_cli(db, "orgs", "edit", org_id, "--logo", str(other))[0] == 0
    with Archive.open(db) as archive:
        key = archive.organisation(org_id).logo
        assert archive.photo_data([key])[key].data == other.read_bytes()
    assert run_cli(db, "orgs", "edit", org_id, "--no-logo")[0] == 0
    with Archive.open(db) as archive:
        assert archive.organisation(org_id).logo == ""


def test_contacts_edit_and_delete_refused_while_an_item_picked_it(
        db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _code, out = run_cli(db, "contacts", "add", "--name", "Eva Muster", "--email",
                         "eva@example.org", "--function-de", "Sprecherin")
    contact_id = out.strip()
    assert run_cli(db, "contacts", "edit", contact_id, "--email", "nope")[0] == 1
    assert "email" in _error(capsys)
    assert run_cli(db, "contacts", "edit", contact_id, "--phone", "+49 30 1234",
                   "--function-en", "Spokeswoman")[0] == 0
    _code, out = run_cli(db, "contacts", "list", "--json")
    [saved] = [c for c in json.loads(out) if c["id"] == contact_id]
    assert (saved["email"], saved["phone"], saved["function"]) == (
        "eva@example.org", "+49 30 1234", {"de": "Sprecherin", "en": "Spokeswoman"})
    with Archive.open(db) as archive:
        item = archive.load_item(archive.list_items()[0].id)
        item.contacts.append(archive.contact(contact_id))
        archive.save_item(item)
    assert run_cli(db, "contacts", "delete", contact_id)[0] == 1
    error = _error(capsys)
    assert item.id in error and "press contact" in error
    with Archive.open(db) as archive:
        assert archive.contact(contact_id).name == "Eva Muster"
        item = archive.load_item(item.id)
        item.contacts = [c for c in item.contacts if c.id != contact_id]
        archive.save_item(item)
    assert run_cli(db, "contacts", "delete", contact_id) == (0, f"{contact_id}  deleted\n")
    assert run_cli(db, "contacts", "delete", contact_id)[0] == 1
    assert "no contact" in _error(capsys)
