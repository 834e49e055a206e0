"""The issuers of the Details tab are read in full: long organisation names wrap in the
list instead of running out of it ("… und Digitalisierung de", with a scroll bar)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editor.context import AppContext
from editor.gui.item_editor import DETAILS_TAB

from .conftest import make_window

pytestmark = pytest.mark.gui


def test_long_issuer_names_wrap_within_the_list(qtbot: QtBot, context: AppContext) -> None:
    window = make_window(qtbot, context, "de")
    try:
        window.open_newest_item()
        window.editor.tabs.setCurrentIndex(DETAILS_TAB)
        QApplication.processEvents()
        issuers = window.editor.metadata_form.issuers
        assert issuers.count() == 5
        width = issuers.viewport().width()
        names = [issuers.item(row) for row in range(issuers.count())]
        longest = max(names, key=lambda item: len(item.text()))
        assert issuers.fontMetrics().horizontalAdvance(longest.text()) > width  # needs it
        assert issuers.horizontalScrollBar().maximum() == 0
        for item in names:
            assert issuers.visualItemRect(item).width() <= width, item.text()
        assert issuers.visualItemRect(longest).height() > issuers.visualItemRect(
            min(names, key=lambda item: len(item.text()))).height()  # on two lines
        assert longest.toolTip() == longest.text()
    finally:
        window._test_translators.install("en")  # type: ignore[attr-defined]
