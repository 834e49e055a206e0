"""Time the approval round through Word on the sample release, with peers in the same run.

    python bench/bench_approval_round.py [--count 200]

Writing: the approval file (:func:`approval_docx`) against the ordinary DOCX export of the
same item with the built-in "bilingual" template. Reading: the returned file with
tracked deletions and insertions and a comment (:func:`read_round`, which checks the zip,
parses without entities and compares every anchor) against python-docx opening the same
file and collecting its paragraphs' text (which neither checks the file nor sees the
tracked changes). Both on one core; the ratios matter, not the seconds.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import docx

from editor.io.samples import load_sample_bundles
from editor.render import docx as docx_render
from editor.render.approval_docx import approval_docx
from editor.render.catalogue import find_template
from editor.render.export import view_for
from editor.services.approval_round import read_round

SENTENCE = "Das ist ein großer Erfolg nach 30 Jahren Deutscher Einheit. "
DEL = '<w:del w:id="901" w:author="Pressestelle MWAE" w:date="2026-12-01T10:00:00Z">'
INS = '<w:ins w:id="902" w:author="Pressestelle MWAE" w:date="2026-12-01T10:00:00Z">'


def returned(data: bytes) -> bytes:
    """``data`` as the speaker's office sends it back: a sentence deleted, words added,
    a comment on a quote."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    xml = parts["word/document.xml"].decode()
    xml = xml.replace(SENTENCE, f'</w:t></w:r>{DEL}<w:r><w:delText xml:space="preserve">'
                      f'{SENTENCE}</w:delText></w:r></w:del><w:r><w:t xml:space="preserve">', 1)
    xml = xml.replace("haben heute", f'haben</w:t></w:r>{INS}<w:r><w:t xml:space="preserve">'
                      ' am Montag</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> heute', 1)
    xml = xml.replace("Institut der", '</w:t></w:r><w:commentRangeStart w:id="1"/><w:r><w:t '
                      'xml:space="preserve">Institut der</w:t></w:r><w:commentRangeEnd '
                      'w:id="1"/><w:r><w:t xml:space="preserve">', 1)
    parts["word/document.xml"] = xml.encode()
    parts["word/comments.xml"] = (
        b'<?xml version="1.0"?><w:comments xmlns:w="http://schemas.openxmlformats.org/'
        b'wordprocessingml/2006/main"><w:comment w:id="1" w:author="MWAE"><w:p><w:r><w:t>'
        b"Quelle?</w:t></w:r></w:p></w:comment></w:comments>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, part in parts.items():
            z.writestr(name, part)
    return out.getvalue()


def timed(count: int, work) -> float:
    start = time.perf_counter()
    for _ in range(count):
        work()
    return (time.perf_counter() - start) / count * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=200)
    args = parser.parse_args(argv)
    bundle = load_sample_bundles()[0]
    item = bundle.items[0]
    info = find_template("bilingual")
    view = view_for(bundle, item.id, info, ["de", "en"])
    docx_render.render_view(info, view)  # the template read once, as in a session
    write_ms = timed(args.count, lambda: approval_docx(bundle, item, ["de", "en"]))
    export_ms = timed(args.count, lambda: docx_render.render_view(info, view))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "zurueck.docx"
        path.write_bytes(returned(approval_docx(bundle, item, ["de", "en"])))
        changes = len(read_round(item, path).changes)
        read_ms = timed(args.count, lambda: read_round(item, path))
        peer_ms = timed(args.count, lambda: [p.text for p in docx.Document(str(path))
                                             .paragraphs])
    print(f"write approval file: {write_ms:.2f} ms; template DOCX export (peer): "
          f"{export_ms:.2f} ms; ratio {write_ms / export_ms:.2f}")
    print(f"read returned file ({changes} changes, 1 comment): {read_ms:.2f} ms; python-docx "
          f"paragraph text (peer): {peer_ms:.2f} ms; ratio {read_ms / peer_ms:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
