"""The file for an approval round is offered under a name in the window's language
("…-freigabe.docx" in German, "…-approval.docx" in English), in ASCII letters only."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from editor.context import AppContext
from editor.gui.approval_round import approval_file_name

from .conftest import make_window

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(("language", "expected"), [
    ("de", "2021-03-15-smart-country-freigabe.docx"),
    ("en", "2021-03-15-smart-country-approval.docx"),
])
def test_the_offered_name_follows_the_window_language(
        qtbot: QtBot, context: AppContext, sample_id: str, monkeypatch: pytest.MonkeyPatch,
        language: str, expected: str) -> None:
    window = make_window(qtbot, context, language)
    try:
        window.open_item(sample_id)
        offered: list[str] = []
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            lambda parent, title, name, *a: offered.append(name) or ("", ""))
        window.window_actions.export_for_approval.trigger()
        assert offered == [expected]
    finally:
        window._test_translators.install("en")  # type: ignore[attr-defined]


def test_the_offered_name_is_ascii(context: AppContext, sample_id: str) -> None:
    item = dataclasses.replace(context.archive.load_item(sample_id), id="Sommerfest Köln/2026")
    assert approval_file_name(item, "de") == "sommerfest-koeln-2026-freigabe.docx"
    assert approval_file_name(item, "en") == "sommerfest-koeln-2026-approval.docx"
