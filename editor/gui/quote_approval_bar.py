"""The approval (Freigabe) of the current quote: its status in words, and the steps of the
round for this quote or for all quotes of the item."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.core.model import ApprovalState, PressItem, Quote
from editor.core.quotes import (
    STATUS_STEPS,
    ApprovalStatus,
    approval_status,
    last_recipient,
    shown_quotes,
)
from editor.gui import labels
from editor.gui.approval_dialog import ApprovalAnswer, ApprovalDialog, ApprovalStep
from editor.gui.commands import ChangeApprovalCommand
from editor.gui.document import ItemDocument
from editor.gui.fields import date_format
from editor.gui.service_messages import worded
from editor.services import approval

STATUS_COLOURS = {
    ApprovalStatus.NOT_SENT: "#57534e",
    ApprovalStatus.SENT: "#1d4ed8",
    ApprovalStatus.APPROVED: "#15803d",
    ApprovalStatus.CHANGED: "#b45309",
    ApprovalStatus.REJECTED: "#b91c1c",
}


def display_time(at: datetime | None) -> str:
    """A stored (naive UTC) time in the UI locale, in local time."""
    if at is None:
        return ""
    value = QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute),
                      QTimeZone.utc()).toLocalTime()
    return QLocale().toString(value, f"{date_format()} HH:mm")


class QuoteApprovalBar(QWidget):
    """Shows and changes the approval of one quote; every step is one undoable command."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc: ItemDocument | None = None
        self._quote_id: str | None = None
        self._block_id: str | None = None
        self.status = QLabel()
        self.status.setObjectName("approvalStatus")
        self.status.setWordWrap(True)
        self.send_button = QPushButton(self.tr("Send for approval…"))
        self.send_button.setObjectName("sendForApproval")
        self.approve_button = QPushButton(self.tr("Mark approved…"))
        self.approve_button.setObjectName("markApproved")
        self.reject_button = QPushButton(self.tr("Reject…"))
        self.reject_button.setObjectName("rejectQuote")
        self.all_button = QPushButton(self.tr("All quotes"))  # its menu arrow has room
        self.all_button.setObjectName("approvalAllQuotes")
        self.all_button.setToolTip(self.tr("The same step for every quote of this item"))
        self.all_menu = QMenu(self.all_button)
        self.send_all_action = QAction(self.tr("Send all quotes for approval…"), self)
        self.approve_all_action = QAction(self.tr("Mark all quotes approved…"), self)
        self.reject_all_action = QAction(self.tr("Reject all quotes…"), self)
        for action in (self.send_all_action, self.approve_all_action, self.reject_all_action):
            self.all_menu.addAction(action)
        self.all_button.setMenu(self.all_menu)
        self.ask: Callable[[ApprovalStep, int, str], ApprovalAnswer | None] = self._ask
        """Asks for the step's details; replaceable (tests answer without a dialog)."""
        self.user_name: Callable[[], str] = approval.current_user
        """The name recorded with a step; the window gives the user's own setting."""
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.send_button, self.approve_button, self.reject_button,
                       self.all_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.send_button.clicked.connect(partial(self.run_step, ApprovalStep.SEND, False))
        self.approve_button.clicked.connect(partial(self.run_step, ApprovalStep.APPROVE, False))
        self.reject_button.clicked.connect(partial(self.run_step, ApprovalStep.REJECT, False))
        self.send_all_action.triggered.connect(partial(self.run_step, ApprovalStep.SEND, True))
        self.approve_all_action.triggered.connect(
            partial(self.run_step, ApprovalStep.APPROVE, True))
        self.reject_all_action.triggered.connect(
            partial(self.run_step, ApprovalStep.REJECT, True))

    def show_quote(self, doc: ItemDocument | None, quote_id: str | None,
                   block_id: str | None) -> None:
        self._doc, self._quote_id, self._block_id = doc, quote_id, block_id
        quote = self._quote()
        if quote is None:
            self.status.clear()
            return
        status = approval_status(quote)
        self.status.setText(self.describe(quote))
        self.status.setStyleSheet(
            f"QLabel#approvalStatus {{ color: {STATUS_COLOURS[status]}; }}")
        self.send_button.setToolTip(self.tr("Record that the quote went to the speaker's "
                                            "office for approval"))
        self.approve_button.setToolTip(self.tr("Record who approved the quote, and when"))
        self.reject_button.setToolTip(self.tr("Record that the quote was rejected, and why"))
        allowed = STATUS_STEPS[status]
        self.send_button.setEnabled(ApprovalState.SENT in allowed)
        self.approve_button.setEnabled(ApprovalState.APPROVED in allowed)
        self.reject_button.setEnabled(ApprovalState.REJECTED in allowed)
        shown = shown_quotes(doc.item) if doc is not None else []
        possible = {target for q in shown for target in STATUS_STEPS[approval_status(q)]}
        self.send_all_action.setEnabled(ApprovalState.SENT in possible)
        self.approve_all_action.setEnabled(ApprovalState.APPROVED in possible)
        self.reject_all_action.setEnabled(ApprovalState.REJECTED in possible)

    def _quote(self) -> Quote | None:
        if self._doc is None or self._quote_id is None:
            return None
        try:
            return self._doc.item.quote(self._quote_id)
        except KeyError:
            return None

    def describe(self, quote: Quote) -> str:
        """The status in the UI's words with to whom, by whom, when or why."""
        status = approval_status(quote)
        record = quote.approval
        words = labels.approval_status(status)
        if status == ApprovalStatus.SENT:
            details = self.tr("to %1, %2").replace("%1", record.sent_to or "?").replace(
                "%2", display_time(record.sent_at))
        elif status in (ApprovalStatus.APPROVED, ApprovalStatus.CHANGED):
            details = self.tr("by %1, %2").replace("%1", record.by or "?").replace(
                "%2", display_time(record.at))
            if status == ApprovalStatus.CHANGED:
                details += " — " + self.tr("the text was edited after the approval: "
                                           "send it again")
        elif status == ApprovalStatus.REJECTED:
            reason = next((e.note for e in reversed(record.history) if e.note),
                          record.comment)
            details = self.tr("by %1, %2: %3").replace("%1", record.by or "?").replace(
                "%2", display_time(record.at)).replace("%3", reason)
        else:
            details = ""
        text = self.tr("Approval: %1").replace("%1", words)
        return f"{text} ({details})" if details else text

    def _ask(self, step: ApprovalStep, count: int, name: str) -> ApprovalAnswer | None:
        dialog = ApprovalDialog(step, count, name, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.answer()

    def run_step(self, step: ApprovalStep, all_quotes: bool = False) -> bool:
        """Ask for the details, then change this quote (or all) as one undoable step.

        An impossible step changes nothing and says why; True when something changed.
        """
        doc, quote = self._doc, self._quote()
        if doc is None or (quote is None and not all_quotes):
            return False
        quotes = shown_quotes(doc.item) if all_quotes else [quote] if quote else []
        if not quotes:
            self._refuse(self.tr("This item has no quotes."))
            return False
        # Sending again: to whom it went last; approving or rejecting: they decide.
        prefill = next((name for name in map(last_recipient, quotes) if name), "")
        answer = self.ask(step, len(quotes), prefill)
        if answer is None:
            return False
        user = self.user_name()
        bound: Callable[[PressItem, list[str] | None], list[str]]
        if step == ApprovalStep.SEND:
            title = self.tr("Send for approval")
            bound = partial(approval.send, to=answer.name, user=user, at=answer.at)
        elif step == ApprovalStep.APPROVE:
            title = self.tr("Mark approved")
            bound = partial(approval.approve, by=answer.name, user=user, at=answer.at)
        else:
            title = self.tr("Reject")
            bound = partial(approval.reject, reason=answer.reason, by=answer.name,
                            user=user, at=answer.at)
        ids = None if all_quotes else [q.id for q in quotes]
        try:
            command = ChangeApprovalCommand(doc, title, bound, ids, self._block_id)
        except ValueError as exc:
            self._refuse(worded(exc))
            return False
        if not command.changed:
            self._refuse(self.tr("No quote needed this step."))
            return False
        doc.undo_stack.push(command)
        return True

    def _refuse(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Approval"),
                          self.tr("This approval step is not possible."),
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("approvalRefused")
        box.setInformativeText(message)
        box.exec()
