"""Until the desktop window has painted, the light reader answers as the archive would.

``editor.store.deferred`` reads the first paint's records with sqlite3 alone and opens
the archive after the paint (or at once, for anything else); each answer is compared
here with the archive's own on a generated archive with the sample, a draft and a claim.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from editor.io.samples import load_sample_bundles
from editor.store.archive import Archive
from editor.store.deferred import DeferredArchive, open_deferred, still_deferred
from editor.store.shared import SharedPolicy

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from generate_archive import generate

pytestmark = pytest.mark.sqlite_only


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("deferred") / "generated.sqlite"
    generate(path, items=40, quotes_total=400, n_people=30, seed=11, echo=False)
    with Archive.open(path) as archive:
        for bundle in load_sample_bundles():
            archive.save_bundle(bundle, shared=SharedPolicy.KEEP)
        first = archive.list_items()[3]
        item = archive.load_item(first.id)
        item.headline.text[item.source_language] = "Entwurf nach dem Absturz"
        archive.save_draft(item, item.version, owner="laptop:1")
        archive.set_setting("user_name", "Eva Muster")
        archive.claim_item(first.id, "laptop:1", "Eva")
    return path


@pytest.fixture()
def both(generated: Path) -> Iterator[tuple[DeferredArchive, Archive]]:
    deferred = open_deferred(generated)
    assert deferred is not None
    archive = Archive.open(generated)
    yield deferred, archive
    deferred.close()
    archive.close()


def test_the_reads_of_the_first_paint_match_the_archive(
        both: tuple[DeferredArchive, Archive]) -> None:
    deferred, archive = both
    items = archive.list_items()
    assert len(items) > 40
    for limit, offset in ((None, 0), (10, 0), (10, 35), (200, 0)):
        assert deferred.list_items(limit=limit, offset=offset) == archive.list_items(
            limit=limit, offset=offset)
    assert deferred.organisations() == archive.organisations()
    assert deferred.drafts() == archive.drafts() != []
    for summary in items[:6]:
        assert deferred.has_item(summary.id)
        assert deferred.stored_version(summary.id) == archive.stored_version(summary.id)
        assert deferred.draft_info(summary.id) == archive.draft_info(summary.id)
        item = deferred.load_item(summary.id)
        assert item == archive.load_item(summary.id)
        ids = [s.person_id for q in item.quotes for s in q.speakers] + ["nobody"]
        assert deferred.people_and_roles(ids) == archive.people_and_roles(ids)
    assert not deferred.has_item("nobody") and deferred.stored_version("nobody") is None
    with sqlite3.connect(archive.path) as db:  # type: ignore[arg-type]
        keys = [row[0] for row in db.execute("SELECT sha256 FROM photo_blobs")]
    assert keys  # the sample's photos
    assert deferred.photo_data([*keys, "unknown"]) == archive.photo_data([*keys, "unknown"])
    assert deferred.change_mark() == archive.change_mark()
    assert deferred.get_setting("user_name") == "Eva Muster"
    assert deferred.get_setting("missing", "x") == "x"
    assert deferred.is_empty() is False
    assert deferred.listen_for_changes(lambda _item_id: None) is None
    assert deferred.path == archive.path
    assert deferred.url == archive.url  # the window lock is keyed by it
    assert still_deferred(deferred)  # all of that without opening the archive


def test_anything_else_opens_the_archive_and_it_answers_from_then_on(
        both: tuple[DeferredArchive, Archive]) -> None:
    deferred, archive = both
    summary = archive.list_items()[0]
    assert [c.name for c in deferred.claims()] == [c.name for c in archive.claims()] == ["Eva"]
    assert not still_deferred(deferred) and deferred.is_open
    assert deferred.load_item(summary.id) == archive.load_item(summary.id)
    filtered = deferred.list_items(status=summary.status.value, limit=5)
    assert filtered == archive.list_items(status=summary.status.value, limit=5)


def test_a_filtered_list_is_the_archive_s_own(both: tuple[DeferredArchive, Archive]) -> None:
    deferred, archive = both
    assert deferred.list_items(text="Entwurf") == archive.list_items(text="Entwurf")
    assert deferred.is_open


def test_an_archive_that_needs_the_usual_way_is_not_deferred(tmp_path: Path) -> None:
    assert open_deferred(tmp_path / "new.sqlite") is None  # a new archive is created
    (tmp_path / "other.sqlite").write_bytes(b"not an archive")
    assert open_deferred(tmp_path / "other.sqlite") is None  # the archive says why
