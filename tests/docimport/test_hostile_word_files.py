"""Old releases as Word files built to read local files: entities that name a file, a
picture linked from outside the document. Neither may bring a byte of that file in, and
a file that declares entities is refused with one line instead of losing its headline."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import docx
import pytest

from editor.cli import main
from editor.io.documents import DocumentReadError, ReadProblem, read_document
from editor.store import Archive

SECRET = "CANARY-LOCAL-FILE-7e1f"


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as package:
        return {name: package.read(name) for name in package.namelist()}


def _save(path: Path, parts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)
    return path


@pytest.fixture
def word(tmp_path: Path) -> Path:
    """A release with a picture (a PNG of the test data)."""
    from documents_support import png_bytes

    picture = tmp_path / "bild.png"
    picture.write_bytes(png_bytes())
    document = docx.Document()
    document.add_paragraph("Wirtschaftsförderer schließen Kooperation", style="Title")
    document.add_paragraph("Potsdam, den 15.03.2021. Die Länder arbeiten enger zusammen.")
    document.add_picture(str(picture))
    path = tmp_path / "base.docx"
    document.save(str(path))
    return path


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "private" / "notes.txt"
    path.parent.mkdir()
    path.write_text(SECRET)
    return path


def _with_doctype(xml: bytes, declaration: str) -> bytes:
    body = xml.split(b"?>", 1)[1] if xml.startswith(b"<?xml") else xml
    return b'<?xml version="1.0" encoding="UTF-8"?>' + declaration.encode() + body


@pytest.mark.parametrize("part", ["word/document.xml", "word/styles.xml",
                                  "word/_rels/document.xml.rels"])
def test_a_part_declaring_entities_is_refused_with_one_line(
        word: Path, secret: Path, tmp_path: Path, part: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    parts = _parts(word)
    root = re.search(rb"<([\w:]+)[ >]", parts[part].split(b"?>", 1)[1]).group(1).decode()  # type: ignore[union-attr]
    parts[part] = _with_doctype(parts[part], f'<!DOCTYPE {root} [<!ENTITY x SYSTEM '
                                f'"file://{secret}">]>')
    if part == "word/document.xml":
        parts[part] = parts[part].replace("Wirtschaftsförderer".encode(), b"&x;", 1)
    path = _save(tmp_path / "xxe.docx", parts)
    with pytest.raises(DocumentReadError) as caught:
        read_document(path)
    assert caught.value.problem == ReadProblem.CORRUPT
    assert str(caught.value) == (
        f"xxe.docx: the document is damaged ({part} declares a DTD or entities, which "
        "Word and LibreOffice never write; it was not read)")
    db = tmp_path / "a.sqlite"
    capsys.readouterr()
    code = main(["--db", str(db), "import-docs", str(path), "--yes"], out=io.StringIO())
    err = capsys.readouterr().err
    assert code != 0 and "Traceback" not in err and SECRET not in err
    assert "failed: xxe.docx: the document is damaged (" + part in err


def test_a_picture_linked_from_outside_is_not_read(
        word: Path, secret: Path, tmp_path: Path) -> None:
    parts = _parts(word)
    rels = parts["word/_rels/document.xml.rels"].decode()
    image = re.search(r'<Relationship Id="(rId\d+)" Type="([^"]+/image)" Target="[^"]+"/>',
                      rels)
    assert image is not None
    linked = (f'<Relationship Id="{image.group(1)}" Type="{image.group(2)}" '
              f'Target="file://{secret}" TargetMode="External"/>')
    parts["word/_rels/document.xml.rels"] = rels.replace(image.group(0), linked).encode()
    path = _save(tmp_path / "linked.docx", parts)
    document = read_document(path)
    (photo,) = [b for b in document.blocks if b.kind.value == "photo"]
    assert photo.photo is None  # no picture: nothing outside the file is opened
    db = tmp_path / "a.sqlite"
    assert main(["--db", str(db), "import-docs", str(path), "--yes"], out=io.StringIO()) == 0
    with Archive.open(db) as archive:
        (summary,) = archive.list_items()
        bundle = archive.load_bundle([summary.id])
    assert bundle.photo_data == {}
    assert SECRET.encode() not in db.read_bytes()


def test_a_part_that_cannot_be_unpacked_is_named(word: Path, tmp_path: Path) -> None:
    data = bytearray(word.read_bytes())
    with zipfile.ZipFile(word) as package:
        info = package.getinfo("word/styles.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for index in range(start + 4, start + 40):
        data[index] ^= 0x5A
    path = tmp_path / "kaputt.docx"
    path.write_bytes(bytes(data))
    with pytest.raises(DocumentReadError) as caught:
        read_document(path)
    assert caught.value.problem == ReadProblem.CORRUPT
    assert "\n" not in str(caught.value) and str(caught.value).startswith("kaputt.docx: ")
