"""Eight writers saving different items at once: saves per second and save latency.

    .venv/bin/python bench/bench_concurrent_saves.py [--seconds 60] [--writers 8]
        [--pg postgresql+psycopg://user@127.0.0.1:5432/postgres]

Each writer is a process of its own with its own connection; it loads its own press item
(with quotes, like a real release), changes the headline and saves it, again and again,
for the given time. Reported per backend: saves per second of all writers together, the
median, p95 and longest save, the conflicts (there should be none: the items differ) and
the saves that gave up waiting for the write lock ("busy", reported to the user).
SQLite runs on a new file in WAL mode; PostgreSQL on a new database made on the server
named by ``--pg`` (or ``PRESSESTELLE_TEST_PG_URL``; its role must be allowed to create
databases), dropped afterwards. Prints figures, asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

WRITER = r"""
import json, sys, time
from editor.core.errors import ConflictError
from editor.store import Archive
from editor.store.errors import ArchiveBusyError
url, item_id, seconds, out = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4]
times, conflicts, busy = [], 0, 0
with Archive.open(url) as archive:
    start_at = float(sys.argv[5])
    while time.time() < start_at:
        time.sleep(0.01)
    end = time.monotonic() + seconds
    item = archive.load_item(item_id)
    n = 0
    while time.monotonic() < end:
        n += 1
        item.headline.text["de"] = f"Fassung {n}"
        started = time.perf_counter()
        try:
            archive.save_item(item)
        except ConflictError:
            conflicts += 1
            item = archive.load_item(item_id)
            continue
        except ArchiveBusyError:  # waited out the lock: reported, counted
            busy += 1
            continue
        times.append(time.perf_counter() - started)
with open(out, "w") as f:
    json.dump({"times": times, "conflicts": conflicts, "busy": busy}, f)
"""


def _prepare(url: str, writers: int) -> list[str]:
    sys.path.insert(0, str(ROOT))
    from editor.io.samples import load_sample_bundles
    from editor.store import Archive

    ids = []
    with Archive.open(url) as archive:
        bundle = load_sample_bundles()[0]
        archive.save_bundle(bundle)
        template = archive.load_item(bundle.items[0].id)
        for n in range(writers):
            template.id, template.version = f"writer-{n}", 0
            for quote in template.quotes:
                quote.id = f"{quote.id.split(':')[0]}:{n}"
            archive.save_item(template)
            ids.append(template.id)
    return ids


def run(url: str, writers: int, seconds: float, folder: Path) -> dict[str, float]:
    ids = _prepare(url, writers)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    start_at = time.time() + 3.0 + writers * 0.5  # all processes ready before anyone starts
    outs = [folder / f"{uuid.uuid4().hex}.json" for _ in ids]
    processes = [subprocess.Popen([sys.executable, "-c", WRITER, url, item_id, str(seconds),
                                   str(out), str(start_at)], env=env)
                 for item_id, out in zip(ids, outs, strict=True)]
    for process in processes:
        process.wait()
    results = [json.loads(out.read_text()) for out in outs]
    times = sorted(t for r in results for t in r["times"])
    p95 = times[int(0.95 * (len(times) - 1))] if times else float("nan")
    return {"saves": len(times), "per_second": len(times) / seconds,
            "median_ms": statistics.median(times) * 1000 if times else float("nan"),
            "p95_ms": p95 * 1000, "max_ms": max(times, default=float("nan")) * 1000,
            "conflicts": sum(r["conflicts"] for r in results),
            "busy": sum(r["busy"] for r in results)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--writers", type=int, default=8)
    parser.add_argument("--pg", default=os.environ.get("PRESSESTELLE_TEST_PG_URL"))
    args = parser.parse_args()
    rows: list[tuple[str, dict[str, float]]] = []
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        rows.append(("SQLite (WAL)", run(f"sqlite:///{folder / 'bench.sqlite'}",
                                         args.writers, args.seconds, folder)))
        if args.pg:
            from sqlalchemy import create_engine, text
            from sqlalchemy.engine import make_url

            server = make_url(args.pg)
            name = f"pst_bench_{uuid.uuid4().hex[:12]}"
            admin = create_engine(server, isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE template0'))
            try:
                url = server.set(database=name).render_as_string(hide_password=False)
                rows.append(("PostgreSQL", run(url, args.writers, args.seconds, folder)))
            finally:
                with admin.connect() as conn:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                admin.dispose()
        else:
            print("no PostgreSQL server given (--pg): SQLite only", file=sys.stderr)
    print(f"{args.writers} writers, {args.seconds:g} s, each saving its own item "
          f"(with {len(rows)} backend(s))")
    print(f"{'backend':<14}{'saves':>7}{'saves/s':>9}{'median ms':>11}{'p95 ms':>9}"
          f"{'max ms':>9}{'conflicts':>11}{'busy':>6}")
    for label, r in rows:
        print(f"{label:<14}{r['saves']:>7.0f}{r['per_second']:>9.1f}{r['median_ms']:>11.1f}"
              f"{r['p95_ms']:>9.1f}{r['max_ms']:>9.1f}{r['conflicts']:>11.0f}{r['busy']:>6.0f}")


if __name__ == "__main__":
    main()
