"""Spell checking, the word list and the manual on the command line."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from editor.cli import main
from editor.services.spelling import SpellChecker
from editor.store.archive import Archive

needs_german = pytest.mark.skipif(not SpellChecker().available("de"),
                                  reason="no German Hunspell dictionary installed")


def run_cli(db: Path, *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(["--db", str(db), *argv], out=out)
    return code, out.getvalue()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "archive.sqlite"
    assert run_cli(path, "list")[0] == 0  # a new archive gets the sample
    return path


def _sample_id(db: Path) -> str:
    with Archive.open(db) as archive:
        return archive.list_items()[0].id


def test_words_add_list_remove(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(db, "words", "list") == (0, "")
    assert run_cli(db, "words", "add", "Gigafabrik", "Coconat") == (
        0, "added: Gigafabrik\nadded: Coconat\n")
    assert run_cli(db, "words", "add", "Coconat") == (0, "already in the word list: Coconat\n")
    assert run_cli(db, "words", "list") == (0, "Coconat\nGigafabrik\n")
    assert run_cli(db, "words", "remove", "Coconat", "Nie") == (
        0, "removed: Coconat\nnot in the word list: Nie\n")
    capsys.readouterr()
    code, out = run_cli(db, "words", "add", "Gut", "zwei Wörter")
    err = capsys.readouterr().err.strip()
    assert (code, out) == (1, "")
    assert err.startswith("error: word:") and "zwei Wörter" in err
    assert len(err.splitlines()) == 1
    assert run_cli(db, "words", "list") == (0, "Gigafabrik\n")   # nothing half-added


@needs_german
def test_spellcheck_prints_unknown_words_per_language_and_place(db: Path) -> None:
    item_id = _sample_id(db)
    code, out = run_cli(db, "spellcheck", item_id)
    assert code == 0
    rows = [line.split("\t") for line in out.splitlines()]
    assert all(len(row) == 3 and row[0] in ("de", "en") for row in rows)
    places = {(row[0], row[1]) for row in rows}
    assert ("de", "block 5 (paragraph)") in places
    flagged = {w for row in rows for w in row[2].split(", ")}
    assert "Coconat" in flagged
    # Names of the archive's people and the item's topics are never flagged.
    assert not flagged & {"Kammradt", "Steinbach", "Einsfelder", "Country"}
    run_cli(db, "words", "add", "Coconat")
    code, again = run_cli(db, "spellcheck", item_id, "--suggestions")
    assert "Coconat" not in again
    assert "(" in again   # suggestions follow the words


def test_spellcheck_of_an_unknown_item_is_one_line(db: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert run_cli(db, "spellcheck", "no-such-item")[0] == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: ") and len(err.splitlines()) == 1


def test_spellcheck_without_dictionaries_warns_and_checks_nothing(
        db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import editor.services.spelling as spelling

    monkeypatch.setattr(spelling, "_installed_dictionary", lambda tags: (None, ""))
    capsys.readouterr()
    assert run_cli(db, "spellcheck", _sample_id(db)) == (0, "")
    err = capsys.readouterr().err
    assert "no German spelling dictionary" in err and "no English spelling dictionary" in err


def test_manual_is_printed_in_either_language(tmp_path: Path) -> None:
    out = io.StringIO()
    assert main(["manual", "--language", "de"], out=out) == 0
    assert out.getvalue().startswith("# Pressestelle – das Handbuch")
    out = io.StringIO()
    assert main(["manual"], out=out) == 0
    assert "## Keyboard shortcuts" in out.getvalue()
