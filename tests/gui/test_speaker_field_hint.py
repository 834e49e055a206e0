"""The speaker field's hint is read in full in the window's usual size, in both languages."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionFrame

from editor.context import AppContext

from .conftest import make_window

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_speaker_hint_fits_its_field(qtbot, context: AppContext, language: str) -> None:
    """The German hint "Sprecher/in hinzufügen: Namen eingeben…" showed as
    "Sprecher/in hinzufügen: …" at 1280 pixels."""
    window = make_window(qtbot, context, language)
    try:
        window.new_item()
        window.window_actions.add_quote.trigger()
        QApplication.processEvents()
        field = window.editor.quote_panel.speaker_name
        assert field.isVisible()
        option = QStyleOptionFrame()
        field.initStyleOption(option)
        text_area = field.style().subElementRect(
            QStyle.SubElement.SE_LineEditContents, option, field)
        needed = field.fontMetrics().horizontalAdvance(field.placeholderText())
        assert needed <= text_area.width() - 4, (field.placeholderText(), needed,
                                                  text_area.width())
    finally:
        window._test_translators.install("en")  # type: ignore[attr-defined]
