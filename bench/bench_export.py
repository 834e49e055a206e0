"""Export speed: prints figures and ratios (a benchmark, not a test).

    python bench/bench_export.py [--runs 200] [--items 1000] [--pandoc-items 100]

1. Median and 95th percentile of one in-process render of the sample (DOCX and HTML).
2. 1,000 bilingual releases (the sample with varied ids and headlines) exported to DOCX
   and HTML in one ``export_items`` call, against running pandoc once per file on the same
   content as Markdown. Pandoc is timed on a subset and extrapolated; the output says so.
"""

from __future__ import annotations

import argparse
import copy
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from editor.core.model import Bundle, PressItem
from editor.io.samples import load_sample_bundles
from editor.render import export_items, render_docx, render_html
from editor.render.inline import plain
from editor.render.viewmodel import build_view


def _timings(fn: object, runs: int) -> tuple[float, float]:
    call = fn  # type: ignore[assignment]
    call()  # warm-up: template read and compiled once per process
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        call()  # type: ignore[operator]
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]


def _many(sample: Bundle, count: int) -> Bundle:
    base = sample.items[0]
    items: list[PressItem] = []
    for i in range(count):
        item = copy.deepcopy(base)
        item.id = f"{base.id}-{i:05d}"
        for lang in ("de", "en"):
            item.headline.text[lang] = f"{base.headline.get(lang)} ({i + 1})"
        items.append(item)
    return Bundle(items, sample.people, sample.organisations, sample.roles, sample.photo_data)


def _markdown(bundle: Bundle, item_id: str, folder: Path) -> str:
    """The same content as Markdown, as a user would feed it to pandoc (photos in ``folder``)."""
    view = build_view(bundle, item_id, ["de", "en"])
    out: list[str] = []
    for s in view.sections:
        out.append(f"# {s.headline}\n")
        for b in s.blocks:
            runs = "".join(f"**{r.text}**" if r.bold else r.text for r in b.runs)
            if b.lead:
                runs = f"**{b.dateline}** {runs}"
            if b.photo is not None:
                caption = plain(b.photo.caption) + " " + b.photo.credit
                image = b.photo.image
                if image is not None:
                    picture = folder / f"{image.key[:16]}.{image.extension}"
                    if not picture.exists():
                        picture.write_bytes(image.data)
                    runs = f"![{caption}]({picture})"
                else:
                    runs = caption
            if runs:
                out.append(runs + "\n")
        for org in s.issuers:
            out.append(f"## {org.about}\n\n{plain(org.boilerplate)}\n")
        out.append("\\newpage\n")
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--items", type=int, default=1000)
    parser.add_argument("--pandoc-items", type=int, default=100)
    args = parser.parse_args()

    sample = next(b for b in load_sample_bundles() if b.items)
    item_id = sample.items[0].id
    print(f"Single render of the sample ({args.runs} runs, after one warm-up):")
    for label, fn in (
        ("DOCX pressemitteilung de", lambda: render_docx(sample, item_id, "pressemitteilung",
                                                         ["de"])),
        ("DOCX bilingual de+en   ", lambda: render_docx(sample, item_id, "bilingual",
                                                        ["de", "en"])),
        ("HTML pressemitteilung de", lambda: render_html(sample, item_id, "pressemitteilung",
                                                         ["de"])),
        ("HTML bilingual de+en   ", lambda: render_html(sample, item_id, "bilingual",
                                                        ["de", "en"])),
    ):
        median, p95 = _timings(fn, args.runs)
        print(f"  {label}: median {median:6.2f} ms   p95 {p95:6.2f} ms")

    many = _many(sample, args.items)
    ids = [i.id for i in many.items]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "ours"
        start = time.perf_counter()
        files = export_items(many, ids, "bilingual", ["de", "en"], ["docx", "html"], out)
        ours = time.perf_counter() - start
        print(f"\nPressestelle: {len(ids)} bilingual releases → {len(files)} files "
              f"(DOCX + HTML) in one export_items call: {ours:.2f} s")

        pandoc = shutil.which("pandoc")
        if pandoc is None:
            print("pandoc is not installed: no comparison.")
            return
        subset = ids[: args.pandoc_items]
        folder = Path(tmp) / "pandoc"
        folder.mkdir()
        sources = []
        for n, iid in enumerate(subset):
            md = folder / f"{n}.md"
            md.write_text(_markdown(many, iid, folder), encoding="utf-8")
            sources.append(md)
        start = time.perf_counter()
        for md in sources:
            subprocess.run([pandoc, str(md), "-o", str(md.with_suffix(".docx"))], check=True)
            subprocess.run([pandoc, str(md), "-s", "--metadata", "title=Release",
                            "-o", str(md.with_suffix(".html"))], check=True)
        measured = time.perf_counter() - start
        per_item = measured / len(subset)
        estimate = per_item * len(ids)
        print(f"pandoc, once per file: {len(subset)} releases → {2 * len(subset)} files in "
              f"{measured:.2f} s ({per_item * 500:.0f} ms per file), measured on "
              f"{len(subset)} of {len(ids)} releases and extrapolated to {len(ids)}: "
              f"{estimate:.1f} s")
        print(f"Ratio (pandoc / Pressestelle): {estimate / ours:.1f}×  (goal ≥ 5×)")


if __name__ == "__main__":
    main()
