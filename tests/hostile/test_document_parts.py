"""A web page or Word file with more paragraphs than any release is refused at once with a
one-line reason, instead of keeping the import busy for minutes (jusText compares each
paragraph with its neighbours: its time grows with the square of their number)."""

from __future__ import annotations

import time
from pathlib import Path

import docx
import pytest

from editor.io.documents import MAX_PARTS, DocumentReadError, ReadProblem, read_document

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
