"""Import a folder of 1,000 old releases, some of them broken, as a press office would.

    python bench/bench_import_batch.py [--count 1000] [--folder DIR] [--write-only]

Writes ``count`` documents into a folder (a temporary one unless ``--folder``): generated
Word releases (as ``bench_import_docs.py`` writes them), saved web pages with navigation
around the article, text files in UTF-8 and Windows-1252, copies of earlier releases under
other names (duplicates), and one of each broken kind: a corrupt ZIP, an encrypted
(OLE) document, a ZIP bomb, a half-written DOCX, a 50 MB web page, a PDF without text
and a text file in no known encoding. Then runs ``import-docs FOLDER --yes`` into a fresh
archive in this process and prints its summary, the time (wall and CPU), the load and the
peak memory. With ``--write-only`` it only writes the folder (to try it in the window).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import random
import resource
import shutil
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_import_docs import FAMILY, GIVEN, TOWNS, write_release

BROKEN = ("kaputt.docx", "geschuetzt.docx", "bombe.docx", "halb.docx", "riesig.html",
          "scan.pdf", "fremd.txt")

NAV = ("<header><nav><ul><li><a href='/'>Startseite</a></li><li><a href='/presse'>Presse"
       "</a></li><li><a href='/kontakt'>Kontakt</a></li></ul></nav><p>Sprungmenü: Inhalt, "
       "Navigation</p><div class='cookie'>Wir verwenden Cookies. Einverstanden?</div>"
       "</header>")


def _html(number: int, rng: random.Random) -> str:
    town = rng.choice(TOWNS)
    name = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
    paragraphs = "".join(
        f"<p>Die Partner in {town} haben am Montag das Netzwerk Nummer {number} gegründet, "
        f"das Unternehmen der Region bei der Digitalisierung begleiten soll und dafür in "
        f"den kommenden Jahren Beratung, Veranstaltungen und Förderung anbietet.</p>"
        for _ in range(3))
    return (f"<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>Netzwerk "
            f"{number}</title></head><body>{NAV}<main><article><h1>Netzwerk {number} für "
            f"{town} gegründet</h1><p>{town}, 12.05.2022. Ein neues Netzwerk soll die "
            f"Digitalisierung voranbringen.</p>{paragraphs}<p>„Wir bringen zusammen, wer "
            f"zusammen gehört“, sagte die Geschäftsführerin Dr. {name}.</p></article></main>"
            f"<footer><p>Impressum · Datenschutz · Scroll to Top</p></footer></body></html>")


def _text(number: int, rng: random.Random) -> str:
    town = rng.choice(TOWNS)
    name = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
    return (f"Förderbescheid Nummer {number} übergeben\n\n{town}, den 03.11.2020. Das Land "
            f"fördert den Ausbau des Gewerbegebiets {number} mit einer Million Euro. Die Mittel "
            f"fließen in Straßen, Leitungen und eine Ladestation für Lastwagen.\n\n"
            f"„Das ist ein gutes Signal für die Betriebe vor Ort“, sagte Bürgermeister "
            f"{name}.\n\nDie Arbeiten beginnen im Frühjahr und sollen {number % 5 + 2} Jahre "
            f"dauern.\n")


def _broken(folder: Path) -> None:
    (folder / "kaputt.docx").write_bytes(b"PK\x03\x04 this is not a zip at all")
    (folder / "geschuetzt.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))
    with zipfile.ZipFile(folder / "bombe.docx", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", bytes(300 * 1024 * 1024))
    with zipfile.ZipFile(folder / "halb.docx", "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document><unclosed")
    with (folder / "riesig.html").open("w", encoding="utf-8") as out:
        row = "<p>" + "Sehr lange Seite. " * 50 + "</p>\n"
        while out.tell() < 50 * 1024 * 1024:
            out.write(row)
    (folder / "scan.pdf").write_bytes(
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
        b"trailer<</Root 1 0 R>>\n%%EOF\n")
    (folder / "fremd.txt").write_bytes(b"Gr\x81\x8d\x8f\x90\x9d e \xff\xfe\x00 mehr")


def write_folder(folder: Path, count: int, seed: int = 15) -> dict[str, int]:
    """Write ``count`` documents (broken ones included) into ``folder``; what kinds."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    _broken(folder)
    kinds = {"broken": len(BROKEN), "docx": 0, "html": 0, "txt": 0, "duplicate": 0}
    written: list[Path] = []
    for number in range(count - len(BROKEN)):
        roll = rng.random()
        if roll < 0.02 and written:
            original = rng.choice(written)
            copy = folder / f"kopie-{number:04d}{original.suffix}"
            shutil.copyfile(original, copy)
            kinds["duplicate"] += 1
            continue
        if roll < 0.10:
            path = folder / f"seite-{number:04d}.html"
            path.write_text(_html(number, rng), encoding="utf-8")
            kinds["html"] += 1
        elif roll < 0.16:
            path = folder / f"meldung-{number:04d}.txt"
            encoding = "cp1252" if number % 2 else "utf-8"
            path.write_bytes(_text(number, rng).encode(encoding))
            kinds["txt"] += 1
        else:
            path = folder / f"pm-{number:04d}.docx"
            write_release(path, number, rng)
            kinds["docx"] += 1
        written.append(path)
    return kinds


def _load() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text(encoding="ascii").split()[:3])
    except OSError:
        return "unknown"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--folder", type=Path, help="write the documents here (kept)")
    parser.add_argument("--write-only", action="store_true",
                        help="only write the folder (with --folder)")
    args = parser.parse_args(argv)
    with contextlib.ExitStack() as stack:
        root = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        folder = args.folder or root / "releases"
        kinds = write_folder(folder, args.count)
        print(f"{args.count} documents in {folder}: " + ", ".join(
            f"{n} {kind}" for kind, n in kinds.items()))
        if args.write_only:
            return 0
        from editor.cli import main as cli

        print(f"load before: {_load()}")
        errors = io.StringIO()
        wall, cpu = time.perf_counter(), time.process_time()
        with contextlib.redirect_stderr(errors):
            code = cli(["--db", str(root / "archive.sqlite"), "import-docs", str(folder),
                        "--yes"], out=io.StringIO())
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        lines = errors.getvalue().splitlines()
        progress = [line for line in lines if line.startswith("[")]
        failed = [line for line in lines if line.startswith("failed:")]
        print(f"exit code {code}; {len(progress)} progress lines; {len(failed)} failures:")
        for line in failed:
            print(f"  {line}")
        print(next((line for line in lines if line.startswith("imported:")), "no summary"))
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"wall {wall:.1f} s ({args.count / wall:.1f} documents/s), CPU {cpu:.1f} s "
              f"({args.count / cpu:.1f} documents/s), peak memory {peak:.0f} MB")
        print(f"load after: {_load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
