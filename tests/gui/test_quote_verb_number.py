"""The window stores the attribution verb in the number of the quote's speakers: a joint
quote of two reads "sagten" where it is edited, not only once exported."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from editor.gui.document import ItemDocument
from editor.gui.main_window import MainWindow
from editor.gui.quote_panel import QuotePanel

pytestmark = pytest.mark.gui


def _new_quote(window: MainWindow) -> tuple[ItemDocument, QuotePanel, str]:
    """A new item with one quote, added as the user does; its document, panel and id."""
    window.new_item()
    doc = window.document
    assert doc is not None
    window.window_actions.add_quote.trigger()
    return doc, window.editor.quote_panel, doc.item.blocks[-1].quote_id or ""


def test_the_verb_follows_the_number_of_speakers(qtbot: QtBot, window: MainWindow) -> None:
    doc, panel, quote_id = _new_quote(window)
    assert doc.item.quote(quote_id).verb == {"de": "sagte", "en": "said"}

    assert panel.add_person("person-armin-willingmann")
    assert doc.item.quote(quote_id).verb == {"de": "sagte", "en": "said"}
    assert panel.add_person("person-joerg-steinbach")
    assert doc.item.quote(quote_id).verb == {"de": "sagten", "en": "said"}
    assert panel.verbs["de"].text() == "sagten"
    assert panel.verbs["en"].text() == "said"

    doc.undo_stack.undo()  # the second speaker and the plural go together
    assert doc.item.quote(quote_id).verb == {"de": "sagte", "en": "said"}
    doc.undo_stack.redo()
    panel.speakers.setCurrentRow(1)
    panel.remove_speaker.click()
    assert len(doc.item.quote(quote_id).speakers) == 1
    assert doc.item.quote(quote_id).verb == {"de": "sagte", "en": "said"}
    assert panel.verbs["de"].text() == "sagte"


def test_a_verb_the_user_wrote_agrees_too(qtbot: QtBot, window: MainWindow) -> None:
    doc, panel, quote_id = _new_quote(window)
    doc.item.quote(quote_id).verb["de"] = "hob hervor"
    assert panel.add_person("person-armin-willingmann")
    assert panel.add_person("person-joerg-steinbach")
    assert doc.item.quote(quote_id).verb["de"] == "hoben hervor"
