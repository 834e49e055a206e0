"""File ▸ Delete unused photos…: it counts, asks, and deletes only what nothing uses."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from editor.gui import photo_cleanup
from editor.store import Archive
from tests.test_cli_unused_photos import db  # noqa: F401  (the archive with two photos)


def test_the_window_asks_before_deleting(qtbot, db: tuple[Path, str, str],  # noqa: F811
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    path, used, unused = db
    asked: list[str] = []
    told: list[str] = []
    monkeypatch.setattr(photo_cleanup, "tell", lambda parent, text: told.append(text))
    parent = QWidget()
    qtbot.addWidget(parent)
    with Archive.open(path) as archive:
        monkeypatch.setattr(photo_cleanup, "ask",
                            lambda parent, text: asked.append(text) or False)
        assert photo_cleanup.clean_up_photos(parent, archive) is None
        assert "1 stored photos" in asked[0]
        assert set(archive.photo_data([unused])) == {unused}  # refused: nothing deleted
        monkeypatch.setattr(photo_cleanup, "ask", lambda parent, text: True)
        done = photo_cleanup.clean_up_photos(parent, archive)
        assert done is not None and done.deleted == 1
        assert set(archive.photo_data([used, unused])) == {used}
        assert told == ["1 unused photos deleted (0.0 MB)."]
