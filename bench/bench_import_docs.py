"""Time the document import on generated Word releases.

    python bench/bench_import_docs.py [--count 200]

Writes ``count`` different DOCX releases (headline, dateline, lead, three quotes with
attributions, body, boilerplate, press contact) with python-docx into a temporary folder,
then times reading and proposing them (:func:`propose_all`, as ``import-docs --dry-run``
does) and saving them into a fresh archive (:func:`save`), on one core. Goal: at least
20 releases per second.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=200)
    args = parser.parse_args(argv)
    rng = random.Random(15)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        paths = []
        for number in range(args.count):
            path = root / f"release-{number:04d}.docx"
            write_release(path, number, rng)
            paths.append(path)
        with Archive.open(root / "archive.sqlite") as archive:
            started = time.perf_counter()
            proposals, failures, _ = propose_all(archive, paths)
            read = time.perf_counter() - started
            started = time.perf_counter()
            stored, summary = save(archive, proposals)
            saved = time.perf_counter() - started
    total = read + saved
    print(f"{args.count} generated DOCX releases, {len(failures)} failed")
    print(f"read and proposed: {read:.2f} s  ({args.count / read:.1f} documents/s)")
    print(f"saved:             {saved:.2f} s  ({len(stored)} items, {summary.quotes} quotes, "
          f"{summary.new_people} new people)")
    print(f"import in all:     {total:.2f} s  ({args.count / total:.1f} documents/s; goal 20)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
