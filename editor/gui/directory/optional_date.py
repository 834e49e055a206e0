"""A date that may be left open: a tick box and a date field."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget


class OptionalDate(QWidget):
    """``value()`` is the date when ticked, else None (an open end)."""

    def __init__(self, text: str, value: date | None, default: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.known = QCheckBox(text)
        self.edit = QDateEdit(_qdate(value or default))
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd.MM.yyyy")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.known)
        layout.addWidget(self.edit, 1)
        self.known.toggled.connect(self.edit.setEnabled)
        self.known.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.setFocusProxy(self.edit)

    def value(self) -> date | None:
        if not self.known.isChecked():
            return None
        day = self.edit.date()
        return date(day.year(), day.month(), day.day())

    def set_value(self, value: date | None) -> None:
        self.known.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(_qdate(value))


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
