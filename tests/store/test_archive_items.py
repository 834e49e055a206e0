"""Press items in the archive: round trips, versions, conflicts, the list and its filters."""

from __future__ import annotations

import copy
from datetime import UTC, date, datetime, timedelta

import pytest
from store_records import rich_bundle, rich_item, simple_item, without_stamps

from editor.core.errors import ConflictError, NotFoundError, ValidationError
from editor.core.model import ItemKind, ItemStatus, PressItem, Quote, Translations
from editor.store import Archive, ItemSummary


def test_a_new_archive_is_empty(archive: Archive) -> None:
    assert archive.is_empty()
    assert archive.list_items() == []
    assert archive.count_items() == 0


def test_rich_item_round_trips(archive: Archive) -> None:
    original = rich_item()
    archive.save_bundle(rich_bundle())  # people and roles the item refers to
    archive.delete_item(original.id, with_history=True)  # a new item: version 1

    saved = archive.save_item(copy.deepcopy(original))
    loaded = archive.load_item(saved.id)

    assert without_stamps(loaded) == without_stamps(original)
    assert loaded.version == saved.version == 1
    assert loaded.created_at == saved.created_at
    assert loaded.updated_at == saved.updated_at
    assert not archive.is_empty()


def test_round_trip_keeps_translation_state(archive: Archive) -> None:
    item = rich_item()
    archive.save_item(copy.deepcopy(item))
    loaded = archive.load_item(item.id)
    assert loaded.stale_translations() == item.stale_translations()
    assert ("subheadline", "en") in loaded.stale_translations()
    assert loaded.quote("q-joint").text.text["fr"] == "Ensemble"
    assert loaded.quote("q-bare").text.text == {"de": ""}
    assert loaded.quote("q-bare").speakers[0].role_id is None


def test_minimal_item_round_trips(archive: Archive) -> None:
    item = PressItem(id="bare")
    archive.save_item(item)
    assert without_stamps(archive.load_item("bare")) == without_stamps(PressItem(id="bare"))


def test_save_sets_version_and_utc_timestamps(archive: Archive) -> None:
    item = simple_item("a", "Eins", date(2024, 1, 1))
    before = datetime.now(UTC)
    returned = archive.save_item(item)
    assert returned is item
    assert item.version == 1
    assert item.created_at is not None and item.updated_at is not None
    assert item.created_at.tzinfo is not None
    assert item.created_at.utcoffset() == timedelta(0)
    assert before <= item.created_at <= datetime.now(UTC)
    first_created = item.created_at

    item.headline.set_source("de", "Zwei")
    archive.save_item(item)
    assert item.version == 2
    assert item.created_at == first_created
    assert item.updated_at is not None and item.updated_at >= first_created

    archive.save_item(item)
    loaded = archive.load_item("a")
    assert loaded.version == 3
    assert loaded.headline.get("de") == "Zwei"
    assert loaded.created_at == first_created


def test_stale_copy_raises_conflict_and_writes_nothing(archive: Archive) -> None:
    archive.save_item(simple_item("a", "Original", date(2024, 1, 1)))
    mine = archive.load_item("a")
    theirs = archive.load_item("a")

    theirs.headline.set_source("de", "Their change")
    archive.save_item(theirs)

    mine.headline.set_source("de", "My change")
    mine.topics = ["lost"]
    with pytest.raises(ConflictError) as caught:
        archive.save_item(mine)
    assert caught.value.item_id == "a"
    assert caught.value.loaded_version == 1
    assert caught.value.stored_version == 2
    assert mine.version == 1

    stored = archive.load_item("a")
    assert stored.headline.get("de") == "Their change"
    assert stored.topics == []
    assert stored.version == 2


def test_conflict_between_two_open_archives(archive: Archive) -> None:
    archive.save_item(simple_item("a", "Original", None))
    with Archive.open(archive.url) as other:
        theirs = other.load_item("a")
        mine = archive.load_item("a")
        other.save_item(theirs)
        with pytest.raises(ConflictError):
            archive.save_item(mine)


def test_item_deleted_elsewhere_is_saved_again_as_new(archive: Archive) -> None:
    item = archive.save_item(simple_item("a", "Eins", None))
    archive.delete_item("a")
    archive.save_item(item)
    # its kept history goes on: the save is the version after the one deleted
    assert archive.load_item("a").version == 2
    assert [v.version for v in archive.versions("a")] == [2, 1]


def test_load_missing_item_names_it(archive: Archive) -> None:
    with pytest.raises(NotFoundError, match="no press item with id 'nope'"):
        archive.load_item("nope")
    assert not archive.has_item("nope")


def test_delete_item_removes_its_quotes(archive: Archive) -> None:
    archive.save_item(rich_item())
    assert archive.has_item("item-rich")
    archive.delete_item("item-rich")
    assert not archive.has_item("item-rich")
    assert archive.is_empty()
    with pytest.raises(NotFoundError):
        archive.delete_item("item-rich")
    with archive._engine.connect() as conn:
        for table in ("quotes", "quote_speakers", "item_topics", "item_issuers"):
            assert conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() == 0


def test_saving_again_replaces_quotes_and_topics(archive: Archive) -> None:
    item = archive.save_item(rich_item())
    item.quotes = item.quotes[:1]
    item.blocks = [b for b in item.blocks if b.quote_id != "q-joint"]
    item.topics = ["Nur eins"]
    archive.save_item(item)
    loaded = archive.load_item(item.id)
    assert [q.id for q in loaded.quotes] == ["q-minister"]
    assert loaded.topics == ["Nur eins"]
    with archive._engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM quote_speakers").scalar() == 1


def test_quotes_are_rows_with_text_and_speakers(archive: Archive) -> None:
    archive.save_item(rich_item())
    with archive._engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT quote_id, CAST(said_on AS VARCHAR), approval_state, text_de, text_en "
            "FROM quotes ORDER BY position"
        ).all()
        speakers = conn.exec_driver_sql(
            "SELECT q.quote_id, s.person_id, s.role_id FROM quote_speakers s "
            "JOIN quotes q ON q.row_id = s.quote_row_id ORDER BY q.position, s.position"
        ).all()
    assert rows[0] == (
        "q-minister",
        "2021-03-14",
        "approved",
        'Das ist ein "starkes Signal" für den Strukturwandel.',
        'This is a "strong signal" for structural change.',
    )
    assert rows[1][1] == "2021-03-15"  # no date of its own: the item's issue date
    assert speakers[:2] == [
        ("q-minister", "p-steinbach", "r-minister"),
        ("q-joint", "p-kammradt", "r-kammradt"),
    ]
    assert len(speakers) == 4


def test_the_same_quote_id_may_appear_in_two_items(archive: Archive) -> None:
    first, second = rich_item("one"), rich_item("two")
    archive.save_item(first)
    archive.save_item(second)
    assert archive.load_item("two").quotes[0].id == "q-minister"


def test_two_quotes_with_one_id_are_refused_before_writing(archive: Archive) -> None:
    item = simple_item("a", "Eins", None)
    item.quotes = [Quote("q"), Quote("q", text=Translations(text={"de": "x"}))]
    with pytest.raises(ValidationError, match=r"quotes\[1\]\.id"):
        archive.save_item(item)
    assert archive.is_empty()


def _fill_list(archive: Archive) -> None:
    items = [
        simple_item(
            "old",
            "Alte Meldung",
            date(2020, 5, 1),
            status=ItemStatus.PUBLISHED,
            topics=["Energie"],
            issuer_ids=["o-wfbb"],
        ),
        simple_item(
            "new",
            "Förderung für Gründer",
            date(2023, 2, 1),
            status=ItemStatus.APPROVED,
            topics=["Strukturwandel", "Energie"],
            issuer_ids=["o-img", "o-wfbb"],
        ),
        simple_item(
            "mid",
            "Strukturwandel in der Lausitz",
            date(2021, 3, 15),
            kind=ItemKind.EVENT_REPORT,
            topics=["Strukturwandel"],
            issuer_ids=["o-img"],
        ),
        simple_item("draft", "Entwurf ohne Datum", None),
        simple_item("same-day-1", "Gleicher Tag eins", date(2021, 3, 15)),
    ]
    for item in items:
        archive.save_item(item)
    archive.save_item(archive.load_item("mid"))  # changed last among the 2021-03-15 items


def test_list_order_newest_first_undated_on_top(archive: Archive) -> None:
    _fill_list(archive)
    listed = archive.list_items()
    assert [s.id for s in listed] == ["draft", "new", "mid", "same-day-1", "old"]
    assert all(isinstance(s, ItemSummary) for s in listed)


def test_list_summary_fields(archive: Archive) -> None:
    archive.save_item(rich_item())
    (summary,) = archive.list_items()
    assert summary.id == "item-rich"
    assert summary.kind is ItemKind.EVENT_REPORT
    assert summary.status is ItemStatus.IN_REVIEW
    assert summary.issue_date == date(2021, 3, 15)
    assert summary.headline == {
        "de": "Förderung für den Strukturwandel",
        "en": "Funding for structural change",
    }
    assert summary.headline_in("en") == "Funding for structural change"
    assert summary.headline_in("fr") == "Förderung für den Strukturwandel"
    assert summary.source_language == "de"
    assert summary.languages == ["de", "en"]
    assert summary.topics == ["Smart Country", "Strukturwandel"]
    assert summary.issuer_ids == ["o-wfbb", "o-img"]
    assert summary.version == 1
    assert summary.updated_at.tzinfo is not None
    with pytest.raises(AttributeError):
        summary.version = 2  # type: ignore[misc]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"status": "published"}, ["old"]),
        ({"status": ItemStatus.APPROVED}, ["new"]),
        ({"status": ["draft", "published"]}, ["draft", "mid", "same-day-1", "old"]),
        ({"kind": ItemKind.EVENT_REPORT}, ["mid"]),
        ({"topic": "Energie"}, ["new", "old"]),
        ({"issuer_id": "o-img"}, ["new", "mid"]),
        ({"topic": "Energie", "issuer_id": "o-img"}, ["new"]),
        ({"date_from": date(2021, 3, 15)}, ["new", "mid", "same-day-1"]),
        ({"date_to": date(2021, 3, 15)}, ["mid", "same-day-1", "old"]),
        ({"date_from": date(2021, 1, 1), "date_to": date(2022, 1, 1)}, ["mid", "same-day-1"]),
        ({"text": "förder"}, ["new"]),
        ({"text": "forder"}, ["new"]),
        ({"text": "FOERDER"}, ["new"]),
        ({"text": "wandel"}, ["mid"]),
        ({"text": "tag eins"}, ["same-day-1"]),
        ({"text": "%"}, []),
        ({"text": "  "}, ["draft", "new", "mid", "same-day-1", "old"]),
    ],
)
def test_list_filters(archive: Archive, filters: dict[str, object], expected: list[str]) -> None:
    _fill_list(archive)
    assert [s.id for s in archive.list_items(**filters)] == expected  # type: ignore[arg-type]
    assert archive.count_items(**filters) == len(expected)  # type: ignore[arg-type]


def test_list_pages(archive: Archive) -> None:
    _fill_list(archive)
    everything = [s.id for s in archive.list_items()]
    pages = [[s.id for s in archive.list_items(limit=2, offset=offset)] for offset in (0, 2, 4, 6)]
    assert pages == [everything[0:2], everything[2:4], everything[4:], []]
