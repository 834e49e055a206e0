"""Time the quote search on a generated archive, next to a plain LIKE scan.

    python bench/bench_quote_search.py --db /tmp/archive-1m.sqlite \
        --db postgresql+psycopg://app@127.0.0.1:5432/archive1m

For each kind of query (one word, two words, prefix, compound part; without and with a
speaker filter) prints the median and 95th percentile of fetching the first page (50
hits, through ``Archive.search_quotes``), the same for ``LIKE '%…%'`` over the quote
texts (newest first, 50 rows; ``ILIKE`` on PostgreSQL, whose ``LIKE`` minds case), and
the ratio. Then the time to save one item with its quotes (index update included).
Given several archives (``--db`` more than once: the same generated archive on SQLite
and on PostgreSQL), it times each and prints the first pages side by side. Build the
archives with ``generate_archive.py`` (same seed, same archive).

``--process-runs N`` also times ``main.py quotes search`` as a whole process (start-up and
imports included) against a plain Python script that opens the file with ``sqlite3`` and
runs the same full-text query (first 20 hits with text, speakers and headline): median of
N processes each, measured in the same run (with Python's bytecode cache on, as an
installed application has it); for the SQLite archives given. The command reads an
up-to-date archive file with sqlite3 (no SQLAlchemy, see ``editor.store.reader``), as the
plain script does; Python's own start-up is printed as the floor both pay.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import text

from editor.core.model import PressItem
from editor.store import Archive

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate_archive import company_names

QUERIES: dict[str, list[str]] = {
    "one word": ["Strukturwandel", "Förderung", "Lausitz", "Wasserstoffwirtschaft",
                 "Energiewende"],
    "two words": ["Förderung Lausitz", "Energiewende Brandenburg", "Klimaschutz Altmark",
                  "Digitalisierung Mittelstand", "Kohleausstieg Cottbus"],
    "prefix": ["förder*", "digital*", "wasserst*", "kooperation*", "straßen*"],
    "compound part": ["wandel", "programm", "wende", "netzwerk", "strasse"],
    "rare word": [],  # filled from the archive: company names found in a few quotes
}
PAGE = 50


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


def _time(run: Callable[[], Any], repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def _like(archive: Archive) -> str:
    """The plain scan's operator: LIKE ignores (ASCII) case on SQLite, ILIKE on PostgreSQL."""
    return "ILIKE" if archive._engine.dialect.name == "postgresql" else "LIKE"


def _like_scan(archive: Archive, query: str, speaker_id: str | None) -> list[Any]:
    """The plain way: LIKE over both texts for every word, newest first, one page."""
    words = [w.rstrip("*") for w in query.split()]
    like = _like(archive)
    conditions = " AND ".join(
        f"(q.text_de {like} :w{i} OR q.text_en {like} :w{i})" for i in range(len(words))
    )
    params: dict[str, Any] = {f"w{i}": f"%{w}%" for i, w in enumerate(words)}
    join = ""
    if speaker_id is not None:
        join = "JOIN quote_speakers s ON s.quote_row_id = q.row_id AND s.person_id = :person"
        params["person"] = speaker_id
    sql = (f"SELECT q.row_id FROM quotes q {join} WHERE {conditions} "
           f"ORDER BY q.said_on DESC LIMIT {PAGE}")
    with archive._engine.connect() as conn:
        return list(conn.execute(text(sql), params))


def _index_page(archive: Archive, query: str, speaker: str | None, order: str) -> list[int]:
    """The index's share of a first page: the row ids, nothing loaded."""
    with archive._transaction(writing=False) as conn:
        wanted = archive._quote_filter(conn, query, speaker=speaker)
        return archive._index.search(conn, wanted, by_relevance=order == "relevance",
                                     limit=PAGE, offset=0)


def _like_count(archive: Archive, query: str, speaker_id: str | None) -> int:
    """The scan every full result needs (a total, or a ranking): all rows are read."""
    words = [w.rstrip("*") for w in query.split()]
    like = _like(archive)
    conditions = " AND ".join(
        f"(q.text_de {like} :w{i} OR q.text_en {like} :w{i})" for i in range(len(words))
    )
    params: dict[str, Any] = {f"w{i}": f"%{w}%" for i, w in enumerate(words)}
    join = ""
    if speaker_id is not None:
        join = "JOIN quote_speakers s ON s.quote_row_id = q.row_id AND s.person_id = :person"
        params["person"] = speaker_id
    with archive._engine.connect() as conn:  # a benchmark may look inside
        return int(conn.execute(
            text(f"SELECT count(*) FROM quotes q {join} WHERE {conditions}"), params
        ).scalar_one())


def _busy_speaker(archive: Archive) -> tuple[str, str]:
    with archive._engine.connect() as conn:
        person_id, count = conn.execute(text(
            "SELECT person_id, count(*) FROM quote_speakers GROUP BY person_id "
            "ORDER BY count(*) DESC LIMIT 1 OFFSET 20"
        )).one()
    return person_id, f"{count} quotes"


def _rare_words(archive: Archive, wanted: int = 5) -> list[str]:
    """Invented company names that occur in 1 to 500 quotes (a realistic rare search)."""
    found = []
    for name in company_names()[::97]:
        if 1 <= archive.count_quotes(f'"{name}"') <= 500:
            found.append(name)
            if len(found) == wanted:
                break
    return found or ["Rovalux"]


Row = tuple[str, str, str]
"""Query kind, filter, order."""


def bench_search(archive: Archive, repeat: int, like_repeat: int, kinds: list[str]
                 ) -> dict[Row, tuple[float, float, float]]:
    """Prints the table; returns (page median, page p95, LIKE scan median) per row."""
    results: dict[Row, tuple[float, float, float]] = {}
    if "rare word" in kinds and not QUERIES["rare word"]:
        QUERIES["rare word"] = _rare_words(archive)
        print(f"rare words: {', '.join(QUERIES['rare word'])}")
    speaker_id, speaker_note = _busy_speaker(archive)
    print(f"speaker filter: {speaker_id} ({speaker_note})")
    print("index: the index's query alone (row ids of the first page); page: "
          "Archive.search_quotes, first page of 50 hits with texts, speakers, roles and "
          "snippets loaded; count: Archive.count_quotes")
    print("LIKE page: LIKE '%word%' on both texts, newest first, 50 row ids (stops early when "
          "matches are dense); LIKE scan: the same, counted (reads every row)")
    print("ratios of medians: LIKE scan / page, LIKE scan / index, LIKE page / page; with a "
          "speaker filter the LIKE scan reads only that speaker's quotes (through the speaker "
          "index), and 'plain/page' compares the page with the unfiltered scan of the same "
          "words (relevance rows: against the same scan)")
    header = (f"{'query kind':<14} {'filter':<8} {'order':<9} {'index':>7} {'page':>7} "
              f"{'p95':>6} {'count':>6} {'LIKE page':>9} {'p95':>6} {'LIKE scan':>9} "
              f"{'scan/page':>9} {'/index':>7} {'LIKEp/p':>7} {'plain/page':>10}  matches")
    print(header)
    print("-" * len(header))
    for kind, queries in QUERIES.items():
        if kind not in kinds:
            continue
        plain_scan = 0.0
        for speaker in (None, speaker_id):
            for order in ("date", "relevance"):
                fts: list[float] = []
                ids: list[float] = []
                counts: list[float] = []
                like: list[float] = []
                scans: list[float] = []
                for query in queries:
                    archive.search_quotes(query, speaker=speaker, order=order)  # warm up
                    fts += _time(partial(archive.search_quotes, query, speaker=speaker,
                                         order=order, limit=PAGE), repeat)
                    ids += _time(partial(_index_page, archive, query, speaker, order), repeat)
                    if order == "date":
                        counts += _time(partial(archive.count_quotes, query, speaker=speaker),
                                        repeat)
                        like += _time(partial(_like_scan, archive, _like_words(query), speaker),
                                      like_repeat)
                        scans += _time(partial(_like_count, archive, _like_words(query),
                                               speaker), 1)
                f_med, f_p95 = _percentiles(fts)
                if speaker is None and scans:
                    plain_scan = statistics.median(scans)
                i_med = statistics.median(ids)
                matches = sum(archive.count_quotes(q, speaker=speaker) for q in queries)
                line = (f"{kind:<14} {'speaker' if speaker else '-':<8} {order:<9} "
                        f"{i_med:5.2f}ms {f_med:5.1f}ms {f_p95:4.1f}ms")
                if like:
                    c_med = statistics.median(counts)
                    l_med, l_p95 = _percentiles(like)
                    s_med = statistics.median(scans)
                    line += (f" {c_med:4.1f}ms {l_med:7.1f}ms {l_p95:4.0f}ms {s_med:7.0f}ms "
                             f"{s_med / f_med:8.0f}× {s_med / i_med:6.0f}× {l_med / f_med:6.1f}×")
                else:
                    line += " " * 61
                line += f" {plain_scan / f_med:9.0f}×" if plain_scan else " " * 11
                print(f"{line}  {matches / len(queries):.0f}", flush=True)
                results[(kind, "speaker" if speaker else "-", order)] = (
                    f_med, f_p95, statistics.median(scans) if scans else plain_scan)
    print()
    return results


def side_by_side(names: list[str], results: list[dict[Row, tuple[float, float, float]]]
                 ) -> None:
    """The first pages of each archive in one table: median, p95, the scan, the ratio."""
    print("first page of 50 hits (Archive.search_quotes) against the LIKE/ILIKE scan of the "
          "same words (counted, every row read; with a speaker filter: the scan without it "
          "for relevance rows, as above); ratio = scan median / page median")
    header = f"{'query kind':<14} {'filter':<8} {'order':<9}"
    for name in names:
        header += f" | {name[:30]:<30}"
    print(header)
    sub = " " * 33 + "".join(f" | {'page':>6} {'p95':>6} {'scan':>7} {'ratio':>7}" for _ in names)
    print(sub)
    print("-" * len(sub))
    for row in results[0]:
        line = f"{row[0]:<14} {row[1]:<8} {row[2]:<9}"
        for found in results:
            med, p95, scan = found.get(row, (0.0, 0.0, 0.0))
            ratio = f"{scan / med:6.0f}×" if scan and med else " " * 7
            line += f" | {med:6.1f} {p95:6.1f} {scan:7.0f} {ratio}"
        print(line)
    print("(milliseconds)")
    print()


def _like_words(query: str) -> str:
    """The words as typed (a LIKE scan cannot fold umlauts; its time is what counts)."""
    return " ".join(word.rstrip("*") for word in query.split())


def bench_save(archive: Archive, repeat: int) -> None:
    rnd = random.Random(7)
    index = archive._index  # a benchmark may look inside: time the index share
    spent: list[float] = []
    for name in ("unindex_quotes", "index_quotes", "index_values", "retag_quotes"):
        original = getattr(index, name)

        def timed(*args: Any, _original: Any = original) -> Any:
            started = time.perf_counter()
            try:
                return _original(*args)
            finally:
                spent.append((time.perf_counter() - started) * 1000)

        setattr(index, name, timed)
    with archive._engine.connect() as conn:
        ids = [r[0] for r in conn.execute(text(
            "SELECT id FROM press_items ORDER BY random() LIMIT :n"), {"n": repeat})]
        setting = ("SHOW synchronous_commit" if conn.dialect.name == "postgresql"
                   else "PRAGMA synchronous")
        durability = f"{setting} = {conn.exec_driver_sql(setting).scalar()}"
    print(f"saving ({durability}; the index update is the time spent in the index's methods):")

    def timed_saves(what: str, items: list[str], change: Callable[[PressItem], None],
                    delete: bool = False) -> None:
        samples, index_share, sizes = [], [], []
        for item_id in items:
            item = archive.load_item(item_id)
            change(item)
            sizes.append(len(item.quotes))
            spent.clear()
            started = time.perf_counter()
            archive.save_item(item)
            samples.append((time.perf_counter() - started) * 1000)
            index_share.append(sum(spent))
            if delete:
                archive.delete_item(item.id)
        med, p95 = _percentiles(samples)
        i_med, i_p95 = _percentiles(index_share)
        print(f"  {what} ({statistics.mean(sizes):.0f} quotes on average): save median "
              f"{med:.1f} ms, p95 {p95:.1f} ms; index update median {i_med:.1f} ms, "
              f"p95 {i_p95:.1f} ms")

    def edit_one_quote(item: PressItem) -> None:
        if item.quotes:
            quote = rnd.choice(item.quotes)
            quote.text.set_source("de", quote.text.get("de") + " Das gilt auch für Görlitz.")

    def change_topics(item: PressItem) -> None:
        item.topics = [*item.topics, "Görlitz"] if "Görlitz" not in item.topics else []

    def as_new_release(item: PressItem) -> None:
        item.id, item.version = f"bench-small-{rnd.random():.9f}", 0
        kept = {q.id for q in item.quotes[:3]}
        item.quotes = item.quotes[:3]
        item.blocks = [b for b in item.blocks if b.quote_id in kept]

    timed_saves("one quote of an item edited", ids, edit_one_quote)
    timed_saves("topics changed (every quote's tags renewed)", ids[:10], change_topics)
    timed_saves("a new release with 3 quotes", ids[:20], as_new_release, delete=True)
    hits = archive.search_quotes('"auch für Görlitz"', order="date", limit=5)
    print(f"the edited quotes are found at once: {len(hits)} hits for the new phrase")
    for name in ("unindex_quotes", "index_quotes", "index_values", "retag_quotes"):
        delattr(index, name)


PLAIN_SEARCH = r"""
import sqlite3, sys
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
rows = db.execute(
    "SELECT q.quote_id, q.said_on, q.text_de, q.text_en, i.headline, "
    "group_concat(p.given_name || ' ' || p.family_name, ', ') "
    "FROM (SELECT rowid AS key FROM quote_search WHERE quote_search MATCH ? "
    "      ORDER BY rowid LIMIT 20) s "
    "JOIN quotes q ON q.row_id = MASK - (s.key & MASK) "
    "JOIN press_items i ON i.id = q.item_id "
    "LEFT JOIN quote_speakers qs ON qs.quote_row_id = q.row_id "
    "LEFT JOIN people p ON p.id = qs.person_id "
    "GROUP BY s.key ORDER BY s.key", (sys.argv[2],)).fetchall()
for quote_id, said_on, text_de, text_en, headline, names in rows:
    print(said_on, names)
    print("   ", text_de or text_en)
    print("    in:", headline, quote_id)
print(len(rows), "quotes", file=sys.stderr)
"""


def _median_process(command: list[str], runs: int, env: dict[str, str]) -> float:
    subprocess.run(command, check=True, env=env, capture_output=True)  # warm-up
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, env=env, capture_output=True)
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def bench_process(db: Path, runs: int, words: list[str]) -> None:
    """``quotes search`` as a whole process against a plain Python + sqlite3 script."""
    from editor.store.search.entries import ROW_MASK

    root = Path(__file__).resolve().parent.parent
    plain_code = PLAIN_SEARCH.replace("MASK", str(ROW_MASK))
    print(f"whole processes (median of {runs}, after a warm-up; first 20 hits by date):")
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, PRESSESTELLE_DATA_DIR=tmp)
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # bytecode cached, as for an installed app
        floor = _median_process([sys.executable, "-c", "pass"], runs, env)
        print(f"  python -c pass (the start-up both pay): {floor * 1000:.0f} ms")
        for word in words:
            ours = _median_process([sys.executable, str(root / "main.py"), "--db", str(db),
                                    "quotes", "search", word, "--order", "date"], runs, env)
            plain = _median_process([sys.executable, "-c", plain_code, str(db),
                                     f'"{word.casefold()}"'], runs, env)
            print(f"  {word:<16} main.py quotes search {ours * 1000:6.0f} ms   plain sqlite3 "
                  f"script {plain * 1000:5.0f} ms   ratio {ours / plain:4.1f}× (goal < 3×)",
                  flush=True)
    print()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", action="append", required=True,
                        help="an archive file or URL; give it more than once to compare")
    parser.add_argument("--repeat", type=int, default=5, help="runs per query (default 5)")
    parser.add_argument("--like-repeat", type=int, default=2, help="runs per LIKE scan")
    parser.add_argument("--saves", type=int, default=30, help="items to save")
    parser.add_argument("--no-save", action="store_true", help="leave the archive unchanged")
    parser.add_argument("--kinds", default=",".join(QUERIES),
                        help="query kinds to time, comma-separated")
    parser.add_argument("--process-runs", type=int, default=0,
                        help="also time whole search processes, N runs each")
    parser.add_argument("--only-process", action="store_true",
                        help="time only the whole processes")
    args = parser.parse_args(argv)
    for db in args.db:
        if "://" not in db and not Path(db).exists():
            print(f"error: {db} does not exist; build it with generate_archive.py",
                  file=sys.stderr)
            return 1
    if args.process_runs:
        for db in args.db:
            if "://" not in db:
                bench_process(Path(db), args.process_runs, ["Förderung", "Lausitz"])
    if args.only_process:
        return 0
    names: list[str] = []
    results = []
    for db in args.db:
        with Archive.open(db) as archive:
            names.append(f"{archive._engine.dialect.name} ({archive.count_quotes()} quotes)")
            print(f"archive: {archive.url} ({archive.count_quotes()} quotes)")
            results.append(bench_search(archive, args.repeat, args.like_repeat,
                                        args.kinds.split(",")))
            if not args.no_save:
                bench_save(archive, args.saves)
                print()
    if len(results) > 1:
        side_by_side(names, results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
