"""Unused photo bytes are deleted; what an item, a draft, a kept version or a logo uses stays."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from store_records import tiny_png

from editor.core.images import PhotoData
from editor.core.model import Organisation, Photo, PressItem, Translations
from editor.store import Archive
from editor.store import photos as photo_store

LATER = datetime.now(UTC) + timedelta(hours=2)
"""A moment past :data:`editor.store.photos.KEEP_RECENT` of everything stored in a test."""


def _photo(shade: int) -> PhotoData:
    return PhotoData("image/png", tiny_png((shade, 80, 150)))


def _item(item_id: str, *keys: str) -> PressItem:
    return PressItem(id=item_id, headline=Translations(text={"de": f"Meldung {item_id}"}),
                     photos=[Photo(f"ph-{n}", blob=key) for n, key in enumerate(keys)])


def _stored(archive: Archive, *keys: str) -> set[str]:
    return set(archive.photo_data(keys))


def test_a_photo_a_kept_version_uses_stays_and_restoring_it_works(archive: Archive) -> None:
    first, second = archive.store_photo(_photo(1)), archive.store_photo(_photo(2))
    item = archive.save_item(_item("i-1", first))
    item.photos = [Photo("ph-0", blob=second)]  # the first photo replaced
    archive.save_item(item)
    cleanup = archive.delete_unused_photos(now=LATER)
    assert (cleanup.deleted, cleanup.in_use) == (0, 2)
    assert _stored(archive, first, second) == {first, second}
    old = archive.load_version("i-1", 1)
    assert [p.blob for p in old.photos] == [first]
    assert archive.photo_data([first])  # the restored version finds its picture


def test_deleting_an_item_with_its_history_frees_its_photos(archive: Archive) -> None:
    mine, shared = archive.store_photo(_photo(1)), archive.store_photo(_photo(2))
    archive.save_item(_item("i-1", mine, shared))
    archive.save_item(_item("i-2", shared))
    archive.delete_item("i-1")  # history kept: the photos stay
    assert archive.delete_unused_photos(now=LATER).deleted == 0
    archive.delete_item("i-1", with_history=True)
    trial = archive.delete_unused_photos(dry_run=True, now=LATER)
    assert (trial.deleted, trial.freed, trial.in_use) == (1, len(_photo(1).data), 1)
    assert _stored(archive, mine, shared) == {mine, shared}  # a trial deletes nothing
    done = archive.delete_unused_photos(now=LATER)
    assert (done.deleted, done.freed) == (trial.deleted, trial.freed)
    assert _stored(archive, mine, shared) == {shared}
    assert archive.delete_unused_photos(now=LATER).deleted == 0


def test_recently_stored_drafted_and_logo_photos_stay(archive: Archive) -> None:
    fresh = archive.store_photo(_photo(1))  # stored, not yet used by anything
    drafted = archive.store_photo(_photo(2))
    logo = archive.store_photo(_photo(3))
    archive.save_draft(_item("i-new", drafted), 0)
    archive.save_organisation(Organisation("o-1", "Org", logo=logo))
    cleanup = archive.delete_unused_photos()
    assert (cleanup.deleted, cleanup.kept_recent, cleanup.in_use) == (0, 1, 2)
    assert archive.delete_unused_photos(now=LATER).deleted == 1
    assert _stored(archive, fresh, drafted, logo) == {drafted, logo}
    archive.discard_draft("i-new")
    assert archive.delete_unused_photos(now=LATER).deleted == 1
    assert _stored(archive, drafted, logo) == {logo}


def test_storing_the_same_bytes_again_counts_as_recent(archive: Archive) -> None:
    key = archive.store_photo(_photo(1))
    archive.delete_unused_photos(dry_run=True, now=LATER)
    # stored again (the same file added again) just before the clean-up runs
    archive.store_photo(_photo(1))
    assert archive.delete_unused_photos(now=datetime.now(UTC)).kept_recent == 1
    assert _stored(archive, key) == {key}


@pytest.mark.postgresql_only
def test_a_concurrent_save_of_a_photo_is_waited_for_on_a_server(archive: Archive) -> None:
    key = archive.store_photo(_photo(1))
    with archive._engine.connect() as conn, conn.begin():  # old and unused: due for deletion
        conn.execute(photo_store.settings.update()
                     .where(photo_store.settings.c.key == photo_store.STORED_PREFIX + key)
                     .values(value=(datetime.now(UTC) - timedelta(days=1)).isoformat()))
    started, finished = threading.Event(), threading.Event()
    result: list[photo_store.PhotoCleanup] = []

    def clean_up() -> None:
        started.set()
        result.append(archive.delete_unused_photos())
        finished.set()

    with archive._engine.connect() as colleague, colleague.begin():
        photo_store.write_photo(colleague, _photo(1))  # a colleague adds it again
        cleaner = threading.Thread(target=clean_up)
        cleaner.start()
        started.wait(5)
        # the clean-up waits for this transaction (it would else delete the picture
        # the colleague is about to use); the colleague's draft then refers to it
        assert not finished.wait(1.0)
        colleague.execute(photo_store.drafts.insert().values(
            item_id="i-new", document={"photos": [{"id": "ph", "blob": key}]},
            base_version=0, saved_at=datetime.now(UTC), owner="x"))
    cleaner.join(10)
    assert result and result[0].deleted == 0
    assert _stored(archive, key) == {key}
