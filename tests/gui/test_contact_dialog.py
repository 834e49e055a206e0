"""The contact dialog refuses an e-mail address or website that cannot be a safe link."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from editor.core.model import Contact
from editor.gui.contact_dialog import ContactDialog


@pytest.mark.parametrize(("field", "value"), [
    ("website", "javascript:alert(1)"), ("website", "JaVaScRiPt:alert(1)"),
    ("website", "data:text/html,x"), ("website", "//evil.example"),
    ("website", "www.example.org"), ("email", "javascript:alert(1)"),
    ("email", "presse at example.org"),
])
def test_unsafe_links_keep_the_dialog_open_and_name_the_field(
        qtbot: QtBot, field: str, value: str) -> None:
    dialog = ContactDialog(Contact(name="Anna"), [])
    qtbot.addWidget(dialog)
    dialog.show()
    getattr(dialog, field).setText(value)
    dialog.accept()
    assert dialog.result() != ContactDialog.DialogCode.Accepted
    assert dialog.isVisible()
    assert dialog.problem.isVisible()
    shown = dialog.problem.text()
    assert ("e-mail" in shown) == (field == "email")
    assert ("website" in shown) == (field == "website")
    assert getattr(dialog, field).hasFocus() or not dialog.isActiveWindow()
    getattr(dialog, field).setText("")
    assert not dialog.problem.isVisible()


def test_safe_links_are_accepted(qtbot: QtBot) -> None:
    dialog = ContactDialog(Contact(name="Anna"), [])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.website.setText("https://example.org/presse")
    dialog.email.setText("presse@example.org")
    dialog.accept()
    assert dialog.result() == ContactDialog.DialogCode.Accepted
    assert dialog.contact().website == "https://example.org/presse"
