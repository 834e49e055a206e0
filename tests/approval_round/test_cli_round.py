"""`approval-round export` and `approval-round import` on the command line: the listing,
accepting some or all changes through the normal save, approving the round's quotes."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from editor.cli import main
from editor.core.model import Approval, ApprovalState
from editor.store.archive import Archive

from .returned_files import DEL, SAMPLE_ITEM, edited

SENTENCE = "Das ist ein großer Erfolg nach 30 Jahren Deutscher Einheit. "
STEINBACH = "quote-2021-03-15-steinbach"


def run_cli(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out=out), out.getvalue()


@pytest.fixture
def db(archive_url: str) -> str:
    assert run_cli("--db", archive_url, "list")[0] == 0
    with Archive.open(archive_url) as archive:
        item = archive.load_item(SAMPLE_ITEM)
        for quote in item.quotes:
            quote.approval = Approval()
        archive.save_item(item)
    return archive_url


def _returned(db: str, tmp_path: Path) -> Path:
    out = tmp_path / "freigabe.docx"
    code, printed = run_cli("--db", db, "approval-round", "export", SAMPLE_ITEM, "--out",
                            str(out))
    assert code == 0 and str(out) in printed
    deleted = (f'</w:t></w:r>{DEL}<w:r><w:delText xml:space="preserve">{SENTENCE}</w:delText>'
               '</w:r></w:del><w:r><w:t xml:space="preserve">')
    path = tmp_path / "zurueck.docx"
    path.write_bytes(edited(out.read_bytes(), (SENTENCE, deleted),
                            ("haben heute eine", "haben" + deleted.replace(
                                SENTENCE, " heute") + " eine")))
    return path


def _words(db: str) -> str:
    with Archive.open(db) as archive:
        return archive.load_item(SAMPLE_ITEM).quote(STEINBACH).text.get("de")


def test_import_lists_the_changes_and_changes_nothing(db: str, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]
                                                      ) -> None:
    path = _returned(db, tmp_path)
    code, printed = run_cli("--db", db, "approval-round", "import", SAMPLE_ITEM, str(path))
    assert code == 0
    assert "exported for approval of 2021-03-15-smart-country" in printed
    assert "[-Das ist ein großer Erfolg" in printed
    assert SENTENCE in _words(db)
    assert "nothing was changed" in capsys.readouterr().err


def test_the_listing_names_blocks_by_their_numbers_in_the_editor(db: str, tmp_path: Path
                                                                 ) -> None:
    path = _returned(db, tmp_path)
    _, listing = run_cli("--db", db, "approval-round", "import", SAMPLE_ITEM, str(path))
    changes = [line for line in listing.splitlines() if line[:1].isdigit()]
    assert [line.split(":")[0] for line in changes] == ["1. block 1 [de]",
                                                        "2. quote in block 2 [de]"]
    assert STEINBACH not in listing and "block-" not in listing


def test_accepting_one_change_and_approving_the_quotes(db: str, tmp_path: Path) -> None:
    path = _returned(db, tmp_path)
    _, listing = run_cli("--db", db, "approval-round", "import", SAMPLE_ITEM, str(path))
    number = next(line.split(".")[0] for line in listing.splitlines()
                  if "quote in block 2 [de]" in line)  # Steinbach's, the second block
    code, printed = run_cli("--db", db, "approval-round", "import", SAMPLE_ITEM, str(path),
                            "--accept", number, "--approve-quotes", "Pressestelle MWAE")
    assert code == 0, printed
    assert "quotes approved by Pressestelle MWAE: 3" in printed
    assert SENTENCE.strip() not in _words(db)
    with Archive.open(db) as archive:
        item = archive.load_item(SAMPLE_ITEM)
    assert "haben heute eine" in item.blocks[0].text.get("de")  # the other one: rejected
    assert all(q.approval.state == ApprovalState.APPROVED
               and q.approval.by == "Pressestelle MWAE" for q in item.quotes)


def test_accept_all_and_bad_numbers(db: str, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    path = _returned(db, tmp_path)
    code, _ = run_cli("--db", db, "approval-round", "import", SAMPLE_ITEM, str(path),
                      "--accept", "7")
    assert code == 1 and "has no change 7" in capsys.readouterr().err
    assert SENTENCE in _words(db)
    code, printed = run_cli("--db", db, "approval-round", "import", SAMPLE_ITEM, str(path),
                            "--accept-all")
    assert code == 0 and "accepted: 1, 2" in printed
    with Archive.open(db) as archive:
        item = archive.load_item(SAMPLE_ITEM)
    assert "haben eine" in item.blocks[0].text.get("de")


def test_a_hostile_file_is_one_line_of_error(db: str, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "kaputt.docx"
    path.write_bytes(b"PK\x03\x04 broken")
    code, _ = run_cli("--db", db, "approval-round", "import", SAMPLE_ITEM, str(path),
                      "--accept-all")
    err = capsys.readouterr().err
    assert code == 1 and err.startswith("error: kaputt.docx") and err.count("\n") == 1
