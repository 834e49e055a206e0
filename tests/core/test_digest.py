"""SHA-256 by Python's own code for small inputs, OpenSSL's for large: the same digests."""

from __future__ import annotations

import hashlib
import os

import pytest

from editor.core import digest, images
from editor.core.images import PhotoData


@pytest.mark.parametrize("size", [0, 1, 64, 100_000, digest.LARGE - 1, digest.LARGE,
                                  digest.LARGE + 1])
def test_the_digest_is_sha256_whatever_the_size(size: int) -> None:
    data = os.urandom(size)
    assert digest.sha256(data).hexdigest() == hashlib.sha256(data).hexdigest()
    assert digest.sha256(data).digest() == hashlib.sha256(data).digest()


def test_a_digest_updated_in_parts_is_that_of_the_whole() -> None:
    parts = [os.urandom(n) for n in (10, 1000, 70_000)]
    for size in (None, digest.LARGE):  # the one and the other implementation
        found = digest.sha256(parts[0], size=size)
        for part in parts[1:]:
            found.update(part)
        assert found.hexdigest() == hashlib.sha256(b"".join(parts)).hexdigest()


def test_small_inputs_do_not_load_openssl() -> None:
    assert type(digest.sha256(b"x")).__module__ != "_hashlib"
    assert type(digest.sha256(b"x" * digest.LARGE)).__module__ == "_hashlib"


def test_a_photo_is_hashed_once_however_often_its_key_is_asked(
        monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[bytes] = []

    def counted(data: bytes) -> str:
        calls.append(data)
        return hashlib.sha256(data).hexdigest()

    monkeypatch.setattr(images, "photo_key", counted)
    photo = PhotoData("image/png", b"\x89PNG not really")
    assert {photo.key for _ in range(9)} == {hashlib.sha256(photo.data).hexdigest()}
    assert len(calls) == 1
    assert photo == PhotoData("image/png", b"\x89PNG not really")  # fields alone compare
