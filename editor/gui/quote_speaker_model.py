"""All quotes of one person over time, grouped by the role held when speaking (a tree)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from editor.core.model import text_or_any
from editor.gui import labels
from editor.gui.fields import display_date
from editor.store.search import QuoteHit

ItemDataRole = Qt.ItemDataRole


def role_groups(hits: Sequence[QuoteHit], person_id: str) -> list[tuple[str | None,
                                                                         list[QuoteHit]]]:
    """Consecutive runs of the person's quotes (by date) that share the role at the time."""
    groups: list[tuple[str | None, list[QuoteHit]]] = []
    for hit in hits:
        role_id = next((s.role_id for s in hit.speakers if s.person_id == person_id), None)
        if groups and groups[-1][0] == role_id:
            groups[-1][1].append(hit)
        else:
            groups.append((role_id, [hit]))
    return groups


class QuoteSpeakerModel(QStandardItemModel):
    """Roles as top-level rows (title, period), the quotes said in them as children."""

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
            period = f"{display_date(quotes[0].said_on)} – {display_date(quotes[-1].said_on)}"
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
                    QStandardItem(display_date(hit.said_on)),
                    QStandardItem(" ".join(text_or_any(hit.text, language).split())),
                    QStandardItem(text_or_any(hit.item_headline, language)),
                    QStandardItem(labels.approval_state(hit.approval)),
                ]
                for cell in cells:
                    cell.setEditable(False)
                    cell.setData(hit, self.HitRole)
                    cell.setData(hit.quote_id, self.QuoteIdRole)
                    cell.setData(hit.item_id, self.ItemIdRole)
                cells[1].setToolTip(text_or_any(hit.text, language))
                group.appendRow(cells)
            self.appendRow([group, count, span])
