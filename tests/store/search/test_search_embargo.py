"""Quotes of items under embargo: left out of searches unless asked for, then marked."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from editor.core.model import (
    Approval,
    ApprovalState,
    Bundle,
    Embargo,
    Person,
    PressItem,
    Quote,
    Speaker,
    Translations,
)
from editor.store import Archive
from editor.store.reader import open_reader

NOW = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)
"""The moment the searches are made: the embargo of "i-secret" ends two days later."""


def _item(item_id: str, count: int, embargo: Embargo | None, day: date) -> PressItem:
    quotes = [
        Quote(f"{item_id}-q{n}", speakers=[Speaker("p-anna")],
              text=Translations(text={"de": f"Die Förderung {item_id} Nummer {n}."}),
              date=day, approval=Approval(ApprovalState.APPROVED, by="Büro"))
        for n in range(count)
    ]
    return PressItem(id=item_id, issue_date=day, embargo=embargo, quotes=quotes,
                     headline=Translations(text={"de": f"Meldung {item_id}"}))


@pytest.fixture
def embargoed(archive: Archive) -> Archive:
    bundle = Bundle(people=[Person("p-anna", "Anna", "Müller")])
    bundle.items = [
        # the newest quotes belong to the item under embargo: a page must be filled past them
        _item("i-secret", 3, Embargo(datetime(2026, 3, 16, 10, 0)), date(2026, 3, 16)),
        _item("i-over", 2, Embargo(datetime(2026, 3, 1, 10, 0)), date(2026, 3, 1)),
        _item("i-open", 4, None, date(2025, 1, 1)),
    ]
    archive.save_bundle(bundle)
    return archive


def _items(hits: list) -> list[str]:
    return [hit.item_id for hit in hits]


def test_quotes_under_embargo_are_left_out(embargoed: Archive) -> None:
    for order in ("relevance", "date"):
        hits = embargoed.search_quotes("förderung", order=order, now=NOW)
        assert sorted(_items(hits)) == ["i-open"] * 4 + ["i-over"] * 2, order
        assert all(hit.embargo is None for hit in hits)
    assert embargoed.count_quotes("förderung", now=NOW) == 6
    assert embargoed.count_quotes("", speaker="p-anna", now=NOW) == 6


def test_asked_for_they_are_found_and_carry_the_embargo(embargoed: Archive) -> None:
    hits = embargoed.search_quotes("förderung", order="date", include_embargoed=True, now=NOW)
    assert _items(hits) == ["i-secret"] * 3 + ["i-over"] * 2 + ["i-open"] * 4
    assert [hit.embargo for hit in hits[:3]] == [Embargo(datetime(2026, 3, 16, 10, 0))] * 3
    assert all(hit.embargo is None for hit in hits[3:])  # an embargo that ended is no mark
    assert embargoed.count_quotes("förderung", include_embargoed=True, now=NOW) == 9


def test_once_the_embargo_ends_the_quotes_are_found(embargoed: Archive) -> None:
    later = datetime(2026, 3, 16, 9, 1, tzinfo=UTC)  # 10:01 in Berlin
    assert len(embargoed.search_quotes("förderung", now=later)) == 9
    assert embargoed.count_quotes("förderung", now=later) == 9
    assert embargoed.count_quotes("förderung", now=NOW) == 6  # the cache decides anew


def test_pages_skip_the_hidden_quotes_without_gaps_or_repeats(embargoed: Archive) -> None:
    whole = embargoed.search_quotes("förderung", order="date", now=NOW)
    paged = [hit for start in range(0, 8, 2)
             for hit in embargoed.search_quotes("förderung", order="date", limit=2,
                                                offset=start, now=NOW)]
    assert [h.quote_id for h in paged] == [h.quote_id for h in whole]
    assert len(whole) == 6


@pytest.mark.sqlite_only
def test_the_light_reader_hides_and_marks_the_same(embargoed: Archive,
                                                   archive_url: str) -> None:
    path = Path(archive_url.removeprefix("sqlite:///"))
    light = open_reader(str(path))
    assert light is not None
    try:
        for include in (False, True):
            for order in ("relevance", "date"):
                expected = embargoed.search_quotes("förderung", order=order, now=NOW,
                                                   include_embargoed=include)
                found = light.search_quotes("förderung", order=order, now=NOW,
                                            include_embargoed=include)
                assert found == expected
                assert [h.embargo is not None for h in found].count(True) == 3 * include
        assert light.search_quotes("förderung", limit=2, offset=2, order="date", now=NOW) \
            == embargoed.search_quotes("förderung", limit=2, offset=2, order="date", now=NOW)
    finally:
        light.close()


@pytest.mark.parametrize("through", ["direct", "index"])
def test_counts_agree_with_the_hits_on_every_path(embargoed: Archive, through: str,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The count subtracts the quotes under embargo alike, whether an SQLite archive is
    read through its driver connection or (like PostgreSQL) through the index's
    SQLAlchemy statements."""
    if through == "index":
        monkeypatch.setattr(embargoed, "_sqlite_reading", lambda conn: None)
    later = datetime(2026, 3, 16, 9, 1, tzinfo=UTC)
    cases = [("förderung", {}), ("", {"speaker": "p-anna"}), ("nummer", {}),
             ("i-secret", {}), ("gibtsnicht", {})]
    for query, options in cases:
        for include in (False, True):
            for now in (NOW, later):
                hits = embargoed.search_quotes(query, limit=100, include_embargoed=include,
                                               now=now, **options)
                counted = embargoed.count_quotes(query, include_embargoed=include, now=now,
                                                 **options)
                assert counted == len(hits), (query, options, include, now)
    assert embargoed.count_quotes("förderung", now=NOW) == 6
    assert embargoed.count_quotes("förderung", include_embargoed=True, now=NOW) == 9



def test_a_persons_quotes_carry_the_embargo_as_search_hits_do(embargoed: Archive) -> None:
    hits = embargoed.quotes_of_person("p-anna", now=NOW)
    assert [hit.item_id for hit in hits] == ["i-open"] * 4 + ["i-over"] * 2 + ["i-secret"] * 3
    secret = Embargo(datetime(2026, 3, 16, 10, 0))
    assert [hit.embargo for hit in hits] == [None] * 6 + [secret] * 3
    marked = embargoed.search_quotes("förderung", order="date", include_embargoed=True,
                                     now=NOW)
    assert {h.quote_id: h.embargo for h in marked} == {h.quote_id: h.embargo for h in hits}
    later = datetime(2026, 3, 16, 9, 1, tzinfo=UTC)  # the embargo has ended: no mark
    assert all(hit.embargo is None for hit in embargoed.quotes_of_person("p-anna", now=later))


@pytest.mark.postgresql_only
def test_a_first_page_reads_the_change_mark_with_its_hits(embargoed: Archive,
                                                          archive_url: str) -> None:
    """On PostgreSQL the hits and the archive's change mark come in one statement; an
    embargo a colleague sets meanwhile still hides that item's quotes at once."""
    statements: list[str] = []

    def seen(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        statements.append(statement)

    assert len(embargoed.search_quotes("förderung", order="date", now=NOW)) == 6
    event.listen(embargoed._engine, "before_cursor_execute", seen)
    try:
        assert len(embargoed.search_quotes("förderung", order="date", now=NOW)) == 6
        with Archive.open(archive_url) as colleague:
            item = colleague.load_item("i-open")
            item.embargo = Embargo(datetime(2026, 3, 20, 10, 0))
            colleague.save_item(item)
        statements.clear()
        assert _items(embargoed.search_quotes("förderung", order="date", now=NOW)) == \
            ["i-over"] * 2
        assert _items(embargoed.search_quotes("förderung", order="date", now=NOW,
                                              include_embargoed=True))[-4:] == ["i-open"] * 4
    finally:
        event.remove(embargoed._engine, "before_cursor_execute", seen)
    items_read = [s for s in statements if "press_items" in s]
    # per search one page statement; the items with an embargo read again once (changed)
    assert len(items_read) == 3, items_read
