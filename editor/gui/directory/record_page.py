"""One tab of the directory: a search field, a table of records and New/Edit/Delete."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from editor.gui.directory.records_model import Column, RecordTableModel

T = TypeVar("T")


class RecordPage(QWidget, Generic[T]):
    """Lists ``load(query)``; the buttons call ``create()``, ``edit(record)`` and
    ``delete(record)``, each returning True when something changed."""

    recordsChanged = Signal()

    def __init__(self, name: str, columns: Sequence[Column[T]],
                 load: Callable[[str], list[T]], create: Callable[[], bool],
                 edit: Callable[[T], bool], delete: Callable[[T], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Page")
        self._load, self._create, self._edit, self._delete = load, create, edit, delete
        self.search = QLineEdit()
        self.search.setObjectName(f"{name}Search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search as you type…"))
        self.model: RecordTableModel[T] = RecordTableModel(columns, parent=self)
        self.table = QTableView()
        self.table.setObjectName(f"{name}Table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.new_button = QPushButton(self.tr("&New…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._connect_signals()
        self.refresh()

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self.refresh)
        self.table.doubleClicked.connect(self._on_edit)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.new_button.clicked.connect(self._on_new)
        self.edit_button.clicked.connect(self._on_edit)
        self.delete_button.clicked.connect(self._on_delete)

    def refresh(self) -> None:
        self.model.set_records(self._load(self.search.text()))
        self._update_buttons()

    def current(self) -> T | None:
        index = self.table.currentIndex()
        selected = self.table.selectionModel().hasSelection()
        return self.model.record(index.row()) if index.isValid() and selected else None

    def _update_buttons(self) -> None:
        chosen = self.current() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _changed(self, changed: bool) -> None:
        if changed:
            self.refresh()
            self.recordsChanged.emit()

    def _on_new(self) -> None:
        self._changed(self._create())

    def _on_edit(self) -> None:
        record = self.current()
        if record is not None:
            self._changed(self._edit(record))

    def _on_delete(self) -> None:
        record = self.current()
        if record is not None:
            self._changed(self._delete(record))
