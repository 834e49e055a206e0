"""Reading old releases (DOCX, HTML, plain text, PDF) into a neutral list of blocks.

Every file is treated as hostile: it is read only when it is a regular file under a size
limit; a DOCX is checked as a ZIP first (no encrypted or corrupt files, no ZIP bombs) and
its XML is parsed without entities or network; HTML is parsed without network and only
its article is kept (boilerplate removal by jusText); PDF text comes from poppler's
``pdftotext`` in a subprocess with a time limit. A file that cannot be read raises
:class:`DocumentReadError` naming the file and the reason; nothing else is returned half.

The document's plain text is its blocks' plain texts joined by blank lines; for a text
file it is the file's decoded text itself, so offsets into it are offsets into the file.
"""

from __future__ import annotations

import contextlib
import enum
import io
import os
import re
import signal
import subprocess
import threading
import time
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from editor.core.errors import PressestelleError
from editor.core.images import PhotoData, PhotoError, clean_photo
from editor.core.invisible import INVISIBLE, Removed, removed_from
from editor.io.photo_files import read_regular_file

MAX_DOCX_BYTES = 50 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
"""The most a DOCX may hold unpacked; more is a ZIP bomb, not a release."""
MAX_RATIO = 200
"""The largest compression ratio of one member of a DOCX (text compresses ~10:1)."""
MAX_MEMBERS = 5_000
MAX_HTML_BYTES = 10 * 1024 * 1024
MAX_TEXT_BYTES = 10 * 1024 * 1024
MAX_PDF_BYTES = 50 * 1024 * 1024
MAX_PARTS = 5_000
"""The most paragraphs, table cells and list items a document may have (a release has a
few dozen): jusText weighs each paragraph of a web page against its neighbours, which
takes time growing with the square of their number (85,000 took four minutes)."""
PDF_SECONDS = 30
"""How long ``pdftotext`` may take for one file."""
MAX_PDF_TEXT_BYTES = 10 * 1024 * 1024
"""The most text a PDF may give (as much as a text file may hold)."""
SUFFIXES = (".docx", ".html", ".htm", ".txt", ".pdf")
"""The kinds of file the document import reads."""


class ReadProblem(enum.StrEnum):
    """Why a document could not be read; the window shows each in its own words."""

    UNSUPPORTED = "unsupported"
    UNREADABLE = "unreadable"
    TOO_LARGE = "too_large"
    ENCRYPTED = "encrypted"
    CORRUPT = "corrupt"
    ZIP_BOMB = "zip_bomb"
    ENCODING = "encoding"
    NO_TEXT = "no_text"
    TIMEOUT = "timeout"
    NO_PDF_TOOL = "no_pdf_tool"
    TOO_MANY_PARTS = "too_many_parts"
    TOO_MUCH_TEXT = "too_much_text"
    CONTROL = "control"


PROBLEM_TEXT: dict[ReadProblem, str] = {
    ReadProblem.UNSUPPORTED: "this kind of file is not read (use .docx, .html, .txt or .pdf)",
    ReadProblem.UNREADABLE: "the file cannot be read ({detail})",
    ReadProblem.TOO_LARGE: "the file is larger than {detail} MB",
    ReadProblem.ENCRYPTED: "the document is encrypted or an old Word (.doc) file; save it "
                           "unprotected as .docx",
    ReadProblem.CORRUPT: "the document is damaged{detail}",
    ReadProblem.ZIP_BOMB: "the document unpacks to far more than a release holds "
                          "(a ZIP bomb?); it was not opened",
    ReadProblem.ENCODING: "the text is neither UTF-8 nor Windows-1252; save it as UTF-8",
    ReadProblem.NO_TEXT: "the document has no text (a scan?)",
    ReadProblem.TIMEOUT: "reading the PDF took longer than {detail} seconds",
    ReadProblem.NO_PDF_TOOL: "PDF files need pdftotext (Debian package poppler-utils)",
    ReadProblem.TOO_MANY_PARTS: "the document has more than {detail} paragraphs, table "
                                "cells and list items, far more than a release; it was "
                                "not read",
    ReadProblem.TOO_MUCH_TEXT: "the PDF holds more than {detail} MB of text, far more "
                               "than a release; it was not read",
    ReadProblem.CONTROL: "the text holds a control character ({detail}), which no release "
                         "has; is it a binary file?",
}
"""The English wording of each problem; ``{detail}`` is filled from the error."""


class DocumentReadError(PressestelleError):
    """A document cannot be read; names the file and the reason."""

    def __init__(self, path: Path, problem: ReadProblem, detail: str = "") -> None:
        self.file = Path(path)
        self.problem = problem
        self.detail = detail
        shown = f" ({detail})" if detail and problem == ReadProblem.CORRUPT else detail
        super().__init__(f"{self.file.name}: {PROBLEM_TEXT[problem].format(detail=shown)}")


class Kind(enum.StrEnum):
    HEADLINE = "headline"
    KICKER = "kicker"
    SUBHEADLINE = "subheadline"
    PARAGRAPH = "paragraph"
    SUBHEADING = "subheading"
    LIST = "list"
    PHOTO = "photo"
    TABLE = "table"


@dataclass
class SourceBlock:
    """One block of a document as read: its markup text and where its plain text starts."""

    kind: Kind
    text: str
    """With the app's inline markup (**bold**, *italic*, [link](url)); list items on lines."""
    plain: str = ""
    """As it appears in the document's plain text."""
    start: int = 0
    """Offset of :attr:`plain` in :attr:`SourceDocument.text`."""
    lang: str = ""
    """The language the document states for the block ("de", "en"), if any."""
    column: int = 0
    """For a two-column (side-by-side) table: 0 for the left, 1 for the right column."""
    photo: PhotoData | None = None
    caption: str = ""
    credit: str = ""

    @property
    def end(self) -> int:
        return self.start + len(self.plain)


@dataclass
class SourceDocument:
    path: Path
    format: str
    blocks: list[SourceBlock] = field(default_factory=list)
    text: str = ""
    lang: str = ""
    columns: tuple[str, str] | None = None
    """The languages of a side-by-side table's two columns ("de", "en"), if there is one."""
    removed: list[Removed] = field(default_factory=list)
    """Invisible direction and format characters taken out of the texts, per block."""


def read_document(path: Path) -> SourceDocument:
    """Read one document by its file name's ending; :class:`DocumentReadError` if it fails."""
    path = Path(path)
    suffix = path.suffix.casefold()
    if suffix == ".docx":
        document = read_docx(path)
    elif suffix in (".html", ".htm"):
        document = read_html(path)
    elif suffix == ".txt":
        document = read_text(path)
    elif suffix == ".pdf":
        document = read_pdf(path)
    else:
        raise DocumentReadError(path, ReadProblem.UNSUPPORTED)
    _remove_invisible(document)
    if not any(b.plain.strip() for b in document.blocks):
        raise DocumentReadError(path, ReadProblem.NO_TEXT)
    return document


def _remove_invisible(document: SourceDocument) -> None:
    """Take invisible direction and format characters out of every text of the document
    (see :mod:`editor.core.invisible`), noting per block the first and how many."""
    changed = False
    for number, block in enumerate(document.blocks, start=1):
        where = "the headline" if block.kind == Kind.HEADLINE else \
            f"block {number} ({block.kind.value})"
        block.plain, found = removed_from(block.plain, where, number)
        cleaned = [removed_from(block.text, where, number),
                   removed_from(block.caption, f"{where}, caption", number),
                   removed_from(block.credit, f"{where}, credit", number)]
        (block.text, in_text), (block.caption, caption), (block.credit, credit) = cleaned
        for note in (found or in_text, caption, credit):
            if note is not None:
                document.removed.append(note)
                changed = True
    if not changed:
        return
    if document.format == "txt":  # offsets stay those of the file's text, less what went
        original = document.text
        for block in document.blocks:
            block.start -= len(INVISIBLE.findall(original, 0, block.start))
        document.text = INVISIBLE.sub("", original)
    else:
        _finish(document)  # the offsets of the blocks' texts moved


def documents_in(paths: list[Path]) -> list[Path]:
    """The files to import: each file given, and the readable files inside folders given."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.suffix.casefold() in SUFFIXES
                                and p.is_file() and not p.is_symlink()))
        else:
            found.append(path)
    return found


def _read(path: Path, limit: int, what: str) -> bytes:
    try:
        return read_regular_file(path, limit, what)
    except PhotoError as error:
        if "larger than" in str(error):
            raise DocumentReadError(path, ReadProblem.TOO_LARGE, str(limit // (1024 * 1024))) \
                from None
        raise DocumentReadError(path, ReadProblem.UNREADABLE, str(error)) from None
    except OSError as error:
        raise DocumentReadError(path, ReadProblem.UNREADABLE, error.strerror or str(error)) \
            from None


def _finish(document: SourceDocument) -> SourceDocument:
    """Lay the blocks' plain texts end to end (blank lines between) and note each start."""
    parts: list[str] = []
    offset = 0
    for block in document.blocks:
        block.start = offset
        parts.append(block.plain)
        offset += len(block.plain) + 2
    document.text = "\n\n".join(parts)
    return document


# --- plain text ------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\x80-\x9f]")
_BLANK_LINE = re.compile(r"\n[ \t\r\f\xa0]*\n")


def decode_text(data: bytes, path: Path) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252; else refused."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise DocumentReadError(path, ReadProblem.ENCODING) from None
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                raise DocumentReadError(path, ReadProblem.ENCODING) from None
    found = _CONTROL.search(text)
    if found:
        line = text.count("\n", 0, found.start()) + 1
        raise DocumentReadError(path, ReadProblem.CONTROL,
                                f"U+{ord(found.group()):04X} in line {line:,}")
    return text


def read_text(path: Path) -> SourceDocument:
    """Paragraphs split at blank lines; the first is the headline. Offsets into the text."""
    text = decode_text(_read(path, MAX_TEXT_BYTES, "a text file"), path)
    document = SourceDocument(path, "txt", text=text)
    pos = parts = 0
    for match in [*_BLANK_LINE.finditer(text), None]:
        end = match.start() if match else len(text)
        chunk = text[pos:end]
        stripped = chunk.strip()
        if stripped:
            start = pos + chunk.index(stripped[0])
            plain = text[start:start + len(stripped)]
            kind = Kind.HEADLINE if not document.blocks else _text_kind(plain)
            parts = _count_part(path, parts, plain, kind)
            document.blocks.append(SourceBlock(kind, _joined_lines(plain, kind), plain, start))
        pos = match.end() if match else len(text)
    return document


def _count_part(path: Path, parts: int, plain: str, kind: Kind) -> int:
    """``parts`` with one more paragraph (or a list's items); refused past
    :data:`MAX_PARTS`, as a Word or HTML document is, before the rest is split up."""
    parts += sum(1 for line in plain.splitlines() if line.strip()) if kind == Kind.LIST else 1
    if parts > MAX_PARTS:
        raise DocumentReadError(path, ReadProblem.TOO_MANY_PARTS, f"{MAX_PARTS:,}")
    return parts


def _text_kind(plain: str) -> Kind:
    lines = [line.strip() for line in plain.splitlines() if line.strip()]
    if lines and all(re.match(r"^(?:[-*•–]|\d+[.)])\s+", line) for line in lines):
        return Kind.LIST
    if len(lines) == 1 and len(plain) < 80 and plain.strip()[-1:] not in ".!?:“”\"»«":
        return Kind.SUBHEADING
    return Kind.PARAGRAPH


def _joined_lines(plain: str, kind: Kind) -> str:
    """A paragraph's lines joined as one line (hyphenation undone); list items kept apart."""
    if kind == Kind.LIST:
        return "\n".join(re.sub(r"^(?:[-*•–]|\d+[.)])\s+", "", line.strip())
                         for line in plain.splitlines() if line.strip())
    lines = [line.strip() for line in plain.splitlines()]
    if len(lines) > 1 and _looks_like_address(lines):
        return "\n".join(line for line in lines if line)
    text = ""
    for line in lines:
        if not line:
            continue
        if text.endswith("-") and line[:1].islower():
            text = text[:-1] + line
        else:
            text = f"{text} {line}" if text else line
    return text


def _looks_like_address(lines: list[str]) -> bool:
    """Lines of a contact block: short lines with a phone, e-mail or web address."""
    return all(len(line) < 90 for line in lines) and any(
        re.search(r"@|https?://|www\.|\bTel\b|\+\d", line) for line in lines)


# --- PDF -------------------------------------------------------------------------------


def read_pdf(path: Path) -> SourceDocument:
    """The text of a PDF through ``pdftotext`` (reading order, not ``-layout``, so that
    columns stay apart). A PDF loses styles: headings, bold, lists and photos are guessed
    from the text alone or lost."""
    _read(path, MAX_PDF_BYTES, "a PDF file")  # checks regular file and size
    returncode, output = _pdftotext(path)
    if returncode != 0:
        if returncode == 1 and b"%PDF" not in _read(path, MAX_PDF_BYTES, "")[:1024]:
            raise DocumentReadError(path, ReadProblem.CORRUPT, "not a PDF")
        reason = "encrypted or damaged" if returncode in (1, 3) else "unreadable"
        if returncode == 3:
            raise DocumentReadError(path, ReadProblem.ENCRYPTED)
        raise DocumentReadError(path, ReadProblem.CORRUPT, reason)
    text = output.decode("utf-8", "replace").replace("\f", "\n\n")
    document = SourceDocument(path, "pdf")
    parts = 0
    for chunk in _BLANK_LINE.split(text):
        for plain in _pdf_paragraphs(chunk):
            kind = Kind.HEADLINE if not document.blocks else _text_kind(plain)
            parts = _count_part(path, parts, plain, kind)
            joined = _joined_lines(plain, kind)
            document.blocks.append(SourceBlock(kind, joined, joined))
    return _finish(document)


def _pdftotext(path: Path) -> tuple[int, bytes]:
    """``pdftotext``'s exit code and text for ``path``, within :data:`PDF_SECONDS` and
    :data:`MAX_PDF_TEXT_BYTES`: a small PDF can hold thousands of pages of text (a page's
    text drawn again on every page), which would fill the memory; the program is stopped
    as soon as either limit is passed."""
    command = ["pdftotext", "-enc", "UTF-8", "-nopgbrk", "-q", str(path), "-"]
    try:
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                   stderr=subprocess.DEVNULL, start_new_session=True)
    except FileNotFoundError:
        raise DocumentReadError(path, ReadProblem.NO_PDF_TOOL) from None
    chunks: list[bytes] = []
    too_much = threading.Event()

    def pump() -> None:
        size = 0
        assert process.stdout is not None
        while chunk := process.stdout.read(64 * 1024):
            size += len(chunk)
            if size > MAX_PDF_TEXT_BYTES:
                too_much.set()
                return
            chunks.append(chunk)

    reader = threading.Thread(target=pump, name="pdftotext output", daemon=True)
    started = time.monotonic()
    reader.start()
    try:
        reader.join(PDF_SECONDS)
        if reader.is_alive():
            raise DocumentReadError(path, ReadProblem.TIMEOUT, str(PDF_SECONDS))
        if too_much.is_set():
            raise DocumentReadError(path, ReadProblem.TOO_MUCH_TEXT,
                                    str(MAX_PDF_TEXT_BYTES // (1024 * 1024)))
        try:
            returncode = process.wait(max(0.1, PDF_SECONDS - (time.monotonic() - started)))
        except subprocess.TimeoutExpired:
            raise DocumentReadError(path, ReadProblem.TIMEOUT, str(PDF_SECONDS)) from None
        return returncode, b"".join(chunks)
    finally:
        if process.poll() is None:
            _stop(process)
        reader.join(5)
        if process.stdout is not None:
            process.stdout.close()


def _stop(process: subprocess.Popen[bytes]) -> None:
    """End ``process`` and whatever it started (its own session), then reap it."""
    with contextlib.suppress(OSError):
        if hasattr(os, "killpg"):
            os.killpg(process.pid, signal.SIGKILL)
        else:
            process.kill()
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(5)


def _pdf_paragraphs(chunk: str) -> list[str]:
    """A PDF keeps no paragraphs: a line ending a sentence well short of the full line
    width ends one."""
    lines = [line.rstrip() for line in chunk.strip().splitlines()]
    if not lines:
        return []
    width = max(len(line) for line in lines)
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        paragraphs[-1].append(line)
        if line.endswith((".", "!", "?", ":", "“", "”", '"', "«", "»")) \
                and len(line) < 0.85 * width:
            paragraphs.append([])
    return ["\n".join(p) for p in paragraphs if p and "".join(p).strip()]


# --- DOCX ------------------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R_EMBED = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed"
_LANG_WORDS = {"deutsch": "de", "german": "de", "english": "en", "englisch": "en"}


def _check_zip(path: Path, data: bytes) -> None:
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise DocumentReadError(path, ReadProblem.ENCRYPTED)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError) as error:
        raise DocumentReadError(path, ReadProblem.CORRUPT, f"not a Word file: {error}") \
            from None
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise DocumentReadError(path, ReadProblem.ZIP_BOMB)
    total = 0
    for member in members:
        if member.flag_bits & 0x1:
            raise DocumentReadError(path, ReadProblem.ENCRYPTED)
        total += member.file_size
        if member.compress_size and member.file_size > 1024 * 1024 and \
                member.file_size / member.compress_size > MAX_RATIO:
            raise DocumentReadError(path, ReadProblem.ZIP_BOMB)
    if total > MAX_UNPACKED_BYTES:
        raise DocumentReadError(path, ReadProblem.ZIP_BOMB)
    if "word/document.xml" not in archive.namelist():
        raise DocumentReadError(path, ReadProblem.CORRUPT, "it has no Word text")
    for member in members:
        if member.filename.endswith((".xml", ".rels")):
            try:
                with archive.open(member) as part:
                    head = part.read(_XML_HEAD)
            except (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError):
                raise DocumentReadError(path, ReadProblem.CORRUPT,
                                        f"{member.filename[:80]} cannot be unpacked") from None
            if _DTD.search(head):
                raise DocumentReadError(
                    path, ReadProblem.CORRUPT, f"{member.filename[:80]} declares a DTD or "
                    "entities, which Word and LibreOffice never write; it was not read")


_XML_HEAD = 4096
"""How much of each XML part is searched for a document type declaration: it stands
before the root element. (One further on is not resolved either; python-docx's parser
reads no DTD and expands no entity.)"""
_DTD = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)


def _damage(error: Exception) -> str:
    """What is wrong with a Word file python-docx could not open, in the user's words."""
    from lxml import etree

    if isinstance(error, etree.XMLSyntaxError):
        return f"its text is not well-formed XML: {error.msg}" if error.msg \
            else "its text is not well-formed XML"
    if isinstance(error, KeyError):
        return "a part that every Word file has is missing"
    return "its parts do not fit together as in a Word file"


def read_docx(path: Path) -> SourceDocument:
    """Paragraphs by their styles; bold, italic and links as inline markup; tables as text
    (a two-column table headed "Deutsch | English" as a side-by-side bilingual text);
    photos with their captions; headers and footers are layout and left out."""
    data = _read(path, MAX_DOCX_BYTES, "a Word file")
    _check_zip(path, data)
    import docx  # python-docx parses without entities or network (resolve_entities=False)

    _read_main_part_only()
    try:
        _LEAN.active = True
        try:
            word = docx.Document(io.BytesIO(data))
        finally:
            _LEAN.active = False
        document = SourceDocument(path, "docx")
        _docx_body(word, document)
    except DocumentReadError:
        raise
    except Exception as error:
        raise DocumentReadError(path, ReadProblem.CORRUPT, _damage(error)) from None
    _docx_headline(document)
    return _finish(document)


_LEAN = threading.local()
"""Set while :func:`read_docx` opens a file on this thread: python-docx then parses the
main text only and keeps every other part (styles, theme, settings, fonts, headers …) as
bytes. Opening a file parsed all of them, which took most of the time of reading one;
the style names are read from the bytes once per distinct style sheet
(:func:`_style_sheet`). Other code using python-docx (the exports) is not affected."""


@lru_cache(maxsize=1)
def _read_main_part_only() -> None:
    """Install, once, python-docx's hook choosing the class of each part it loads."""
    from docx.opc.constants import CONTENT_TYPE
    from docx.opc.part import Part, PartFactory

    previous = PartFactory.part_class_selector  # python-docx's own: pictures as ImagePart
    main = CONTENT_TYPE.WML_DOCUMENT_MAIN

    def choose(content_type: str, reltype: str) -> type[Part] | None:
        chosen = previous(content_type, reltype) if previous is not None else None
        if chosen is None and getattr(_LEAN, "active", False) and content_type != main:
            return Part  # kept as bytes, not parsed
        return chosen

    PartFactory.part_class_selector = choose


@lru_cache(maxsize=16)
def _style_sheet(blob: bytes) -> tuple[dict[str, str], str]:
    """Style names by style id and the default paragraph style's name, from the bytes of
    a ``styles.xml``; the documents of one batch mostly share a few style sheets."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True)
    root = etree.fromstring(blob, parser)
    names: dict[str, str] = {}
    default = "Normal"
    for style in root.iterchildren(f"{_W}style"):
        style_id = style.get(f"{_W}styleId") or ""
        name = style.find(f"{_W}name")
        names[style_id] = name.get(f"{_W}val") if name is not None else style_id
        if style.get(f"{_W}type") == "paragraph" and style.get(f"{_W}default") in ("1", "true"):
            default = names[style_id]
    return names, default


def _styles_of(word: Any) -> tuple[dict[str, str], str]:
    from docx.opc.constants import RELATIONSHIP_TYPE

    try:
        part = word.part.part_related_by(RELATIONSHIP_TYPE.STYLES)
    except KeyError:
        return {}, "Normal"  # a document without a style sheet
    element = getattr(part, "element", None)
    if element is not None:  # parsed after all (python-docx's hook was taken)
        from lxml import etree

        return _style_sheet(etree.tostring(element))
    return _style_sheet(bytes(part.blob))


def _docx_body(word: Any, document: SourceDocument) -> None:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    # style names once: python-docx looks each paragraph's style up anew (slow)
    styles = _styles_of(word)
    body = word.element.body
    parts = sum(1 for _ in body.iter(f"{_W}p"))
    if parts > MAX_PARTS:
        raise DocumentReadError(document.path, ReadProblem.TOO_MANY_PARTS, f"{MAX_PARTS:,}")
    formatted: dict[int, float] = {}  # id of the headline found by its look: its size
    for child in body.iterchildren():
        if child.tag == f"{_W}p":
            paragraph = Paragraph(child, word)
            count = len(document.blocks)
            _docx_paragraph(paragraph, word, document, 0, styles)
            if len(document.blocks) > count and _style_kind(_style_name(paragraph,
                                                                         styles)) is None:
                _kicker_above(document, _font_size(paragraph), formatted)
        elif child.tag == f"{_W}tbl":
            _docx_table(Table(child, word), word, document, styles)


Styles = tuple[dict[str, str], str]
"""Style names by style id, and the name of the default paragraph style."""


def _style_name(paragraph: Any, styles: Styles) -> str:
    names, default = styles
    found = paragraph._p.find(f"{_W}pPr/{_W}pStyle")
    if found is None:
        return default
    style_id = found.get(f"{_W}val") or ""
    return names.get(style_id, style_id)


def _style_kind(name: str) -> Kind | None:
    low = name.casefold()
    if "subtitle" in low or "subheadline" in low or "unterzeile" in low:
        return Kind.SUBHEADLINE
    if "kicker" in low or "dachzeile" in low or "overline" in low:
        return Kind.KICKER
    if low in ("title", "titel") or "headline" in low:
        return Kind.HEADLINE
    if low.startswith(("heading", "überschrift")) or "section heading" in low \
            or "subheading" in low:
        return Kind.SUBHEADING
    if "list" in low or "aufzählung" in low:
        return Kind.LIST
    return None


def _docx_paragraph(paragraph: Any, word: Any, document: SourceDocument, column: int,
                    styles: Styles) -> None:
    style = _style_name(paragraph, styles)
    blips = paragraph._p.findall(".//{http://schemas.openxmlformats.org/drawingml/2006/main}blip")
    if blips:
        photo = _docx_photo(word, blips[0])
        document.blocks.append(SourceBlock(Kind.PHOTO, "", "", photo=photo, column=column))
        return
    markup, plain = _inline(paragraph)
    if not plain.strip():
        return
    low = style.casefold()
    previous = document.blocks[-1] if document.blocks else None
    if ("caption" in low or "bildunterschrift" in low) and previous is not None \
            and previous.kind == Kind.PHOTO and not previous.caption:
        caption, credit = split_credit(plain)
        previous.caption, previous.credit = caption, credit
        previous.plain = plain.strip()
        return
    kind = _style_kind(style) or Kind.PARAGRAPH
    numbered = paragraph._p.find(f"{_W}pPr/{_W}numPr") is not None
    if numbered:
        kind = Kind.LIST
    if kind == Kind.LIST and previous is not None and previous.kind == Kind.LIST \
            and previous.column == column:
        previous.text += "\n" + markup.strip()
        previous.plain += "\n" + plain.strip()
        return
    block = SourceBlock(kind, markup.strip(), plain.strip(), column=column)
    if kind == Kind.PARAGRAPH and _big_or_bold(paragraph):
        block.kind = Kind.HEADLINE if not any(
            b.kind == Kind.HEADLINE for b in document.blocks) else Kind.PARAGRAPH
        if block.kind == Kind.PARAGRAPH:
            block.kind = Kind.SUBHEADING if len(plain) < 120 else Kind.PARAGRAPH
        block.text = block.plain
    document.blocks.append(block)


def _font_size(paragraph: Any) -> float:
    """The largest size set on the paragraph's runs, 0 where none is set."""
    return max((r.font.size.pt for r in paragraph.runs
                if r.text.strip() and r.font.size is not None), default=0.0)


def _kicker_above(document: SourceDocument, size: float, formatted: dict[int, float]) -> None:
    """Two bold lines at the top, the second larger: the first is the Dachzeile, the
    second the headline (without styles, the first bold line was taken as headline)."""
    block = document.blocks[-1]
    if block.kind == Kind.HEADLINE:
        formatted[id(block)] = size
        return
    if block.kind != Kind.SUBHEADING or len(document.blocks) < 2:
        return
    above = document.blocks[-2]
    if above.kind == Kind.HEADLINE and id(above) in formatted \
            and size > formatted[id(above)]:
        above.kind, block.kind = Kind.KICKER, Kind.HEADLINE


def _big_or_bold(paragraph: Any) -> bool:
    runs = [r for r in paragraph.runs if r.text.strip()]
    if not runs or len(paragraph.text) > 200:
        return False
    if all(r.bold for r in runs):
        return True
    return all(r.font.size is not None and r.font.size.pt >= 15 for r in runs)


def _docx_photo(word: Any, blip: Any) -> PhotoData | None:
    key = blip.get(_R_EMBED)
    try:
        part = word.part.related_parts[key]
        return clean_photo(part.blob)
    except (KeyError, PhotoError, AttributeError):
        return None


def _runs(paragraph: Any) -> Iterator[tuple[str, bool, bool, str]]:
    from docx.text.hyperlink import Hyperlink

    for content in paragraph.iter_inner_content():
        if isinstance(content, Hyperlink):
            address = content.address or ""
            text = content.text
            yield text, False, False, address
        else:
            yield content.text, bool(content.bold), bool(content.italic), ""


def _inline(paragraph: Any) -> tuple[str, str]:
    """The paragraph as inline markup and as plain text."""
    merged: list[list[Any]] = []
    for text, bold, italic, link in _runs(paragraph):
        if not text:
            continue
        if merged and merged[-1][1:] == [bold, italic, link]:
            merged[-1][0] += text
        else:
            merged.append([text, bold, italic, link])
    markup: list[str] = []
    plain: list[str] = []
    for text, bold, italic, link in merged:
        plain.append(text)
        core = text.strip()
        if not core:
            markup.append(text)
            continue
        lead = text[:len(text) - len(text.lstrip())]
        trail = text[len(text.rstrip()):]
        if link and re.match(r"^(?:https?:|mailto:|tel:)", link, re.IGNORECASE):
            core = f"[{core}]({link})"
        if italic:
            core = f"*{core}*"
        if bold:
            core = f"**{core}**"
        markup.append(lead + core + trail)
    return "".join(markup), "".join(plain)


def split_credit(caption: str) -> tuple[str, str]:
    """"Text. © Name" → ("Text.", "Name"); also "Foto: Name"."""
    match = re.search(r"\s*(?:©|\(c\)|Foto:|Photo:|Bild:)\s*(.+)$", caption, re.IGNORECASE)
    if not match:
        return caption.strip(), ""
    return caption[:match.start()].strip(), match.group(1).strip()


def _docx_table(table: Any, word: Any, document: SourceDocument, styles: Styles) -> None:
    rows = list(table.rows)
    if not rows:
        return
    first = [c.text.strip().casefold() for c in rows[0].cells]
    if len(first) == 2 and all(c in _LANG_WORDS for c in first):
        document.columns = (_LANG_WORDS[first[0]], _LANG_WORDS[first[1]])
        for row in rows[1:]:
            for column, cell in enumerate(row.cells[:2]):
                for paragraph in cell.paragraphs:
                    _docx_paragraph(paragraph, word, document, column, styles)
        return
    lines = [" | ".join(dict.fromkeys(c.text.strip() for c in row.cells)) for row in rows]
    text = "\n".join(line for line in lines if line.strip())
    if text:
        document.blocks.append(SourceBlock(Kind.TABLE, text, text))


def _docx_headline(document: SourceDocument) -> None:
    """Without a headline style, the first short paragraph is the headline; a short line
    above it the Dachzeile."""
    if any(b.kind == Kind.HEADLINE for b in document.blocks):
        return
    for block in document.blocks:
        if block.kind in (Kind.PARAGRAPH, Kind.SUBHEADING) and len(block.plain) < 200:
            block.kind = Kind.HEADLINE
            block.text = block.plain
            return


# --- HTML ------------------------------------------------------------------------------

_HTML_LANG = re.compile(r"^([a-zA-Z]{2})")
_HTML_PARTS = frozenset({
    "blockquote", "caption", "center", "col", "colgroup", "dd", "div", "dl", "dt",
    "fieldset", "form", "legend", "optgroup", "option", "p", "pre", "table", "td",
    "textarea", "tfoot", "th", "thead", "tr", "ul", "li", "h1", "h2", "h3", "h4", "h5",
    "h6", "br"})
"""The elements at which jusText starts a new paragraph."""


def read_html(path: Path) -> SourceDocument:
    """The article of a saved web page: jusText drops navigation, banners, footers and
    link lists; headings stay headings, ``lang`` attributes are kept per block. Photos of
    a web page are not imported (their files are not read)."""
    data = _read(path, MAX_HTML_BYTES, "a web page")
    import justext
    from lxml import etree, html

    parser = html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True,
                             huge_tree=False, encoding=_undeclared_utf8(data))
    try:
        tree = html.document_fromstring(data, parser=parser)
    except (etree.ParserError, ValueError) as error:
        raise DocumentReadError(path, ReadProblem.CORRUPT, str(error)) from None
    for bad in tree.xpath("//script|//style|//noscript|//template|//svg"):
        bad.drop_tree()
    parts = sum(1 for element in tree.iter() if element.tag in _HTML_PARTS)
    if parts > MAX_PARTS:
        raise DocumentReadError(path, ReadProblem.TOO_MANY_PARTS, f"{MAX_PARTS:,}")
    root_lang = _lang_of(tree)
    if tree.xpath(f"//article[{_HAS_CLASS.format('ps-language')}]"
                  f"|//table[{_HAS_CLASS.format('ps-sbs')}]"):
        return _read_own_export(tree, SourceDocument(path, "html", lang=root_lang))
    stoplist = justext.get_stoplist("German") | justext.get_stoplist("English")
    try:
        paragraphs = justext.justext(etree.tostring(tree, encoding="utf-8"), stoplist,
                                     length_low=30, length_high=120, max_link_density=0.3,
                                     encoding="utf-8")
    except Exception as error:
        raise DocumentReadError(path, ReadProblem.CORRUPT, type(error).__name__) from None
    document = SourceDocument(path, "html", lang=root_lang)
    article = _the_article(tree, paragraphs)
    started = False  # after the article's first good paragraph: its text, not its header
    headline = _html_headline(tree)
    if headline:
        document.blocks.append(SourceBlock(Kind.HEADLINE, headline, headline,
                                           lang=root_lang))
    for paragraph in paragraphs:
        plain = " ".join(paragraph.text.split())
        if not plain or plain == headline:
            continue
        element = _element_at(tree, paragraph.xpath)
        tag = element.tag if element is not None else ""
        started = started or paragraph.class_type == "good"
        if paragraph.class_type == "bad" and tag not in ("blockquote", "figcaption") \
                and not (started and _in_article(element, article, paragraph)):
            continue  # jusText's verdict; a quotation or caption in the article stays
        lang = _lang_of(element) if element is not None else root_lang
        kind = Kind.SUBHEADING if paragraph.is_heading else Kind.PARAGRAPH
        if tag == "li":
            kind = Kind.LIST
        text = _html_markup(element) if element is not None and kind != Kind.SUBHEADING \
            else plain
        if " ".join(_strip_markup(text).split()) != plain:
            text = plain
        previous = document.blocks[-1] if document.blocks else None
        if kind == Kind.LIST and previous is not None and previous.kind == Kind.LIST:
            previous.text += "\n" + text
            previous.plain += "\n" + plain
            continue
        document.blocks.append(SourceBlock(kind, text, plain, lang=lang or root_lang))
    return _finish(document)


_HAS_CLASS = "contains(concat(' ', normalize-space(@class), ' '), ' {} ')"
"""XPath test: the element has this class among its classes."""
_OWN_KINDS = {"ps-kicker": Kind.KICKER, "ps-headline": Kind.HEADLINE,
              "ps-subheadline": Kind.SUBHEADLINE, "ps-subheading": Kind.SUBHEADING,
              "ps-body": Kind.PARAGRAPH, "ps-quote": Kind.PARAGRAPH,
              "ps-byline": Kind.PARAGRAPH, "ps-release-line": Kind.PARAGRAPH,
              "ps-list": Kind.LIST}
"""The parts of a page this app exported, by the classes its HTML templates write."""
_OWN_SKIPPED = frozenset({"ps-immediate", "ps-correction", "ps-notice", "ps-end",
                          "ps-draft", "ps-credits", "ps-masthead", "ps-facts", "ps-photo"})
"""Words the export adds ("Zur sofortigen Veröffentlichung", "###", editing marks) and
parts the import does not take from a web page (event facts, photos)."""


def _read_own_export(tree: Any, document: SourceDocument) -> SourceDocument:
    """A page this app exported, read by the classes its templates write: jusText would
    judge its short lines (the Dachzeile, the press contact) to be a page's clutter.

    The names the export sets in bold in quotes are read as plain text; the boilerplate
    ("Über …") and contact sections become a heading and its paragraphs, as in a Word
    file."""
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        classes = set((element.get("class") or "").split())
        if classes & _OWN_SKIPPED or any(
                set((a.get("class") or "").split()) & _OWN_SKIPPED
                for a in element.iterancestors()):
            continue
        section = set((element.getparent().get("class") or "").split()) \
            if element.getparent() is not None else set()
        kind = next((_OWN_KINDS[c] for c in classes if c in _OWN_KINDS), None)
        if kind is None and section & {"ps-about", "ps-contact"}:
            kind = {"h2": Kind.SUBHEADING, "p": Kind.PARAGRAPH}.get(element.tag)
        if kind is None:
            continue
        lang = _lang_of(element) or document.lang
        if kind == Kind.LIST:
            items = [_html_markup(li) for li in element.iter("li")]
            text = "\n".join(item for item in items if item)
            plain = "\n".join(" ".join(_strip_markup(i).split()) for i in items if i)
        else:
            text = _html_markup(element)
            plain = " ".join(_strip_markup(text).split())
            if kind != Kind.PARAGRAPH or classes & {"ps-quote", "ps-byline"}:
                text = plain  # headings, and the names the export sets in bold
            if "ps-byline" in classes:
                text = plain = plain.removeprefix("— ").strip()
        if plain:
            document.blocks.append(SourceBlock(kind, text, plain, lang=lang))
    return _finish(document)


_DECLARED = re.compile(rb"<meta[^>]+charset|^\s*<\?xml[^>]+encoding", re.IGNORECASE)


def _undeclared_utf8(data: bytes) -> str | None:
    """"utf-8" for a page that does not say its encoding (no byte order mark, no
    ``<meta charset>``) and is valid UTF-8, as pages saved today are; the parser would
    read it as Latin-1 ("BrÃ¼cke"). None leaves the page's own declaration to the parser."""
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")) or _DECLARED.search(
            data[:4096]):
        return None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return "utf-8"


def _the_article(tree: Any, paragraphs: list[Any]) -> Any:
    """The page's one ``<article>`` element where jusText found the text, else None."""
    articles = tree.xpath("//article")
    if len(articles) != 1:
        return None
    for paragraph in paragraphs:
        element = _element_at(tree, paragraph.xpath)
        if paragraph.class_type == "good" and element is not None \
                and any(a is articles[0] for a in element.iterancestors()):
            return articles[0]
    return None


def _in_article(element: Any, article: Any, paragraph: Any) -> bool:
    """A paragraph of the article's own text without links (asked once its text has
    begun): jusText judges short paragraphs by their neighbours, and next to a footer it
    drops the article's last ones (a short quote, "Ein zweiter Termin ist geplant.")."""
    if article is None or element is None or paragraph.is_heading \
            or paragraph.links_density() > 0:
        return False
    return element is article or any(a is article for a in element.iterancestors())


def _element_at(tree: Any, xpath: str) -> Any:
    try:
        found = tree.getroottree().xpath(xpath)
    except Exception:
        return None
    return found[0] if found else None


def _lang_of(element: Any) -> str:
    while element is not None:
        value = element.get("lang") or element.get("{http://www.w3.org/XML/1998/namespace}lang")
        if value:
            match = _HTML_LANG.match(value)
            return match.group(1).casefold() if match else ""
        element = element.getparent()
    return ""


def _html_headline(tree: Any) -> str:
    for found in tree.xpath("//article//h1|//main//h1|//h1"):
        text = " ".join(found.text_content().split())
        if text:
            return text
    title = tree.find(".//title")
    if title is not None and title.text:
        return " ".join(title.text.split())
    return ""


def _html_markup(element: Any) -> str:
    """An element's text with <strong>/<b>, <em>/<i> and <a href> as inline markup."""
    parts: list[str] = [element.text or ""]
    for child in element:
        inner = _html_markup(child)
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "br":
            inner = "\n"
        elif inner.strip():
            lead = inner[:len(inner) - len(inner.lstrip())]
            trail = inner[len(inner.rstrip()):]
            core = inner.strip()
            if tag in ("strong", "b"):
                core = f"**{core}**"
            elif tag in ("em", "i"):
                core = f"*{core}*"
            elif tag == "a":
                href = (child.get("href") or "").strip()
                if re.match(r"^(?:https?:|mailto:|tel:)", href, re.IGNORECASE):
                    core = f"[{core}]({href})"
            inner = lead + core + trail
        parts.append(inner)
        parts.append(child.tail or "")
    return " ".join("".join(parts).split(" ")).replace("\xa0", " ").strip()


def _strip_markup(text: str) -> str:
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    return text.replace("**", "").replace("*", "").replace("\n", " ")
