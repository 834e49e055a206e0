"""All quotes of one person over time, grouped by the role held when speaking (a tree)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QStandardItem, QStandardItemModel

from editor.core.model import text_or_any
from editor.gui import labels
from editor.gui.fields import date_or_undated, display_date, muted_brush
from editor.gui.quote_search_model import EMBARGO_COLOUR, item_label
from editor.services.dossier import role_groups
from editor.store.search import QuoteHit

ItemDataRole = Qt.ItemDataRole


class QuoteSpeakerModel(QStandardItemModel):
    """Roles as top-level rows (title, period), the quotes said in them as children; a
    quote of an item under embargo is written in red after the embargo, as in the search."""

    HitRole = ItemDataRole.UserRole + 1
    QuoteIdRole = ItemDataRole.UserRole + 2
    ItemIdRole = ItemDataRole.UserRole + 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.person_id: str | None = None
        self._set_headers()

    def _set_headers(self) -> None:
        self.setHorizontalHeaderLabels([
            QCoreApplication.translate("QuoteSpeakerModel", "Role / date"),
            QCoreApplication.translate("QuoteSpeakerModel", "Quote"),
            QCoreApplication.translate("QuoteSpeakerModel", "Press item"),
            QCoreApplication.translate("QuoteSpeakerModel", "Approval"),
        ])

    def show_person(self, person_id: str | None, hits: Sequence[QuoteHit],
                    language: str = "de") -> None:
        """Fill the tree with ``hits`` (one person's quotes, oldest first)."""
        self.clear()
        self._set_headers()
        self.person_id = person_id
        if person_id is None:
            return
        for role_id, quotes in role_groups(hits, person_id):
            speaker = next(s for s in quotes[0].speakers if s.person_id == person_id)
            title = text_or_any(speaker.title, language) or QCoreApplication.translate(
                "QuoteSpeakerModel", "No role known")
            days = sorted(hit.said_on for hit in quotes if hit.said_on is not None)
            period = date_or_undated(days[0] if days else None)
            if days and days[-1] != days[0]:  # one day is one date, not "15.03. – 15.03."
                period = f"{period} – {display_date(days[-1])}"
            group = QStandardItem(title)
            group.setEditable(False)
            group.setData(role_id, ItemDataRole.UserRole)
            count = QStandardItem(
                QCoreApplication.translate("QuoteSpeakerModel", "%n quote(s)", "", len(quotes))
            )
            count.setEditable(False)
            span = QStandardItem(period)
            span.setEditable(False)
            for hit in quotes:
                cells = [
                    QStandardItem(date_or_undated(hit.said_on)),
                    QStandardItem(" ".join(text_or_any(hit.text, language).split())),
                    QStandardItem(item_label(hit, language)),
                    QStandardItem(labels.approval_status(hit.approval_status)),
                ]
                for cell in cells:
                    cell.setEditable(False)
                    if hit.embargo is not None:  # marked as in the search results
                        cell.setForeground(QBrush(EMBARGO_COLOUR))
                    cell.setData(hit, self.HitRole)
                    cell.setData(hit.quote_id, self.QuoteIdRole)
                    cell.setData(hit.item_id, self.ItemIdRole)
                if hit.said_on is None and hit.embargo is None:
                    cells[0].setForeground(muted_brush())
                cells[1].setToolTip(text_or_any(hit.text, language))
                group.appendRow(cells)
            self.appendRow([group, count, span])
