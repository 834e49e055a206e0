"""An export from the German window names its files in German."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from editor.context import AppContext
from editor.gui.export_dialog import ExportChoices
from editor.gui.exporting import run_export
from tests.gui.conftest import make_window

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(("language", "expected"), [
    ("de", "undatiert_wirtschaftsfoerderer-aus-brandenburg-und-sachsen-anhalt_"
           "veranstaltungsbericht.de.html"),
    ("en", "undated_wirtschaftsfoerderer-aus-brandenburg-und-sachsen-anhalt_"
           "event-report.de.html"),
])
def test_the_window_names_exports_in_its_language(
        qtbot: QtBot, context: AppContext, sample_id: str, tmp_path: Path,
        language: str, expected: str) -> None:
    window = make_window(qtbot, context, language)
    try:
        item = context.archive.load_item(sample_id)
        item.issue_date = None
        context.archive.save_item(item)
        bundle = context.archive.load_bundle([sample_id])
        choices = ExportChoices(template="event-report", languages=["de"], formats=["html"],
                                folder=tmp_path / "out")
        files = run_export(window, bundle, [sample_id], choices)
        assert [p.name for p in files] == [expected]
    finally:
        window._test_translators.install("en")  # type: ignore[attr-defined]
