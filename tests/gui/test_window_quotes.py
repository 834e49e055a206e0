"""The quote archive in the main window, and the export's approval check."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from editor.context import AppContext
from editor.core.model import ApprovalState, BlockKind
from editor.gui.approval_check import (
    UnapprovedQuotesDialog,
    confirm_unapproved,
    describe,
    report_by_language,
)
from editor.gui.main_window import MainWindow
from editor.gui.settings import Settings
from editor.gui.settings_dialog import SettingsDialog

from .conftest import export_in

pytestmark = pytest.mark.gui

SAMPLE_ITEM = "2021-03-15-smart-country"
WILLINGMANN = "person-armin-willingmann"


def test_search_speaker_insert_and_undo(window: MainWindow, qtbot) -> None:
    window.new_item()
    doc = window.document
    assert doc is not None
    blocks_before = len(doc.item.blocks)
    window.window_actions.show_quotes.trigger()
    archive = window.quotes.widget
    assert window.side_tabs.currentWidget() is archive
    assert window.splitter.sizes()[0] >= 500
    qtbot.keyClicks(archive.search_field, "Kooperationsvereinbarung")
    qtbot.waitUntil(lambda: archive.model.rowCount() == 2, timeout=3000)
    row = next(r for r in range(2)
               if archive.model.hit(r).speakers[0].person_id == WILLINGMANN)
    archive.results.setCurrentIndex(archive.model.index(row, 0))
    archive.speaker_action.trigger()
    assert archive.tabs.currentIndex() == 1
    assert archive.dossier_button.isEnabled()
    group = archive.speaker_model.index(0, 0)
    archive.speaker_view.setCurrentIndex(archive.speaker_model.index(0, 0, group))
    archive.insert_action.trigger()

    assert len(doc.item.blocks) == blocks_before + 1
    block = doc.item.blocks[-1]
    assert block.kind == BlockKind.QUOTE
    quote = doc.item.quote(block.quote_id or "")
    assert quote.id != "quote-2021-03-15-willingmann"
    assert [s.person_id for s in quote.speakers] == [WILLINGMANN]
    assert quote.text.get("de").startswith("Gemeinsam sind wir stärker")
    assert quote.date is not None and quote.date.isoformat() == "2021-03-15"
    assert quote.approval.state == ApprovalState.APPROVED
    assert doc.person(WILLINGMANN) is not None
    assert any(r.person_id == WILLINGMANN for r in doc.roles)
    assert window.editor.current_block_id() == block.id
    assert doc.undo_stack.count() == 1

    window.window_actions.undo.trigger()
    assert len(doc.item.blocks) == blocks_before
    assert all(q.id != quote.id for q in doc.item.quotes)


def test_sent_quote_becomes_drafted_when_reused(window: MainWindow,
                                                context: AppContext) -> None:
    item = context.archive.load_item(SAMPLE_ITEM)
    item.quote("quote-2021-03-15-willingmann").approval.state = ApprovalState.SENT
    context.archive.save_item(item)
    window.new_item()
    window.quotes.widget.quoteInsertRequested.emit("quote-2021-03-15-willingmann", SAMPLE_ITEM)
    assert window.document is not None
    assert window.document.item.quotes[-1].approval.state == ApprovalState.DRAFTED


def test_open_request_opens_the_item(window: MainWindow) -> None:
    window.new_item()
    window.quotes.widget.itemOpenRequested.emit(SAMPLE_ITEM)  # unsaved new item: discarded
    assert window.document is not None and window.document.item.id == SAMPLE_ITEM


def test_insert_without_open_item_says_so(window: MainWindow) -> None:
    assert window.document is None
    window.quotes.widget.quoteInsertRequested.emit("quote-2021-03-15-willingmann", SAMPLE_ITEM)
    assert "Open or create" in window.statusBar().currentMessage()


def test_dossier_button_exports_into_chosen_folder(window: MainWindow, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        lambda *args: str(tmp_path / "dossier"))
    widget = window.quotes.widget
    widget.show_speaker(WILLINGMANN)
    widget.dossier_en_action.trigger()
    names = sorted(p.name for p in (tmp_path / "dossier").iterdir())
    assert names == ["dossier_prof-dr-armin-willingmann.en.docx",
                     "dossier_prof-dr-armin-willingmann.en.html"]
    assert "2 files written to" in window.statusBar().currentMessage()


def _unapproved(context: AppContext) -> None:
    item = context.archive.load_item(SAMPLE_ITEM)
    item.quote("quote-2021-03-15-willingmann").approval.state = ApprovalState.SENT
    context.archive.save_item(item)


def test_export_warns_and_cancel_stops(window: MainWindow, context: AppContext,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    _unapproved(context)
    window.open_item(SAMPLE_ITEM)
    seen: list[str] = []
    monkeypatch.setattr(UnapprovedQuotesDialog, "exec",
                        lambda dialog: seen.extend([dialog.message.text(), *dialog.lines()])
                        or 0)
    shown = export_in(monkeypatch, "pressemitteilung")
    window.window_actions.export.trigger()
    assert "in this export" in seen[0] and "not approved yet." in seen[0]
    assert any(line.startswith("Prof. Dr. Armin Willingmann: sent for approval")
               for line in seen)
    assert shown == []  # closed without "Export anyway"


def test_export_anyway_goes_on(window: MainWindow, context: AppContext,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    _unapproved(context)
    window.open_item(SAMPLE_ITEM)
    monkeypatch.setattr(UnapprovedQuotesDialog, "exec",
                        lambda dialog: dialog.export_button.click() or 1)
    shown = export_in(monkeypatch, "pressemitteilung")
    window.window_actions.export.trigger()
    assert shown == [["de"]]


def test_only_approved_setting_refuses(window: MainWindow, context: AppContext,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    _unapproved(context)
    window.settings.only_approved_quotes = True
    assert Settings().only_approved_quotes
    window.open_item(SAMPLE_ITEM)
    assert window.document is not None
    bundle = window.document.bundle()
    report = report_by_language(bundle, [SAMPLE_ITEM])
    assert [describe(q).split(" – ")[0] for q in report["de"]] == [
        "Prof. Dr. Armin Willingmann: sent for approval"]
    buttons: list[bool] = []

    def try_export(dialog: UnapprovedQuotesDialog) -> int:
        buttons.append(dialog.export_button is None)
        dialog.accept()
        return 1

    monkeypatch.setattr(UnapprovedQuotesDialog, "exec", try_export)
    assert not confirm_unapproved(window, bundle, [SAMPLE_ITEM], only_approved=True)
    assert buttons == [True]  # no "Export anyway" under the setting


def test_settings_dialog_sets_the_rule(window: MainWindow,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    def accept(dialog: SettingsDialog) -> int:
        dialog.only_approved.setChecked(True)
        return int(SettingsDialog.DialogCode.Accepted)

    monkeypatch.setattr(SettingsDialog, "exec", accept)
    assert not Settings().only_approved_quotes
    window.window_actions.settings.trigger()
    assert Settings().only_approved_quotes


def test_the_quote_archive_tab_is_built_when_first_shown(window: MainWindow, qtbot) -> None:
    tabs = window.side_tabs
    assert window.quotes._widget is None  # not built for the first paint
    tabs.setCurrentIndex(1)  # the user clicks the tab
    archive = window.quotes._widget
    assert archive is not None and tabs.currentWidget() is archive
    assert tabs.count() == 2 and tabs.tabText(1) == "Quote archive"
    assert window.splitter.sizes()[0] >= 500  # the archive gets its room, as before
    qtbot.waitUntil(lambda: archive.model.rowCount() > 0, timeout=5000)  # and searches
    tabs.setCurrentIndex(0)
    tabs.setCurrentIndex(1)
    assert window.quotes.widget is archive and tabs.currentWidget() is archive
