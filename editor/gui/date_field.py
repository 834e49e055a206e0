"""A date typed as text, checked when it is finished: impossible dates are refused.

Qt's date editors quietly turn 31/02/2026 into another day. :class:`DateField` keeps
what was typed, says what is wrong right under the field and leaves the stored date
untouched until the text is a real date. It may be left empty (an undated item).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from editor.gui.fields import date_format, display_date

ERROR_STYLE = "color: #b00020;"


class DateError(ValueError):
    """Typed text that is no date; the message says why, in the UI language."""


def _order(fmt: str) -> list[str]:
    """Which of day, month and year come first in ``fmt`` ("dd.MM.yyyy" → d, M, y)."""
    found = sorted((fmt.find(part), part) for part in ("d", "M", "y") if part in fmt)
    parts = [part for _, part in found]
    return parts if len(parts) == 3 else ["d", "M", "y"]


def parse_date(text: str, fmt: str | None = None) -> dt.date:
    """The date in ``text``, typed in the locale's order (or as 2026-02-28).

    Raises :class:`DateError` for text that is no date, naming what is wrong.
    """
    fmt = fmt or date_format()
    numbers = re.findall(r"\d+", text)
    if len(numbers) != 3 or re.search(r"[^\d\s./\-]", text):
        raise DateError(QCoreApplication.translate(
            "DateField", "“%1” is not a date; type it as %2.").replace(
            "%1", text.strip()).replace("%2", _pattern(fmt)))
    order = ["y", "M", "d"] if len(numbers[0]) == 4 else _order(fmt)
    values = dict(zip(order, (int(n) for n in numbers), strict=True))
    year, month, day = values["y"], values["M"], values["d"]
    if year < 100:
        year += 2000
    if not 1 <= month <= 12:
        raise DateError(QCoreApplication.translate(
            "DateField", "“%1” is not a date: there is no month %2.").replace(
            "%1", text.strip()).replace("%2", str(month)))
    if not 1900 <= year <= 2999:
        raise DateError(QCoreApplication.translate(
            "DateField", "“%1” is not a date: the year %2 is out of range.").replace(
            "%1", text.strip()).replace("%2", str(year)))
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        month_name = QLocale().monthName(month, QLocale.FormatType.LongFormat)
        raise DateError(QCoreApplication.translate(
            "DateField", "“%1” is not a date: %2 %3 has %4 days.").replace(
            "%1", text.strip()).replace("%2", month_name).replace(
            "%3", str(year)).replace("%4", str(days)))
    return dt.date(year, month, day)


def _pattern(fmt: str) -> str:
    """The format as a user reads it: "dd.MM.yyyy" → "TT.MM.JJJJ" / "DD.MM.YYYY"."""
    day = QCoreApplication.translate("DateField", "DD")
    month = QCoreApplication.translate("DateField", "MM")
    year = QCoreApplication.translate("DateField", "YYYY")
    out = re.sub(r"y+", year, fmt)
    out = re.sub(r"d+", day, out)
    return re.sub(r"M+", month, out)


class DateField(QWidget):
    """A date field with a calendar button and a line for what is wrong with the text."""

    dateEdited = Signal(object)
    """The user finished a valid date (a :class:`datetime.date`), or emptied the field
    (None, only when empty is allowed)."""

    def __init__(self, allow_empty: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._allow_empty = allow_empty
        self._date: dt.date | None = None
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(
            self.tr("no date") if allow_empty else _pattern(date_format()))
        self.edit.setToolTip(self.tr("Type the date as %1 or choose it in the calendar.").replace(
            "%1", _pattern(date_format())))
        self.button = QToolButton()
        self.button.setText("…")
        self.button.setToolTip(self.tr("Choose in the calendar"))
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        # Not ``setMenu``: a menu button draws its arrow over the "…", which then reads "…,".
        self.calendar_menu = QMenu(self.button)
        holder = QWidgetAction(self.calendar_menu)
        holder.setDefaultWidget(self.calendar)
        self.calendar_menu.addAction(holder)
        self.calendar_menu.aboutToShow.connect(self._on_calendar_shown)
        self.button.clicked.connect(self._on_button_clicked)
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.setFocusProxy(self.edit)
        self.edit.editingFinished.connect(self._on_finished)
        self.edit.textEdited.connect(self._on_text_edited)
        self.calendar.clicked.connect(self._on_calendar_clicked)

    def date(self) -> dt.date | None:
        """The last valid date shown or finished (None: empty)."""
        return self._date

    def set_date(self, day: dt.date | None) -> None:
        """Show ``day`` (None: empty); a pending error about the typed text goes away."""
        self._date = day
        self.edit.setText(display_date(day))
        self._show_error("")

    def error(self) -> str:
        """What is wrong with the text in the field ("" when nothing)."""
        return self.message.text() if not self.message.isHidden() else ""

    def _show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        style = "QLineEdit { border: 1px solid #b00020; }" if text else ""
        if self.edit.styleSheet() != style:
            self.edit.setStyleSheet(style)

    def _on_text_edited(self) -> None:
        if self.error():
            self._show_error("")

    def _on_finished(self) -> None:
        text = self.edit.text().strip()
        if not text:
            if self._allow_empty:
                self._finish(None)
            else:
                self._show_error(self.tr("Type a date as %1.").replace(
                    "%1", _pattern(date_format())))
            return
        try:
            day = parse_date(text)
        except DateError as exc:
            self._show_error(str(exc))
            return
        self._finish(day)

    def _finish(self, day: dt.date | None) -> None:
        self._show_error("")
        self.edit.setText(display_date(day))
        if day != self._date:
            self._date = day
            self.dateEdited.emit(day)

    def _on_calendar_shown(self) -> None:
        day = self._date or dt.date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def _on_button_clicked(self) -> None:
        self.calendar_menu.popup(self.button.mapToGlobal(self.button.rect().bottomLeft()))

    def _on_calendar_clicked(self, value: QDate) -> None:
        self.calendar_menu.hide()
        self._finish(dt.date(value.year(), value.month(), value.day()))
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)
