"""The checks before an export in the window: the list, going to a place, refusing on
errors, passing warnings, the draft for approval, and the archive's gender policy."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from editor.context import AppContext
from editor.core.findings import GenderPolicy
from editor.core.model import BlockKind
from editor.gui import exporting
from editor.gui.block_table_model import BlockTableModel
from editor.gui.export_dialog import ExportDialog
from editor.gui.main_window import MainWindow
from editor.gui.preflight_dialog import PreflightDialog
from editor.gui.settings_dialog import SettingsDialog
from editor.services.exporting import gender_policy, set_gender_policy

from .conftest import make_window

pytestmark = pytest.mark.gui

SAMPLE = "2021-03-15-smart-country"


def _export_to(folder: Path, template: str, draft: bool = False):
    def exec_(dialog: ExportDialog) -> int:
        dialog.template.setCurrentIndex(dialog.template.findData(template))
        dialog.folder.setText(str(folder))
        dialog.draft.setChecked(draft)
        dialog.accept()
        return int(QDialog.DialogCode.Accepted)
    return exec_


def _break_sample(context: AppContext) -> str:
    """The sample with no English headline and an English paragraph missing; the id of
    that paragraph's block."""
    item = context.archive.load_item(SAMPLE)
    item.headline.text.pop("en")
    block = next(b for b in item.blocks if b.kind is BlockKind.PARAGRAPH and b is not
                 item.blocks[0])
    block.text.text.pop("en")
    context.archive.save_item(item)
    return block.id


def _seen(monkeypatch: pytest.MonkeyPatch, answer: str | None = None) -> list[PreflightDialog]:
    """Record the check dialogs; ``answer``: the row text to go to, else cancel."""
    seen: list[PreflightDialog] = []

    def exec_(dialog: PreflightDialog) -> int:
        seen.append(dialog)
        if answer is not None:
            row = next(i for i, line in enumerate(dialog.lines()) if answer in line)
            dialog.select(row)
            dialog.open_button.click()
            return int(QDialog.DialogCode.Accepted)
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(PreflightDialog, "exec", exec_)
    return seen


def test_errors_stop_the_export_and_lead_to_the_headline(
        qtbot: QtBot, context: AppContext, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    _break_sample(context)
    out = tmp_path / "out"
    monkeypatch.setattr(ExportDialog, "exec", _export_to(out, "bilingual"))
    seen = _seen(monkeypatch, answer="Headline (English)")
    window.open_newest_item()
    window.window_actions.export.trigger()
    (dialog,) = seen
    assert dialog.blocked and dialog.export_button is None
    assert "must be corrected" in dialog.message.text()
    lines = dialog.lines()
    assert any("Headline (English) – The English text is missing." in line for line in lines)
    assert any("The headline has 96 characters" in line for line in lines)
    assert not out.exists() or not any(out.iterdir())
    field = window.editor.headline_form.fields[("headline", "en")]
    assert field.hasFocus() or window.focusWidget() is field
    assert window.editor.tabs.currentIndex() == 0


def test_a_finding_in_a_block_selects_the_block_in_its_language(
        qtbot: QtBot, context: AppContext, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    block_id = _break_sample(context)
    number = [b.id for b in context.archive.load_item(SAMPLE).blocks].index(block_id) + 1
    monkeypatch.setattr(ExportDialog, "exec", _export_to(tmp_path / "out", "side-by-side"))
    _seen(monkeypatch, answer=f"Block {number} (English) – The English text is missing")
    window.open_newest_item()
    window.editor.block_table.select_block(window.document.item.blocks[0].id,
                                           BlockTableModel.column_of("de"))
    window.window_actions.export.trigger()
    assert window.editor.current_block_id() == block_id
    current = window.editor.block_table.currentIndex()
    assert current.column() == BlockTableModel.column_of("en")


def test_warnings_can_be_passed_and_the_files_carry_no_marks(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        dialogs) -> None:
    out = tmp_path / "out"
    monkeypatch.setattr(ExportDialog, "exec", _export_to(out, "pressemitteilung"))
    window.open_newest_item()
    window.window_actions.export.trigger()  # the conftest answers "Export anyway"
    assert "2 warnings: check them, or export anyway." in dialogs.texts()
    assert "The attribution verb “sagte” is used 2 times." in dialogs.texts()
    page = next(out.glob("*.html")).read_text("utf-8")
    assert "ENTWURF" not in page and "[Übersetzung" not in page


def test_a_draft_for_approval_goes_out_past_errors_marked(
        qtbot: QtBot, context: AppContext, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, dialogs) -> None:
    _break_sample(context)
    out = tmp_path / "out"
    monkeypatch.setattr(ExportDialog, "exec", _export_to(out, "bilingual", draft=True))
    window.open_newest_item()
    window.window_actions.export.trigger()
    assert "the draft for approval shows them marked" in dialogs.texts()
    page = next(out.glob("*.html")).read_text("utf-8")
    assert "ENTWURF – zur Freigabe" in page and "DRAFT – for approval" in page
    assert "[translation missing]" in page


def test_the_checks_speak_german_in_a_german_window(
        qtbot: QtBot, context: AppContext, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    _break_sample(context)
    window = make_window(qtbot, context, "de")
    try:
        monkeypatch.setattr(ExportDialog, "exec", _export_to(tmp_path / "o", "bilingual"))
        seen = _seen(monkeypatch)
        window.open_newest_item()
        window.window_actions.export.trigger()
        (dialog,) = seen
        assert dialog.windowTitle() == "Prüfung vor dem Export"
        assert any("Überschrift (Englisch) – Der englische Text fehlt." in line
                   or "Überschrift (Englisch)" in line for line in dialog.lines())
        assert "korrigiert" in dialog.message.text()
    finally:
        window._test_translators.install("en")  # type: ignore[attr-defined]


def test_the_gender_policy_is_set_in_the_settings_and_checked(
        qtbot: QtBot, context: AppContext, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, dialogs) -> None:
    def choose(dialog: SettingsDialog) -> int:
        dialog.gender_policy.setCurrentIndex(
            dialog.gender_policy.findData(GenderPolicy.PAARFORM.value))
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(SettingsDialog, "exec", choose)
    window._on_settings()
    assert gender_policy(context.archive) is GenderPolicy.PAARFORM
    item = context.archive.load_item(SAMPLE)
    item.blocks[0].text.set_source("de", "Alle Bürger*innen sind eingeladen.")
    context.archive.save_item(item)
    monkeypatch.setattr(ExportDialog, "exec",
                        _export_to(tmp_path / "out", "pressemitteilung"))
    window.open_newest_item()
    window.window_actions.export.trigger()
    assert ("“Bürger*innen” does not follow the archive's gender-language policy "
            "(Paarform): write “Bürgerinnen und Bürger”.") in dialogs.texts()
    set_gender_policy(context.archive, GenderPolicy.STERNCHEN)
    dialogs.messages.clear()
    assert exporting.export_from_window(window)
    assert "gender-language" not in dialogs.texts()
