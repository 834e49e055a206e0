"""Direction overrides and other invisible characters in imported texts: removed, and
the user told where, per document (old releases) or per field (interchange files)."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import docx
import pytest
from documents_support import QUOTE_1, release_text

from editor.cli import main
from editor.io import documents
from editor.io.documents import read_document
from editor.io.samples import sample_paths
from editor.store import Archive

RLO, PDF_MARK, ZWSP = "\u202e", "\u202c", "\u200b"
HEADLINE = "Wirtschaftsförderer schließen Kooperation"
REVERSED = f"Wirtschaftsförderer {RLO}schließen{PDF_MARK} Kooperation"
"""Shows as "Wirtschaftsförderer neßeilhcs Kooperation": the reader sees other words."""


def _write(path: Path, headline: str) -> Path:
    body = release_text().replace(HEADLINE, headline)
    body = body.replace(QUOTE_1, QUOTE_1.replace("Region", f"Reg{ZWSP}ion"), 1)
    if path.suffix == ".txt":
        path.write_text(body, encoding="utf-8")
    elif path.suffix == ".html":
        paragraphs = body.split("\n\n")
        path.write_text(f"<html lang='de'><head><meta charset='utf-8'></head><body>"
                        f"<article><h1>{paragraphs[0]}</h1>"
                        + "".join(f"<p>{p}</p>" for p in paragraphs[1:])
                        + "</article></body></html>", encoding="utf-8")
    else:
        word = docx.Document()
        paragraphs = body.split("\n\n")
        word.add_paragraph(paragraphs[0], style="Title")
        for paragraph in paragraphs[1:]:
            word.add_paragraph(paragraph)
        word.save(str(path))
    return path


def _no_invisible(text: str) -> None:
    for ch in (RLO, PDF_MARK, ZWSP):
        assert ch not in text


@pytest.mark.parametrize("suffix", [".txt", ".html", ".docx"])
def test_direction_overrides_are_removed_and_noted_with_their_place(
        tmp_path: Path, suffix: str) -> None:
    document = read_document(_write(tmp_path / f"alt{suffix}", REVERSED))
    assert document.blocks[0].plain == HEADLINE
    _no_invisible(document.text)
    for block in document.blocks:
        _no_invisible(block.text + block.plain)
        assert document.text[block.start:block.end] == block.plain  # offsets laid anew
    first = document.removed[0]
    assert first.line() == ("the headline: removed the invisible character U+202E "
                            "(right-to-left override) at position 21 and 1 more")
    assert any(r.code == "U+200B" for r in document.removed)


def test_a_pdf_goes_through_the_same_cleaning(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    pdf = tmp_path / "alt.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    text = release_text().replace(HEADLINE, REVERSED).encode("utf-8")
    monkeypatch.setattr(documents, "_pdftotext", lambda path: (0, text))
    document = read_document(pdf)
    assert document.blocks[0].plain == HEADLINE
    assert document.removed[0].code == "U+202E"


def test_the_command_line_names_each_removal(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path / "alt.txt", REVERSED)
    db = tmp_path / "a.sqlite"
    out = io.StringIO()
    assert main(["--db", str(db), "import-docs", str(path), "--dry-run"], out=out) == 0
    lines = out.getvalue().splitlines()
    assert ("  note: the headline: removed the invisible character U+202E (right-to-left "
            "override) at position 21 and 1 more") in lines
    assert any("U+200B (zero width space)" in line for line in lines)
    out = io.StringIO()
    assert main(["--db", str(db), "import-docs", str(path), "--dry-run", "--json"],
                out=out) == 0
    (document,) = json.loads(out.getvalue())["documents"]
    assert document["notes"][0].startswith("the headline: removed the invisible character")
    assert RLO not in json.dumps(document["item"], ensure_ascii=False)
    assert main(["--db", str(db), "import-docs", str(path), "--yes"], out=io.StringIO()) == 0
    with Archive.open(db) as archive:
        (summary,) = archive.list_items()
        item = archive.load_item(summary.id)
    assert item.headline.get("de") == HEADLINE
    assert all(ZWSP not in q.text.get("de") for q in item.quotes)


@pytest.fixture
def release(tmp_path: Path) -> Path:
    (source,) = [p for p in sample_paths() if p.name.endswith(".json")]
    folder = tmp_path / "incoming"
    folder.mkdir()
    shutil.copy(source, folder / source.name)
    shutil.copy(source.with_suffix(".jpg"), folder / source.with_suffix(".jpg").name)
    return folder / source.name


def test_an_interchange_file_is_cleaned_field_by_field(
        release: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = json.loads(release.read_text("utf-8"))
    item = document["item"]
    headline = item["headline"]["de"]
    item["headline"]["de"] = headline[:5] + RLO + headline[5:]
    person = document["people"][0]
    given = person["given_name"]
    person["given_name"] = given[:1] + ZWSP + given[1:]
    release.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "a.sqlite"
    # the sample's people first, as the archive would hold them
    clean = tmp_path / "clean"
    shutil.copytree(sample_paths()[0].parent, clean)
    assert main(["--db", str(db), "import", str(clean / release.name)],
                out=io.StringIO()) == 0
    capsys.readouterr()
    code = main(["--db", str(db), "import", str(release), "--replace"], out=io.StringIO())
    err = capsys.readouterr().err
    assert code == 0, err
    assert (f"note: {release}: item.headline.de: removed the invisible character U+202E "
            "(right-to-left override) at position 6") in err.splitlines()
    assert f"note: {release}: people[0].given_name: removed the invisible character " \
           "U+200B" in err
    assert "differ" not in err  # the name is the stored one once the character is gone
    with Archive.open(db) as archive:
        stored = archive.load_item(item["id"])
        assert stored.headline.get("de") == headline
        assert archive.person(person["id"]).given_name == given


def test_offsets_of_a_text_file_stay_those_of_its_text_less_what_went(tmp_path: Path) -> None:
    text = f"Titel{RLO}\r\n\r\n\r\nErster{ZWSP} Absatz.\r\n\r\n  Zweiter Absatz.\r\n"
    path = tmp_path / "alt.txt"
    path.write_text(text, encoding="utf-8", newline="")
    document = read_document(path)
    assert document.text == text.replace(RLO, "").replace(ZWSP, "")
    assert [document.text[b.start:b.end] for b in document.blocks] == [
        "Titel", "Erster Absatz.", "Zweiter Absatz."]


def test_an_id_with_an_invisible_character_is_refused_not_cleaned(
        release: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = json.loads(release.read_text("utf-8"))
    document["item"]["id"] = "release" + RLO + "-1"
    release.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    code = main(["--db", str(tmp_path / "a.sqlite"), "import", str(release)],
                out=io.StringIO())
    err = capsys.readouterr().err
    assert code != 0 and "Traceback" not in err
    assert "item.id" in err and "U+202E" in err
