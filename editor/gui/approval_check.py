"""Before an export: list the quotes that are not approved, per language, in the UI's words;
offer to open one, to export anyway, or (by setting) refuse."""

from __future__ import annotations

import enum
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.core.model import Bundle
from editor.gui import labels
from editor.services.approval import UnapprovedQuote
from editor.services.exporting import unapproved_by_language

OpenQuote = Callable[[str, str], object]
"""Opens item ``item_id`` in the editor and makes block ``block_id`` current."""


class Choice(enum.Enum):
    CANCEL = "cancel"
    EXPORT = "export"
    OPEN = "open"


def report_by_language(bundle: Bundle, item_ids: list[str], languages: list[str] | None = None,
                       ) -> dict[str, list[UnapprovedQuote]]:
    """The unapproved quotes of the export of ``item_ids`` in ``languages`` (``None``: every
    language of the items), per language."""
    return unapproved_by_language(bundle, item_ids, languages)


def describe(quote: UnapprovedQuote) -> str:
    """"Speaker: status – excerpt" in the UI's words."""
    who = quote.speakers or QCoreApplication.translate("UnapprovedQuotesDialog", "(no speaker)")
    line = f"{who}: {labels.approval_status(quote.status)}"
    return f"{line} – {quote.excerpt}" if quote.excerpt else line


class UnapprovedQuotesDialog(QDialog):
    """The list of unapproved quotes; :attr:`choice` and :attr:`chosen` after it closes."""

    def __init__(self, report: dict[str, list[UnapprovedQuote]], only_approved: bool,
                 can_open: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unapprovedQuotes")
        self.setWindowTitle(self.tr("Quotes not approved"))
        self.choice = Choice.CANCEL
        self.chosen: UnapprovedQuote | None = None
        count = len({(q.item_id, q.quote_id) for quotes in report.values() for q in quotes})
        if only_approved:
            text = self.tr("%n quote(s) in this export are not approved, and only approved "
                           "quotes may be exported (see Settings).", "", count)
        else:
            text = self.tr("%n quote(s) in this export are not approved yet.", "", count)
        self.message = QLabel(text)
        self.message.setWordWrap(True)
        self.quotes = QListWidget()
        self.quotes.setObjectName("unapprovedList")
        # long excerpts wrap instead of running out of the window behind a scroll bar
        self.quotes.setWordWrap(True)
        self.quotes.setResizeMode(QListView.ResizeMode.Adjust)
        self.quotes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for lang, quotes in report.items():
            heading = QListWidgetItem(labels.language(lang))
            heading.setFlags(Qt.ItemFlag.NoItemFlags)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            self.quotes.addItem(heading)
            for quote in quotes:
                entry = QListWidgetItem(describe(quote))  # no leading blanks: wrapped lines align
                entry.setData(Qt.ItemDataRole.UserRole, quote)
                entry.setToolTip(self.tr("Double-click to open the quote"))
                self.quotes.addItem(entry)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.open_button = QPushButton(self.tr("Open quote"))
        self.open_button.setObjectName("openUnapproved")
        self.open_button.setEnabled(False)
        self.open_button.setVisible(can_open)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button: QPushButton | None = None
        if not only_approved:
            self.export_button = self.buttons.addButton(
                self.tr("Export anyway"), QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.quotes, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 320)
        self.buttons.rejected.connect(self.reject)
        self.buttons.accepted.connect(self._on_export)
        self.open_button.clicked.connect(self._on_open)
        self.quotes.currentItemChanged.connect(self._on_current_changed)
        if can_open:
            self.quotes.itemDoubleClicked.connect(lambda _entry: self._on_open())

    def lines(self) -> list[str]:
        """The entries as shown (headings included), for a quick look."""
        return [self.quotes.item(row).text().strip() for row in range(self.quotes.count())]

    def select(self, quote_id: str) -> None:
        for row in range(self.quotes.count()):
            quote = self.quotes.item(row).data(Qt.ItemDataRole.UserRole)
            if quote is not None and quote.quote_id == quote_id:
                self.quotes.setCurrentRow(row)
                return

    def _on_current_changed(self, entry: QListWidgetItem | None) -> None:
        self.open_button.setEnabled(
            entry is not None and entry.data(Qt.ItemDataRole.UserRole) is not None)

    def _on_open(self) -> None:
        entry = self.quotes.currentItem()
        quote = entry.data(Qt.ItemDataRole.UserRole) if entry is not None else None
        if quote is None:
            return
        self.choice, self.chosen = Choice.OPEN, quote
        self.accept()

    def _on_export(self) -> None:
        self.choice = Choice.EXPORT
        self.accept()


def confirm_unapproved(parent: QWidget, bundle: Bundle, item_ids: list[str],
                       only_approved: bool, open_quote: OpenQuote | None = None,
                       languages: list[str] | None = None) -> bool:
    """True when the export may go on: every quote approved, or the user said so.

    Only the quotes in ``languages`` (the export's; ``None``: the items' own) are listed.

    With ``only_approved`` (the setting) unapproved quotes stop the export. When the user
    asks to open a quote, the export stops and ``open_quote`` shows it.
    """
    report = report_by_language(bundle, item_ids, languages)
    if not report:
        return True
    dialog = UnapprovedQuotesDialog(report, only_approved, open_quote is not None, parent)
    dialog.exec()
    if dialog.choice == Choice.OPEN and dialog.chosen is not None and open_quote is not None:
        open_quote(dialog.chosen.item_id, dialog.chosen.block_id)
        return False
    return dialog.choice == Choice.EXPORT and not only_approved
