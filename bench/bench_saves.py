"""Time saving items where a user waits for it, next to the plain writes of the same rows.

    python bench/bench_saves.py --db /tmp/archive-100k.sqlite

Works on a copy of the archive (the file given is not changed). Measures, as medians and
95th percentiles over ``--repeat`` saves each:

* a new item with 50 quotes (``Archive.save_item``), against the peer: the same 50 quote
  rows and their speakers inserted with plain ``sqlite3`` into tables of the same shape
  plus an FTS5 table over their texts, in one ``BEGIN IMMEDIATE`` transaction with the
  archive's pragmas (the transaction mode the archive writes in);
* the topics of a 50-quote item changed (every quote's filter tags change), against the
  peer: the same plain transaction updating 50 FTS5 rows;
* one quote of such an item edited.

The saves run in a process set up as the program's own: once the archive is open, what is
loaded so far is kept out of the garbage collector's passes
(:func:`editor.process.keep_what_is_loaded`, as the desktop app does after its first paint
and the command line once the archive is open); ``--python-collector`` leaves Python's
collector as it is, for comparison.

Each line gives wall-clock times and, less disturbed by other programs on a busy machine,
the CPU time of this process (the goals: a new item under 10 ms, a topic change under
20 ms, on an idle machine where the peer takes about 1.3 ms). ``--profile`` prints where
the time of the new-item saves goes.
"""

from __future__ import annotations

import argparse
import copy
import cProfile
import pstats
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from editor import process
from editor.core.model import PressItem
from editor.store import Archive

QUOTES = 50


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[round(0.95 * (len(ordered) - 1))]


def _template(archive: Archive) -> PressItem:
    """An item of the archive with at least 50 quotes, cut to 50."""
    with archive._engine.connect() as conn:
        item_id = conn.exec_driver_sql(
            "SELECT item_id FROM quotes GROUP BY item_id HAVING count(*) >= ? "
            "ORDER BY item_id LIMIT 1", (QUOTES,)).scalar()
    if item_id is None:
        raise SystemExit(f"error: the archive has no item with {QUOTES} quotes")
    item = archive.load_item(item_id)
    kept = {q.id for q in item.quotes[:QUOTES]}
    item.quotes = item.quotes[:QUOTES]
    item.blocks = [b for b in item.blocks if b.quote_id is None or b.quote_id in kept]
    return item


class Plain:
    """The peer: the same rows written with plain sqlite3 in the archive's transaction mode."""

    def __init__(self, path: Path, synchronous: str) -> None:
        self.db = sqlite3.connect(path, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute(f"PRAGMA synchronous={synchronous}")
        self.db.executescript(
            "CREATE TABLE quotes (row_id INTEGER PRIMARY KEY, item_id TEXT, quote_id TEXT, "
            "position INTEGER, said_on TEXT, text_de TEXT, text_en TEXT, document TEXT, "
            "approval_state TEXT, UNIQUE (item_id, quote_id));"
            "CREATE TABLE quote_speakers (quote_row_id INTEGER, position INTEGER, "
            "person_id TEXT, role_id TEXT, PRIMARY KEY (quote_row_id, position));"
            "CREATE VIRTUAL TABLE quote_search USING fts5(text_de, text_en, tags);")
        self.number = 0

    def new_item(self, item: PressItem) -> None:
        self.number += 1
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        for position, quote in enumerate(item.quotes):
            de, en = quote.text.get("de"), quote.text.get("en")
            row = db.execute(
                "INSERT INTO quotes (item_id, quote_id, position, said_on, text_de, text_en, "
                "document, approval_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (f"plain-{self.number}", quote.id, position, str(quote.date), de, en, "{}",
                 quote.approval.state.value)).lastrowid
            db.executemany("INSERT INTO quote_speakers VALUES (?, ?, ?, ?)",
                           [(row, n, s.person_id, s.role_id)
                            for n, s in enumerate(quote.speakers)])
            db.execute("INSERT INTO quote_search (rowid, text_de, text_en, tags) "
                       "VALUES (?, ?, ?, ?)", (row, de, en, "topic"))
        db.execute("COMMIT")

    def change_topics(self, item: PressItem) -> None:
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        rows = db.execute("SELECT row_id, text_de, text_en FROM quotes WHERE item_id = ?",
                          (f"plain-{self.number}",)).fetchall()
        for row, de, en in rows:
            db.execute("DELETE FROM quote_search WHERE rowid = ?", (row,))
            db.execute("INSERT INTO quote_search (rowid, text_de, text_en, tags) "
                       "VALUES (?, ?, ?, ?)", (row, de, en, f"topic{self.number}"))
        db.execute("COMMIT")


class Clock:
    """Wall-clock and this process's CPU milliseconds of each timed run."""

    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []

    def run(self, action: Callable[[], object]) -> None:
        wall, cpu = time.perf_counter(), time.process_time()
        action()
        self.cpu.append((time.process_time() - cpu) * 1000)
        self.wall.append((time.perf_counter() - wall) * 1000)


def _timed(run: Callable[[], object], repeat: int) -> Clock:
    clock = Clock()
    for _ in range(repeat):
        clock.run(run)
    return clock


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True, help="an SQLite archive (left unchanged)")
    parser.add_argument("--repeat", type=int, default=30, help="saves of each kind")
    parser.add_argument("--profile", action="store_true", help="profile the new-item saves")
    parser.add_argument("--python-collector", action="store_true",
                        help="do not keep what is loaded out of the collector's passes")
    args = parser.parse_args(argv)
    source = Path(args.db)
    if not source.exists():
        print(f"error: {source} does not exist; build it with generate_archive.py",
              file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "archive.sqlite"
        with sqlite3.connect(source) as db, sqlite3.connect(path) as target:
            db.backup(target)
        with Archive.open(path) as archive:
            with archive._engine.connect() as conn:
                synchronous = {0: "OFF", 1: "NORMAL", 2: "FULL", 3: "EXTRA"}[
                    conn.exec_driver_sql("PRAGMA synchronous").scalar() or 0]
                quotes = conn.exec_driver_sql("SELECT count(*) FROM quotes").scalar()
            plain = Plain(Path(tmp) / "plain.sqlite", synchronous)
            template = _template(archive)
            print(f"archive: {source} ({quotes} quotes), a copy; synchronous = {synchronous}; "
                  f"{args.repeat} saves of each kind, an item of {QUOTES} quotes")
            numbers = iter(range(10**6))

            def new_item() -> PressItem:
                item = copy.deepcopy(template)
                item.id, item.version = f"bench-save-{next(numbers)}", 0
                return item

            fresh = [new_item() for _ in range(args.repeat)]
            if not args.python_collector:
                process.keep_what_is_loaded()
            print("collector: " + ("Python's own" if args.python_collector else
                                   "what is loaded kept out of its passes, as in the program"))
            profile = cProfile.Profile() if args.profile else None
            samples = Clock()
            for item in fresh:
                if profile:
                    profile.enable()
                samples.run(partial(archive.save_item, item))
                if profile:
                    profile.disable()
            peer = _timed(lambda: plain.new_item(template), args.repeat)
            _report("a new item with 50 quotes", samples, peer, goal=10)

            samples = Clock()
            for item in fresh:
                item.topics = [*item.topics, "Görlitz"]
                samples.run(partial(archive.save_item, item))
            peer = _timed(lambda: plain.change_topics(template), args.repeat)
            _report("its topics changed", samples, peer, goal=20)

            samples = Clock()
            for number, item in enumerate(fresh):
                quote = item.quotes[number % len(item.quotes)]
                quote.text.set_source("de", quote.text.get("de") + " Das gilt auch für Görlitz.")
                samples.run(partial(archive.save_item, item))
            med, p95 = _percentiles(samples.wall)
            print(f"  one quote of it edited: median {med:.1f} ms, p95 {p95:.1f} ms; CPU "
                  f"median {statistics.median(samples.cpu):.1f} ms")
            found = archive.count_quotes('"auch für Görlitz"', topic="Görlitz")
            print(f"  the saved quotes are found at once: {found} hits for the edited phrase "
                  f"in topic Görlitz (expected {len(fresh)})")
            plain.db.close()
            if profile:
                pstats.Stats(profile).sort_stats("cumulative").print_stats(30)
    return 0


def _report(what: str, ours: Clock, peer: Clock, goal: float) -> None:
    med, p95 = _percentiles(ours.wall)
    p_med, p_p95 = _percentiles(peer.wall)
    cpu, p_cpu = statistics.median(ours.cpu), statistics.median(peer.cpu)
    print(f"  {what}: median {med:.1f} ms, p95 {p95:.1f} ms (goal < {goal:.0f} ms); "
          f"plain sqlite3 peer median {p_med:.1f} ms, p95 {p_p95:.1f} ms; ratio "
          f"{med / p_med:.1f}×; CPU of this process: median {cpu:.1f} ms against "
          f"{p_cpu:.1f} ms ({cpu / p_cpu:.1f}×)")


if __name__ == "__main__":
    sys.exit(main())
