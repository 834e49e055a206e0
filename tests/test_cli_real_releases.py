"""The command line for real releases: warnings of exports, several templates in one run,
dossiers that respect embargoes."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import pytest

from editor.cli import main
from editor.core.model import Embargo
from editor.store.archive import Archive

SAMPLE_ITEM = "2021-03-15-smart-country"


def run_cli(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "archive.sqlite"
    code, _ = run_cli("--db", str(path), "list")  # a new archive gets the sample
    assert code == 0
    return path


def test_undated_export_warns_on_stderr(db: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    with Archive.open(db) as archive:
        item = archive.load_item(SAMPLE_ITEM)
        item.issue_date = None
        item.places = []
        for quote in item.quotes:
            quote.date = None
            for speaker in quote.speakers:
                speaker.role_id = None
        archive.save_item(item)
    code, out = run_cli("--db", str(db), "export", SAMPLE_ITEM, "--template",
                        "pressemitteilung", "--format", "html", "--out", str(tmp_path / "o"))
    err = capsys.readouterr().err
    assert code == 0 and out.strip().endswith(".html")
    assert (f"warning: {SAMPLE_ITEM}, issue_date: The item has neither a date nor places"
            in err)
    assert (f"warning: {SAMPLE_ITEM}, quote quote-2021-03-15-steinbach: The item has no date, "
            "so the role of Prof. Dr.-Ing. Jörg Steinbach is not known") in err
    page = Path(out.strip()).read_text(encoding="utf-8")
    assert "Minister für Wirtschaft, Arbeit und Energie, <strong>Prof. Dr.-Ing. Jörg" \
        not in page


def test_several_templates_in_one_run_keep_their_files(db: Path, tmp_path: Path) -> None:
    out_dir = tmp_path / "o"
    code, out = run_cli("--db", str(db), "export", SAMPLE_ITEM, "--template",
                        "bilingual,side-by-side", "--lang", "de,en", "--out", str(out_dir))
    assert code == 0
    paths = [Path(line) for line in out.splitlines()]
    assert len(paths) == len(set(paths)) == 4
    assert sorted(p.name for p in out_dir.iterdir()) == sorted(p.name for p in paths)


def test_unknown_second_template_writes_nothing(db: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run_cli("--db", str(db), "export", SAMPLE_ITEM, "--template",
                        "bilingual,nonesuch", "--lang", "de,en", "--out", str(tmp_path / "o"))
    assert code == 1 and out == ""
    assert "nonesuch" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()


def _embargo_sample(db: Path) -> None:
    with Archive.open(db) as archive:
        item = archive.load_item(SAMPLE_ITEM)
        item.embargo = Embargo(datetime(2099, 1, 1, 10, 0))
        archive.save_item(item)


def test_dossier_of_embargoed_quotes_is_refused_without_the_flag(
        db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _embargo_sample(db)
    code, out = run_cli("--db", str(db), "quotes", "dossier", "Willingmann", "--format",
                        "html", "--out", str(tmp_path / "o"))
    err = capsys.readouterr().err
    assert code == 1 and out == ""
    assert err.startswith("error: every quote of Prof. Dr. Armin Willingmann is under embargo")
    assert "--before-embargo" in err and err.count("\n") == 1
    assert not (tmp_path / "o").exists()
    code, out = run_cli("--db", str(db), "quotes", "dossier", "Willingmann", "--format",
                        "html", "--out", str(tmp_path / "o"), "--before-embargo")
    err = capsys.readouterr().err
    assert code == 0
    assert "warning: included before the embargo ends: 1 quote of press item" in err
    page = Path(out.strip()).read_text(encoding="utf-8")
    assert "Sperrfrist: 1. Januar 2099" in page


def test_dossier_leaves_out_embargoed_quotes_and_says_so(
        db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Archive.open(db) as archive:
        item = archive.load_item(SAMPLE_ITEM)
        item.id = "2099-later"
        item.embargo = Embargo(datetime(2099, 1, 1, 10, 0))
        for record in (*item.quotes, *item.photos, *item.blocks):
            record.id = f"later-{record.id}"
        for quote in item.quotes:
            quote.text.text["de"] = "Geheim bis 2099"
        for block in item.blocks:
            block.quote_id = f"later-{block.quote_id}" if block.quote_id else None
            block.photo_id = f"later-{block.photo_id}" if block.photo_id else None
        item.version = 0
        archive.save_item(item)
    code, out = run_cli("--db", str(db), "quotes", "dossier", "Willingmann", "--format",
                        "html", "--out", str(tmp_path / "o"))
    err = capsys.readouterr().err
    assert code == 0
    assert "note: left out: 1 quote of press item 2099-later" in err
    page = Path(out.strip()).read_text(encoding="utf-8")
    assert "Geheim" not in page
