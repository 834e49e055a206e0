"""Photos from phones and cameras: where, when and with what they were taken never reaches
an export. The files are crafted byte by byte (see ``photo_files.py``); the checks read
the bytes of the exported DOCX and HTML, not our own functions' answers."""

from __future__ import annotations

import base64
import io
import json
import re
import shutil
import struct
import time
import zipfile
import zlib
from pathlib import Path
from typing import Any

import pytest
from photo_files import (
    ICC,
    SECRETS,
    VP8L_1X1,
    chunk,
    expected_clean_jpeg,
    gps_jpeg,
    orientation_segment,
    png_with_text,
    sample_jpeg,
    tiff,
    webp_with_exif,
    with_segment,
)

from editor.cli import main
from editor.core.images import PhotoData, PhotoError, check_photo, clean_photo, inspect_image
from editor.core.photo_metadata import strip_metadata
from editor.io.interchange import read_file
from editor.io.samples import sample_paths
from editor.render import render_docx, render_html
from editor.store import Archive

SAMPLE = "2021-03-15-smart-country.json"
ITEM = "2021-03-15-smart-country"


@pytest.fixture
def release(tmp_path: Path) -> Path:
    """The sample release in a folder of its own, its photo to be replaced by a test."""
    (source,) = [p for p in sample_paths() if p.name == SAMPLE]
    folder = tmp_path / "incoming"
    folder.mkdir()
    shutil.copy(source, folder / SAMPLE)
    return folder


def _with_photo(release: Path, name: str, data: bytes) -> Path:
    (release / name).write_bytes(data)
    path = release / SAMPLE
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    document["item"]["photos"][0]["path"] = name
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def _export(db: Path, out: Path, capsys: pytest.CaptureFixture[str]) -> tuple[bytes, bytes]:
    """The item exported as DOCX and HTML by the command line: the embedded pictures of
    the DOCX and the pictures of the HTML's data: URIs."""
    code = main(["--db", str(db), "export", ITEM, "--template", "bilingual", "--lang",
                 "de,en", "--out", str(out), "--before-embargo"], out=io.StringIO())
    assert code == 0, capsys.readouterr().err
    (docx,) = out.glob("*.docx")
    (page,) = out.glob("*.html")
    return _docx_pictures(docx.read_bytes()), _html_pictures(page.read_text("utf-8"))


def _docx_pictures(data: bytes) -> bytes:
    """The one picture the DOCX embeds (however often it shows it)."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        media = {package.read(n) for n in package.namelist() if n.startswith("word/media/")}
    assert len(media) == 1
    return media.pop()


def _html_pictures(page: str) -> bytes:
    """The one picture the HTML page shows (however often)."""
    found = {base64.b64decode(f) for f in re.findall(
        r"data:image/[a-z]+;base64,([A-Za-z0-9+/=]+)", page)}
    assert len(found) == 1
    return found.pop()


def _no_secret(data: bytes) -> None:
    for secret in SECRETS:
        assert secret not in data, secret


def test_a_phone_photo_arrives_without_location_and_the_user_is_told(
        release: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "a.sqlite"
    capsys.readouterr()
    code = main(["--db", str(db), "import", str(_with_photo(release, "phone.jpg",
                                                               gps_jpeg()))],
                out=io.StringIO())
    err = capsys.readouterr().err
    assert code == 0, err
    assert f"note: photo photo-{ITEM} of item {ITEM}: location data (GPS) and other " \
           "metadata" in err
    docx, html = _export(db, tmp_path / "out", capsys)
    for pictures in (docx, html):
        _no_secret(pictures)
        # every byte of the picture is there, plus the orientation and the colour profile
        assert pictures == expected_clean_jpeg()
    with Archive.open(db) as archive:
        stored = archive.load_bundle([ITEM]).photo_data
    assert [p.data for p in stored.values()] == [expected_clean_jpeg()]


def test_the_orientation_is_kept_alone_and_an_upright_photo_keeps_no_exif() -> None:
    for orientation in range(1, 9):
        cleaned = clean_photo(gps_jpeg(orientation)).data
        assert cleaned == expected_clean_jpeg(orientation)
        assert (b"Exif" in cleaned) == (orientation != 1)
    big_endian = with_segment(0xE1, b"Exif\x00\x00" + tiff(5, big_endian=True))
    plain = sample_jpeg()
    assert clean_photo(big_endian).data == plain[:20] + orientation_segment(5) + plain[20:]


def test_a_photo_without_metadata_is_kept_byte_for_byte() -> None:
    plain = sample_jpeg()
    assert clean_photo(plain).data == plain and clean_photo(plain).removed == ()
    assert strip_metadata(plain).data is plain


def _png_chunks(data: bytes) -> list[bytes]:
    kinds, pos = [], 8
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kinds.append(data[pos + 4:pos + 8])
        pos += 12 + length
    return kinds


def test_png_text_chunks_go_and_a_huge_ztxt_is_never_unpacked(
        release: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    hostile = png_with_text(bomb_mb=512)  # the zTXt unpacks to 512 MB
    started = time.perf_counter()
    cleaned = clean_photo(hostile)
    assert time.perf_counter() - started < 0.5
    assert _png_chunks(cleaned.data) == [b"IHDR", b"iCCP", b"eXIf", b"IDAT", b"IEND"]
    assert inspect_image(cleaned.data).width == 2
    db = tmp_path / "a.sqlite"
    code = main(["--db", str(db), "import", str(_with_photo(release, "scan.png", hostile))],
                out=io.StringIO())
    assert code == 0, capsys.readouterr().err
    docx, html = _export(db, tmp_path / "out", capsys)
    for pictures in (docx, html):
        _no_secret(pictures)
        assert pictures == cleaned.data
        assert _png_chunks(pictures) == [b"IHDR", b"iCCP", b"eXIf", b"IDAT", b"IEND"]
        exif = pictures[pictures.index(b"eXIf") + 4:]
        assert exif.startswith(b"II*\x00") and b"\x12\x01\x03\x00\x01\x00\x00\x00\x03\x00" \
            in exif[:30]  # orientation 3 (upside down), written again alone


def _webp_chunks(data: bytes) -> list[bytes]:
    kinds, pos = [], 12
    while pos < len(data):
        (length,) = struct.unpack("<I", data[pos + 4:pos + 8])
        kinds.append(data[pos:pos + 4])
        pos += 8 + length + (length & 1)
    return kinds


@pytest.mark.parametrize(("orientation", "chunks", "flags"), [
    (8, [b"VP8X", b"ICCP", b"VP8L", b"EXIF"], 0x28),
    (1, [b"VP8X", b"ICCP", b"VP8L"], 0x20),
])
def test_webp_exif_and_xmp_chunks_go_and_the_header_says_so(
        orientation: int, chunks: list[bytes], flags: int, release: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "a.sqlite"
    code = main(["--db", str(db), "import", str(_with_photo(
        release, "phone.webp", webp_with_exif(orientation)))], out=io.StringIO())
    assert code == 0, capsys.readouterr().err
    docx, html = _export(db, tmp_path / "out", capsys)
    for pictures in (docx, html):
        _no_secret(pictures)
        assert _webp_chunks(pictures) == chunks
        assert pictures[20] == flags  # the VP8X flags: ICC (and EXIF for the orientation)
        assert struct.unpack("<I", pictures[4:8])[0] == len(pictures) - 8
        assert ICC in pictures
        check_photo(pictures)


def test_a_truncated_jpeg_is_refused_with_one_line(
        release: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = gps_jpeg()
    cut = data[:data.index(b"\xff\xda") + 400]
    with pytest.raises(PhotoError, match="cut short"):
        clean_photo(cut)
    db = tmp_path / "a.sqlite"
    code = main(["--db", str(db), "import", str(_with_photo(release, "cut.jpg", cut))],
                out=io.StringIO())
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1 and "cut.jpg" in err and "cut short" in err
    assert "Traceback" not in err


def test_photos_stored_before_with_metadata_leak_into_no_export(
        release: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Bytes the archive kept before photos were cleaned on the way in."""
    bundle = read_file(_with_photo(release, "plain.jpg", sample_jpeg()))
    photo = bundle.items[0].photos[0]
    old = PhotoData("image/jpeg", gps_jpeg())
    photo.blob = old.key
    bundle.photo_data = {old.key: old}
    page = render_html(bundle, ITEM, "pressemitteilung", ["de"])
    document = render_docx(bundle, ITEM, "pressemitteilung", ["de"])
    for pictures in (_html_pictures(page), _docx_pictures(document)):
        assert pictures == expected_clean_jpeg()
    # the same through the archive: stored as it came (as before), then exported and dumped
    db = tmp_path / "a.sqlite"
    with Archive.open(db) as archive:
        assert archive.store_photo(old) == old.key
        archive.save_bundle(bundle)
    docx, html = _export(db, tmp_path / "out", capsys)
    assert docx == html == expected_clean_jpeg()
    dumped = tmp_path / "dump" / "release.json"
    dumped.parent.mkdir()
    assert main(["--db", str(db), "dump", ITEM, "--out", str(dumped)], out=io.StringIO()) == 0
    (picture,) = (tmp_path / "dump").glob("release-photos/*")
    assert picture.read_bytes() == expected_clean_jpeg()


def test_a_photo_in_an_imported_word_file_loses_its_location_and_the_review_says_so(
        tmp_path: Path) -> None:
    import docx

    picture = tmp_path / "phone.jpg"
    picture.write_bytes(gps_jpeg())
    word = docx.Document()
    word.add_paragraph("Wirtschaftsförderer schließen Kooperation", style="Title")
    word.add_paragraph("Potsdam, den 15.03.2021. Die Länder arbeiten enger zusammen.")
    word.add_picture(str(picture))
    word.add_paragraph("Unterzeichnung in Potsdam. © Rainer Weisflog", style="Caption")
    path = tmp_path / "alt.docx"
    word.save(str(path))
    assert gps_jpeg() in zipfile.ZipFile(path).read("word/media/image1.jpg")
    db = tmp_path / "a.sqlite"
    out = io.StringIO()
    assert main(["--db", str(db), "import-docs", str(path), "--yes"], out=out) == 0
    assert "  note: photo 1: location data (GPS) and other metadata (EXIF (camera, time, " \
           "thumbnail), IPTC (names, places, captions), comment, data after the picture) " \
           "removed; exports never carry it" in out.getvalue().splitlines()
    with Archive.open(db) as archive:
        (summary,) = archive.list_items()
        bundle = archive.load_bundle([summary.id])
    assert [p.data for p in bundle.photo_data.values()] == [expected_clean_jpeg()]


@pytest.mark.skipif(shutil.which("exiftool") is None, reason="needs exiftool")
@pytest.mark.parametrize(("name", "data"), [("phone.jpg", gps_jpeg()),
                                            ("scan.png", png_with_text(bomb_mb=1)),
                                            ("phone.webp", webp_with_exif())])
def test_exiftool_finds_no_location_in_what_the_archive_keeps(
        name: str, data: bytes, tmp_path: Path) -> None:
    """An independent reader of metadata (the one journalists' tools build on)."""
    import subprocess

    def tags(path: Path) -> str:
        """What exiftool reads from the file's content (not the file system's dates)."""
        lines = subprocess.run(["exiftool", "-a", "-G", "-s", str(path)], capture_output=True,
                               text=True, timeout=60, check=True).stdout.splitlines()
        return "\n".join(line for line in lines if not line.startswith(("[File]",
                                                                         "[ExifTool]")))

    before, after = tmp_path / name, tmp_path / f"clean-{name}"
    before.write_bytes(data)
    after.write_bytes(clean_photo(data).data)
    assert "GPSLatitude" in tags(before)
    found = tags(after)
    for word in ("GPS", "Serial", "Artist", "Creator", "Comment", "Mustermann", "2026:12"):
        assert word not in found, found
    assert "Orientation" in found


def _many_segments_after_scan(count: int) -> bytes:
    """The sample with ``count`` empty comments between its picture data and its end."""
    plain = sample_jpeg()
    end = plain.rindex(b"\xff\xd9")
    return plain[:end] + b"\xff\xfe\x00\x02" * count + plain[end:]


@pytest.mark.parametrize(("name", "data"), [
    ("header", sample_jpeg()[:20] + b"\xff\xfe\x00\x02" * 2_000_000
     + sample_jpeg()[20:]),
    ("png", png_with_text(bomb_mb=1)[:33] + chunk(b"tEXt", b"a\x00") * 2_000_000
     + png_with_text(bomb_mb=1)[33:]),
    ("after the scan", _many_segments_after_scan(2_000_000)),
])
def test_millions_of_tiny_segments_are_refused_quickly(name: str, data: bytes) -> None:
    started = time.perf_counter()
    with pytest.raises(PhotoError, match="more than 100,000"):
        clean_photo(data)
    assert time.perf_counter() - started < 3


def test_a_photo_of_many_idat_chunks_is_still_taken() -> None:
    data = png_with_text(bomb_mb=1)
    start = data.index(b"IDAT") - 4
    (length,) = struct.unpack(">I", data[start:start + 4])
    pixels = zlib.decompress(data[start + 8:start + 8 + length])
    packed = zlib.compress(pixels)
    idat = b"".join(chunk(b"IDAT", packed[i:i + 1]) for i in range(len(packed)))
    many = data[:start] + idat + data[start + 12 + length:]
    assert len(packed) < 100 and clean_photo(many).data.count(b"IDAT") == len(packed)


_CANARY = b"HIDDEN-CANARY"


def _segment(marker: int, body: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(body) + 2) + body


def _riff_chunk(kind: bytes, body: bytes) -> bytes:
    return kind + struct.pack("<I", len(body)) + body + (b"\x00" if len(body) % 2 else b"")


def _webp(chunks: bytes) -> bytes:
    return b"RIFF" + struct.pack("<I", len(chunks) + 4) + b"WEBP" + chunks


def _padded(plain: bytes, *markers: int) -> bytes:
    """``plain`` with ``_CANARY`` added to the end of its first segment of ``markers``."""
    pos = 2
    while plain[pos + 1] not in markers:
        pos += 2 + struct.unpack(">H", plain[pos + 2:pos + 4])[0]
    stop = pos + 2 + struct.unpack(">H", plain[pos + 2:pos + 4])[0]
    return (plain[:pos + 2] + struct.pack(">H", stop - pos - 2 + len(_CANARY))
            + plain[pos + 4:stop] + _CANARY + plain[stop:])


def _hostile_files() -> dict[str, bytes]:
    """Files that hide ``_CANARY`` where the cleaning used to let it through."""
    plain = sample_jpeg()
    end = plain.rindex(b"\xff\xd9")
    png = png_with_text(bomb_mb=1)
    ihdr_end = 33
    webp = webp_with_exif()
    return {
        # a comment whose length runs past the end, then an end marker: the structure
        # breaks off after the picture, the picture ends there
        "comment past the end": plain[:end] + b"\xff\xfe\x7f\xff" + _CANARY + b"\xff\xd9",
        "comment after fill bytes": plain[:end] + b"\xff\xfe\xff\xf0" + _CANARY
        + b"\xff\xd9",
        "reserved marker": plain[:20] + _segment(0xF1, _CANARY) + plain[20:],
        "unknown marker": plain[:20] + _segment(0x02, _CANARY) + plain[20:],
        "long Adobe segment": plain[:20] + _segment(
            0xEE, b"Adobe\x00\x64\x00\x00\x00\x00\x01" + _CANARY) + plain[20:],
        "JFIF thumbnail": plain[:2] + _segment(
            0xE0, b"JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x01\x01" + _CANARY[:3])
        + plain[4 + struct.unpack(">H", plain[4:6])[0]:],
        # bytes after what a decoder reads of a segment it needs
        "long restart interval": plain[:20] + _segment(0xDD, b"\x00\x00" + _CANARY)
        + plain[20:],
        "padded quantisation table": _padded(plain, 0xDB),
        "padded Huffman table": _padded(plain, 0xC4),
        "padded frame header": _padded(plain, 0xC0, 0xC2),
        "padded scan header": _padded(plain, 0xDA),
        "PNG private chunk": png[:ihdr_end] + chunk(b"prVt", _CANARY) + png[ihdr_end:],
        "PNG palette name": png[:ihdr_end] + chunk(b"sPLT", _CANARY + b"\x00\x08")
        + png[ihdr_end:],
        "PNG colour profile name": png[:ihdr_end] + chunk(
            b"iCCP", _CANARY + b"\x00\x00" + zlib.compress(b"\x00" * 128)) + png[ihdr_end:],
        "PNG pixel size with more": png[:ihdr_end] + chunk(b"pHYs", b"\x00" * 9 + _CANARY)
        + png[ihdr_end:],
        "PNG end chunk with a body": png[:png.rindex(b"IEND") - 4] + chunk(b"IEND", _CANARY),
        "WebP unknown chunk": _webp(webp[12:] + _riff_chunk(b"META", _CANARY)),
        "WebP chunk in a frame": _webp(
            _riff_chunk(b"VP8X", b"\x02" + b"\x00" * 9) + _riff_chunk(b"ANIM", b"\x00" * 6)
            + _riff_chunk(b"ANMF", b"\x00" * 16 + _riff_chunk(b"VP8L", VP8L_1X1)
                          + _riff_chunk(b"META", _CANARY))),
        "WebP long animation settings": _webp(
            _riff_chunk(b"VP8X", b"\x02" + b"\x00" * 9)
            + _riff_chunk(b"ANIM", b"\x00" * 6 + _CANARY)
            + _riff_chunk(b"ANMF", b"\x00" * 16 + _riff_chunk(b"VP8L", VP8L_1X1))),
        # a decoder shows the first picture; a second one may be the uncropped original
        "WebP second picture": _webp(_riff_chunk(b"VP8L", VP8L_1X1)
                                     + _riff_chunk(b"VP8L", VP8L_1X1[:-1] + _CANARY)),
        "WebP second picture in a frame": _webp(
            _riff_chunk(b"VP8X", b"\x02" + b"\x00" * 9) + _riff_chunk(b"ANIM", b"\x00" * 6)
            + _riff_chunk(b"ANMF", b"\x00" * 16 + _riff_chunk(b"VP8L", VP8L_1X1)
                          + _riff_chunk(b"VP8 ", _vp8() + _CANARY))),
        "WebP frame in a still picture": _webp(
            _riff_chunk(b"VP8X", b"\x00" * 10) + _riff_chunk(b"VP8 ", _vp8())
            + _riff_chunk(b"ANMF", b"\x00" * 16 + _riff_chunk(b"VP8L", _CANARY))),
    }


def _vp8(first: int = 4, tokens: bytes = b"\x00") -> bytes:
    """A 1 × 1 key frame: its tag, start code and size, a first partition of ``first``
    bytes (zero: one token partition) and the token partition."""
    tag = (first << 5 | 0x10).to_bytes(3, "little")  # key frame, version 0, shown
    return tag + b"\x9d\x01\x2a" + struct.pack("<HH", 1, 1) + b"\x00" * first + tokens


def test_a_lossy_webp_is_kept_as_it_is() -> None:
    data = _webp(_riff_chunk(b"VP8 ", _vp8()))
    assert inspect_image(data).width == 1
    assert strip_metadata(data).data is data


def test_a_webp_with_broken_picture_data_is_refused_with_one_line(
        release: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = _webp(_riff_chunk(b"VP8 ", _vp8()[:12]))  # its first partition is cut
    code = main(["--db", str(tmp_path / "a.sqlite"), "import",
                 str(_with_photo(release, "broken.webp", broken))], out=io.StringIO())
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1 and "broken.webp" in err and "picture data is broken" in err
    assert "Traceback" not in err


def test_the_padding_byte_of_a_webp_chunk_is_written_zero() -> None:
    odd = _vp8(tokens=b"\x00\x00\x00")
    assert len(odd) % 2
    data = _webp(b"VP8 " + struct.pack("<I", len(odd)) + odd + b"S")
    cleaned = strip_metadata(data)
    assert cleaned.data == _webp(_riff_chunk(b"VP8 ", odd)) and cleaned.removed


@pytest.mark.parametrize("name", list(_hostile_files()))
def test_metadata_hidden_in_odd_places_is_cut_out(name: str) -> None:
    data = _hostile_files()[name]
    cleaned = clean_photo(data)
    assert _CANARY[:3] not in cleaned.data and cleaned.removed
    check_photo(cleaned.data)  # still a whole image
    again = strip_metadata(cleaned.data)
    assert again.data is cleaned.data and again.removed == ()  # cleaning it again: nothing


def test_the_picture_ends_where_a_broken_tail_begins() -> None:
    plain = sample_jpeg()
    end = plain.rindex(b"\xff\xd9")
    cleaned = clean_photo(plain[:end] + b"\xff\xfe\x7f\xff" + _CANARY + b"\xff\xd9")
    assert cleaned.data == plain and cleaned.removed == ("data after the picture",)


def test_cleaned_bytes_are_clean_for_good() -> None:
    """Cleaning what was cleaned finds nothing: the orientation written alone is kept as
    it is, not counted as metadata again."""
    for data in (gps_jpeg(6), png_with_text(bomb_mb=1), webp_with_exif(8)):
        cleaned = clean_photo(data).data
        again = strip_metadata(cleaned)
        assert again.data is cleaned and again.removed == ()


def test_a_long_run_of_fill_bytes_is_walked_quickly() -> None:
    plain = sample_jpeg()
    data = plain[:20] + b"\xff" * 25_000_000 + plain[20:]
    started = time.perf_counter()
    assert clean_photo(data).removed == ()  # fill bytes are allowed, and say nothing
    assert time.perf_counter() - started < 3


@pytest.mark.parametrize(("name", "data", "message"), [
    ("a second start", sample_jpeg()[:20] + b"\xff\xd8" + sample_jpeg()[20:], "damaged"),
    ("an end before the picture", sample_jpeg()[:20] + b"\xff\xd9\x00\x10"
     + sample_jpeg()[20:], "before its picture"),
    ("no marker", sample_jpeg()[:20] + b"\x00\x00" + sample_jpeg()[20:], "damaged"),
    ("a PNG part no viewer knows", png_with_text(bomb_mb=1)[:33] + chunk(b"ABCD", b"x")
     + png_with_text(bomb_mb=1)[33:], "no viewer knows"),
    ("a WebP chunk past the end", _webp(webp_with_exif()[12:] + b"META\xff\xff\x00\x00"),
     "cut short"),
    ("a WebP frame that is no key frame", _webp(_riff_chunk(
        b"VP8 ", b"\x01" + _vp8()[1:])), "picture data is broken .no key frame"),
    ("a WebP first partition past the end", _webp(_riff_chunk(
        b"VP8 ", _vp8(first=4)[:12])), "picture data is broken .its first partition"),
    ("a WebP without token data", _webp(_riff_chunk(b"VP8 ", _vp8(tokens=b""))),
     "picture data is broken .its partitions"),
    ("a WebP without a picture", _webp(_riff_chunk(b"VP8X", b"\x00" * 10)),
     "no picture data"),
    ("a short WebP animation chunk", _webp(
        _riff_chunk(b"VP8X", b"\x02" + b"\x00" * 9) + _riff_chunk(b"ANIM", b"\x00" * 4)),
     "ANIM chunk of 4 bytes"),
])
def test_a_broken_structure_before_the_picture_is_refused(
        name: str, data: bytes, message: str) -> None:
    """Told in one line, never with a traceback; the check on arrival refuses some of
    these already, the cleaning refuses them on its own too."""
    with pytest.raises(PhotoError, match=message):
        strip_metadata(data)


def test_a_photo_stored_before_is_cleaned_once_and_no_record_changes(
        release: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The first export keeps the cleaned bytes beside the stored ones; later exports use
    them, and the item, its history and the bytes it refers to stay as they were."""
    from datetime import timedelta

    from editor.core import photo_metadata
    from editor.store.photo_rows import PUBLIC_PREFIX

    bundle = read_file(_with_photo(release, "plain.jpg", sample_jpeg()))
    old = PhotoData("image/jpeg", gps_jpeg())
    bundle.items[0].photos[0].blob = old.key
    bundle.photo_data = {old.key: old}
    db = tmp_path / "a.sqlite"
    with Archive.open(db) as archive:
        archive.store_photo(old)
        archive.save_bundle(bundle)
        before = (archive.list_items(), archive.versions(ITEM))
    docx, html = _export(db, tmp_path / "first", capsys)
    assert docx == html == expected_clean_jpeg()
    with Archive.open(db) as archive:
        assert (archive.list_items(), archive.versions(ITEM)) == before
        (photo,) = archive.load_bundle([ITEM]).items[0].photos
        assert photo.blob == old.key
        stored = archive.photo_data([old.key])[old.key]  # the kept copy, under its key
        assert stored.public_kept and stored.key == old.key
        assert stored.data == stored.public_data == expected_clean_jpeg()
        archive.delete_unused_photos(keep_recent=timedelta(0))  # the twin is in use
        assert archive.photo_data([old.key])[old.key].public_kept

    def not_again(data: bytes) -> photo_metadata.Stripped:
        assert data != gps_jpeg(), "cleaned again"
        return cleaner(data)

    cleaner = photo_metadata.strip_metadata
    monkeypatch.setattr(photo_metadata, "strip_metadata", not_again)
    docx, html = _export(db, tmp_path / "second", capsys)
    assert docx == html == expected_clean_jpeg()
    with Archive.open(db) as archive:  # a save of the item as it was loaded
        archive.save_bundle(archive.load_bundle([ITEM]), replace=True)
        assert archive.load_bundle([ITEM]).items[0].photos[0].blob == old.key
    with Archive.open(db) as archive:  # once nothing refers to the photo, both go
        archive.delete_item(ITEM, with_history=True)
        assert archive.delete_unused_photos(keep_recent=timedelta(0)).deleted == 2
        assert archive.get_setting(PUBLIC_PREFIX + old.key) is None


def test_a_copy_kept_by_an_older_cleaning_is_not_served(tmp_path: Path) -> None:
    """A copy kept cleaned by an earlier version of the cleaning may hold what the
    cleaning now removes: it is not taken for clean, the photo is cleaned again."""
    from editor.store.photo_rows import PUBLIC_PREFIX

    old = PhotoData("image/jpeg", gps_jpeg())
    stale = PhotoData("image/jpeg", with_segment(0xDD, b"\x00\x00" + _CANARY))
    with Archive.open(tmp_path / "a.sqlite") as archive:
        archive.store_photo(old)
        archive.set_setting(PUBLIC_PREFIX + old.key, archive.store_photo(stale))
        photo = archive.photo_data([old.key])[old.key]
        assert not photo.public_kept and _CANARY not in photo.public_data
        assert photo.public_data == expected_clean_jpeg()
        assert archive.keep_public_photos([photo]) == 1
        assert archive.photo_data([old.key])[old.key].data == expected_clean_jpeg()
