"""The formats a release travels in: PDF (LibreOffice), wire-service text and e-mail."""

from __future__ import annotations

import email
import io
import json
import os
import shutil
import subprocess
import zipfile
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from pathlib import Path

import docx
import pytest
from render_support import BundleFactory, plant_canaries

from editor.core.model import Bundle, Embargo
from editor.render import RenderError, export_items, list_templates, pdf
from editor.render import text as wire
from editor.render.export import _shows_lines

FUTURE = datetime(2099, 3, 15, 10, 0)
CASES = [(t.name, langs) for t in list_templates() if t.builtin for langs in t.language_sets()]
NOW = datetime(2026, 12, 2, 9, 30, tzinfo=UTC)


def calls(log: Path) -> list[list[str]]:
    if not log.exists():
        return []
    return [json.loads(line)["argv"] for line in log.read_text().splitlines()]


def embargoed(factory: BundleFactory) -> Bundle:
    bundle = factory()
    bundle.items[0].embargo = Embargo(FUTURE, "Europe/Berlin")
    return bundle


def parse(path: Path) -> EmailMessage:
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def _flat(value: str) -> str:
    return " ".join(value.replace("\xa0", " ").replace("\u202f", " ").split())


# --- plain text -----------------------------------------------------------------------------

@pytest.mark.parametrize(("template", "langs"), CASES)
def test_text_for_every_template(template: str, langs: list[str], tmp_path: Path,
                                 bundle_factory: BundleFactory) -> None:
    bundle = embargoed(bundle_factory)
    canaries = plant_canaries(bundle)
    (path,) = export_items(bundle, ["item-1"], template, langs, ["txt"], tmp_path)
    assert path.suffix == ".txt"
    content = path.read_text(encoding="utf-8")
    lines = content.splitlines()
    assert max(len(line) for line in lines) <= 72
    first = langs[0]
    assert lines[0] == ("Sperrfrist: 15. März 2099, 10:00 Uhr MEZ" if first == "de"
                        else "EMBARGOED UNTIL 15 March 2099, 10:00 CET")
    flat = _flat(content)
    for lang in langs:
        contact = "Rückfragen bitte an:" if lang == "de" else "Press contact:"
        assert contact in lines
        marks = "„Smart Country“" if lang == "de" else "“Smart Country”"
        assert marks in flat  # typographic marks kept, not folded to ASCII
    # the boilerplate, then the press contact closes the text
    last = lines.index("Rückfragen bitte an:" if langs[-1] == "de" else "Press contact:")
    about = max(i for i, line in enumerate(lines) if line.startswith(("Über ", "About ")))
    assert about < last
    assert lines[last + 1:] == ["Pressestelle A",
                                "Pressesprecherin" if langs[-1] == "de" else "Spokeswoman",
                                "Agentur A GmbH", "Tel. +49 331 1234",
                                ("E-Mail" if langs[-1] == "de" else "Email")
                                + " presse@a.example.org"]
    assert not any(canary in content for canary in canaries)
    assert "(ots)" not in content


def test_text_wraps_at_72_without_splitting_words_or_addresses() -> None:
    url = "https://www.example.org/" + "a" * 80
    lines = wire.wrap(f"Mehr unter {url} und am 15.\xa0März im Haus.")
    assert lines[0] == "Mehr unter"
    assert lines[1] == url  # longer than a line: on a line of its own, whole
    assert lines[2] == "und am 15.\xa0März im Haus."
    assert wire.wrap("Zeile eins\nZeile zwei") == ["Zeile eins", "Zeile zwei"]
    assert all(len(line) <= 72 for line in wire.wrap("Wort " * 100))


def test_links_keep_their_address_in_the_text(tmp_path: Path, bundle: Bundle) -> None:
    (path,) = export_items(bundle, ["item-1"], "pressemitteilung", ["de"], ["txt"], tmp_path)
    assert "Mehr unter der Website (https://a.example.org) und kursiv." in _flat(
        path.read_text(encoding="utf-8"))


def test_wire_dateline_on_request(tmp_path: Path, bundle: Bundle) -> None:
    (plain,) = export_items(bundle, ["item-1"], "pressemitteilung", ["de"], ["txt"],
                            tmp_path / "a")
    assert "Potsdam/Magdeburg, den 15.03.2021. Die Partner" in plain.read_text("utf-8")
    (ots,) = export_items(bundle, ["item-1"], "pressemitteilung", ["de"], ["txt"],
                          tmp_path / "b", ots=True)
    content = ots.read_text("utf-8")
    assert "Potsdam/Magdeburg (ots) – Die Partner haben heute" in content
    assert "den 15.03.2021" not in content


def _user_template(source: str, name: str, **text: object) -> None:
    from editor.core import paths

    folder = paths.user_templates_dir() / name
    shutil.copytree(paths.builtin_templates_dir() / source, folder)
    shutil.copytree(paths.builtin_templates_dir() / "_shared",
                    paths.user_templates_dir() / "_shared", dirs_exist_ok=True)
    manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
    manifest["text"] = text
    (folder / "manifest.json").write_text(json.dumps(manifest), "utf-8")


def test_bilingual_text_follows_the_template(tmp_path: Path, bundle: Bundle) -> None:
    (both,) = export_items(bundle, ["item-1"], "bilingual", ["de", "en"], ["txt"],
                           tmp_path / "a")
    content = both.read_text("utf-8")
    assert content.index("Rückfragen bitte an:") < content.index(wire.SEPARATOR) < \
        content.index("Press contact:")
    _user_template("bilingual", "wire-first", languages="first", ots=True)
    (first,) = export_items(bundle, ["item-1"], "wire-first", ["de", "en"], ["txt"],
                            tmp_path / "b")
    content = first.read_text("utf-8")
    assert "Rückfragen bitte an:" in content and "Press contact:" not in content
    assert "Potsdam/Magdeburg (ots) – " in content
    (plain,) = export_items(bundle, ["item-1"], "wire-first", ["de", "en"], ["txt"],
                            tmp_path / "c", ots=False)  # the export's choice wins
    assert "(ots)" not in plain.read_text("utf-8")


def test_a_bad_text_setting_in_a_manifest_is_named(bundle: Bundle) -> None:
    from editor.render import TemplateError
    from editor.render.catalogue import find_template

    _user_template("pressemitteilung", "bad-text", languages="some")
    with pytest.raises(TemplateError, match=r"text\.languages"):
        find_template("bad-text")


def test_draft_text_carries_the_draft_line_and_marks(tmp_path: Path, bundle: Bundle) -> None:
    bundle.items[0].blocks[0].text.text.pop("en")
    (path,) = export_items(bundle, ["item-1"], "press-release", ["en"], ["txt"], tmp_path,
                           draft=True)
    lines = path.read_text("utf-8").splitlines()
    assert lines[0] == "DRAFT – for approval, not for publication"
    assert "[translation missing]" in lines


def test_embargo_line_is_found_however_the_text_is_wrapped() -> None:
    line = "Sperrfrist: " + "sehr lange Angabe " * 6
    wrapped = "\n".join(wire.wrap(line)).encode()
    assert _shows_lines("txt", wrapped, [line])
    assert not _shows_lines("txt", b"nothing here", [line])
    assert _shows_lines("txt", b"A & B <c>", ["A & B <c>"])  # no HTML escaping


# --- e-mail ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("template", "langs"), CASES)
def test_email_for_every_template(template: str, langs: list[str], tmp_path: Path,
                                  bundle_factory: BundleFactory, fake_soffice: Path) -> None:
    bundle = embargoed(bundle_factory)
    written = export_items(bundle, ["item-1"], template, langs, ["txt", "eml"], tmp_path,
                           now=NOW)
    txt, eml = written
    assert eml.suffix == ".eml"
    raw = eml.read_bytes()
    assert raw.isascii() and b"\r\n" in raw  # 7-bit transport encodings, RFC 5322 line ends
    message = parse(eml)
    assert message.get_content_type() == "multipart/mixed"
    body, docx_part, pdf_part = message.iter_parts()
    assert body.get_content_type() == "multipart/alternative"
    plain, page = body.iter_parts()
    assert plain.get_content_type() == "text/plain"
    assert page.get_content_type() == "text/html"
    assert plain.get_content_charset() == "utf-8"
    assert plain["Content-Transfer-Encoding"] == "quoted-printable"
    assert plain.get_content().replace("\r\n", "\n") == txt.read_text("utf-8")
    assert "<html" in page.get_content() and "Smart Country" in page.get_content()
    headline = ('Agenturen schließen Kooperation zur „Smart Country“' if langs[0] == "de"
                else "Agencies join forces for the “Smart Country”")
    embargo = ("SPERRFRIST 15. März 2099, 10:00 Uhr MEZ" if langs[0] == "de"
               else "EMBARGOED UNTIL 15 March 2099, 10:00 CET")
    assert _flat(str(message["Subject"])) == _flat(f"{embargo}: {headline}")
    assert "=?utf-8?" in raw.split(b"\r\n\r\n")[0].decode()  # the umlauts RFC 2047-encoded
    assert message["From"].addresses[0].addr_spec == "presse@a.example.org"
    assert message["Date"].datetime == NOW
    assert message["Message-ID"].endswith("@a.example.org>")
    assert message["Content-Language"] == ", ".join(langs)
    stem = eml.name.removesuffix(".eml")
    assert docx_part.get_filename() == f"{stem}.docx"
    assert docx_part.get_content_type() == ("application/vnd.openxmlformats-officedocument."
                                            "wordprocessingml.document")
    word = docx.Document(io.BytesIO(docx_part.get_content()))
    assert any("Smart Country" in p.text for p in word.paragraphs) or word.tables
    assert pdf_part.get_filename() == f"{stem}.pdf"
    assert pdf_part.get_content().startswith(b"%PDF")
    assert not (tmp_path / f"{stem}.pdf").exists()  # only what was asked for is written


def test_email_without_embargo_has_the_plain_headline(tmp_path: Path, bundle: Bundle,
                                                      fake_soffice: Path) -> None:
    (eml,) = export_items(bundle, ["item-1"], "pressemitteilung", ["de"], ["eml"], tmp_path)
    message = parse(eml)
    assert str(message["Subject"]) == "Agenturen schließen Kooperation zur „Smart Country“"
    assert message["Date"] is not None and message["Message-ID"] is not None


def test_email_of_a_draft_says_so_in_its_subject(tmp_path: Path, bundle: Bundle,
                                                 fake_soffice: Path) -> None:
    (eml,) = export_items(bundle, ["item-1"], "press-release", ["en"], ["eml"], tmp_path,
                          draft=True)
    assert str(parse(eml)["Subject"]).startswith("DRAFT: Agencies join forces")


def test_email_without_a_contact_address_still_has_a_message_id(
        tmp_path: Path, bundle: Bundle, fake_soffice: Path) -> None:
    bundle.items[0].contacts = []
    (eml,) = export_items(bundle, ["item-1"], "pressemitteilung", ["de"], ["eml"], tmp_path)
    message = parse(eml)
    assert message["From"] is None
    assert message["Message-ID"].endswith("@pressestelle.invalid>")


# --- PDF: one LibreOffice call, deadline, missing program, untrusted links --------------------

def test_all_pdfs_of_an_export_come_from_one_call(tmp_path: Path, bundle_factory: BundleFactory,
                                                  fake_soffice: Path) -> None:
    bundle = bundle_factory()
    second = bundle_factory().items[0]
    second.id = "item-2"
    bundle.items.append(second)
    written = export_items(bundle, ["item-1", "item-2"], "pressemitteilung", ["de"],
                           ["docx", "pdf", "eml"], tmp_path)
    assert [p.suffix for p in written] == [".docx", ".pdf", ".eml"] * 2
    (call,) = calls(fake_soffice)
    assert sum(a.endswith(".docx") for a in call) == 2
    assert "--headless" in call
    assert any(a.startswith("-env:UserInstallation=file://") for a in call)
    assert pdf.PDF_FILTER in call  # PDF/A-2b asked for


def test_missing_libreoffice_is_said_and_nothing_is_written(
        tmp_path: Path, bundle: Bundle, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(pdf.SOFFICE_VARIABLE, raising=False)
    monkeypatch.setattr(pdf, "PROGRAM_NAMES", ("no-such-office-program",))
    monkeypatch.setattr(pdf, "KNOWN_PLACES", ())
    with pytest.raises(pdf.LibreOfficeMissing, match="needs LibreOffice, which was not found"):
        export_items(bundle, ["item-1"], "pressemitteilung", ["de"], ["docx", "pdf"],
                     tmp_path / "out")
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())


def test_a_hanging_libreoffice_is_stopped_at_the_deadline(
        tmp_path: Path, fake_soffice: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAKE_SOFFICE_SLEEP", "60")
    data = _docx_bytes()
    started = datetime.now()
    with pytest.raises(RenderError, match="took longer than 1 seconds"):
        pdf.convert([("a.docx", data)], timeout=1)
    assert (datetime.now() - started).total_seconds() < 20
    (pid,) = [json.loads(line)["pid"] for line in fake_soffice.read_text().splitlines()]
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_a_conversion_reports_its_progress_and_stops_when_the_user_cancels(
        fake_soffice: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Many files take a while: the PDFs made so far are reported while LibreOffice
    works, and raising from the report (Cancel in the window) ends LibreOffice."""
    monkeypatch.setenv("FAKE_SOFFICE_EACH", "0.3")
    documents = [(f"{n}.docx", _docx_bytes()) for n in range(4)]
    seen: list[int] = []
    conversion = pdf.convert(documents, progress=seen.append)
    assert len(conversion.pdfs) == 4
    assert seen and seen == sorted(seen) and max(seen) >= 1

    class Cancelled(Exception):
        pass

    def cancel(done: int) -> None:
        raise Cancelled

    monkeypatch.setenv("FAKE_SOFFICE_EACH", "30")
    started = datetime.now()
    with pytest.raises(Cancelled):
        pdf.convert(documents, progress=cancel)
    assert (datetime.now() - started).total_seconds() < 20
    pid = json.loads(fake_soffice.read_text().splitlines()[-1])["pid"]
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def _docx_bytes(rels: str = "", document: str = "<w:body/>") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml",
                   '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/'
                   f'2006/main">{document}</w:document>')
        z.writestr("word/_rels/document.xml.rels",
                   f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                   f'relationships">{rels}</Relationships>')
    return buffer.getvalue()


REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


@pytest.mark.parametrize("rels,document", [
    (f'<Relationship Id="r1" Type="{REL}image" Target="file:///etc/passwd" '
     'TargetMode="External"/>', "<w:body/>"),
    (f"<Relationship Id='r1' Type='{REL}subDocument' Target='/home/x/secret.docx' "
     "TargetMode = 'External'/>", "<w:body/>"),
    (f'<Relationship Id="r1" Type="{REL}aFChunk" Target="chunk.html"/>', "<w:body/>"),
    ("", '<w:body><w:p><w:r><w:instrText> INCLUDEPICTURE "/etc/hosts" </w:instrText>'
         "</w:r></w:p></w:body>"),
    ("", '<w:body><w:fldSimple w:instr=" includetext C:\\\\secret.docx "/></w:body>'),
])
def test_a_word_file_that_links_outside_is_not_converted(rels: str, document: str,
                                                         fake_soffice: Path) -> None:
    with pytest.raises(RenderError, match="not converted to PDF"):
        pdf.convert([("linked.docx", _docx_bytes(rels, document))])
    assert calls(fake_soffice) == []


def test_web_links_are_allowed_in_a_converted_word_file(fake_soffice: Path) -> None:
    link = (f'<Relationship Id="r1" Type="{REL}hyperlink" Target="https://a.example.org" '
            'TargetMode="External"/>')
    result = pdf.convert([("linked.docx", _docx_bytes(link))])
    assert result.pdfs[0].startswith(b"%PDF")


def test_pdfa_part_reads_the_xmp_metadata() -> None:
    xmp = b"<rdf:Description><pdfaid:part>2</pdfaid:part><pdfaid:conformance>B"
    assert pdf.pdfa_part(b"%PDF-1.6 " + xmp) == "2B"
    assert pdf.pdfa_part(b'%PDF-1.6 pdfaid:part="2" pdfaid:conformance="B"') == "2B"
    assert pdf.pdfa_part(b"%PDF-1.6 nothing") == ""


needs_soffice = pytest.mark.skipif(
    shutil.which("soffice") is None and "CI" not in os.environ,
    reason="LibreOffice (soffice) is not installed")


@pytest.mark.slow
@needs_soffice
@pytest.mark.parametrize(("template", "langs"), CASES)
def test_pdf_by_real_libreoffice_for_every_template(template: str, langs: list[str],
                                                    tmp_path: Path,
                                                    bundle_factory: BundleFactory) -> None:
    bundle = embargoed(bundle_factory)
    docx_path, pdf_path, eml_path = export_items(bundle, ["item-1"], template, langs,
                                                 ["docx", "pdf", "eml"], tmp_path)
    data = pdf_path.read_bytes()
    assert data.startswith(b"%PDF")
    assert pdf.pdfa_part(data) == "2B"  # PDF/A-2b, declared in the XMP metadata
    shown = subprocess.run(["pdftotext", "-layout", str(pdf_path), "-"], capture_output=True,
                           check=True, timeout=60).stdout.decode("utf-8")
    flat = _flat(shown)
    assert "Smart Country" in flat
    wanted = "Sperrfrist: 15. März 2099" if "de" in langs else "EMBARGOED UNTIL 15 March 2099"
    assert wanted.casefold() in flat.casefold()  # the template's style may set capitals
    attached = [p for p in parse(eml_path).iter_attachments()]
    assert [p.get_content() for p in attached] == [docx_path.read_bytes(), data]


def test_email_carries_the_photos_as_parts_of_the_message(
        tmp_path: Path, bundle_factory: BundleFactory, photo_file: Path,
        fake_soffice: Path) -> None:
    bundle = bundle_factory(photo_path=str(photo_file))
    (html_path, eml) = export_items(bundle, ["item-1"], "pressemitteilung", ["de"],
                                    ["html", "eml"], tmp_path)
    assert "data:image/png;base64," in html_path.read_text("utf-8")  # the page stands alone
    message = parse(eml)
    body = next(message.iter_parts())
    plain, related = body.iter_parts()
    assert plain.get_content_type() == "text/plain"
    assert related.get_content_type() == "multipart/related"
    page, image = related.iter_parts()
    assert page.get_content_type() == "text/html"
    assert "data:image" not in page.get_content()
    cid = image["Content-ID"].strip("<>")
    assert f'src="cid:{cid}"' in page.get_content()
    assert image.get_content_type() == "image/png"
    assert image.get_content() == photo_file.read_bytes()
    assert [p.get_filename()[-4:] for p in message.iter_attachments()] == ["docx", ".pdf"]


def test_text_of_a_corrected_item_says_so(tmp_path: Path, bundle: Bundle) -> None:
    from editor.core.model import ItemStatus

    item = bundle.items[0]
    item.status = ItemStatus.CORRECTED
    item.corrected_at = datetime(2021, 3, 16, 9, 0)
    (path,) = export_items(bundle, ["item-1"], "pressemitteilung", ["de"], ["txt"], tmp_path)
    assert "Korrigierte Fassung vom 16. März 2021" in path.read_text("utf-8").splitlines()
