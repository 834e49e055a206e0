"""Photos on the command line: dump writes them beside the file, import takes them back."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
from pathlib import Path

import pytest

from editor.cli import main
from editor.io.samples import sample_paths
from editor.store import Archive

ITEM = "2021-03-15-smart-country"


def _sample_photo() -> bytes:
    return (sample_paths()[0].parent / f"{ITEM}.jpg").read_bytes()


def test_dump_to_a_file_writes_the_photos_beside_it_and_imports_back(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "a.sqlite"
    out = tmp_path / "export" / "release.json"
    out.parent.mkdir()
    assert main(["--db", str(db), "dump", ITEM, "--out", str(out)], out=io.StringIO()) == 0
    assert capsys.readouterr().err == ""
    photo = json.loads(out.read_text("utf-8"))["item"]["photos"][0]
    key = hashlib.sha256(_sample_photo()).hexdigest()
    assert photo["path"] == f"release-photos/{key[:32]}.jpg"
    assert (out.parent / photo["path"]).read_bytes() == _sample_photo()
    moved = tmp_path / "moved"
    shutil.copytree(out.parent, moved)
    other = tmp_path / "b.sqlite"
    assert main(["--db", str(other), "import", str(moved / "release.json")],
                out=io.StringIO()) == 0
    with Archive.open(other) as archive:
        bundle = archive.load_bundle([ITEM])
    assert bundle.items[0].photos[0].blob == key
    assert bundle.photo_data[key].data == _sample_photo()


def test_dump_to_stdout_says_that_the_photos_were_left_out(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "a.sqlite"
    printed = io.StringIO()
    assert main(["--db", str(db), "dump", ITEM], out=printed) == 0
    err = capsys.readouterr().err
    assert "photo-2021-03-15-smart-country" in err and "left out" in err and "--out" in err
    photo = json.loads(printed.getvalue())["item"]["photos"][0]
    assert "path" not in photo and photo["credit"]
    text = printed.getvalue()
    assert str(sample_paths()[0].parent) not in text


def test_export_warns_about_a_photo_without_picture(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "a.sqlite"
    printed = io.StringIO()
    assert main(["--db", str(db), "dump", ITEM], out=printed) == 0  # photos left out
    bare = tmp_path / "bare.json"
    bare.write_text(printed.getvalue(), "utf-8")
    other = tmp_path / "b.sqlite"
    assert main(["--db", str(other), "import", str(bare)], out=io.StringIO()) == 0
    capsys.readouterr()
    out = tmp_path / "out"
    export = ["--db", str(other), "export", ITEM, "--template", "pressemitteilung",
              "--format", "html", "--out", str(out), "--before-embargo"]
    assert main(export, out=io.StringIO()) == 1  # a hole in the release: refused
    err = capsys.readouterr().err
    assert f"Photo photo-{ITEM} has no picture in the archive" in err
    assert err.splitlines()[-1].startswith("error: nothing exported: ")
    assert not out.exists() or not any(out.iterdir())
    assert main([*export, "--draft"], out=io.StringIO()) == 0
    err = capsys.readouterr().err
    assert f"warning: {ITEM}, photo photo-{ITEM}: Photo photo-{ITEM} has no picture" in err
    (page,) = out.iterdir()
    assert "[Bild fehlt]" in page.read_text("utf-8")
