"""Start-up: the window is painted first, its preview (the slowest part) right after."""

from __future__ import annotations

import sys
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editor.context import AppContext
from editor.gui.app import WindowKeeper
from editor.gui.i18n import Translators
from editor.gui.settings import Settings


def test_the_preview_of_the_opened_item_is_rendered_after_the_first_paint(
    qtbot: QtBot, context: AppContext
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = Translators(app)
    window = WindowKeeper(context, Settings(), translators).start()
    qtbot.addWidget(window)
    assert window.document is not None  # the item is open and editable at once
    headline = window.document.item.headline.get("de")
    assert window.preview.last_render_ms == 0.0
    assert headline not in window.preview.browser.toPlainText()
    qtbot.waitUntil(lambda: window.preview.last_render_ms > 0, timeout=20_000)
    assert headline.split()[0] in window.preview.browser.toPlainText()
    translators.remove()


def test_a_window_opened_later_shows_its_preview_at_once(
    qtbot: QtBot, context: AppContext, sample_id: str
) -> None:
    from tests.gui.conftest import make_window

    window = make_window(qtbot, context)
    assert window.open_item(sample_id)  # no first paint to wait for: rendering starts now
    assert window.preview.busy
    qtbot.waitUntil(lambda: window.preview.last_render_ms > 0, timeout=10_000)


def test_spell_checking_starts_after_the_first_paint(qtbot: QtBot, context: AppContext) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = Translators(app)
    loaded: list[str] = []
    window = WindowKeeper(context, Settings(), translators).start()
    qtbot.addWidget(window)
    checker = window.spelling.checker
    original = checker._load
    checker._load = lambda tags: (loaded.append(next(iter(tags))), original(tags))[1]
    delegate = window.editor.block_table.delegate
    assert delegate.spelling is None and loaded == []  # no dictionary before the paint
    qtbot.waitUntil(lambda: delegate.spelling is window.spelling, timeout=20_000)
    assert loaded  # then the dictionaries, and the texts are underlined
    window.start_spelling()
    assert delegate.spelling is window.spelling
    translators.remove()


def test_the_archives_names_are_read_for_spell_checking_after_the_first_paint(
    qtbot: QtBot, context: AppContext
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = Translators(app)
    family_name = context.archive.people()[0].family_name
    window = WindowKeeper(context, Settings(), translators).start()
    qtbot.addWidget(window)
    checker = window.spelling.checker
    assert not checker.is_known_name(family_name)  # a large directory is not read yet
    qtbot.waitUntil(lambda: window.editor.block_table.delegate.spelling is window.spelling,
                    timeout=20_000)
    assert checker.is_known_name(family_name)
    assert window.document is not None
    assert all(checker.is_known_name(place) for place in window.document.item.places
               if " " not in place)  # the open item's places too
    translators.remove()


def test_the_daily_backup_starts_after_the_first_paint(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    import editor.gui.app as gui_app
    from editor.gui.backup_status import BackupStatus

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # start() installs its own
    started: list[bool] = []  # whether the window had been painted when the copy started
    monkeypatch.setattr(BackupStatus, "start",
                        lambda self: started.append(self._window()._painted))
    _app, keeper = gui_app.start(context)
    window = keeper.window
    assert window is not None
    qtbot.addWidget(window)
    assert started == []  # the copy's process does not compete with building the window
    qtbot.waitUntil(lambda: bool(started), timeout=20_000)
    assert started[0] is True
    keeper._translators.remove()


def test_the_item_list_is_read_once_at_the_start(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from editor.gui.item_list_model import ItemListModel

    reads: list[int] = []
    original = ItemListModel.refresh

    def counted(model: ItemListModel, *args: Any, **kwargs: Any) -> None:
        reads.append(1)
        original(model, *args, **kwargs)

    monkeypatch.setattr(ItemListModel, "refresh", counted)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = Translators(app)
    window = WindowKeeper(context, Settings(), translators).start()
    qtbot.addWidget(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: window._spelling_started, timeout=20_000)
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    assert len(reads) == 1  # not again when the new window is first activated
    translators.remove()


def _deferred_context(tmp_path: Any) -> AppContext:
    from editor.io.samples import load_sample_bundles
    from editor.store.archive import Archive
    from editor.store.deferred import open_deferred

    db = tmp_path / "deferred.sqlite"
    with Archive.open(db) as archive:
        for bundle in load_sample_bundles():
            archive.save_bundle(bundle)
    deferred = open_deferred(db)
    assert deferred is not None
    return AppContext(archive=deferred, data_dir=tmp_path / "userdata")  # type: ignore[arg-type]


def test_a_window_read_ahead_opens_its_archive_after_the_first_paint(
    qtbot: QtBot, tmp_path: Any
) -> None:
    from editor.store.deferred import still_deferred

    context = _deferred_context(tmp_path)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = Translators(app)
    window = WindowKeeper(context, Settings(), translators).start()
    qtbot.addWidget(window)
    assert window.document is not None and still_deferred(context.archive)
    holder = window.teamwork.holder
    qtbot.waitUntil(lambda: not still_deferred(context.archive), timeout=20_000)
    qtbot.waitUntil(lambda: bool(context.archive.claims(window.document.item.id)),
                    timeout=5_000)  # the item is claimed once the archive is open
    assert [c.holder for c in context.archive.claims(window.document.item.id)] == [holder]
    translators.remove()
    window.close()
    context.close()


def test_an_archive_that_cannot_be_opened_after_the_paint_is_reported(
    qtbot: QtBot, tmp_path: Any, dialogs: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from editor.core.errors import StoreError
    from editor.store.archive import Archive

    context = _deferred_context(tmp_path)

    def refuse(location: object) -> Archive:
        raise StoreError(f"The archive {location} is damaged.")

    monkeypatch.setattr(Archive, "open", refuse)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = Translators(app)
    window = WindowKeeper(context, Settings(), translators).start()
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(dialogs.messages), timeout=20_000)
    assert "could not be opened" in dialogs.texts() and "damaged" in dialogs.texts()
    assert window.document is not None  # the item read before the paint stays shown
    translators.remove()
    window.close()
    context.close()
