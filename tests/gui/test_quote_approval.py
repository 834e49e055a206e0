"""Approval (Freigabe) in the app: status in the quote panel and the archive, undoable steps,
and the export warning that lists unapproved quotes per language and opens them."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QMessageBox

from editor.context import AppContext
from editor.core.model import ApprovalState, BlockKind
from editor.core.quotes import ApprovalStatus, approval_status
from editor.gui import labels
from editor.gui.approval_check import UnapprovedQuotesDialog, report_by_language
from editor.gui.approval_dialog import ApprovalAnswer, ApprovalDialog, ApprovalStep
from editor.gui.commands import SetTextCommand
from editor.gui.document import quote_key
from editor.gui.main_window import MainWindow
from editor.gui.quote_search_model import QuoteSearchModel
from editor.gui.settings_dialog import SettingsDialog
from editor.services.approval import APPROVAL_WORDS, stored_user_name

from .conftest import export_in, make_window

pytestmark = pytest.mark.gui

SAMPLE_ITEM = "2021-03-15-smart-country"
SENT_AT = datetime(2026, 11, 30, 9, 15)
DECIDED_AT = datetime(2026, 12, 1, 14, 30)


def _answers(panel_bar, *answers: ApprovalAnswer | None) -> list[tuple[ApprovalStep, int]]:
    """Answer the bar's questions in turn; returns what was asked."""
    asked: list[tuple[ApprovalStep, int]] = []
    queue = list(answers)

    def ask(step: ApprovalStep, count: int, name: str) -> ApprovalAnswer | None:
        asked.append((step, count))
        return queue.pop(0)

    panel_bar.ask = ask
    return asked


def _open_first_quote(window: MainWindow):
    window.open_item(SAMPLE_ITEM)
    doc = window.document
    assert doc is not None
    block = next(b for b in doc.item.blocks if b.kind == BlockKind.QUOTE)
    window.editor.block_table.select_block(block.id)
    quote = doc.item.quote(block.quote_id or "")
    quote.approval.state = ApprovalState.DRAFTED  # the sample's quotes are approved
    window.editor.quote_panel.show_block(block.id)
    return doc, block, quote


def test_send_approve_edit_and_undo_in_the_panel(window: MainWindow) -> None:
    doc, _block, quote = _open_first_quote(window)
    bar = window.editor.quote_panel.approval
    assert bar.status.text() == "Approval: not yet sent"
    steps_before = doc.undo_stack.count()

    _answers(bar, ApprovalAnswer("Pressestelle MWAE", SENT_AT))
    assert bar.run_step(ApprovalStep.SEND)
    assert quote.id == doc.item.quote(quote.id).id
    record = doc.item.quote(quote.id).approval
    assert record.state == ApprovalState.SENT and record.sent_to == "Pressestelle MWAE"
    assert record.history and record.history[-1].user  # recorded with the user name
    assert bar.status.text().startswith("Approval: sent for approval (to Pressestelle MWAE, ")

    _answers(bar, ApprovalAnswer("Frau Schulz", DECIDED_AT))
    assert bar.run_step(ApprovalStep.APPROVE)
    assert approval_status(doc.item.quote(quote.id)) == ApprovalStatus.APPROVED
    assert bar.status.text().startswith("Approval: approved (by Frau Schulz, ")
    assert doc.undo_stack.count() == steps_before + 2

    # Editing the approved words says so in the panel.
    doc.undo_stack.push(SetTextCommand(doc, quote_key(quote.id), "de", "Ganz andere Worte."))
    assert approval_status(doc.item.quote(quote.id)) == ApprovalStatus.CHANGED
    assert "changed since approval" in bar.status.text()
    assert "send it again" in bar.status.text()

    # Undo walks back through the steps, redo forward again.
    window.window_actions.undo.trigger()
    assert "Approval: approved" in bar.status.text()
    window.window_actions.undo.trigger()
    assert doc.item.quote(quote.id).approval.state == ApprovalState.SENT
    window.window_actions.undo.trigger()
    assert doc.item.quote(quote.id).approval.state == ApprovalState.DRAFTED
    assert bar.status.text() == "Approval: not yet sent"
    window.window_actions.redo.trigger()
    window.window_actions.redo.trigger()
    assert doc.item.quote(quote.id).approval.by == "Frau Schulz"


def test_a_speaker_added_in_the_panel_makes_the_approval_stale(window: MainWindow) -> None:
    doc, _block, quote = _open_first_quote(window)
    panel = window.editor.quote_panel
    bar = panel.approval
    _answers(bar, ApprovalAnswer("Pressestelle MWAE", SENT_AT),
             ApprovalAnswer("Frau Schulz", DECIDED_AT))
    assert bar.run_step(ApprovalStep.SEND) and bar.run_step(ApprovalStep.APPROVE)
    assert approval_status(doc.item.quote(quote.id)) == ApprovalStatus.APPROVED
    speaking = {s.person_id for s in doc.item.quote(quote.id).speakers}
    other = next(p.id for p in doc.people if p.id not in speaking)
    assert panel.add_person(other)
    assert approval_status(doc.item.quote(quote.id)) == ApprovalStatus.CHANGED
    assert "changed since approval" in bar.status.text()
    window.window_actions.undo.trigger()
    assert approval_status(doc.item.quote(quote.id)) == ApprovalStatus.APPROVED


def _offered(bar) -> tuple[bool, bool, bool]:
    return (bar.send_button.isEnabled(), bar.approve_button.isEnabled(),
            bar.reject_button.isEnabled())


def test_the_buttons_follow_the_allowed_steps(window: MainWindow) -> None:
    doc, _block, quote = _open_first_quote(window)
    bar = window.editor.quote_panel.approval
    assert _offered(bar) == (True, False, False)  # not yet sent: only send
    assert bar.send_all_action.isEnabled() and not bar.approve_all_action.isEnabled()
    _answers(bar, ApprovalAnswer("Pressestelle MWAE", SENT_AT),
             ApprovalAnswer("Frau Schulz", DECIDED_AT))
    assert bar.run_step(ApprovalStep.SEND)
    assert _offered(bar) == (False, True, True)  # sent: approve or reject
    assert bar.run_step(ApprovalStep.APPROVE)
    assert _offered(bar) == (False, False, False)  # approved: nothing to do
    doc.undo_stack.push(SetTextCommand(doc, quote_key(quote.id), "de", "Andere Worte."))
    assert _offered(bar) == (True, False, False)  # changed since approval: send again
    window.window_actions.undo.trigger()
    assert _offered(bar) == (False, False, False)


def test_reject_records_the_reason(window: MainWindow) -> None:
    doc, _block, quote = _open_first_quote(window)
    bar = window.editor.quote_panel.approval
    _answers(bar, ApprovalAnswer("Pressestelle MWAE", SENT_AT),
             ApprovalAnswer("Frau Schulz", DECIDED_AT, "Zahl stimmt nicht"))
    assert bar.run_step(ApprovalStep.SEND)
    assert bar.run_step(ApprovalStep.REJECT)
    assert doc.item.quote(quote.id).approval.state == ApprovalState.REJECTED
    assert "rejected" in bar.status.text() and "Zahl stimmt nicht" in bar.status.text()


def test_sending_again_offers_the_last_recipient(window: MainWindow, qtbot) -> None:
    _open_first_quote(window)
    bar = window.editor.quote_panel.approval
    offered: list[tuple[ApprovalStep, str]] = []
    answers = [ApprovalAnswer("Pressestelle MWAE", SENT_AT),
               ApprovalAnswer("Frau Schulz", DECIDED_AT, "Zahl stimmt nicht")]

    def ask(step: ApprovalStep, count: int, name: str) -> ApprovalAnswer | None:
        offered.append((step, name))
        return answers.pop(0) if answers else None

    bar.ask = ask
    assert bar.run_step(ApprovalStep.SEND) and bar.run_step(ApprovalStep.REJECT)
    assert not bar.run_step(ApprovalStep.SEND)  # asked again, then cancelled
    assert offered == [(ApprovalStep.SEND, ""), (ApprovalStep.REJECT, "Pressestelle MWAE"),
                       (ApprovalStep.SEND, "Pressestelle MWAE")]
    dialog = ApprovalDialog(ApprovalStep.SEND, 1, offered[-1][1])
    qtbot.addWidget(dialog)
    assert dialog.name.text() == "Pressestelle MWAE"  # what the user sees, ready for OK


def test_impossible_step_says_why_and_changes_nothing(window: MainWindow, dialogs) -> None:
    doc, _block, quote = _open_first_quote(window)
    bar = window.editor.quote_panel.approval
    steps = doc.undo_stack.count()
    _answers(bar, ApprovalAnswer("Frau Schulz", DECIDED_AT, "Nein"))
    assert not bar.run_step(ApprovalStep.REJECT)  # never sent: nothing to reject
    assert "This approval step is not possible." in dialogs.texts()
    assert doc.undo_stack.count() == steps
    assert doc.item.quote(quote.id).approval.state == ApprovalState.DRAFTED


def test_cancelled_question_changes_nothing(window: MainWindow) -> None:
    doc, _block, _quote = _open_first_quote(window)
    bar = window.editor.quote_panel.approval
    steps = doc.undo_stack.count()
    asked = _answers(bar, None)
    assert not bar.run_step(ApprovalStep.SEND)
    assert asked == [(ApprovalStep.SEND, 1)]
    assert doc.undo_stack.count() == steps


def test_all_quotes_of_the_item_in_one_step(window: MainWindow) -> None:
    doc, _block, _quote = _open_first_quote(window)
    for each in doc.item.quotes:
        each.approval.state = ApprovalState.DRAFTED
    window.editor.quote_panel.show_block(_block.id)
    bar = window.editor.quote_panel.approval
    asked = _answers(bar, ApprovalAnswer("Pressestelle", SENT_AT))
    bar.send_all_action.trigger()
    shown = [q for q in doc.item.quotes if any(b.quote_id == q.id for b in doc.item.blocks)]
    assert asked == [(ApprovalStep.SEND, len(shown))]
    assert len(shown) > 1
    assert all(q.approval.state == ApprovalState.SENT for q in shown)
    window.window_actions.undo.trigger()  # one step for all
    assert all(doc.item.quote(q.id).approval.state == ApprovalState.DRAFTED for q in shown)


def test_dialog_needs_a_name_and_a_reason(qtbot) -> None:
    dialog = ApprovalDialog(ApprovalStep.REJECT, 1)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() != ApprovalDialog.DialogCode.Accepted
    assert "who decided" in dialog.problem.text()
    dialog.name.setText("Frau Schulz")
    dialog.accept()
    assert "reason" in dialog.problem.text()
    dialog.reason.setText("Zahl stimmt nicht")
    dialog.accept()
    assert dialog.result() == ApprovalDialog.DialogCode.Accepted
    assert dialog.answer().reason == "Zahl stimmt nicht"


def test_an_impossible_approval_day_is_refused_not_moved(qtbot) -> None:
    dialog = ApprovalDialog(ApprovalStep.APPROVE, 1, "Frau Schulz")
    qtbot.addWidget(dialog)
    dialog.day.edit.setText("31.02.2026")
    dialog.accept()
    assert dialog.result() != ApprovalDialog.DialogCode.Accepted
    assert "February" in dialog.problem.text()
    dialog.day.edit.setText("28.02.2026")
    dialog.time.setTime(QTime(23, 30))
    dialog.accept()
    assert dialog.result() == ApprovalDialog.DialogCode.Accepted
    utc = QDateTime(QDate(2026, 2, 28), QTime(23, 30)).toUTC()
    assert dialog.answer().at == datetime(utc.date().year(), utc.date().month(),
                                          utc.date().day(), utc.time().hour(), 30)


def test_status_words_are_the_services_in_both_languages(qtbot, context: AppContext) -> None:
    german = make_window(qtbot, context, "de")
    try:
        _doc, _block, _quote = _open_first_quote(german)
        words = APPROVAL_WORDS[ApprovalStatus.NOT_SENT][0]
        assert german.editor.quote_panel.approval.status.text().endswith(words)
        assert labels.approval_status(ApprovalStatus.CHANGED) == "seit Freigabe geändert"
    finally:
        german._test_translators.install("en")  # type: ignore[attr-defined]
    assert labels.approval_status(ApprovalStatus.CHANGED) == "changed since approval"


def test_the_archive_shows_the_status(window: MainWindow, qtbot) -> None:
    widget = window.quotes.widget
    qtbot.keyClicks(widget.search_field, "Kooperationsvereinbarung")
    qtbot.waitUntil(lambda: widget.model.rowCount() == 2, timeout=3000)
    index = widget.model.index(0, QuoteSearchModel.APPROVAL_COLUMN)
    assert index.data() == "approved"
    assert widget.model.headerData(QuoteSearchModel.APPROVAL_COLUMN,
                                   Qt.Orientation.Horizontal) == "Approval"


def test_export_warning_lists_per_language_and_opens_the_quote(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    doc, block, quote = _open_first_quote(window)
    window.save()
    seen: dict[str, list[str]] = {}

    def choose(dialog: UnapprovedQuotesDialog) -> int:
        seen["lines"] = dialog.lines()
        dialog.select(quote.id)
        dialog.open_button.click()
        return 1

    monkeypatch.setattr(UnapprovedQuotesDialog, "exec", choose)
    exported = export_in(monkeypatch, "bilingual")
    window.editor.block_table.select_block(doc.item.blocks[0].id)
    window.window_actions.export.trigger()
    assert exported == []  # opening a quote stops the export
    lines = seen["lines"]
    assert lines[0] == "German" and "English" in lines
    assert any(line.startswith("Prof. Dr.-Ing. Jörg Steinbach: not yet sent") or
               ": not yet sent" in line for line in lines)
    assert window.editor.current_block_id() == block.id


def test_export_anyway_and_no_warning_when_approved(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    _doc, _block, _quote = _open_first_quote(window)

    def export_anyway(dialog: UnapprovedQuotesDialog) -> int:
        assert dialog.export_button is not None
        dialog.export_button.click()
        return 1

    monkeypatch.setattr(UnapprovedQuotesDialog, "exec", export_anyway)
    exported = export_in(monkeypatch, "bilingual")
    window.window_actions.export.trigger()
    assert exported == [["de", "en"]]

    bar = window.editor.quote_panel.approval
    _answers(bar, ApprovalAnswer("Pressestelle", SENT_AT), ApprovalAnswer("Frau S.", DECIDED_AT))
    assert bar.run_step(ApprovalStep.SEND) and bar.run_step(ApprovalStep.APPROVE)
    monkeypatch.setattr(UnapprovedQuotesDialog, "exec",
                        lambda dialog: pytest.fail("no warning expected"))
    window.window_actions.export.trigger()
    assert exported == [["de", "en"], ["de", "en"]]


def test_a_german_only_export_lists_the_german_quotes_only(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """The warning comes once the languages are chosen: a German-only export of a
    bilingual item shows no English heading or English excerpt."""
    _doc, _block, quote = _open_first_quote(window)
    seen: list[list[str]] = []

    def look(dialog: UnapprovedQuotesDialog) -> int:
        seen.append(dialog.lines())
        dialog.export_button.click()
        return 1

    monkeypatch.setattr(UnapprovedQuotesDialog, "exec", look)
    exported = export_in(monkeypatch, "pressemitteilung")
    window.window_actions.export.trigger()
    assert exported == [["de"]]
    assert seen[0][0] == "German" and "English" not in seen[0]
    english = " ".join(quote.text.text_or_any("en").split())[:30]
    assert not any(english in line for line in seen[0][1:])
    seen.clear()
    exported = export_in(monkeypatch, "bilingual")
    window.window_actions.export.trigger()
    assert exported == [["de", "en"]] and "English" in seen[0]


def test_only_approved_setting_refuses(window: MainWindow,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    _open_first_quote(window)
    window.settings.only_approved_quotes = True
    seen: list[bool] = []

    def look(dialog: UnapprovedQuotesDialog) -> int:
        seen.append(dialog.export_button is None)
        return 0

    monkeypatch.setattr(UnapprovedQuotesDialog, "exec", look)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: int(QMessageBox.StandardButton.Yes))
    exported = export_in(monkeypatch, "bilingual")
    window.window_actions.export.trigger()
    assert seen == [True] and exported == []


def test_the_name_set_in_the_settings_is_recorded_with_a_step(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    def accept(dialog: SettingsDialog) -> int:
        assert dialog.user_name.placeholderText()  # the login name stands in
        dialog.user_name.setText("x" * 121)
        dialog.accept()  # refused at the field
        assert dialog.result() != SettingsDialog.DialogCode.Accepted
        assert "120" in dialog.user_problem.text()
        dialog.user_name.setText("Eva Muster")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(SettingsDialog, "exec", accept)
    window.window_actions.settings.trigger()
    assert stored_user_name(window.context.data_dir) == "Eva Muster"
    doc, _block, quote = _open_first_quote(window)
    bar = window.editor.quote_panel.approval
    _answers(bar, ApprovalAnswer("Pressestelle MWAE", SENT_AT))
    assert bar.run_step(ApprovalStep.SEND)
    assert doc.item.quote(quote.id).approval.history[-1].user == "Eva Muster"


def test_long_excerpts_wrap_inside_the_warning(window: MainWindow, qtbot) -> None:
    """An excerpt longer than the list is wide wraps: nothing runs out of sight."""
    doc, _block, _quote = _open_first_quote(window)
    report = report_by_language(doc.bundle(), [doc.item.id])
    dialog = UnapprovedQuotesDialog(report, False, True, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    view = dialog.quotes
    width = view.viewport().width()
    entries = [view.item(row) for row in range(view.count())
               if view.item(row).data(Qt.ItemDataRole.UserRole) is not None]  # not headings
    assert entries and view.fontMetrics().horizontalAdvance(entries[0].text()) > width
    assert view.horizontalScrollBar().maximum() == 0
    for entry in entries:
        rect = view.visualItemRect(entry)
        assert rect.right() <= width and rect.height() > view.fontMetrics().height() * 1.5
        assert entry.text() == entry.text().lstrip()  # blanks would indent the first line only
