"""The archive's photo bytes: stored once per content, refused unless an image, read by key."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from store_records import PHOTO, rich_bundle, tiny_png

from editor.core.errors import StoreError
from editor.core.images import PhotoData
from editor.store import Archive


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    with Archive.open(tmp_path / "archive.sqlite") as opened:
        yield opened


def test_the_same_bytes_are_stored_once_under_their_sha256(archive: Archive) -> None:
    key = archive.store_photo(PHOTO)
    assert archive.store_photo(PhotoData("image/png", PHOTO.data)) == key == PHOTO.key
    assert archive.photo_data([key, "0" * 64]) == {key: PHOTO}


def test_the_archive_refuses_bytes_that_are_no_image(archive: Archive) -> None:
    with pytest.raises(StoreError, match="only JPEG, PNG or WebP"):
        archive.store_photo(PhotoData("image/png", b"#!/bin/sh\necho not a picture\n"))
    with pytest.raises(StoreError, match="only JPEG, PNG or WebP"):
        archive.store_photo(PhotoData("image/png", tiny_png()[:-12]))


def test_a_bundle_whose_photo_does_not_match_its_bytes_writes_nothing(archive: Archive) -> None:
    bundle = rich_bundle()
    other = PhotoData("image/png", tiny_png((1, 2, 3)))
    bundle.photo_data = {PHOTO.key: other}  # claims the key of other bytes
    with pytest.raises(StoreError, match="does not match its bytes"):
        archive.save_bundle(bundle)
    assert archive.is_empty() and archive.photo_data([PHOTO.key, other.key]) == {}


def test_a_bundle_naming_bytes_the_archive_lacks_writes_nothing(archive: Archive) -> None:
    bundle = dataclasses.replace(rich_bundle(), photo_data={})
    with pytest.raises(StoreError, match="without its picture"):
        archive.save_bundle(bundle)
    assert archive.is_empty()
    archive.store_photo(PHOTO)  # bytes stored before (by the desktop app) are enough
    archive.save_bundle(bundle)
    assert archive.load_bundle(["item-rich"]).photo_data == {PHOTO.key: PHOTO}
