"""The window stores the attribution verb in the number of the quote's speakers: a joint
quote of two reads "sagten" where it is edited, not only once exported."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from editor.gui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_the_verb_follows_the_number_of_speakers(qtbot: QtBot, window: MainWindow) -> None:
    window.new_item()
    doc = window.document
    assert doc is not None
    window.window_actions.add_quote.trigger()
    panel = window.editor.quote_panel
    quote_id = doc.item.blocks[-1].quote_id or ""
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
    window.new_item()
    doc = window.document
    assert doc is not None
    window.window_actions.add_quote.trigger()
    panel = window.editor.quote_panel
    quote_id = doc.item.blocks[-1].quote_id or ""
    doc.item.quote(quote_id).verb["de"] = "hob hervor"
    assert panel.add_person("person-armin-willingmann")
    assert panel.add_person("person-joerg-steinbach")
    assert doc.item.quote(quote_id).verb["de"] == "hoben hervor"
