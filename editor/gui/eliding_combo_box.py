"""A drop-down list for long names (organisations): the chosen one is shortened with "…"
in the middle, so that both its start and its end stay readable, and shown whole as the
tooltip; every entry of the open list has its whole name as tooltip too. The preview's
narrow lists of templates and languages shorten their entries at the end.

A plain combo box cut "MWFK – Ministerium für Wissenschaft, Forschung und Kultur des Landes
Brandenburg" after "Wissenschaf", with no way to read the rest short of opening the list;
ministries of two states then looked the same.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)

NAME_LETTERS = 42
"""The box is as wide as this many letters whatever its names: most organisation names fit
whole, and a long one does not make its dialog wider than a laptop's screen."""


class ElidingComboBox(QComboBox):
    """A non-editable combo box whose entries are names that may not fit its width."""

    def __init__(self, letters: int = NAME_LETTERS,
                 elide: Qt.TextElideMode = Qt.TextElideMode.ElideMiddle,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._elide = elide
        self.setMinimumContentsLength(letters)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.currentIndexChanged.connect(self._update_tooltip)

    def add_name(self, text: str, data: Any = None) -> None:
        """Add an entry whose tooltip is its whole text (the open list may be cut by the
        screen's edge too)."""
        self.addItem(text, data)
        self.setItemData(self.count() - 1, text, Qt.ItemDataRole.ToolTipRole)

    def _text_field_width(self) -> int:
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option,
            QStyle.SubControl.SC_ComboBoxEditField, self)
        return max(field.width() - 4, 0)  # the style's label keeps a small margin

    def shown_text(self) -> str:
        """The chosen entry as the closed box shows it (shortened when it does not fit)."""
        return self.fontMetrics().elidedText(self.currentText(), self._elide,
                                             self._text_field_width())

    def _update_tooltip(self) -> None:
        full = self.currentText()
        self.setToolTip(full if self.shown_text() != full else "")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tooltip()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.isEditable():
            super().paintEvent(event)
            return
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
