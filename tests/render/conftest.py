"""Fixtures of the export tests: press items built in code, and the shipped sample."""

from __future__ import annotations

from pathlib import Path

import pytest
from render_support import BundleFactory, make_bundle

from editor.core.model import Bundle
from editor.io.samples import load_sample_bundles


@pytest.fixture
def bundle() -> Bundle:
    return make_bundle()


@pytest.fixture
def bundle_factory() -> BundleFactory:
    return make_bundle


@pytest.fixture(scope="session")
def sample() -> Bundle:
    (found,) = [b for b in load_sample_bundles()
                if b.items and b.items[0].id == "2021-03-15-smart-country"]
    return found


@pytest.fixture
def photo_file(tmp_path: Path) -> Path:
    """A small real PNG."""
    import struct
    import zlib

    width, height = 40, 20
    raw = b"".join(b"\x00" + bytes([30, 80, 150]) * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2,
                                                              0, 0, 0))
           + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
    path = tmp_path / "photo.png"
    path.write_bytes(png)
    return path
