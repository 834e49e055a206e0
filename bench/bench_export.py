"""Export speed: prints figures and ratios (a benchmark, not a test).

    python bench/bench_export.py [--runs 200] [--items 1000] [--pandoc-items 100]
                                 [--process-runs 10] [--scale 10,100,1000]

1. Median and 95th percentile of one in-process render of the sample (DOCX and HTML).
2. One release to DOCX as a whole command-line process (``main.py export``, start-up and
   imports included) against pandoc turning the same content, as Markdown, into DOCX:
   median of ``--process-runs`` processes each, measured in the same run (with Python's
   bytecode cache on, as an installed application has it). The export reads the archive
   file with sqlite3 (no SQLAlchemy); Python's own start-up is printed as the floor.
3. 1,000 bilingual releases (the sample with varied ids and headlines) exported to DOCX
   and HTML in one in-process ``export_items`` call, against running one pandoc process per
   file on the same content as Markdown. This compares a warm batch with process start-ups;
   pandoc is timed on a subset and extrapolated; the output says so.
4. ``--scale``: for each N, an archive of N items with 50 quotes each made by
   ``generate_archive.py``; the items loaded from it and exported (DOCX and HTML) in one
   call; prints milliseconds per item, which stay flat when the export is linear in N.
"""

from __future__ import annotations

import argparse
import copy
import os
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

ROOT = Path(__file__).resolve().parents[1]


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


def _markdown(bundle: Bundle, item_id: str, folder: Path,
              languages: tuple[str, ...] = ("de", "en")) -> str:
    """The same content as Markdown, as a user would feed it to pandoc (photos in ``folder``)."""
    view = build_view(bundle, item_id, list(languages))
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


def _median_process(command: list[str], runs: int, env: dict[str, str]) -> float:
    """Median seconds of ``runs`` runs of ``command`` (after one warm-up run)."""
    subprocess.run(command, check=True, env=env, capture_output=True)
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, env=env, capture_output=True)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def _interleaved(commands: list[list[str]], runs: int, env: dict[str, str]) -> list[float]:
    """Median seconds of each command, run in turns (one run of each per round, after a
    warm-up), so that a change of the machine's load falls on all of them alike."""
    for command in commands:
        subprocess.run(command, check=True, env=env, capture_output=True)
    samples: list[list[float]] = [[] for _ in commands]
    for _ in range(runs):
        for command, taken in zip(commands, samples, strict=True):
            start = time.perf_counter()
            subprocess.run(command, check=True, env=env, capture_output=True)
            taken.append(time.perf_counter() - start)
    return [statistics.median(taken) for taken in samples]


def bench_process(sample: Bundle, runs: int) -> None:
    """One release to DOCX as a whole process: ``main.py export`` against pandoc."""
    item_id = sample.items[0].id
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = dict(os.environ, PRESSESTELLE_DATA_DIR=str(folder / "data"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # bytecode cached, as for an installed app
        db = folder / "archive.sqlite"
        python = [sys.executable, str(ROOT / "main.py"), "--db", str(db)]
        subprocess.run([*python, "sample"], check=True, env=env, capture_output=True)
        export = [*python, "export", item_id, "--template", "pressemitteilung", "--lang", "de",
                  "--format", "docx", "--out", str(folder / "ours")]
        pandoc = shutil.which("pandoc")
        md = folder / "release.md"
        md.write_text(_markdown(sample, item_id, folder, ("de",)), encoding="utf-8")
        reference = ROOT / "templates" / "pressemitteilung" / "template.docx"
        commands = [export, [sys.executable, "-c", "pass"]]
        if pandoc is not None:
            commands += [[pandoc, str(md), "-o", str(folder / "plain.docx")],
                         [pandoc, str(md), "--reference-doc", str(reference),
                          "-o", str(folder / "styled.docx")]]
        ours, floor, *peers = _interleaved(commands, runs, env)
        print(f"\nOne release to DOCX as a whole process (median of {runs}, run in turns "
              "after a warm-up):")
        print(f"  main.py export --format docx (pressemitteilung, de): {ours * 1000:6.0f} ms")
        print(f"  python -c pass (the start-up every Python command pays): {floor * 1000:4.0f} ms")
        if pandoc is None:
            print("  pandoc is not installed: no comparison.")
            return
        plain_run, styled = peers
        print(f"  pandoc release.md -o release.docx:                    {plain_run * 1000:6.0f} ms"
              f"  (Pressestelle / pandoc: {ours / plain_run:.2f}×, goal ≤ 1)")
        print(f"  pandoc … --reference-doc template.docx:               {styled * 1000:6.0f} ms"
              f"  (Pressestelle / pandoc: {ours / styled:.2f}×)")


def bench_scale(sizes: list[int], quotes_per_item: int) -> None:
    """Export N generated items of ``quotes_per_item`` quotes; milliseconds per item."""
    sys.path.insert(0, str(ROOT / "bench"))
    from generate_archive import generate

    from editor.store import Archive

    print(f"\nExport of N generated items of {quotes_per_item} quotes each (pressemitteilung, "
          "de, DOCX + HTML, one call); ms per item should stay flat:")
    print(f"  {'N':>6} {'load':>9} {'export':>9} {'load/item':>10} {'export/item':>12}")
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "archive.sqlite"
            generate(db, items=n, quotes_total=n * quotes_per_item,
                     n_people=max(20, n // 5), seed=1, echo=False)
            with Archive.open(db) as archive:
                ids = [summary.id for summary in archive.list_items()]
                start = time.perf_counter()
                bundle = archive.load_bundle(ids)
                loaded = time.perf_counter() - start
            start = time.perf_counter()
            export_items(bundle, ids, "pressemitteilung", ["de"], ["docx", "html"],
                         Path(tmp) / "out")
            spent = time.perf_counter() - start
            print(f"  {n:>6} {loaded:8.2f}s {spent:8.2f}s {loaded / n * 1000:8.1f}ms "
                  f"{spent / n * 1000:10.1f}ms", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--items", type=int, default=1000)
    parser.add_argument("--pandoc-items", type=int, default=100)
    parser.add_argument("--process-runs", type=int, default=10)
    parser.add_argument("--scale", default="",
                        help="comma-separated item counts, e.g. 10,100,1000,10000")
    parser.add_argument("--scale-quotes", type=int, default=50, help="quotes per item")
    parser.add_argument("--only", default="single,process,batch,scale",
                        help="parts to run, comma-separated")
    args = parser.parse_args()
    parts = set(args.only.split(","))
    sample = next(b for b in load_sample_bundles() if b.items)
    if "single" in parts:
        bench_single(sample, args.runs)
    if "process" in parts:
        bench_process(sample, args.process_runs)
    if "batch" in parts:
        bench_batch(sample, args.items, args.pandoc_items)
    if args.scale and "scale" in parts:
        bench_scale([int(n) for n in args.scale.split(",")], args.scale_quotes)


def bench_single(sample: Bundle, runs: int) -> None:

    item_id = sample.items[0].id
    print(f"Single render of the sample ({runs} runs, after one warm-up):")
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
        median, p95 = _timings(fn, runs)
        print(f"  {label}: median {median:6.2f} ms   p95 {p95:6.2f} ms")


def bench_batch(sample: Bundle, count: int, pandoc_items: int) -> None:
    many = _many(sample, count)
    ids = [i.id for i in many.items]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "ours"
        start = time.perf_counter()
        files = export_items(many, ids, "bilingual", ["de", "en"], ["docx", "html"], out)
        ours = time.perf_counter() - start
        print(f"\nPressestelle, in process: {len(ids)} bilingual releases → {len(files)} "
              f"files (DOCX + HTML) in one export_items call: {ours:.2f} s")

        pandoc = shutil.which("pandoc")
        if pandoc is None:
            print("pandoc is not installed: no comparison.")
            return
        subset = ids[:pandoc_items]
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
        print(f"Ratio (pandoc, one process per file / Pressestelle, one warm in-process "
              f"batch): {estimate / ours:.1f}×; this compares process start-ups with a "
              f"batch, see the whole-process figures above for a like-for-like comparison")


if __name__ == "__main__":
    main()
