"""Weigh FTS5's merge settings: the cost of a save against the speed of the search.

    python bench/bench_automerge.py --db /tmp/archive-100k.sqlite --automerge 4,8

Every commit to the quote index writes a new FTS5 segment; ``automerge`` says how many
segments of one size are merged into one (FTS5's default: 4). Merging less often makes a
save cheaper and leaves more segments for every search to read. This benchmark copies the
archive once per setting and, in alternating rounds (so that a busy machine disturbs
every setting alike), saves ``--saves`` new items of 50 quotes into each copy, then times
the first page of 50 hits of every query kind of ``bench_quote_search.py``, without and
with a speaker filter, newest first and by relevance. It prints, per setting, the CPU
and wall time of a save, the segments left, and the median and 95th percentile of each
query kind's first page over all rounds. The files given are not changed.
"""

from __future__ import annotations

import argparse
import copy
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_quote_search import PAGE, QUERIES, _busy_speaker, _percentiles, _rare_words
from bench_saves import QUOTES, _template

from editor.core.model import PressItem
from editor.store import Archive


def _set_automerge(archive: Archive, value: int) -> None:
    with archive._transaction(writing=True) as conn:  # a benchmark may look inside
        conn.exec_driver_sql(
            f"INSERT INTO quote_search(quote_search, rank) VALUES ('automerge', {int(value)})")


def _segments(archive: Archive) -> int:
    with archive._engine.connect() as conn:
        return int(conn.exec_driver_sql(
            "SELECT count(DISTINCT segid) FROM quote_search_idx").scalar_one())


def _timed(run: Callable[[], object], repeat: int, wall: list[float], cpu: list[float]
           ) -> None:
    for _ in range(repeat):
        w, c = time.perf_counter(), time.process_time()
        run()
        cpu.append((time.process_time() - c) * 1000)
        wall.append((time.perf_counter() - w) * 1000)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True, help="an SQLite archive (left unchanged)")
    parser.add_argument("--automerge", default="4,8", help="settings to compare (4,8)")
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--saves", type=int, default=30, help="new items per round")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each query per round")
    args = parser.parse_args(argv)
    source = Path(args.db)
    if not source.exists():
        print(f"error: {source} does not exist; build it with generate_archive.py",
              file=sys.stderr)
        return 1
    try:
        settings = [int(v) for v in args.automerge.split(",")]
    except ValueError:
        print(f"error: --automerge {args.automerge!r}: give whole numbers, such as 4,8",
              file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        archives: dict[int, Archive] = {}
        for value in settings:
            path = Path(tmp) / f"automerge-{value}.sqlite"
            with sqlite3.connect(source) as db, sqlite3.connect(path) as target:
                db.backup(target)
            archives[value] = archive = Archive.open(path)
            _set_automerge(archive, value)
        first = archives[settings[0]]
        template = _template(first)
        if not QUERIES["rare word"]:
            QUERIES["rare word"] = _rare_words(first)
        speaker_id, note = _busy_speaker(first)
        print(f"archive: {source}, a copy per setting; {args.rounds} rounds of {args.saves} "
              f"new items of {QUOTES} quotes each, then every query {args.repeat} times; "
              f"speaker filter {speaker_id} ({note})")
        numbers = iter(range(10**7))
        cpu: dict[int, list[float]] = {v: [] for v in settings}
        wall: dict[int, list[float]] = {v: [] for v in settings}
        pages: dict[tuple[int, str, str, str], list[float]] = {}
        page_cpu: dict[tuple[int, str, str, str], list[float]] = {}
        for round_number in range(args.rounds):
            order_of_settings = settings if round_number % 2 == 0 else settings[::-1]
            for value in order_of_settings:
                archive = archives[value]
                for _ in range(args.saves):
                    item: PressItem = copy.deepcopy(template)
                    item.id, item.version = f"bench-merge-{next(numbers)}", 0
                    w, c = time.perf_counter(), time.process_time()
                    archive.save_item(item)
                    cpu[value].append((time.process_time() - c) * 1000)
                    wall[value].append((time.perf_counter() - w) * 1000)
                for kind, queries in QUERIES.items():
                    for speaker in (None, speaker_id):
                        for order in ("date", "relevance"):
                            key = (value, kind, "speaker" if speaker else "-", order)
                            for query in queries:
                                archive.search_quotes(query, speaker=speaker, order=order)
                                _timed(partial(archive.search_quotes, query, speaker=speaker,
                                               order=order, limit=PAGE), args.repeat,
                                       pages.setdefault(key, []), page_cpu.setdefault(key, []))
            print(f"round {round_number + 1}: segments "
                  + ", ".join(f"automerge {v}: {_segments(archives[v])}" for v in settings),
                  flush=True)
        print()
        for value in settings:
            med, p95 = _percentiles(wall[value])
            c_med, c_p95 = _percentiles(cpu[value])
            print(f"automerge {value}: a new item: CPU median {c_med:.1f} ms, p95 {c_p95:.1f} "
                  f"ms; wall median {med:.1f} ms, p95 {p95:.1f} ms; "
                  f"{_segments(archives[value])} segments at the end")
        header = f"{'query kind':<14} {'filter':<8} {'order':<9}" + "".join(
            f" | am {v:<2} {'page':>6} {'p95':>6} {'CPU p95':>7}" for v in settings)
        print()
        print("first page of 50 hits (Archive.search_quotes), milliseconds over all rounds: "
              "wall median and p95, and the p95 of this process's CPU time")
        print(header)
        print("-" * len(header))
        worst = dict.fromkeys(settings, 0.0)
        worst_cpu = dict.fromkeys(settings, 0.0)
        for kind in QUERIES:
            for speaker in ("-", "speaker"):
                for order in ("date", "relevance"):
                    line = f"{kind:<14} {speaker:<8} {order:<9}"
                    for value in settings:
                        med, p95 = _percentiles(pages[(value, kind, speaker, order)])
                        cpu_p95 = _percentiles(page_cpu[(value, kind, speaker, order)])[1]
                        worst[value] = max(worst[value], p95)
                        worst_cpu[value] = max(worst_cpu[value], cpu_p95)
                        line += f" | {'':5} {med:6.2f} {p95:6.2f} {cpu_p95:7.2f}"
                    print(line)
        print("worst p95: " + ", ".join(f"automerge {v}: {worst[v]:.2f} ms (CPU "
                                        f"{worst_cpu[v]:.2f} ms)" for v in settings))
        means = {v: statistics.mean(statistics.median(s) for k, s in pages.items() if k[0] == v)
                 for v in settings}
        print("mean of the page medians: "
              + ", ".join(f"automerge {v}: {means[v]:.2f} ms" for v in settings))
        for archive in archives.values():
            archive.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
