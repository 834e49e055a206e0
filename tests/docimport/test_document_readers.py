"""Readers of old releases: structure of DOCX, HTML, text and PDF; hostile files refused."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from documents_support import (
    LEAD,
    QUOTE_1,
    png_bytes,
    release_html,
    release_text,
    write_release_docx,
)

from editor.io.documents import (
    DocumentReadError,
    Kind,
    ReadProblem,
    documents_in,
    read_document,
)


def kinds(path: Path) -> list[tuple[Kind, str]]:
    return [(b.kind, b.text) for b in read_document(path).blocks]


def test_docx_structure(tmp_path: Path) -> None:
    photo = tmp_path / "photo.png"
    photo.write_bytes(png_bytes())
    document = read_document(write_release_docx(tmp_path / "a.docx", photo=photo))
    blocks = [(b.kind, b.text) for b in document.blocks]
    assert (Kind.HEADLINE, "Wirtschaftsförderer schließen Kooperation") in blocks
    assert (Kind.SUBHEADLINE, "Gemeinsam für den ländlichen Raum") in blocks
    assert (Kind.SUBHEADING, "Was geplant ist") in blocks
    assert (Kind.LIST, "Netzwerke knüpfen\nProjekte fördern") in blocks
    assert (Kind.PARAGRAPH, "Mehr unter [der Projektseite](https://example.org/projekt), "
            "dazu **fett** und *kursiv*.") in blocks
    assert (Kind.TABLE, "Ort | Termin\nPotsdam | Mai") in blocks
    (picture,) = [b for b in document.blocks if b.kind == Kind.PHOTO]
    assert picture.photo is not None and picture.photo.data == png_bytes()
    assert (picture.caption, picture.credit) == ("Unterzeichnung in Potsdam.", "Rainer Weisflog")
    assert "KOPFZEILE" not in document.text and "Fußzeile" not in document.text
    for block in document.blocks:  # offsets point into the plain text
        assert document.text[block.start:block.end] == block.plain


def test_docx_headline_from_big_bold_paragraph(tmp_path: Path) -> None:
    document = read_document(write_release_docx(tmp_path / "a.docx", title_style=False))
    (headline,) = [b for b in document.blocks if b.kind == Kind.HEADLINE]
    assert headline.text == "Wirtschaftsförderer schließen Kooperation"


def test_a_bold_line_above_a_larger_bold_headline_is_the_dachzeile(tmp_path: Path) -> None:
    """Typed by hand without styles: a bold 11 pt line, then the 16 pt headline."""
    import docx
    from docx.shared import Pt

    word = docx.Document()
    for text, size in (("Strukturwandel in der Lausitz", 11),
                       ("Neues Förderprogramm für kleine Unternehmen startet", 16)):
        run = word.add_paragraph().add_run(text)
        run.bold, run.font.size = True, Pt(size)
    word.add_paragraph("Cottbus, 3. Mai 2024 – Das Amt startet ein Förderprogramm.")
    run = word.add_paragraph().add_run("Wer gefördert wird")
    run.bold, run.font.size = True, Pt(16)
    word.add_paragraph("Kleine und mittlere Unternehmen der Lausitz.")
    path = tmp_path / "handgemacht.docx"
    word.save(str(path))
    assert kinds(path)[:2] == [
        (Kind.KICKER, "Strukturwandel in der Lausitz"),
        (Kind.HEADLINE, "Neues Förderprogramm für kleine Unternehmen startet")]
    assert (Kind.SUBHEADING, "Wer gefördert wird") in kinds(path)


def test_html_keeps_the_article_only(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(release_html(), encoding="utf-8")
    document = read_document(page)
    assert document.lang == "de"
    assert document.blocks[0] == document.blocks[0].__class__(
        Kind.HEADLINE, "Wirtschaftsförderer schließen Kooperation",
        "Wirtschaftsförderer schließen Kooperation", 0, "de")
    texts = [b.plain for b in document.blocks]
    assert LEAD in texts and QUOTE_1 in texts
    for noise in ("Cookies", "Sprungmenü", "Scroll to Top", "Impressum", "Publikationen"):
        assert noise not in document.text
    rich = [b.text for b in document.blocks if "gemeinsam" in b.text]
    assert rich and "**gemeinsam**" in rich[0] and "[Netzwerke](https://example.org/projekt)" \
        in rich[0]


def test_the_last_short_paragraphs_of_the_article_are_kept(tmp_path: Path) -> None:
    """jusText judges short paragraphs by their neighbours: next to the footer it dropped
    the article's own last two, a quote and a closing sentence."""
    article = ("<article><h1>Bürgerdialog zur neuen Stadtbrücke gut besucht</h1>"
               "<p>Rund 200 Bürger*innen sind am Donnerstagabend in die Konzerthalle "
               "gekommen, um über die Pläne für die neue Stadtbrücke zu diskutieren.</p>"
               "<p>Besonders gefragt waren die Tische zum Radverkehr und zur Bauzeit, "
               "denn viele wünschten sich eine sichere Verbindung während der Arbeiten.</p>"
               "<p>Stadtplanerin Claudia Muster: „Wir nehmen jede Frage mit und beantworten "
               "sie auf unserer Projektseite.“</p>"
               "<p>Ein zweiter Bürgerdialog ist für den Herbst geplant.</p>"
               '<p><a href="/a">Neuer Spielplatz eröffnet</a></p></article>')
    page = tmp_path / "page.html"
    page.write_text(release_html(article), encoding="utf-8")
    texts = [b.plain for b in read_document(page).blocks]
    assert texts[-2:] == [
        "Stadtplanerin Claudia Muster: „Wir nehmen jede Frage mit und beantworten sie auf "
        "unserer Projektseite.“", "Ein zweiter Bürgerdialog ist für den Herbst geplant."]
    document = read_document(page)
    for noise in ("Cookies", "Sprungmenü", "Scroll to Top", "Impressum", "Spielplatz"):
        assert noise not in document.text


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_text_in_both_encodings(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "release.txt"
    text = release_text().replace("„", '"').replace("“", '"') if encoding == "cp1252" \
        else release_text()
    path.write_bytes(text.encode(encoding))
    document = read_document(path)
    assert document.text == text
    assert document.blocks[0].kind == Kind.HEADLINE
    assert document.blocks[0].text == "Wirtschaftsförderer schließen Kooperation"
    for block in document.blocks:
        assert text[block.start:block.end] == block.plain


def test_folders_give_their_documents(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("x\n\ny", encoding="utf-8")
    (tmp_path / "b.docx").write_bytes(b"")
    (tmp_path / "notes.md").write_text("skip", encoding="utf-8")
    assert documents_in([tmp_path]) == [tmp_path / "b.docx", tmp_path / "sub" / "a.txt"]


def problem(path: Path) -> ReadProblem:
    with pytest.raises(DocumentReadError) as caught:
        read_document(path)
    assert path.name in str(caught.value)
    return caught.value.problem


def test_hostile_files_are_refused_with_their_reason(tmp_path: Path) -> None:
    encrypted = tmp_path / "geschuetzt.docx"
    encrypted.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    assert problem(encrypted) == ReadProblem.ENCRYPTED
    corrupt = tmp_path / "kaputt.docx"
    corrupt.write_bytes(b"PK\x03\x04 this is not a zip at all")
    assert problem(corrupt) == ReadProblem.CORRUPT
    half = tmp_path / "halb.docx"
    with zipfile.ZipFile(half, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document><unclosed")
    assert problem(half) == ReadProblem.CORRUPT
    bomb = tmp_path / "bombe.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\x00" * (30 * 1024 * 1024))
    assert problem(bomb) == ReadProblem.ZIP_BOMB
    huge = tmp_path / "riesig.html"
    with huge.open("wb") as out:
        out.truncate(50 * 1024 * 1024)
    assert problem(huge) == ReadProblem.TOO_LARGE
    strange = tmp_path / "fremd.txt"
    strange.write_bytes(b"Gr\x81\x8d\x8f\x90\x9d e \xff\xfe\x00 mehr")
    assert problem(strange) == ReadProblem.ENCODING
    unknown = tmp_path / "a.odt"
    unknown.write_bytes(b"x")
    assert problem(unknown) == ReadProblem.UNSUPPORTED


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_pdf_without_text_is_refused(tmp_path: Path) -> None:
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
        b"trailer<</Root 1 0 R>>\n%%EOF\n")
    assert problem(pdf) == ReadProblem.NO_TEXT
    fake = tmp_path / "fake.pdf"
    fake.write_bytes(b"not a pdf")
    assert problem(fake) == ReadProblem.CORRUPT


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                    reason="needs LibreOffice and poppler-utils")
def test_pdf_made_by_libreoffice(tmp_path: Path) -> None:
    # a PDF cannot tell page headers from text: this one has none
    source = write_release_docx(tmp_path / "release.docx", header=False, embargo="")
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
                   check=True, capture_output=True, timeout=180)
    document = read_document(tmp_path / "release.pdf")
    assert document.blocks[0].kind == Kind.HEADLINE
    texts = [b.text for b in document.blocks]
    # a PDF keeps no styles: headline, Unterzeile and lead may run together
    assert "Wirtschaftsförderer schließen Kooperation" in " ".join(texts[:3])
    assert "Potsdam/Magdeburg, den 15.03.2021. Die Wirtschaftsförderer" in document.text
    assert QUOTE_1 in texts
    assert "Netzwerke knüpfen" in document.text


def test_docx_entities_are_never_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "geheim.txt"
    secret.write_text("GEHEIMER INHALT", encoding="utf-8")
    source = write_release_docx(tmp_path / "a.docx")
    hostile = tmp_path / "entity.docx"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(hostile, "w") as out:
        for member in original.infolist():
            data = original.read(member)
            if member.filename == "word/document.xml":
                text = data.decode("utf-8")
                head, _, body = text.partition("?>")
                doctype = f'<!DOCTYPE w:document [<!ENTITY x SYSTEM "file://{secret}">]>'
                data = (head + "?>" + doctype + body.replace("Smart Country", "&x;", 1)) \
                    .encode("utf-8")
            out.writestr(member, data)
    try:
        document = read_document(hostile)
    except DocumentReadError as error:
        assert error.problem == ReadProblem.CORRUPT
    else:
        assert "GEHEIMER" not in document.text


def test_reading_parses_only_the_text_and_leaves_python_docx_as_it_was(
        tmp_path: Path) -> None:
    import docx

    path = write_release_docx(tmp_path / "alt.docx")
    document = read_document(path)
    found = [(b.kind, b.text) for b in document.blocks]  # styles known by their names
    assert (Kind.HEADLINE, "Wirtschaftsförderer schließen Kooperation") in found
    assert (Kind.SUBHEADLINE, "Gemeinsam für den ländlichen Raum") in found
    assert (Kind.SUBHEADING, "Was geplant ist") in found
    opened = docx.Document(str(path))  # outside the reader: every part parsed as before
    assert opened.settings.element is not None
    assert opened.styles["Title"].name == "Title"
    assert read_document(path).text == document.text  # the style sheet from the cache


def test_a_damaged_word_file_names_its_fault_in_words(tmp_path: Path) -> None:
    import docx

    good = write_release_docx(tmp_path / "gut.docx")
    broken = tmp_path / "kaputt.docx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(broken, "w") as target:
        for member in source.infolist():
            data = source.read(member.filename)
            if member.filename == "word/document.xml":
                data = data[: len(data) // 2]
            target.writestr(member, data)
    with pytest.raises(DocumentReadError) as caught:
        read_document(broken)
    assert caught.value.problem == ReadProblem.CORRUPT
    assert "kaputt.docx: the document is damaged (its text is not well-formed XML" in \
        str(caught.value)
    assert docx.Document(str(good)).paragraphs  # python-docx still reads good files


@pytest.mark.parametrize("head", ["", '<meta http-equiv="Content-Type" content="text/html">'])
def test_a_utf8_page_that_does_not_say_its_encoding_is_read_as_utf8(
        tmp_path: Path, head: str) -> None:
    """Saved without ``<meta charset>``, a page was read as Latin-1: "WirtschaftsfÃ¶rderer";
    one that says its encoding is still read in it."""
    page = tmp_path / "page.html"
    page.write_text(release_html().replace('<meta charset="utf-8">', head), encoding="utf-8")
    document = read_document(page)
    assert document.blocks[0].plain == "Wirtschaftsförderer schließen Kooperation"
    assert LEAD in [b.plain for b in document.blocks]
    page.write_bytes(release_html().replace('<meta charset="utf-8">', '<meta charset="latin-1">')
                     .encode("latin-1", "replace"))
    assert read_document(page).blocks[0].plain == "Wirtschaftsförderer schließen Kooperation"
