"""A photo that claims more pixels than any camera makes (a decompression bomb: a few
kilobytes that would decode to gigabytes) is refused when it comes in, with a one-line
reason; photos of real cameras still pass."""

from __future__ import annotations

import contextlib
import io
import json
import struct
import zlib
from pathlib import Path

import pytest

from editor.cli import main
from editor.core.images import MAX_PHOTO_PIXELS, PhotoError, check_photo


def _chunk(kind: bytes, data: bytes) -> bytes:
    return (struct.pack(">I", len(data)) + kind + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))


def _png(width: int, height: int) -> bytes:
    """A PNG of that size whose picture data is one compressed run of zeros (what the
    format allows; a bomb's rows all compress to almost nothing)."""
    rows = zlib.compress(b"\x00" * 65_536, 9)
    return (b"\x89PNG\r\n\x1a\n"
            + _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + _chunk(b"IDAT", rows) + _chunk(b"IEND", b""))


def _webp_extended(width: int, height: int) -> bytes:
    body = b"\x00" * 4 + (width - 1).to_bytes(3, "little") + (height - 1).to_bytes(3, "little")
    chunk = b"VP8X" + struct.pack("<I", len(body)) + body + b"\x00" * 8
    return b"RIFF" + struct.pack("<I", 4 + len(chunk)) + b"WEBP" + chunk


@pytest.mark.parametrize("data, shown", [
    (_png(100_000, 100_000), "100,000 × 100,000 pixels"),
    (_png(2_000_000_000, 1), "2,000,000,000 × 1 pixels"),
    (_webp_extended(16_000_000, 16_000_000), "16,000,000 × 16,000,000 pixels"),
])
def test_more_pixels_than_a_photo_has_are_refused(data: bytes, shown: str) -> None:
    assert len(data) < 2_000
    with pytest.raises(PhotoError) as caught:
        check_photo(data)
    assert str(caught.value) == (
        f"it is {shown}, more than the {MAX_PHOTO_PIXELS // 1_000_000} megapixels a "
        "photo may have (a decompression bomb?)")


def test_a_hundred_megapixel_camera_photo_passes() -> None:
    assert check_photo(_png(11_648, 8_736)).media_type == "image/png"


def test_an_interchange_file_with_a_bomb_photo_imports_nothing(tmp_path: Path) -> None:
    db = tmp_path / "archive.sqlite"
    out = io.StringIO()
    assert main(["--db", str(db), "dump", "2021-03-15-smart-country", "--out",
                 str(tmp_path / "item.json")], out=out) == 0
    document = json.loads((tmp_path / "item.json").read_text(encoding="utf-8"))
    document["item"]["id"] = "bomb"
    (tmp_path / "bomb.png").write_bytes(_png(100_000, 100_000))
    document["item"]["photos"][0]["path"] = "bomb.png"
    source = tmp_path / "bomb.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    errors = io.StringIO()
    with contextlib.redirect_stderr(errors):
        code = main(["--db", str(db), "import", str(source)], out=io.StringIO())
    assert code != 0
    message = errors.getvalue().strip()
    assert "\n" not in message and "Traceback" not in message
    assert "item.photos[0].path" in message and "100,000 × 100,000 pixels" in message
    listing = io.StringIO()
    assert main(["--db", str(db), "list"], out=listing) == 0
    assert "bomb" not in listing.getvalue()
