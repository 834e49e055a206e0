"""PDF export speed: N Word files in one LibreOffice call against one call per file.

    python bench/bench_pdf.py [--files 10] [--runs 1]

The sample release is rendered to DOCX N times (varied headlines, so the files differ),
then converted to PDF the way the export does it (``editor.render.pdf.convert``: every
file in one ``soffice --headless --convert-to pdf`` call, PDF/A-2b, a profile folder of
its own) and, as the peer measured in the same run, with one such call per file, which
is what converting the files one by one amounts to. Both sides use the same converter,
the same files and fresh profiles, so the figures differ only by the batching. Prints
seconds per file of each and their ratio (a benchmark, not a test).
"""

from __future__ import annotations

import argparse
import copy
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from editor.core.model import Bundle
from editor.io.samples import load_sample_bundles
from editor.render import pdf, render_docx


def _documents(sample: Bundle, count: int) -> list[tuple[str, bytes]]:
    base = sample.items[0]
    documents = []
    for n in range(count):
        item = copy.deepcopy(base)
        item.id = f"{base.id}-{n}"
        item.headline.text["de"] = f"{base.headline.get('de')} ({n + 1})"
        bundle = copy.copy(sample)
        bundle.items = [item]
        documents.append((f"release-{n:03d}.docx",
                          render_docx(bundle, item.id, "pressemitteilung", ["de"])))
    return documents


def _batched(documents: list[tuple[str, bytes]]) -> float:
    start = time.perf_counter()
    result = pdf.convert(documents)
    elapsed = time.perf_counter() - start
    assert len(result.pdfs) == len(documents)
    return elapsed


def _one_by_one(documents: list[tuple[str, bytes]]) -> float:
    start = time.perf_counter()
    for document in documents:
        (made,) = pdf.convert([document]).pdfs
        assert made.startswith(b"%PDF")
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=10, help="Word files per run")
    parser.add_argument("--runs", type=int, default=1, help="runs of each side (median)")
    args = parser.parse_args()
    try:
        program = pdf.find_soffice()
    except pdf.LibreOfficeMissing as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    (sample,) = [b for b in load_sample_bundles() if b.items][:1]
    documents = _documents(sample, args.files)
    print(f"LibreOffice: {program}; {args.files} DOCX files of the sample release, "
          f"{sum(len(d) for _, d in documents) // len(documents) // 1024} KB each; "
          f"{args.runs} run(s) per side, median")
    batched, single = [], []
    for _ in range(args.runs):  # alternating, so that both see the same machine load
        batched.append(_batched(documents))
        single.append(_one_by_one(documents))
    one_call = statistics.median(batched)
    per_file = statistics.median(single)
    n = args.files
    print(f"one soffice call for all files : {one_call:7.2f} s in all, "
          f"{one_call / n:6.2f} s per file")
    print(f"one soffice call per file (peer): {per_file:7.2f} s in all, "
          f"{per_file / n:6.2f} s per file")
    print(f"batched is {per_file / one_call:.1f}x faster than one call per file")
    return 0


if __name__ == "__main__":
    sys.exit(main())
