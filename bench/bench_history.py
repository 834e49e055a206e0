"""What keeping every version costs: archive growth and save time for 100 saves.

    .venv/bin/python bench/bench_history.py [--saves 100]

The sample release is saved ``--saves`` times, each time with a small edit as an editor
makes them (a sentence added to a paragraph, a word changed in a quote, the headline
reworded), in one SQLite archive with the history as it is kept, and the same run again in
a second archive where every version is kept whole as zlib-compressed JSON, and in a third
where the history is switched off (the archive before versions were kept). Printed per
run: the growth of the archive file, the bytes the history holds per version, and the
median save; then the ratios against the peers measured in the same run. Prints figures,
asserts nothing.
"""

from __future__ import annotations

import argparse
import copy
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, closing, contextmanager
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from editor.core.model import PressItem  # noqa: E402
from editor.io.samples import load_sample_bundles  # noqa: E402
from editor.store import Archive, history  # noqa: E402


def _edit(item: PressItem, step: int) -> None:
    """One small change, as an editor makes them between saves."""
    kind = step % 3
    if kind == 0:
        block = item.blocks[step % len(item.blocks)]
        lang = item.languages[step % len(item.languages)]
        block.text.text[lang] = block.text.get(lang) + f" Ergänzung {step}."
    elif kind == 1 and item.quotes:
        quote = item.quotes[step % len(item.quotes)]
        text = quote.text.get("de")
        quote.text.text["de"] = text.replace("und", "sowie", 1) if "und" in text else \
            text + " und"
    else:
        item.headline.text["de"] = f"{item.headline.get('de').split(' (')[0]} ({step})"


def _file_bytes(path: Path) -> int:
    with closing(sqlite3.connect(path)) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        size = db.execute("PRAGMA page_size").fetchone()[0]
        free = db.execute("PRAGMA freelist_count").fetchone()[0]
    return int((pages - free) * size)


def _history_bytes(path: Path) -> tuple[int, int]:
    with closing(sqlite3.connect(path)) as db:
        row = db.execute("SELECT count(*), coalesce(sum(length(document)), 0) "
                         "FROM item_versions").fetchone()
    return int(row[0]), int(row[1])


@contextmanager
def _whole_versions() -> Iterator[None]:
    """Every version compressed on its own: the simple design, as a peer."""
    with mock.patch.object(history, "_base_for", lambda conn, item_id, version: None):
        yield


@contextmanager
def _no_history() -> Iterator[None]:
    with mock.patch.object(history, "record", lambda *args, **kwargs: None):
        yield


@contextmanager
def _as_kept() -> Iterator[None]:
    yield


def run(folder: Path, name: str, mode: Callable[[], AbstractContextManager[None]],
        saves: int) -> dict[str, float]:
    path = folder / f"{name}.sqlite"
    bundle = load_sample_bundles()[0]
    with mode(), Archive.open(path) as archive:
        archive.save_bundle(copy.deepcopy(bundle), saved_by="Bench")
        start = _file_bytes(path)
        item = archive.load_item(bundle.items[0].id)
        times = []
        for step in range(saves):
            _edit(item, step)
            began = time.perf_counter()
            archive.save_item(item, saved_by="Bench")
            times.append(time.perf_counter() - began)
    end = _file_bytes(path)
    versions, kept = _history_bytes(path)
    return {"growth": end - start, "versions": versions, "kept": kept,
            "median_ms": statistics.median(times) * 1000}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--saves", type=int, default=100)
    args = parser.parse_args()
    raw = len(history.item_json(load_sample_bundles()[0].items[0]))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        results = {
            "kept (full every 25th, others against it)": run(folder, "kept", _as_kept,
                                                             args.saves),
            "peer: every version whole, compressed": run(folder, "whole", _whole_versions,
                                                        args.saves),
            "peer: no history": run(folder, "none", _no_history, args.saves),
        }
    print(f"{args.saves} saves of the sample release (its JSON: {raw / 1024:.1f} KB)")
    for name, r in results.items():
        per_version = r["kept"] / r["versions"] / 1024 if r["versions"] else 0.0
        print(f"  {name:<44} archive grew {r['growth'] / 1024:7.1f} KB "
              f"({r['growth'] / args.saves / 1024:5.2f} KB per save), history "
              f"{per_version:5.2f} KB per version, median save {r['median_ms']:5.1f} ms")
    kept, whole, none = results.values()
    print(f"  history per version vs whole versions: {kept['kept'] / whole['kept']:.2f}x; "
          f"vs the uncompressed JSON: {kept['kept'] / kept['versions'] / raw:.3f}x")
    print(f"  archive growth vs no history: {kept['growth'] / max(none['growth'], 1):.2f}x; "
          f"median save vs no history: {kept['median_ms'] / none['median_ms']:.2f}x")


if __name__ == "__main__":
    main()
