"""Small PDF files written byte by byte for the import tests: one content stream of 64
lines, drawn on every page (many pages of text from a few hundred bytes)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path


def write_pdf(path: Path, pages: int, line: Callable[[int], bytes]) -> None:
    """A PDF of ``pages`` pages, each drawing the 64 lines ``line(0)`` … ``line(63)``."""
    lines = b"".join(b"BT /F1 6 Tf 10 %d Td (" % (780 - i * 12) + line(i) + b") Tj ET\n"
                     for i in range(64))
    objects = {1: b"<< /Type /Catalog /Pages 2 0 R >>",
               3: b"<< /Length %d >>\nstream\n" % len(lines) + lines + b"\nendstream",
               4: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"}
    page = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R "
            b"/Resources << /Font << /F1 4 0 R >> >> >>")
    objects.update({5 + n: page for n in range(pages)})
    objects[2] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % (5 + n)
                  for n in range(pages)) + b"] /Count %d >>" % pages)
    out = bytearray(b"%PDF-1.4\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    start, size = len(out), max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    out += b"".join(b"%010d 00000 n \n" % offsets[n] for n in range(1, size))
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, start)
    path.write_bytes(bytes(out))
