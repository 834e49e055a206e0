"""The benchmark archive generator: valid archives, the same for the same seed."""

from __future__ import annotations

import sqlite3
import sys
from contextlib import closing
from pathlib import Path

from editor.store import Archive

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from generate_archive import generate


def _quotes(path: Path) -> list[tuple[str, str]]:
    with closing(sqlite3.connect(path)) as db:
        return db.execute("SELECT quote_id, text_de FROM quotes ORDER BY row_id").fetchall()


def test_small_archive_is_valid_searchable_and_reproducible(tmp_path: Path) -> None:
    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    for path in (first, second):
        generate(path, items=12, quotes_total=300, n_people=40, seed=3, echo=False)
    assert _quotes(first) == _quotes(second)
    with Archive.open(first) as archive:
        assert archive.count_quotes() == 300
        summary = archive.list_items()[0]
        item = archive.load_item(summary.id)  # documents pass the codec's checks
        assert item.quotes and item.quotes[0].speakers
        hits = archive.search_quotes("wandel", limit=5)
        assert hits and all(h.speakers and h.speakers[0].title for h in hits)
        person = hits[0].speakers[0].person_id
        assert archive.quotes_of_person(person)
