"""Time the document import on generated Word releases.

    python bench/bench_import_docs.py [--count 200]

Writes ``count`` different DOCX releases (headline, dateline, lead, three quotes with
attributions, body, boilerplate, press contact) with python-docx into a temporary folder,
then times reading and proposing them (:func:`propose_all`, as ``import-docs --dry-run``
does) and saving them into a fresh archive (:func:`save`), in one process (one core).
The peer, timed in the same runs, is python-docx alone opening the same files and reading
their paragraphs. Wall-clock and CPU time are both printed, with the load average: on a
shared machine the CPU time is the steadier figure. Goal: at least 20 releases per second.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import docx

from editor.services.release_import import propose_all, save
from editor.store import Archive

GIVEN = ["Anna", "Jörg", "Armin", "Steffen", "Thomas", "Eva", "Max", "Julia", "Peter", "Sabine"]
FAMILY = ["Beispiel", "Steinbach", "Willingmann", "Kammradt", "Einsfelder", "Muster", "Probe",
          "Schulz", "Schneider", "Wagner", "Becker", "Hoffmann"]
TOWNS = ["Potsdam", "Magdeburg", "Cottbus", "Halle", "Brandenburg an der Havel", "Dessau"]
ROLES = ["Minister für Wirtschaft, Arbeit und Energie", "Geschäftsführer der WFBB",
         "Oberbürgermeisterin der Stadt", "Präsidentin der IHK", "Landrat des Kreises"]


def write_release(path: Path, number: int, rng: random.Random) -> None:
    document = docx.Document()
    town = rng.choice(TOWNS)
    day = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(2015, 2024)}"
    document.add_paragraph(f"Neues Vorhaben Nummer {number} in {town} gestartet", style="Title")
    document.add_paragraph(f"{town}, den {day}. Heute haben die Partner ein neues Vorhaben "
                           f"vorgestellt, das die Region stärken und Arbeitsplätze sichern "
                           f"soll. Es ist das {number}. Vorhaben dieser Art.")
    for _ in range(3):
        name = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
        document.add_paragraph(
            f"„Dieses Vorhaben zeigt, was gemeinsam möglich ist, und wir wollen es in den "
            f"nächsten Jahren weiter ausbauen“, sagte {rng.choice(['der', 'die'])} "
            f"{rng.choice(ROLES)}, Dr. {name}.")
    document.add_paragraph("Das Projekt „Zukunft Region“ läuft drei Jahre. " * 4)
    document.add_heading("Über die WFBB", level=2)
    document.add_paragraph("Die Wirtschaftsförderung berät Unternehmen bei Ansiedlung.")
    document.add_heading("Pressekontakt", level=2)
    document.add_paragraph("Pressestelle\nTel. +49 331 000000-0\npresse@example.org")
    document.save(str(path))


def _peer(paths: list[Path]) -> int:
    """What python-docx alone does with the same files: open each, read every paragraph."""
    characters = 0
    for path in paths:
        characters += sum(len(p.text) for p in docx.Document(str(path)).paragraphs)
    return characters


def _timed(run: Callable[[], object]) -> tuple[float, float, object]:
    """Wall-clock and CPU seconds of one call (CPU time: what one core spent on it, which
    the other programs of a busy machine do not inflate), and its result."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = run()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs of peer and import, interleaved; medians are printed")
    args = parser.parse_args(argv)
    rng = random.Random(15)
    print(f"load before: {_load()}")
    figures: dict[str, list[tuple[float, float]]] = {"peer": [], "read": [], "save": [],
                                                     "all": []}
    failed = stored_count = 0
    line = ""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        paths = []
        for number in range(args.count):
            path = root / f"release-{number:04d}.docx"
            write_release(path, number, rng)
            paths.append(path)
        for run in range(args.repeat):
            wall, cpu, _ = _timed(lambda: _peer(paths))
            figures["peer"].append((wall, cpu))
            with Archive.open(root / f"archive-{run}.sqlite") as archive:
                wall, cpu, result = _timed(lambda: propose_all(archive, paths))
                proposals, failures, _ = result  # type: ignore[misc]
                figures["read"].append((wall, cpu))
                wall2, cpu2, saved = _timed(lambda found=proposals: save(archive, found))
                stored, summary = saved  # type: ignore[misc]
                figures["save"].append((wall2, cpu2))
                figures["all"].append((wall + wall2, cpu + cpu2))
            failed, stored_count = len(failures), len(stored)
            line = (f"{summary.quotes} quotes, {summary.new_people} new people")
    n = args.count
    print(f"{n} generated DOCX releases, {failed} failed, {stored_count} stored ({line}); "
          f"medians of {args.repeat} interleaved runs, one process (one core)")
    print(f"{'':34}{'wall s':>8}{'docs/s':>9}{'CPU s':>8}{'docs/s':>9}")
    for key, label in (("peer", "peer: python-docx open + paragraphs"),
                       ("read", "read and propose (--dry-run)"),
                       ("save", "save into the archive"),
                       ("all", "import in all")):
        wall = statistics.median(w for w, _ in figures[key])
        cpu = statistics.median(c for _, c in figures[key])
        print(f"{label:34}{wall:8.2f}{n / wall:9.1f}{cpu:8.2f}{n / cpu:9.1f}")
    peer = statistics.median(c for _, c in figures["peer"])
    whole = statistics.median(c for _, c in figures["all"])
    print(f"import / peer (CPU): {whole / peer:.2f}x; goal: at least 20 documents/s "
          f"in all (CPU)")
    print(f"load after:  {_load()}")
    return 0


def _load() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text(encoding="ascii").split()[:3])
    except OSError:
        return "unknown"


if __name__ == "__main__":
    sys.exit(main())
