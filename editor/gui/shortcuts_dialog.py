"""Help → Keyboard shortcuts: every shortcut of the window in one searchable table."""

from __future__ import annotations

import re

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def _typed_on_keyboard(sequence: QKeySequence) -> bool:
    """True for key combinations a person types (Ctrl+N, F8), not for special keys such as
    a keyboard's own "New" or "Undo" key, which Qt lists too."""
    text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
    return "+" in text or re.fullmatch(r"F\d+", text) is not None


class ShortcutsDialog(QDialog):
    """Lists the actions with their shortcuts; the field above filters the rows."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Search for a command or a key"))
        self.filter.setClearButtonEnabled(True)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        for action in actions:
            keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                             for k in action.shortcuts() if _typed_on_keyboard(k))
            if not keys:
                continue
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setItem(row, 0, QTableWidgetItem(
                action.text().replace("&", "").rstrip("…")))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._on_filter)
        self.resize(520, 560)

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def rows_shown(self) -> list[tuple[str, str]]:
        return [(self._cell(r, 0), self._cell(r, 1))
                for r in range(self.table.rowCount()) if not self.table.isRowHidden(r)]

    def _on_filter(self, text: str) -> None:
        needle = text.casefold().strip()
        for row in range(self.table.rowCount()):
            line = f"{self._cell(row, 0)} {self._cell(row, 1)}"
            self.table.setRowHidden(row, bool(needle) and needle not in line.casefold())
