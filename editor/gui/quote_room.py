"""Keeps room for the quote in the quote archive's results table.

The quote column stretches into what the other columns leave; in a window of 1,280
pixels, where the archive shares the width with the editor, speaker, role, item and
approval left it about 90 pixels ("Wirtschaft…"). Whenever the table is shown or
resized, and after the columns were fitted to their contents, the other columns are
narrowed in proportion so that the quote keeps :data:`QUOTE_SHARE` of the width, as far
as they can without cutting their titles.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTableView

QUOTE_SHARE = 1 / 3
"""The part of the table's width the quote column keeps at least."""


class QuoteRoom(QObject):
    """Narrows ``others`` of ``table`` so that column ``quote`` keeps its share.

    Each of the others has a width it wants: the last one given to it by the code that
    fits it or by the user's hand. It gets that width when there is room, and a part of
    it in proportion when there is not, so a wider window gives the widths back.
    """

    def __init__(self, table: QTableView, quote: int, others: tuple[int, ...]) -> None:
        super().__init__(table)
        self._table = table
        self._quote = quote
        self._others = others
        header = table.horizontalHeader()
        self._wanted = {column: header.sectionSize(column) for column in others}
        self._adjusting = False
        table.viewport().installEventFilter(self)
        header.sectionResized.connect(self._on_section_resized)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.keep()
        return False

    def _on_section_resized(self, column: int, _old: int, new: int) -> None:
        if self._adjusting or column == self._quote:
            return
        if column in self._others:
            self._wanted[column] = new
        else:  # the date column fitted to new rows
            self.keep()

    def keep(self) -> None:
        """Give the other columns the widths they want or, when the quote would have less
        than its share, their titles' widths and a part of the rest in proportion."""
        if not self._table.isVisible():
            return  # a hidden table has no width of its own yet
        header = self._table.horizontalHeader()
        width = self._table.viewport().width()
        shown = [c for c in self._others if not header.isSectionHidden(c)]
        wanted = {c: self._wanted[c] for c in shown}
        fixed = sum(header.sectionSize(c) for c in range(header.count())
                    if c != self._quote and c not in shown and not header.isSectionHidden(c))
        budget = width - fixed - int(width * QUOTE_SHARE)
        floors = {c: max(header.minimumSectionSize(), header.sectionSizeHint(c)) for c in shown}
        extra = sum(max(size - floors[c], 0) for c, size in wanted.items())
        room = budget - sum(floors.values())
        scale = 1.0 if extra <= room else max(room, 0) / extra
        self._adjusting = True
        try:
            for column, size in wanted.items():
                floor = floors[column]
                header.resizeSection(column, floor + int(max(size - floor, 0) * scale))
        finally:
            self._adjusting = False
