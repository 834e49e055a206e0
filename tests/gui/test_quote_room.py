"""In the window of 1,280 pixels the quote archive's quote column keeps room for the quote
(it had about 90 pixels: "Wirtschaft…"), and a wider window gives the other columns
their widths back."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from editor.context import AppContext
from editor.gui.quote_room import QUOTE_SHARE
from editor.gui.quote_search_model import QuoteSearchModel
from tests.gui.conftest import make_window

pytestmark = pytest.mark.gui


def test_the_quote_column_keeps_its_share_of_the_results(qtbot: QtBot,
                                                         context: AppContext) -> None:
    window = make_window(qtbot, context, "de")
    try:
        qtbot.waitExposed(window)
        window.quotes.show_archive()
        archive = window.quotes.widget
        assert archive is not None
        archive.search_field.setText("förder")
        archive.search_now()
        qtbot.waitUntil(lambda: archive.model.rowCount() == 2, timeout=3000)
        results = archive.results
        header = results.horizontalHeader()

        def quote_share() -> float:
            return header.sectionSize(QuoteSearchModel.TEXT_COLUMN) / results.viewport().width()

        assert quote_share() >= QUOTE_SHARE - 0.01
        for column in range(header.count()):  # every title still readable
            assert header.sectionSize(column) >= header.sectionSizeHint(column), column
        speaker = header.sectionSize(QuoteSearchModel.SPEAKER_COLUMN)
        window.resize(1800, 800)  # a wider window gives the names their width back
        qtbot.waitUntil(lambda: header.sectionSize(QuoteSearchModel.SPEAKER_COLUMN) > speaker,
                        timeout=2000)
        window.resize(1280, 800)
        qtbot.waitUntil(lambda: quote_share() >= QUOTE_SHARE - 0.01, timeout=2000)
    finally:
        window._test_translators.install("en")  # type: ignore[attr-defined]
