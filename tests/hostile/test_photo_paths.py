"""Photo paths from strangers: nothing but an image file inside the interchange folder gets in.

Each hostile path is imported through the command line, as a user would: the import must
fail with one line that names the file, the field, the photo and the path as written, and
the archive must stay exactly as it was. Then a canary: a secret file and a secret in the
environment are offered every way a path can take, and no byte of them may appear in any
HTML or DOCX export.
"""

from __future__ import annotations

import base64
import io
import json
import os
import shutil
import signal
import sqlite3
import zipfile
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

import pytest

from editor.cli import main
from editor.core.images import MAX_PHOTO_BYTES, PhotoError, check_photo
from editor.io.interchange import read_file
from editor.io.samples import sample_paths
from editor.render import render_docx, render_html

SAMPLE = "2021-03-15-smart-country.json"
PHOTO = "2021-03-15-smart-country.jpg"
PHOTO_ID = "photo-2021-03-15-smart-country"
SECRET = b"SECRET-CANARY-5b1e9d PRIVATE KEY do not leak"
ENV_CANARY = "ENV-CANARY-8c2f41"


def _sample_source() -> Path:
    (path,) = [p for p in sample_paths() if p.name == SAMPLE]
    return path


@pytest.fixture
def release(tmp_path: Path) -> Path:
    """A folder holding the sample release and its photo, as an agency would send it."""
    folder = tmp_path / "incoming"
    folder.mkdir()
    shutil.copy(_sample_source(), folder / SAMPLE)
    shutil.copy(_sample_source().parent / PHOTO, folder / PHOTO)
    return folder


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    """A private file beside (not inside) the interchange folder."""
    path = tmp_path / "private" / "id_rsa"
    path.parent.mkdir()
    path.write_bytes(SECRET)
    return path


def _point_photo_at(release: Path, written: str) -> Path:
    path = release / SAMPLE
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    document["item"]["photos"][0]["path"] = written
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def _archive_rows(db: Path) -> tuple[Any, ...]:
    if not db.exists():
        return ()
    with closing(sqlite3.connect(db)) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN "
            "('press_items', 'photo_blobs', 'people', 'organisations')")]
        return tuple(sorted((t, conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
                            for t in tables))


def _import(db: Path, file: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--db", str(db), "import", str(file)], out=io.StringIO())
    return code, capsys.readouterr().err


@contextmanager
def _deadline(seconds: int) -> Iterator[None]:
    """Fail instead of hanging (a fifo opened for reading waits for a writer)."""
    def expired(signum: int, frame: object) -> None:
        raise TimeoutError(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _png(width: int = 8, height: int = 6) -> bytes:
    import struct
    import zlib

    raw = b"".join(b"\x00" + b"\x10\x80\xf0" * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2,
                                                              0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


# Each case prepares the folder and returns the path as the interchange file writes it,
# with a part of the expected problem.
Setup = Callable[[Path, Path], tuple[str, str]]


def _absolute(release: Path, secret: Path) -> tuple[str, str]:
    return str(release / PHOTO), "absolute"  # even a real image, when written absolutely


def _dotdot(release: Path, secret: Path) -> tuple[str, str]:
    shutil.copy(release / PHOTO, release.parent / "outside.jpg")
    return "../outside.jpg", "'..'"


def _dotdot_inside(release: Path, secret: Path) -> tuple[str, str]:
    (release / "sub").mkdir()
    return "sub/../" + PHOTO, "'..'"


def _link_out(release: Path, secret: Path) -> tuple[str, str]:
    (release / "photo.jpg").symlink_to(secret)
    return "photo.jpg", "out of the interchange file's folder"


def _link_to_outside_image(release: Path, secret: Path) -> tuple[str, str]:
    shutil.copy(release / PHOTO, release.parent / "outside.jpg")
    (release / "photo.jpg").symlink_to(release.parent / "outside.jpg")
    return "photo.jpg", "out of the interchange file's folder"


def _folder_link_out(release: Path, secret: Path) -> tuple[str, str]:
    (release / "pictures").symlink_to(secret.parent, target_is_directory=True)
    return "pictures/id_rsa", "out of the interchange file's folder"


def _proc_environ(release: Path, secret: Path) -> tuple[str, str]:
    return "/proc/self/environ", "absolute"


def _proc_link(release: Path, secret: Path) -> tuple[str, str]:
    (release / "env.jpg").symlink_to("/proc/self/environ")
    return "env.jpg", "out of the interchange file's folder"


def _etc_passwd(release: Path, secret: Path) -> tuple[str, str]:
    return "/etc/passwd", "absolute"


def _backslashes(release: Path, secret: Path) -> tuple[str, str]:
    return "..\\outside.jpg", "'..'"


def _home(release: Path, secret: Path) -> tuple[str, str]:
    return "~/.ssh/id_rsa", "absolute"


def _fifo(release: Path, secret: Path) -> tuple[str, str]:
    os.mkfifo(release / "pipe.jpg")
    return "pipe.jpg", "not a regular file"


def _directory(release: Path, secret: Path) -> tuple[str, str]:
    (release / "folder.jpg").mkdir()
    return "folder.jpg", "folder"


def _text_as_jpeg(release: Path, secret: Path) -> tuple[str, str]:
    (release / "notes.jpg").write_bytes(SECRET)
    return "notes.jpg", "not a JPEG, PNG or WebP image"


def _truncated_png(release: Path, secret: Path) -> tuple[str, str]:
    (release / "cut.png").write_bytes(_png()[:-20])
    return "cut.png", "cut short"


def _truncated_jpeg(release: Path, secret: Path) -> tuple[str, str]:
    data = (release / PHOTO).read_bytes()
    (release / "cut.jpg").write_bytes(data[: len(data) // 2])
    return "cut.jpg", "cut short"


def _png_header_only(release: Path, secret: Path) -> tuple[str, str]:
    (release / "head.png").write_bytes(_png()[:33] + SECRET)
    return "head.png", "PNG"


def _huge(release: Path, secret: Path) -> tuple[str, str]:
    with (release / "huge.png").open("wb") as file:
        file.write(_png()[:33])
        file.truncate(MAX_PHOTO_BYTES + 1)  # sparse: takes no space on disk
    return "huge.png", "larger than 30 MB"


def _missing(release: Path, secret: Path) -> tuple[str, str]:
    return "nowhere.jpg", "does not exist"


def _empty(release: Path, secret: Path) -> tuple[str, str]:
    return "", "empty"


HOSTILE: dict[str, Setup] = {
    "absolute path": _absolute,
    "..": _dotdot,
    ".. that stays inside": _dotdot_inside,
    "backslash ..": _backslashes,
    "home folder": _home,
    "symlink out of the folder": _link_out,
    "symlink to an image outside": _link_to_outside_image,
    "symlinked folder inside pointing out": _folder_link_out,
    "/proc/self/environ": _proc_environ,
    "symlink to /proc/self/environ": _proc_link,
    "/etc/passwd": _etc_passwd,
    "fifo": _fifo,
    "directory": _directory,
    "text file renamed .jpg": _text_as_jpeg,
    "truncated PNG": _truncated_png,
    "truncated JPEG": _truncated_jpeg,
    "PNG header, then anything": _png_header_only,
    "huge sparse file": _huge,
    "missing file": _missing,
    "empty path": _empty,
}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_a_hostile_photo_path_is_refused_and_nothing_is_written(
        case: str, release: Path, secret: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "archive.sqlite"
    assert main(["--db", str(db), "list"], out=io.StringIO()) == 0  # archive with the sample
    before = _archive_rows(db)
    written, problem = HOSTILE[case](release, secret)
    file = _point_photo_at(release, written)
    with _deadline(20):
        code, err = _import(db, file, capsys)
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    (line,) = lines
    assert line.startswith(f"error: {file}: item.photos[0].path: photo '{PHOTO_ID}', ")
    assert f"path {written!r}" in line
    assert problem in line
    assert _archive_rows(db) == before
    assert SECRET.decode() not in err


def test_a_symlink_that_stays_inside_the_folder_is_fine(
        release: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (release / "pictures").mkdir()
    shutil.move(release / PHOTO, release / "pictures" / "real.jpg")
    (release / "link.jpg").symlink_to(Path("pictures") / "real.jpg")
    file = _point_photo_at(release, "link.jpg")
    db = tmp_path / "archive.sqlite"
    code, err = _import(db, file, capsys)
    assert code == 0, err
    stored = read_file(file).photo_data
    with closing(sqlite3.connect(db)) as conn:
        rows = conn.execute("SELECT sha256, media_type, size, data FROM photo_blobs").fetchall()
    assert [(key, "image/jpeg", len(d.data), d.data) for key, d in stored.items()] == rows


def test_one_refused_photo_among_several_files_imports_none(
        release: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good"
    shutil.copytree(release, good)
    document = json.loads((good / SAMPLE).read_text("utf-8"))
    document["item"]["id"] = "another-item"
    for photo in document["item"]["photos"]:
        photo["id"] = "another-photo"
    for block in document["item"]["blocks"]:
        block["id"] = "another-" + block["id"]
        if block.get("photo_id"):
            block["photo_id"] = "another-photo"
    for quote in document["item"]["quotes"]:
        quote["id"] = "another-" + quote["id"]
    for block in document["item"]["blocks"]:
        if block.get("quote_id"):
            block["quote_id"] = "another-" + block["quote_id"]
    (good / SAMPLE).write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    bad = _point_photo_at(release, "/etc/passwd")
    db = tmp_path / "archive.sqlite"
    capsys.readouterr()
    code = main(["--db", str(db), "import", str(good / SAMPLE), str(bad)], out=io.StringIO())
    assert code == 1
    assert _archive_rows(db) in ((), (("organisations", 0), ("people", 0), ("photo_blobs", 0),
                                      ("press_items", 0)))


@pytest.mark.parametrize("data", [b"", SECRET, b"\x89PNG\r\n\x1a\n" + SECRET,
                                  b"\xff\xd8\xff" + SECRET, b"RIFF\xff\xff\xff\x7fWEBP" + SECRET,
                                  _png()[:-1]])
def test_only_complete_images_pass_the_content_check(data: bytes) -> None:
    with pytest.raises(PhotoError):
        check_photo(data)


def _all_text(outputs: list[bytes]) -> bytes:
    """Every output, with each DOCX unpacked member by member (compressed bytes hide text)."""
    found = []
    for data in outputs:
        found.append(data)
        if data[:2] == b"PK":
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                found.extend(archive.read(name) for name in archive.namelist())
    return b"\n".join(found)


def test_canary_no_byte_of_a_secret_reaches_any_export(
        release: Path, secret: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PHOTO_CANARY", ENV_CANARY)
    db = tmp_path / "archive.sqlite"
    tries = {
        "absolute": str(secret), "environ": "/proc/self/environ",
        "dotdot": f"../{secret.parent.name}/{secret.name}",
    }
    (release / "secret.jpg").symlink_to(secret)
    tries["link"] = "secret.jpg"
    (release / "renamed.jpg").write_bytes(SECRET)
    tries["renamed"] = "renamed.jpg"
    for written in tries.values():
        code, err = _import(db, _point_photo_at(release, written), capsys)
        assert code == 1, err
    # The item arrives with its real photo; its exports must hold that photo and no secret.
    code, err = _import(db, _point_photo_at(release, PHOTO), capsys)
    assert code == 0, err
    out = tmp_path / "exports"
    code = main(["--db", str(db), "export", "2021-03-15-smart-country", "--template",
                 "bilingual", "--lang", "de,en", "--out", str(out),
                 "--before-embargo"], out=io.StringIO())
    assert code == 0, capsys.readouterr().err
    outputs = [p.read_bytes() for p in sorted(out.iterdir())]
    assert len(outputs) == 2
    photo = (release / PHOTO).read_bytes()
    text = _all_text(outputs)
    assert base64.b64encode(photo) in text and photo in text  # HTML and DOCX show the photo
    for needle in (SECRET, ENV_CANARY.encode()):
        assert needle not in text
        assert base64.b64encode(needle)[:24] not in text
    assert str(release).encode() not in text


def test_a_record_naming_bytes_the_archive_lacks_shows_them_missing(
        release: Path, secret: Path) -> None:
    bundle = read_file(release / SAMPLE)
    photo = bundle.items[0].photos[0]
    import hashlib

    photo.blob = hashlib.sha256(SECRET).hexdigest()  # bytes no one stored
    bundle.photo_data.clear()
    page = render_html(bundle, bundle.items[0].id, "pressemitteilung", ["de"], draft=True)
    document = render_docx(bundle, bundle.items[0].id, "pressemitteilung", ["de"], draft=True)
    text = _all_text([page.encode(), document])
    assert "[Bild fehlt]" in page and SECRET not in text and b"data:image" not in text


@pytest.mark.parametrize("swap", ["file", "folder"])
def test_a_link_swapped_in_after_the_check_is_not_followed(
        swap: str, release: Path, secret: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The check resolves links; the open then follows none, so a late swap cannot escape."""
    from editor.io import photo_files

    if swap == "file":
        (release / "late.jpg").symlink_to(secret)
        written = "late.jpg"
    else:
        (release / "late").symlink_to(secret.parent, target_is_directory=True)
        written = "late/id_rsa"
    # As if the link appeared between the check (which saw a plain file) and the open.
    monkeypatch.setattr(photo_files.os.path, "realpath", lambda p: os.path.abspath(p))
    with pytest.raises(PhotoError, match="cannot be opened safely"):
        photo_files.read_photo_in_folder(release, written)


def test_an_interchange_file_that_is_a_fifo_or_device_is_refused_at_once(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fifo = tmp_path / "release.json"
    os.mkfifo(fifo)
    db = tmp_path / "archive.sqlite"
    for file in (fifo, Path("/dev/zero")):
        with _deadline(20):
            code, err = _import(db, file, capsys)
        assert code == 1
        assert err.strip() == (f"error: {file}: cannot read the file: it is not a regular file "
                               "(a device, pipe or special file)")


def test_dump_does_not_write_photos_through_a_planted_link(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = tmp_path / "release.json"
    (tmp_path / "release-photos").symlink_to(elsewhere, target_is_directory=True)
    db = tmp_path / "archive.sqlite"
    capsys.readouterr()
    code = main(["--db", str(db), "dump", "2021-03-15-smart-country", "--out", str(out)],
                out=io.StringIO())
    assert code == 1
    assert "is a link or a file, not a folder for the photos" in capsys.readouterr().err
    assert list(elsewhere.iterdir()) == [] and not out.exists()
