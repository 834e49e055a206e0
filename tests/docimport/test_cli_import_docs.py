"""``import-docs`` on the command line: dry run as JSON, confirmation, failures per file."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from documents_support import QUOTE_1, release_text, write_release_docx

from editor.cli import main
from editor.core.model import PressItem, Translations
from editor.store import Archive


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


def test_dry_run_json_gives_offsets_into_the_text(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    text = "Erste Zeile\r\n\r\n" + release_text()  # offsets count code points, CR included
    path = tmp_path / "alt.txt"
    path.write_bytes(text.encode("cp1252", errors="replace").replace(b"?", b'"'))
    decoded = path.read_bytes().decode("cp1252")
    db = tmp_path / "a.sqlite"
    code, out = run("--db", str(db), "import-docs", str(path), "--dry-run", "--json")
    assert code == 0
    (document,) = json.loads(out)["documents"]
    assert document["item"]["format"] == "pressestelle.item"
    quotes = document["quotes"]
    assert len(quotes) == 3
    for quote in quotes:
        assert decoded[quote["char_start"]:quote["char_end"]] == quote["text"]
    assert quotes[0]["speaker_mentions"] == ["Prof. Dr.-Ing. Jörg Steinbach"]
    assert quotes[0]["role_text"] == "Brandenburger Minister für Wirtschaft, Arbeit und Energie"
    assert quotes[0]["verb"] == "sagte"
    assert quotes[0]["person_ids"] == quotes[2]["person_ids"] == quotes[0]["new_person_ids"]
    with Archive.open(db) as archive:
        assert archive.list_items() == [] and archive.people() == []


def test_without_yes_nothing_is_written(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "a.sqlite"
    code, _ = run("--db", str(db), "import-docs", str(write_release_docx(tmp_path / "a.docx")))
    assert code == 1
    assert "--yes" in capsys.readouterr().err
    with Archive.open(db) as archive:
        assert archive.list_items() == []


def test_yes_imports_and_a_broken_file_is_reported(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "releases"
    folder.mkdir()
    write_release_docx(folder / "a.docx")
    (folder / "b.docx").write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 100)
    db = tmp_path / "a.sqlite"
    code, _out = run("--db", str(db), "import-docs", str(folder), "--yes")
    err = capsys.readouterr().err
    assert code == 1  # one file failed; the other is imported
    assert "failed: b.docx: the document is encrypted" in err
    assert "imported: 1 item, 3 quotes, 3 new people, 0 duplicates skipped, " \
        "1 failure" in err
    with Archive.open(db) as archive:
        (summary,) = archive.list_items()
        item = archive.load_item(summary.id)
        assert item.status.value == "published"
        assert item.source_name == "a.docx" and item.internal_note == ""
        assert item.imported_at is not None
        assert abs((datetime.now(UTC) - item.imported_at).total_seconds()) < 600
        hits = archive.search_quotes("Region")
        assert [h.text["de"] for h in hits] == [QUOTE_1.split("“")[0][1:]]
    code, _ = run("--db", str(db), "import-docs", str(folder / "a.docx"), "--yes")
    assert code == 0 and "1 duplicate skipped (import it anyway" in capsys.readouterr().err
    code, _ = run("--db", str(db), "import-docs", str(folder / "a.docx"), "--yes",
                  "--include-duplicates")
    assert code == 0
    with Archive.open(db) as archive:
        assert len(archive.list_items()) == 2
        assert len(archive.people()) == 3  # the same people, not created again


def test_status_and_approval_can_be_chosen(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "a.sqlite"
    code, _ = run("--db", str(db), "import-docs", str(write_release_docx(tmp_path / "a.docx")),
                  "--yes", "--status", "draft", "--quotes-not-approved")
    assert code == 0
    with Archive.open(db) as archive:
        (summary,) = archive.list_items()
        item = archive.load_item(summary.id)
        assert item.status.value == "draft"
        assert {q.approval.state.value for q in item.quotes} == {"drafted"}


def test_an_imported_document_records_who_imported_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The history of an item read from an old release names the colleague who
    imported it, as every other save does."""
    monkeypatch.setenv("USER", "anna")
    monkeypatch.setenv("LOGNAME", "anna")
    db = tmp_path / "a.sqlite"
    path = write_release_docx(tmp_path / "a.docx")
    assert run("--db", str(db), "import-docs", str(path), "--yes")[0] == 0
    with Archive.open(db) as archive:
        (summary,) = archive.list_items()
        (first,) = archive.versions(summary.id)
        assert first.saved_by == "anna"


def test_list_and_show_say_where_an_imported_item_came_from(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_release_docx(tmp_path / "Meldung alt.docx")
    db = tmp_path / "a.sqlite"
    assert run("--db", str(db), "import-docs", str(path), "--yes")[0] == 0
    capsys.readouterr()
    code, out = run("--db", str(db), "list", "--json")
    assert code == 0
    (listed,) = json.loads(out)
    assert listed["source_name"] == "Meldung alt.docx"
    moment = datetime.fromisoformat(listed["imported_at"])
    assert abs((datetime.now(UTC) - moment).total_seconds()) < 600
    code, out = run("--db", str(db), "show", listed["id"], "--json")
    shown = json.loads(out)
    assert (code, shown["source_name"], shown["imported_at"]) == (
        0, "Meldung alt.docx", listed["imported_at"])
    assert shown["quotes"] == 3
    code, out = run("--db", str(db), "show", listed["id"])
    assert code == 0
    assert f"imported:    from Meldung alt.docx on {moment.astimezone().date()}" in out


def test_show_names_the_source_without_a_date_when_a_file_gave_none(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "a.sqlite"
    with Archive.open(db) as archive:
        item = PressItem(id="von-aussen", headline=Translations(text={"de": "Alt"}),
                         source_name="alt.docx")
        archive.save_item(item)
    code, out = run("--db", str(db), "show", "von-aussen")
    assert code == 0
    assert "imported:    from alt.docx\n" in out


def test_a_large_batch_says_how_far_the_saving_is(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    import editor.cli

    monkeypatch.setattr(editor.cli, "SAVE_PROGRESS_EVERY", 2)
    folder = tmp_path / "alt"
    folder.mkdir()
    for number in range(1, 6):
        (folder / f"{number}.txt").write_text(
            f"Förderbescheid {number} übergeben\n\nPotsdam, den 0{number}.11.2020. Das Land "
            f"fördert das Gewerbegebiet {number} mit einer Million Euro, die in Straßen und "
            f"Leitungen fließt und {number} Betrieben hilft.\n", encoding="utf-8")
    code, _ = run("--db", str(tmp_path / "a.sqlite"), "import-docs", str(folder), "--yes")
    err = capsys.readouterr().err
    assert code == 0
    assert [line for line in err.splitlines() if line.startswith("saved ")] == [
        "saved 2 of 5", "saved 4 of 5", "saved 5 of 5"]
    assert "[5/5] 5.txt" in err
    assert "imported: 5 items," in err
