"""A date that may be left open: a typed date field (empty means an open end)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from editor.gui.date_field import DateError, DateField, parse_date


class OptionalDate(QWidget):
    """``value()`` is the date typed or picked, None when the field is empty.

    An impossible date (31.02.2025) is refused under the field, as in the item's dates;
    ``problem()`` then names it, and the dialog does not save.
    """

    def __init__(self, text: str, value: date | None, default: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        del default  # an open end is shown as an empty field, not as a made-up day
        self.field = DateField(allow_empty=True)
        self.field.set_date(value)
        self.edit = self.field.edit
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if text:
            layout.addWidget(QLabel(text))
        layout.addWidget(self.field, 1)
        self.setFocusProxy(self.field)

    def value(self) -> date | None:
        """The date of the text in the field now (the last valid one while it is wrong)."""
        text = self.edit.text().strip()
        if not text:
            return None
        try:
            return parse_date(text)
        except DateError:
            return self.field.date()

    def set_value(self, value: date | None) -> None:
        self.field.set_date(value)

    def problem(self) -> str:
        """What is wrong with the typed text ("" when it is a date or empty)."""
        text = self.edit.text().strip()
        try:
            if text:
                parse_date(text)
        except DateError as error:
            return str(error)
        return ""
