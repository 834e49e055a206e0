"""What each layout of the SQLite quote index costs and buys: size, build time, speed.

    python bench/bench_index_size.py --db /tmp/archive-1m.sqlite

Works on a copy of the archive (the file given is not changed). Opening the copy first
upgrades an index of an older format as a user's archive would be (that time is
printed). Then each layout is built in turn in the copy, and for each it prints the
bytes per quote of the index tables (FTS5's shadow tables, the entries and the word
list; the small name index is the same in all and left out), the build time, and the
median and 95th percentile of a first page of 50 hits (``Archive.search_quotes``) for
every query kind of ``bench_quote_search.py``, without and with a speaker filter, by
date and by relevance. The peer in the same run is the layout of format 1 (FTS5 with its
own copy of the values and prefix indexes for 3 to 10 letters) and a plain FTS5 table
over the raw texts.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_quote_search import QUERIES, _busy_speaker, _percentiles, _rare_words

from editor.store import Archive
from editor.store.search import SqliteQuoteIndex, sqlite_fts
from editor.store.search import index as search_index

PAGE = 50


class Format1(SqliteQuoteIndex):
    """The layout before: FTS5's own copy of the values, prefix indexes for 3–10 letters."""

    format = "bench format 1"
    stores_content = True
    prefix_lengths = tuple(range(3, 11))


class NoCopyAllPrefixes(SqliteQuoteIndex):
    format = "bench no copy, prefixes 3-10"
    prefix_lengths = tuple(range(3, 11))


class NoCopyPrefix34(SqliteQuoteIndex):
    format = "bench no copy, prefixes 3 4"
    prefix_lengths = (3, 4)


class NoCopyNoPrefix(SqliteQuoteIndex):
    format = "bench no copy, no prefix index"
    prefix_lengths = ()


LAYOUTS: dict[str, type[SqliteQuoteIndex]] = {
    "now": SqliteQuoteIndex,
    "now-rebuilt": SqliteQuoteIndex,
    "no-prefix": NoCopyNoPrefix,
    "prefix-3-4": NoCopyPrefix34,
    "copyless-3-10": NoCopyAllPrefixes,
    "format-1": Format1,
}
"""Names: now = no copy, prefix index for 3 letters (the index as built on opening;
now-rebuilt: the same built again, for its build time);
no-prefix / prefix-3-4 / copyless-3-10 = no copy with those prefix indexes; format-1 =
the layout before."""


def index_bytes(path: Path) -> tuple[int, int]:
    """Bytes in the quote index tables, and bytes on the free list."""
    with sqlite3.connect(path) as db:
        used = db.execute(
            "SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name LIKE 'quote_search%' "
            "OR name LIKE 'search_words%' OR name LIKE 'sqlite_autoindex_search_words%'"
        ).fetchone()[0]
        page = db.execute("PRAGMA page_size").fetchone()[0]
        free = db.execute("PRAGMA freelist_count").fetchone()[0] * page
    return int(used), int(free)


def plain_fts5_bytes(path: Path) -> int:
    """The peer: a plain FTS5 table over the raw texts (no folding, parts, tags, prefixes)."""
    with sqlite3.connect(path) as db:
        db.execute("DROP TABLE IF EXISTS bench_plain")
        db.execute("CREATE VIRTUAL TABLE bench_plain USING fts5(text_de, text_en)")
        db.execute("INSERT INTO bench_plain(rowid, text_de, text_en) "
                   "SELECT row_id, coalesce(text_de, ''), coalesce(text_en, '') FROM quotes")
        db.execute("INSERT INTO bench_plain(bench_plain) VALUES ('optimize')")
        size = db.execute("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'bench_plain%'"
                          ).fetchone()[0]
        db.execute("DROP TABLE bench_plain")
    return int(size)


def time_pages(archive: Archive, speaker: str, repeat: int, kinds: list[str]
               ) -> dict[tuple[str, str, str], tuple[float, float, float, float]]:
    found = {}
    for kind, queries in QUERIES.items():
        if kind not in kinds:
            continue
        for who in (None, speaker):
            for order in ("date", "relevance"):
                samples: list[float] = []
                cpu: list[float] = []
                for query in queries:
                    archive.search_quotes(query, speaker=who, order=order, limit=PAGE)
                    for _ in range(repeat):
                        started, used = time.perf_counter(), time.process_time()
                        archive.search_quotes(query, speaker=who, order=order, limit=PAGE)
                        cpu.append((time.process_time() - used) * 1000)
                        samples.append((time.perf_counter() - started) * 1000)
                found[(kind, "speaker" if who else "-", order)] = (
                    *_percentiles(samples), *_percentiles(cpu))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True, help="an SQLite archive (left unchanged)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per query (default 5)")
    parser.add_argument("--layouts", default=",".join(LAYOUTS),
                        help="layouts to build, comma-separated")
    parser.add_argument("--kinds", default=",".join(QUERIES), help="query kinds to time")
    parser.add_argument("--work-dir", default=None, help="where the copy goes")
    args = parser.parse_args(argv)
    source = Path(args.db)
    if not source.exists():
        print(f"error: {source} does not exist; build it with generate_archive.py",
              file=sys.stderr)
        return 1
    kinds = args.kinds.split(",")
    with tempfile.TemporaryDirectory(dir=args.work_dir) as tmp:
        copy = Path(tmp) / "archive.sqlite"
        with sqlite3.connect(source) as db, sqlite3.connect(copy) as target:
            db.backup(target)
        with sqlite3.connect(copy) as db:
            built = db.execute("SELECT format FROM search_index").fetchone()
        started = time.perf_counter()
        archive = Archive.open(copy)
        opened = time.perf_counter() - started
        print(f"archive: {source} ({archive.count_quotes()} quotes); index format found: "
              f"{built[0] if built else None}; opening it took {opened:.1f} s "
              f"(an index of another format is built again, then the file compacted)")
        quotes = archive.count_quotes()
        if "rare word" in kinds and not QUERIES["rare word"]:
            QUERIES["rare word"] = _rare_words(archive)
        speaker, note = _busy_speaker(archive)
        print(f"speaker filter: {speaker} ({note}); first page of {PAGE} hits, "
              f"{args.repeat} runs of each of {len(QUERIES['one word'])} queries per kind; "
              f"MAX_EXPANSION = {sqlite_fts.MAX_EXPANSION}")
        plain = plain_fts5_bytes(copy)
        print(f"peer: a plain FTS5 table over the raw texts takes {plain / quotes:.0f} bytes "
              "per quote")
        results = {}
        for name in args.layouts.split(","):
            index = LAYOUTS[name]()
            build_s = 0.0
            if name != "now":  # the index of the current format was built on opening
                archive._index = index
                started = time.perf_counter()
                with archive._transaction(writing=True) as conn:
                    search_index.build(conn, index)
                build_s = time.perf_counter() - started
            used, free = index_bytes(copy)
            timings = time_pages(archive, speaker, args.repeat, kinds)
            results[name] = (used, build_s, timings)
            worst = max(t[1] for t in timings.values())
            worst_cpu = max(t[3] for t in timings.values())
            built = f"build {build_s:6.1f} s" if build_s else "built on opening"
            print(f"{name:<14} {used / quotes:6.0f} B/quote  {built}  worst first-page p95 "
                  f"{worst:5.1f} ms (CPU {worst_cpu:5.1f} ms)  (free pages in the file now: "
                  f"{free / quotes:.0f} B/quote)", flush=True)
        archive.close()
        print()
        names = list(results)
        print("first page: median and p95 in ms, wall clock / CPU of this process")
        header = f"{'query kind':<14} {'filter':<8} {'order':<9}" + "".join(
            f" | {n[:23]:>23}" for n in names)
        print(header)
        print("-" * len(header))
        for row in results[names[0]][2]:
            line = f"{row[0]:<14} {row[1]:<8} {row[2]:<9}"
            for name in names:
                med, p95, c_med, c_p95 = results[name][2][row]
                line += f" | {med:5.1f} {p95:5.1f} / {c_med:4.1f} {c_p95:4.1f}"
            print(line)
        print()
        print(f"{'layout':<26} {'B/quote':>8} {'build s':>8} {'median of medians':>18}")
        for name in names:
            used, build_s, timings = results[name]
            med = statistics.median(t[0] for t in timings.values())
            print(f"{name:<26} {used / quotes:8.0f} {build_s:8.1f} {med:16.2f}ms")
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
