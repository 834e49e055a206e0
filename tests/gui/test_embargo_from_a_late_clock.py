"""A colleague whose computer's clock is behind sets an embargo: the window notices the
save at its next look and its quote archive leaves the item's quotes out at once. The
save was missed while nothing else changed the archive, and for ten minutes when it was
stamped more than five minutes before the latest save."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from editor.context import AppContext
from editor.core.model import Embargo, PressItem, Translations
from editor.gui.main_window import MainWindow
from editor.gui.quote_archive_widget import QuoteArchiveWidget
from editor.store import archive as archive_module
from editor.store.archive import Archive

pytestmark = pytest.mark.gui


def test_an_embargo_saved_by_a_late_clock_hides_the_quotes_at_once(
        qtbot: QtBot, window: MainWindow, context: AppContext, sample_id: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    widget = window.quotes.widget
    assert isinstance(widget, QuoteArchiveWidget)
    widget.search_field.setText("Kooperationsvereinbarung")
    widget.search_now()
    found = widget.model.total
    assert found > 0
    later = context.archive.save_item(PressItem(  # the latest save: another item
        id="later", headline=Translations(text={"de": "Später"})))
    qtbot.waitUntil(lambda: window.teamwork.poll() is False)
    latest = later.updated_at
    assert latest is not None and context.archive.path is not None
    monkeypatch.setattr(archive_module, "_now", lambda: latest - timedelta(minutes=8))
    with Archive.open(context.archive.path) as colleague:
        item = colleague.load_item(sample_id)
        item.embargo = Embargo(datetime(2099, 1, 1, 10, 0))
        colleague.save_item(item)
    assert window.teamwork.poll() is True  # was False: the archive looked unchanged
    widget.search_now()
    assert widget.model.total == 0  # was the quotes of the item under embargo
    widget.embargo_box.setChecked(True)
    widget.search_now()
    assert widget.model.total == found
