"""Links in the window: the contact dialog refuses an e-mail address or website that cannot
be a safe link, and the preview opens only web, e-mail and phone links."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from editor.core.model import Contact
from editor.gui.contact_dialog import ContactDialog
from editor.gui.main_window import MainWindow


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


def test_the_preview_opens_only_safe_links(window: MainWindow,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    preview = window.preview
    messages: list[str] = []
    preview.statusMessageRequested.connect(messages.append)
    assert not preview.browser.openLinks()
    for target in ("file:///etc/passwd", "javascript:alert(1)", "https://example.org/presse",
                   "mailto:presse@example.org", "data:text/html,x"):
        preview.browser.anchorClicked.emit(QUrl(target))
    assert opened == ["https://example.org/presse", "mailto:presse@example.org"]
    assert len(messages) == 3 and "file:///etc/passwd" in messages[0]
