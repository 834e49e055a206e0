"""The export dialog opens on the template of the item's kind: an event report on the event
report's template even after a release went out with another one, unless the user chose a
template for event reports before."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from editor.context import AppContext
from editor.core.model import ItemKind
from editor.gui.export_dialog import ExportDialog
from editor.gui.exporting import export_with_dialog
from editor.gui.main_window import MainWindow
from editor.gui.settings import Settings

pytestmark = pytest.mark.gui


def opened_with(window: MainWindow, context: AppContext, item_id: str,
                monkeypatch: pytest.MonkeyPatch, choose: str = "") -> str:
    """The template the export dialog opens with; ``choose`` is then picked and exported."""
    seen: list[str] = []

    def run(dialog: ExportDialog) -> int:
        seen.append(dialog.choices().template)
        if not choose:
            return int(ExportDialog.DialogCode.Rejected)
        dialog.template.setCurrentIndex(dialog.template.findData(choose))
        dialog.accept()
        return int(ExportDialog.DialogCode.Rejected)  # remembered, nothing written

    monkeypatch.setattr(ExportDialog, "exec", run)
    export_with_dialog(window, window.settings, "en", [item_id],
                       lambda: context.archive.load_bundle([item_id]))
    assert len(seen) == 1
    return seen[0]


def test_an_event_report_opens_on_its_own_template(
        qtbot: QtBot, window: MainWindow, context: AppContext, sample_id: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert context.archive.load_item(sample_id).kind == ItemKind.RELEASE
    report = context.archive.load_item(sample_id)
    report.id, report.version, report.kind = "a-report", 0, ItemKind.EVENT_REPORT
    context.archive.save_item(report)
    Settings().export_template = "bilingual"

    assert opened_with(window, context, sample_id, monkeypatch,
                       choose="pressemitteilung") == "bilingual"  # a release template stays
    assert opened_with(window, context, "a-report", monkeypatch) == "event-report"
    # the user prefers another template for event reports: it is kept for them
    opened_with(window, context, "a-report", monkeypatch, choose="bilingual")
    assert opened_with(window, context, "a-report", monkeypatch) == "bilingual"
    assert opened_with(window, context, sample_id, monkeypatch) == "pressemitteilung"


def test_a_mix_of_kinds_opens_on_the_last_template(
        qtbot: QtBot, window: MainWindow, context: AppContext, sample_id: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    report = context.archive.load_item(sample_id)
    report.id, report.version, report.kind = "a-report", 0, ItemKind.EVENT_REPORT
    context.archive.save_item(report)
    Settings().export_template = "pressemitteilung"
    seen: list[str] = []
    monkeypatch.setattr(ExportDialog, "exec", lambda dialog: seen.append(
        dialog.choices().template) or int(ExportDialog.DialogCode.Rejected))
    ids = [sample_id, "a-report"]
    export_with_dialog(window, window.settings, "en", ids,
                       lambda: context.archive.load_bundle(ids))
    assert seen == ["pressemitteilung"]
