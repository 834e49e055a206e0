"""A web page or Word file with more paragraphs than any release is refused at once with a
one-line reason, instead of keeping the import busy for minutes (jusText compares each
paragraph with its neighbours: its time grows with the square of their number)."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import docx
import pytest

from editor.io.documents import MAX_PARTS, DocumentReadError, ReadProblem, read_document
from tests.hostile.pdf_files import write_pdf

SENTENCE = "Die Wirtschaftsförderung und die Kooperation der Länder werden ausgebaut."


def _page(path: Path, paragraphs: int) -> Path:
    body = f"<p>{SENTENCE}</p>" * paragraphs
    path.write_text(f"<html lang='de'><body><article><h1>Titel</h1>{body}</article>"
                    "</body></html>", encoding="utf-8")
    return path


def test_a_page_of_many_paragraphs_is_refused_quickly(tmp_path: Path) -> None:
    page = _page(tmp_path / "many.html", 60_000)
    start = time.process_time()
    with pytest.raises(DocumentReadError) as caught:
        read_document(page)
    assert time.process_time() - start < 10  # before: 100 s and more
    assert caught.value.problem == ReadProblem.TOO_MANY_PARTS
    message = str(caught.value)
    assert message.startswith("many.html: the document has more than 5,000 paragraphs")
    assert "\n" not in message


def test_a_long_page_within_the_limit_is_read(tmp_path: Path) -> None:
    page = _page(tmp_path / "long.html", MAX_PARTS - 10)
    document = read_document(page)
    assert document.blocks[0].plain == "Titel"


def test_a_word_file_of_many_paragraphs_is_refused(tmp_path: Path) -> None:
    word = docx.Document()
    word.add_paragraph("Titel der Meldung")
    for _ in range(MAX_PARTS):
        word.add_paragraph(SENTENCE)
    path = tmp_path / "many.docx"
    word.save(str(path))
    with pytest.raises(DocumentReadError) as caught:
        read_document(path)
    assert caught.value.problem == ReadProblem.TOO_MANY_PARTS
    assert str(caught.value).startswith("many.docx: the document has more than")


def test_a_text_file_of_many_paragraphs_is_refused_quickly(tmp_path: Path) -> None:
    path = tmp_path / "many.txt"
    path.write_text("Titel\n\n" + f"{SENTENCE}\n\n" * 100_000, encoding="utf-8")
    start = time.process_time()
    with pytest.raises(DocumentReadError) as caught:
        read_document(path)
    assert time.process_time() - start < 2
    assert caught.value.problem == ReadProblem.TOO_MANY_PARTS
    assert str(caught.value) == (
        "many.txt: the document has more than 5,000 paragraphs, table cells and list "
        "items, far more than a release; it was not read")


def test_list_items_of_a_text_file_count_as_parts(tmp_path: Path) -> None:
    path = tmp_path / "list.txt"
    path.write_text("Titel\n\n" + "".join(f"- Punkt {i}\n" for i in range(MAX_PARTS)),
                    encoding="utf-8")
    with pytest.raises(DocumentReadError) as caught:
        read_document(path)
    assert caught.value.problem == ReadProblem.TOO_MANY_PARTS


def test_a_text_file_within_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("Titel\n\n" + f"{SENTENCE}\n\n" * (MAX_PARTS - 10), encoding="utf-8")
    assert len(read_document(path).blocks) == MAX_PARTS - 9


def _pdf(path: Path, pages: int) -> None:
    """A PDF of 32 paragraphs (a long line, then a short one ending a sentence) a page."""
    write_pdf(path, pages, lambda i: b"Wort " * 30 if i % 2 == 0 else b"Ende.")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_a_pdf_of_many_paragraphs_is_refused(tmp_path: Path) -> None:
    few = tmp_path / "few.pdf"
    _pdf(few, 2)
    assert len(read_document(few).blocks) > 60  # the paragraphs are told apart
    many = tmp_path / "many.pdf"
    _pdf(many, 200)  # 6,400 paragraphs
    with pytest.raises(DocumentReadError) as caught:
        read_document(many)
    assert caught.value.problem == ReadProblem.TOO_MANY_PARTS
    assert str(caught.value).startswith("many.pdf: the document has more than 5,000 "
                                        "paragraphs")
