"""A read-only table of directory records (people, roles, organisations, contacts)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

MUTED = QColor("#6b7280")


class Column(Generic[T]):
    """One column: its header and how a record shows in it."""

    def __init__(self, header: str, text: Callable[[T], str]) -> None:
        self.header = header
        self.text = text


class RecordTableModel(QAbstractTableModel, Generic[T]):
    """Rows of records shown through :class:`Column` s; ``muted`` rows are greyed (ended
    roles). The records are replaced whole by :meth:`set_records`."""

    def __init__(self, columns: Sequence[Column[T]], muted: Callable[[T], bool] | None = None,
                 tip: Callable[[T], str] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._muted = muted
        self._tip = tip
        self._records: list[T] = []

    def set_records(self, records: Sequence[T]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def records(self) -> list[T]:
        return list(self._records)

    def record(self, row: int) -> T | None:
        return self._records[row] if 0 <= row < len(self._records) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._records) \
                or not 0 <= index.column() < len(self._columns):
            return None
        record = self._records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[index.column()].text(record)
        if role == Qt.ItemDataRole.ForegroundRole and self._muted is not None \
                and self._muted(record):
            return QBrush(MUTED)
        if role == Qt.ItemDataRole.ToolTipRole and self._tip is not None:
            return self._tip(record) or None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self._columns):
            return self._columns[section].header
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemNeverHasChildren
