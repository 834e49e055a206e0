"""Old releases built to exhaust the reader: PDFs with endless text or a hanging
``pdftotext``, text files holding control characters."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from editor.io import documents
from editor.io.documents import DocumentReadError, ReadProblem, read_document
from tests.hostile.pdf_files import write_pdf

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                     reason="needs poppler-utils")


def _pdf_of_pages(path: Path, pages: int) -> None:
    """A small PDF whose one content stream (64 lines of words) is drawn on every page."""
    write_pdf(path, pages, lambda i: b"Wort " * 40)


@needs_pdftotext
def test_a_small_pdf_with_endless_text_is_refused_before_it_fills_the_memory(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(documents, "MAX_PDF_TEXT_BYTES", 1024 * 1024)
    pdf = tmp_path / "endlos.pdf"
    _pdf_of_pages(pdf, 400)  # 60 KB of PDF, 4.7 MB of text
    assert pdf.stat().st_size < 100_000
    with pytest.raises(DocumentReadError) as caught:
        read_document(pdf)
    assert caught.value.problem == ReadProblem.TOO_MUCH_TEXT
    assert str(caught.value) == ("endlos.pdf: the PDF holds more than 1 MB of text, far "
                                 "more than a release; it was not read")


@needs_pdftotext
def test_a_pdf_of_a_few_pages_is_still_read(tmp_path: Path) -> None:
    pdf = tmp_path / "kurz.pdf"
    _pdf_of_pages(pdf, 2)
    document = read_document(pdf)
    assert "Wort Wort" in document.text


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="POSIX process groups")
def test_a_hanging_pdftotext_is_stopped_with_what_it_started(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tools = tmp_path / "bin"
    tools.mkdir()
    started = tmp_path / "child.pid"
    fake = tools / "pdftotext"
    # the tool starts a child that keeps its output open, then waits for it
    fake.write_text(f"#!/bin/sh\nsleep 120 &\necho $! > {started}\nwait\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tools}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr(documents, "PDF_SECONDS", 1)
    pdf = tmp_path / "haengt.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    began = time.monotonic()
    with pytest.raises(DocumentReadError) as caught:
        read_document(pdf)
    assert caught.value.problem == ReadProblem.TIMEOUT
    assert time.monotonic() - began < 8
    child = int(started.read_text())
    for _ in range(50):
        try:
            os.kill(child, 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)
    else:
        pytest.fail("the child of pdftotext still runs")


def test_a_text_file_with_a_nul_says_which_character_and_line(tmp_path: Path) -> None:
    text = tmp_path / "binaer.txt"
    text.write_bytes(b"Titel\n\nErster Absatz.\nZweite \x00 Zeile.\n")
    with pytest.raises(DocumentReadError) as caught:
        read_document(text)
    assert caught.value.problem == ReadProblem.CONTROL
    assert str(caught.value) == ("binaer.txt: the text holds a control character (U+0000 "
                                 "in line 4), which no release has; is it a binary file?")
