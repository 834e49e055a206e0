"""Old releases written for the import tests: DOCX built with python-docx, web pages with
navigation around the article, text files in both encodings."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

LEAD = ("Potsdam/Magdeburg, den 15.03.2021. Die Wirtschaftsförderer beider Länder haben "
        "heute eine Vereinbarung unterzeichnet, die den ländlichen Raum stärken soll.")
QUOTE_1 = ("„Das ist ein guter Tag für die Region“, sagte der Brandenburger Minister für "
           "Wirtschaft, Arbeit und Energie, Prof. Dr.-Ing. Jörg Steinbach.")
QUOTE_2 = ("„Gemeinsam sind wir stärker und kommen schneller voran“, betonen die Geschäftsführer "
           "der Wirtschaftsförderung Land Brandenburg (WFBB), Dr. Steffen Kammradt, und der "
           "Investitions- und Marketinggesellschaft Sachsen-Anhalt (IMG), Thomas Einsfelder. "
           "Die Vereinbarung gilt zunächst drei Jahre.")
QUOTE_3 = "„Wir haben noch viel vor in den nächsten Jahren“, so Steinbach."
BODY = ("Beispiele wie das Projekt „Coconat“ in Bad Belzig zeigen, was möglich ist. "
        "Das Thema „Smart Country“ steht im Mittelpunkt.")
BOILERPLATE = ("Die Wirtschaftsförderung Land Brandenburg GmbH (WFBB) berät Unternehmen bei "
               "Ansiedlung und Wachstum.")


def png_bytes() -> bytes:
    width, height = 8, 4
    raw = b"".join(b"\x00" + bytes([200, 80, 30]) * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def _hyperlink(paragraph: docx.text.paragraph.Paragraph, text: str, url: str) -> None:
    part = paragraph.part
    r_id = part.relate_to(url, "http://schemas.openxmlformats.org/officeDocument/2006/"
                               "relationships/hyperlink", is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    text_element = OxmlElement("w:t")
    text_element.text = text
    run.append(text_element)
    link.append(run)
    paragraph._p.append(link)


def write_release_docx(path: Path, *, photo: Path | None = None, title_style: bool = True,
                       embargo: str = "Sperrfrist: 15.03.2021, 10:00 Uhr",
                       header: bool = True) -> Path:
    """A German release with every part the reader knows."""
    document = docx.Document()
    if header:
        document.sections[0].header.paragraphs[0].text = "KOPFZEILE NICHT IMPORTIEREN"
        document.sections[0].footer.paragraphs[0].text = "Fußzeile nicht importieren"
    if embargo:
        document.add_paragraph(embargo)
    document.add_paragraph("Smart Country")  # Dachzeile: the short line above the headline
    if title_style:
        document.add_paragraph("Wirtschaftsförderer schließen Kooperation", style="Title")
    else:
        run = document.add_paragraph().add_run("Wirtschaftsförderer schließen Kooperation")
        run.bold = True
        run.font.size = Pt(18)
    document.add_paragraph("Gemeinsam für den ländlichen Raum", style="Subtitle")
    document.add_paragraph(LEAD)
    document.add_paragraph(QUOTE_1)
    document.add_paragraph(QUOTE_2)
    document.add_heading("Was geplant ist", level=2)
    rich = document.add_paragraph("Mehr unter ")
    _hyperlink(rich, "der Projektseite", "https://example.org/projekt")
    rich.add_run(", dazu ")
    rich.add_run("fett").bold = True
    rich.add_run(" und ")
    rich.add_run("kursiv").italic = True
    rich.add_run(".")
    document.add_paragraph("Netzwerke knüpfen", style="List Bullet")
    document.add_paragraph("Projekte fördern", style="List Bullet")
    document.add_paragraph(QUOTE_3)
    document.add_paragraph(BODY)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Ort"
    table.cell(0, 1).text = "Termin"
    table.cell(1, 0).text = "Potsdam"
    table.cell(1, 1).text = "Mai"
    if photo is not None:
        document.add_picture(str(photo))
        document.add_paragraph("Unterzeichnung in Potsdam. © Rainer Weisflog", style="Caption")
    document.add_heading("Über WFBB", level=2)
    document.add_paragraph(BOILERPLATE)
    document.add_heading("Pressekontakt", level=2)
    contact = document.add_paragraph("Anna Presse")
    contact.add_run().add_break()
    contact.add_run("Tel. +49 331 000000-0")
    contact.add_run().add_break()
    contact.add_run("presse@wfbb.example.org")
    document.save(str(path))
    return path


def release_text() -> str:
    """The same release as plain text (paragraphs apart by blank lines)."""
    return "\n\n".join([
        "Wirtschaftsförderer schließen Kooperation", LEAD, QUOTE_1, QUOTE_2, QUOTE_3, BODY,
        "Über WFBB", BOILERPLATE, "Pressekontakt", "Anna Presse\nTel. +49 331 000000-0\n"
        "presse@wfbb.example.org"]) + "\n"


ARTICLE_DE = f"""
<article>
<h1>Wirtschaftsförderer schließen Kooperation</h1>
<p>{LEAD}</p>
<p>{QUOTE_1}</p>
<p>{QUOTE_2}</p>
<h2>Was geplant ist</h2>
<p>Die beiden Gesellschaften wollen <strong>gemeinsam</strong> Projekte fördern und
<a href="https://example.org/projekt">Netzwerke</a> knüpfen, die über die Landesgrenzen
hinaus wirken und den Menschen vor Ort helfen.</p>
<p>{BODY}</p>
</article>"""

NAVIGATION = """
<div id="cookie">Wir verwenden Cookies. <a href="#">Akzeptieren</a> <a href="#">Ablehnen</a></div>
<nav><a href="#main">Sprungmenü: zum Inhalt</a> <a href="/">Start</a> <a href="/presse">Presse</a>
<a href="/themen">Themen</a> <a href="/kontakt">Kontakt</a></nav>
<ul class="links"><li><a href="/a">Aktuelles</a></li><li><a href="/b">Termine</a></li>
<li><a href="/c">Publikationen</a></li></ul>"""

FOOTER = """
<footer><a href="#top">Scroll to Top</a> <a href="/impressum">Impressum</a>
<a href="/datenschutz">Datenschutz</a> © 2021 WFBB</footer>"""


def release_html(article: str = ARTICLE_DE, lang: str = "de") -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            f"<title>Presse – WFBB</title></head><body>{NAVIGATION}<main>{article}</main>"
            f"{FOOTER}</body></html>")
