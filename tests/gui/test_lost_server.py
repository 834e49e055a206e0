"""A save that lost the server twice is reported, and the text is kept on this computer."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QMessageBox

from editor.context import AppContext
from editor.core.model import PressItem
from editor.gui.main_window import MainWindow
from editor.store.errors import store_error

pytestmark = pytest.mark.gui


def test_a_save_without_the_server_keeps_the_text_locally(
        window: MainWindow, context: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    psycopg = pytest.importorskip("psycopg")
    from sqlalchemy.exc import OperationalError

    window.open_newest_item()
    doc = window.document
    assert doc is not None
    window.editor.metadata_form.internal_note.setPlainText("Nur hier getippt")
    window.autosave.cancel()

    def server_gone(item: PressItem, **_options: object) -> PressItem:
        lost = psycopg.OperationalError("server closed the connection unexpectedly")
        raise store_error(OperationalError("UPDATE …", {}, lost),
                          "postgresql+psycopg://app@127.0.0.1:5432/presse", server=True)

    monkeypatch.setattr(context.archive, "save_item_and_discard_draft", server_gone)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec",
                        lambda box: shown.append(box.informativeText()) or 0)
    assert window.save() is False
    assert shown and "cannot be reached" in shown[0]
    assert "The server’s message: server closed the connection unexpectedly" in shown[0]
    copy = context.data_dir / "recovery" / f"{doc.item.id}.json"
    assert json.loads(copy.read_text(encoding="utf-8"))["internal_note"] == "Nur hier getippt"
    assert doc.is_modified  # and the editor still holds it
