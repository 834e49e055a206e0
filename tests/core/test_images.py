"""The content check of photo bytes: complete JPEG, PNG and WebP images only."""

from __future__ import annotations

import struct
import zlib

import pytest

from editor.core.images import (
    MAX_PHOTO_BYTES,
    PhotoError,
    check_photo,
    inspect_image,
    is_photo_key,
    photo_key,
)
from editor.io.samples import sample_paths


def _png(width: int = 3, height: int = 2) -> bytes:
    raw = b"".join(b"\x00" + b"\x01\x02\x03" * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2,
                                                              0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def _webp_lossless(width: int, height: int) -> bytes:
    bits = (width - 1) | ((height - 1) << 14)
    body = b"\x2f" + bits.to_bytes(4, "little") + b"\x00" * 11
    chunk = b"VP8L" + struct.pack("<I", len(body)) + body
    return b"RIFF" + struct.pack("<I", 4 + len(chunk)) + b"WEBP" + chunk


def test_png_jpeg_and_webp_are_recognised_with_their_size() -> None:
    png = inspect_image(_png(3, 2))
    assert (png.media_type, png.width, png.height) == ("image/png", 3, 2)
    jpeg = inspect_image((sample_paths()[0].parent / "2021-03-15-smart-country.jpg").read_bytes())
    assert (jpeg.media_type, jpeg.width, jpeg.height) == ("image/jpeg", 800, 533)
    webp = inspect_image(_webp_lossless(640, 480))
    assert (webp.media_type, webp.width, webp.height) == ("image/webp", 640, 480)


@pytest.mark.parametrize("cut", [1, 12, 30])
def test_a_png_cut_anywhere_is_refused(cut: int) -> None:
    with pytest.raises(PhotoError, match="PNG"):
        inspect_image(_png()[:-cut])


def test_a_png_with_a_wrong_checksum_is_refused() -> None:
    data = bytearray(_png())
    data[40] ^= 0xFF  # inside the picture data
    with pytest.raises(PhotoError, match="checksum"):
        inspect_image(bytes(data))


def test_a_webp_shorter_than_it_says_is_refused() -> None:
    with pytest.raises(PhotoError, match="cut short"):
        inspect_image(_webp_lossless(10, 10)[:-4])


def test_more_than_the_limit_is_refused_before_looking_at_it() -> None:
    with pytest.raises(PhotoError, match="larger than 30 MB"):
        check_photo(_png() + b"\x00" * MAX_PHOTO_BYTES)


def test_keys_are_sha256_hex() -> None:
    key = photo_key(b"x")
    assert is_photo_key(key) and not is_photo_key(key.upper()) and not is_photo_key("../a")
