"""Photos in the desktop app: checked when added, kept in the archive at once, shown from it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog

from editor.core.model import BlockKind
from editor.gui.main_window import MainWindow
from tests.gui.conftest import DialogLog

pytestmark = pytest.mark.gui


def _png(path: Path, colour: str = "#36c") -> Path:
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path))
    return path


def _photo_blocks(window: MainWindow) -> list[str]:
    assert window.document is not None
    return [b.id for b in window.document.item.blocks if b.kind == BlockKind.PHOTO]


def test_a_file_that_is_no_image_is_refused_with_a_message(
        window: MainWindow, tmp_path: Path, dialogs: DialogLog,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window.open_newest_item()
    before = _photo_blocks(window)
    fake = tmp_path / "passwords.png"
    fake.write_text("root:x:0:0:root:/root:/bin/bash\n")
    fifo = tmp_path / "pipe.jpg"
    import os

    os.mkfifo(fifo)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(fake), str(fifo)], ""))
    window.window_actions.add_photo.trigger()
    assert _photo_blocks(window) == before
    (message,) = [m for m in dialogs.messages if "were not added" in m]
    assert "passwords.png: it is not a JPEG, PNG or WebP image" in message
    assert "pipe.jpg: it is not a regular file" in message
    assert "root:x" not in message


def test_the_panel_shows_the_picture_from_the_archive_once_the_file_is_gone(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window.open_newest_item()
    picture = _png(tmp_path / "signing.png")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(picture)], ""))
    before = _photo_blocks(window)
    window.window_actions.add_photo.trigger()
    (block_id,) = set(_photo_blocks(window)) - set(before)
    picture.unlink()  # the archive holds the bytes; the file is not needed any more
    panel = window.editor.photo_panel
    window.editor.block_table.select_block(block_id)
    panel.show_block(block_id)
    assert panel.isVisible()
    assert not panel.thumbnail.pixmap().isNull()
    assert panel.file_name.text().startswith("PNG, 64 × 48 px")
    assert str(tmp_path) not in panel.file_name.text() + panel.file_name.toolTip()
    assert window.document is not None
    assert len(window.document.bundle().photo_data) == 2  # the sample's photo and this one
    panel.grab().save(str(tmp_path / "panel.png"))


def test_choosing_another_image_for_a_photo_block_checks_it_first(
        window: MainWindow, tmp_path: Path, dialogs: DialogLog,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window.open_newest_item()
    doc = window.document
    assert doc is not None
    (block_id,) = _photo_blocks(window)
    block = doc.block(block_id)
    assert block is not None and block.photo_id
    before = doc.item.photo(block.photo_id).blob
    window.editor.block_table.select_block(block_id)
    fake = tmp_path / "cut.png"
    fake.write_bytes(_png(tmp_path / "real.png").read_bytes()[:-30])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(fake), ""))
    window.editor.photo_panel.choose_image.click()
    assert doc.item.photo(block.photo_id).blob == before
    assert any("cut.png: it is a PNG image that is cut short" in m for m in dialogs.messages)
    good = _png(tmp_path / "other.png", "#fa0")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    window.editor.photo_panel.choose_image.click()
    new = doc.item.photo(block.photo_id).blob
    assert new != before and window.context.archive.photo_data([new])[new].data == \
        good.read_bytes()
    window.window_actions.undo.trigger()
    assert doc.item.photo(block.photo_id).blob == before


def test_add_photos_opens_in_pictures_then_where_photos_came_from(
        window: MainWindow, sample_id: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    pictures = home / "Pictures"
    pictures.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))  # no user-dirs.dirs there
    monkeypatch.chdir(tmp_path)  # the folder the program was started in: not offered
    elsewhere = tmp_path / "Bürger*innen-Fest"
    elsewhere.mkdir()
    picked = _png(elsewhere / "buehne.png")
    opened_in: list[str] = []

    def files(_parent: object, _title: str, start: str, _filter: str) -> tuple[list[str], str]:
        opened_in.append(start)
        return ([str(picked)], "") if len(opened_in) == 1 else ([], "")

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", files)
    window.open_item(sample_id)
    window.editor.choose_photos()
    window.editor.choose_photos()
    assert opened_in == [str(pictures), str(elsewhere)]
    picked.unlink()
    elsewhere.rmdir()
    pictures.rmdir()  # no pictures folder: documents
    window.editor.choose_photos()
    assert opened_in[-1] == str(home / "Documents")


def test_a_phone_photo_added_is_kept_without_its_location_and_the_window_says_so(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.hostile.photo_files import SECRETS, expected_clean_jpeg, gps_jpeg

    window.open_newest_item()
    picture = tmp_path / "IMG_0042.jpg"
    picture.write_bytes(gps_jpeg())
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(picture)], ""))
    window.window_actions.add_photo.trigger()
    document = window.document
    assert document is not None
    stored = document.photo_data([document.item.photos[-1].blob])
    assert [p.data for p in stored.values()] == [expected_clean_jpeg()]
    assert not any(s in expected_clean_jpeg() for s in SECRETS)
    message = window.statusBar().currentMessage()
    assert "Location data (GPS)" in message and "IMG_0042.jpg" in message
    assert window.editor.photo_notice == message
