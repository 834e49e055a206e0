"""Asks who a quote goes to or who decided, when, and (for a rejection) why."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from editor.gui.date_field import DateError, DateField, parse_date


class ApprovalStep(enum.StrEnum):
    SEND = "send"
    APPROVE = "approve"
    REJECT = "reject"


@dataclass
class ApprovalAnswer:
    """What the user entered: ``name`` is the recipient (send) or who decided."""

    name: str
    at: datetime
    reason: str = ""


class ApprovalDialog(QDialog):
    """One step of the approval round for ``count`` quotes; :meth:`answer` after OK."""

    def __init__(self, step: ApprovalStep, count: int, name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        titles = {
            ApprovalStep.SEND: self.tr("Send for approval"),
            ApprovalStep.APPROVE: self.tr("Mark approved"),
            ApprovalStep.REJECT: self.tr("Reject"),
        }
        self.setWindowTitle(titles[step])
        self.intro = QLabel(self.tr("%n quote(s)", "", count))
        self.name = QLineEdit(name)
        self.name.setObjectName("approvalName")
        self.name.setPlaceholderText(self.tr("e.g. Pressestelle MWAE, Frau Schulz"))
        self.reason = QLineEdit()
        self.reason.setObjectName("approvalReason")
        self.reason.setPlaceholderText(self.tr("What the speaker's office asked to change"))
        self.day = DateField()
        self.day.setObjectName("approvalDay")
        self.day.set_date(date.today())
        self.time = QTimeEdit(QTime.currentTime())
        self.time.setObjectName("approvalTime")
        self.time.setDisplayFormat("HH:mm")
        self.at = QWidget()
        at_row = QHBoxLayout(self.at)
        at_row.setContentsMargins(0, 0, 0, 0)
        at_row.addWidget(self.day, 1)
        at_row.addWidget(self.time)
        self.problem = QLabel()
        self.problem.setObjectName("approvalProblem")
        self.problem.setStyleSheet("QLabel#approvalProblem { color: #b91c1c; }")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        form = QFormLayout()
        form.addRow(self.intro)
        name_label = self.tr("Sent &to:") if step == ApprovalStep.SEND else self.tr("&By:")
        form.addRow(name_label, self.name)
        if step == ApprovalStep.REJECT:
            form.addRow(self.tr("&Reason:"), self.reason)
        else:
            self.reason.hide()
        form.addRow(self.tr("&When:"), self.at)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def accept(self) -> None:
        """Close only with a name, and for a rejection with a reason; else say which."""
        if not self.name.text().strip():
            self._refuse(self.name, self.tr("Say to whom the quote goes.")
                         if self.step == ApprovalStep.SEND
                         else self.tr("Say who decided (for example the speaker's office)."))
            return
        if self.step == ApprovalStep.REJECT and not self.reason.text().strip():
            self._refuse(self.reason, self.tr("Give the reason for the rejection."))
            return
        try:
            parse_date(self.day.edit.text())
        except DateError as error:  # an impossible day is refused, never moved to another
            self._refuse(self.day.edit, str(error))
            return
        super().accept()

    def _refuse(self, field: QLineEdit, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()
        field.setFocus()

    def answer(self) -> ApprovalAnswer:
        typed = parse_date(self.day.edit.text())
        local = QDateTime(QDate(typed.year, typed.month, typed.day), self.time.time())
        value = local.toUTC()  # stored as naive UTC, like every record time
        day, time = value.date(), value.time()
        at = datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())
        return ApprovalAnswer(self.name.text().strip(), at, self.reason.text().strip())
