"""The item's metadata form says which file an imported item came from, and when."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from editor.context import AppContext
from editor.core.model import PressItem, Translations
from tests.gui.conftest import make_window

pytestmark = pytest.mark.gui


def _imported(context: AppContext) -> str:
    item = PressItem(id="alt-1", issue_date=date(2019, 5, 3),
                     headline=Translations(text={"de": "Altes Vorhaben"}),
                     source_name="Meldung %2 alt.docx",
                     imported_at=datetime(2026, 1, 2, 12, 0, tzinfo=UTC))
    context.archive.save_item(item)
    return item.id


def test_an_imported_item_shows_its_file_and_import_date_in_german(
        qtbot: object, context: AppContext, sample_id: str) -> None:
    item_id = _imported(context)
    window = make_window(qtbot, context, "de")
    try:
        label = window.editor.metadata_form.provenance
        assert window.open_item(item_id)
        assert not label.isHidden()
        assert label.text() == "Importiert aus Meldung %2 alt.docx am 02.01.2026"
        assert window.open_item(sample_id)
        assert label.isHidden() and label.text() == ""
    finally:
        window._test_translators.install("en")  # type: ignore[attr-defined]
