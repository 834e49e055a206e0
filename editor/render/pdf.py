"""PDF export: the Word files converted by LibreOffice, many in one ``soffice`` call.

The PDF is the DOCX as LibreOffice lays it out, so it looks like the Word file the
approval round saw. LibreOffice starts slowly (one to two seconds), so every file of an
export goes through a single ``soffice --headless --convert-to pdf`` call, with a profile
folder of its own (a LibreOffice the user has open is not disturbed and does not take the
job over), a deadline after which the whole process group is stopped, and PDF/A-2b asked
for through the ``writer_pdf_Export`` filter options.

A Word file may point outside itself (a picture linked to a file on the disk, a field
that includes another document); LibreOffice would fetch such things while converting.
The DOCX files converted here come from the app's templates, which are shared files, so
each one is checked first and refused when it links anything but web links.
"""

from __future__ import annotations

import functools
import io
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
import zipfile
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from editor.core.wording import counted
from editor.render.errors import RenderError

SOFFICE_VARIABLE = "PRESSESTELLE_SOFFICE"
"""Names the LibreOffice program to use when it is not ``soffice`` on the search path."""
PROGRAM_NAMES = ("soffice", "libreoffice")
KNOWN_PLACES = (
    "/usr/bin/soffice",
    "/usr/lib/libreoffice/program/soffice",
    "/opt/libreoffice/program/soffice",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    r"C:\Program Files\LibreOffice\program\soffice.exe",
)
START_SECONDS = 60.0
"""What a conversion may take before its first file (LibreOffice starting, busy machine)."""
SECONDS_PER_FILE = 10.0
"""What each further file may add to the deadline (a measured file takes 0.2 s)."""
POLL_SECONDS = 0.25
"""How often a running conversion is looked at (progress, deadline)."""
PDF_FILTER = 'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}'
"""PDF/A-2b (``SelectPdfVersion`` 2), in the JSON filter options LibreOffice 7.4 reads."""
PLAIN_FILTER = "pdf:writer_pdf_Export"
"""For older LibreOffice versions, which do not read the JSON options: plain PDF."""

HYPERLINK_TYPE = (b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                  b"hyperlink")
_FIELD_LINK = re.compile(rb"\b(INCLUDEPICTURE|INCLUDETEXT|LINK|DDE|DDEAUTO|IMPORT)\b")
_RELATIONSHIP = re.compile(rb"<(?:[\w.-]+:)?Relationship\b[^>]*>", re.IGNORECASE)
_ALT_CHUNK = re.compile(rb"aFChunk|altChunk", re.IGNORECASE)


class LibreOfficeMissing(RenderError):
    """No LibreOffice was found: PDF (and e-mail with its PDF) cannot be made."""


@dataclass(frozen=True)
class Conversion:
    """What a batch conversion made, and which LibreOffice made it."""

    pdfs: list[bytes]
    program: str
    pdfa: bool
    """True when PDF/A-2b was asked for (LibreOffice 7.4 and later)."""


def find_soffice() -> str:
    """The LibreOffice program; raise :class:`LibreOfficeMissing` with advice if none."""
    named = os.environ.get(SOFFICE_VARIABLE, "").strip()
    if named:
        found = shutil.which(named)
        if found:
            return found
        raise LibreOfficeMissing(
            f"PDF export needs LibreOffice, but {SOFFICE_VARIABLE} names {named!r}, which is "
            f"not a program here; correct it or remove the variable.")
    for name in PROGRAM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    for place in KNOWN_PLACES:
        if os.access(place, os.X_OK):
            return place
    raise LibreOfficeMissing(
        "PDF export needs LibreOffice, which was not found (no soffice program). Install "
        "it (Debian/Ubuntu: apt-get install libreoffice-writer-nogui) or leave out the "
        "formats PDF and e-mail.")


def check_self_contained(name: str, data: bytes) -> None:
    """Raise :class:`RenderError` when the DOCX ``data`` links to anything but web pages:
    an external picture, frame or document, an embedded foreign chunk, or a field that
    fetches a file. LibreOffice would read it while converting."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            for member in z.namelist():
                if member.endswith(".rels") and _links_out(z.read(member)):
                    raise RenderError(
                        f"{name} links to something outside the document ({member}); it "
                        f"is not converted to PDF. Remove linked pictures and embedded "
                        f"documents from the template.")
                if (member.startswith("word/") and member.endswith(".xml")
                        and _field_links(z.read(member))):
                    raise RenderError(
                        f"{name} has a field that fetches a file ({member}); it is not "
                        f"converted to PDF. Remove INCLUDEPICTURE, INCLUDETEXT and LINK "
                        f"fields from the template.")
    except zipfile.BadZipFile:
        raise RenderError(f"{name} is not a Word file; it is not converted to PDF.") from None


def _links_out(rels: bytes) -> bool:
    """True when a relationship of ``rels`` points outside the package (other than a
    hyperlink) or embeds a foreign document (``altChunk``)."""
    for rel in _RELATIONSHIP.findall(rels):
        external = re.search(rb"TargetMode\s*=\s*[\"']External[\"']", rel) is not None
        if (external and HYPERLINK_TYPE not in rel) or _ALT_CHUNK.search(rel):
            return True
    return False


def _field_links(xml: bytes) -> bool:
    """True when a field instruction (``w:instrText`` or ``w:fldSimple w:instr``) of
    ``xml`` fetches something."""
    if b"instr" not in xml:
        return False
    texts = re.findall(rb"<w:instrText\b[^>]*>([^<]*)<", xml)
    texts += re.findall(rb"w:instr=\"([^\"]*)\"", xml)
    return any(_FIELD_LINK.search(t.upper()) for t in texts)


@functools.lru_cache(maxsize=8)
def _version(program: str) -> tuple[int, int]:
    """LibreOffice's version (0, 0 when it does not say); asked once per program."""
    try:
        done = subprocess.run([program, "--version"], capture_output=True, timeout=30,
                              check=False, stdin=subprocess.DEVNULL)
    except (OSError, subprocess.TimeoutExpired):
        return (0, 0)
    match = re.search(rb"(\d+)\.(\d+)", done.stdout)
    return (int(match.group(1)), int(match.group(2))) if match else (0, 0)


def convert(documents: Sequence[tuple[str, bytes]], *, timeout: float | None = None,
            program: str | None = None,
            progress: Callable[[int], None] | None = None) -> Conversion:
    """Each (name, DOCX bytes) as PDF bytes, in order, from one LibreOffice call.

    ``timeout``: seconds for the whole call (default: :data:`START_SECONDS` plus
    :data:`SECONDS_PER_FILE` per file). Nothing is left behind: the files and the
    profile live in a temporary folder removed afterwards. ``progress`` is told, a few
    times a second, how many PDFs LibreOffice has made; raising in it stops LibreOffice.
    """
    if not documents:
        return Conversion([], "", False)
    for name, data in documents:
        check_self_contained(name, data)
    program = program or find_soffice()
    pdfa = _version(program) >= (7, 4)
    limit = timeout if timeout is not None else START_SECONDS + SECONDS_PER_FILE * len(
        documents)
    with tempfile.TemporaryDirectory(prefix="pressestelle-pdf-") as work:
        root = Path(work)
        (root / "in").mkdir()
        (root / "out").mkdir()
        inputs = []
        for n, (_name, data) in enumerate(documents):
            path = root / "in" / f"{n:05d}.docx"
            path.write_bytes(data)
            inputs.append(str(path))
        command = [program, f"-env:UserInstallation={(root / 'profile').as_uri()}",
                   "--headless", "--invisible", "--nologo", "--norestore", "--nolockcheck",
                   "--nodefault", "--convert-to", PDF_FILTER if pdfa else PLAIN_FILTER,
                   "--outdir", str(root / "out"), *inputs]
        _run(command, limit, len(documents), root / "out", progress)
        pdfs = []
        for (name, _data), source in zip(documents, inputs, strict=True):
            made = root / "out" / (Path(source).stem + ".pdf")
            if not made.is_file() or made.stat().st_size == 0:
                raise RenderError(f"LibreOffice did not convert {name} to PDF; open the "
                                  f"Word file in LibreOffice to see why.")
            pdfs.append(made.read_bytes())
    return Conversion(pdfs, program, pdfa)


def _run(command: list[str], limit: float, count: int, out_dir: Path,
         progress: Callable[[int], None] | None) -> None:
    """Run LibreOffice in a process group of its own; stop the group at ``limit``, or
    when ``progress`` (told the PDFs made so far) raises."""
    env = dict(os.environ)
    env.pop("DISPLAY", None)  # headless: never a window on the user's screen
    env.pop("WAYLAND_DISPLAY", None)
    with tempfile.TemporaryFile() as said_file:  # a file, not a pipe: it never fills up
        try:
            process = subprocess.Popen(command, stdin=subprocess.DEVNULL,
                                       stdout=said_file, stderr=subprocess.STDOUT,
                                       start_new_session=True, env=env)
        except OSError as exc:
            raise LibreOfficeMissing(f"LibreOffice ({command[0]}) cannot be started: "
                                     f"{exc.strerror}.") from None
        deadline = time.monotonic() + limit
        try:
            while True:
                try:
                    process.wait(timeout=POLL_SECONDS)
                    break
                except subprocess.TimeoutExpired:
                    pass
                if time.monotonic() > deadline:
                    raise RenderError(
                        f"LibreOffice took longer than {limit:.0f} seconds to convert "
                        f"{counted(count, 'file')} to PDF and was stopped; try fewer items "
                        f"at once.")
                if progress is not None:
                    progress(sum(1 for _ in out_dir.glob("*.pdf")))
        except BaseException:
            _stop_group(process)
            raise
        said_file.seek(0)
        output = said_file.read(64_000)
    if process.returncode != 0:
        said = output.decode("utf-8", "replace").strip().splitlines()
        raise RenderError(f"LibreOffice could not convert to PDF (exit code "
                          f"{process.returncode}): {said[-1] if said else 'no message'}.")


def _stop_group(process: subprocess.Popen[bytes]) -> None:
    """End LibreOffice and what it started (its own process group)."""
    with suppress(ProcessLookupError, PermissionError, OSError):
        if hasattr(os, "killpg"):
            os.killpg(process.pid, signal.SIGKILL)
        else:
            process.kill()
    with suppress(Exception):
        process.wait(timeout=10)


def pdfa_part(pdf: bytes) -> str:
    """ "2B" when the PDF's XMP metadata declares PDF/A-2b; "" when it declares none."""
    part = re.search(rb"pdfaid:part(?:>|=\")(\d)", pdf)
    level = re.search(rb"pdfaid:conformance(?:>|=\")([A-Za-z])", pdf)
    if part is None:
        return ""
    return part.group(1).decode() + (level.group(1).decode().upper() if level else "")
