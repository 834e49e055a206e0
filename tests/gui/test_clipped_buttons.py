"""Buttons that open a menu leave room for the menu's arrow beside their text."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QStyle
from pytestqt.qtbot import QtBot

from editor.gui.contact_list import ContactList


@pytest.mark.parametrize("text", ["Saved…", "Gespeicherte…"])
def test_saved_contacts_button_fits_text_and_arrow(qtbot: QtBot, text: str) -> None:
    """The arrow of "Saved…" was drawn over the last letters of the German label."""
    contacts = ContactList()
    qtbot.addWidget(contacts)
    button = contacts.pick_button
    button.setText(text)
    arrow = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None,
                                       button)
    needed = button.fontMetrics().horizontalAdvance(text) + arrow
    assert button.sizeHint().width() >= needed + 8, (button.sizeHint().width(), needed)
