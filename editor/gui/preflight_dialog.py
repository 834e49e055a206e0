"""Before an export: what the checks found, each line leading to its place in the editor.

Errors stop a normal export (the button to go on is not offered); warnings can be passed
with "Export anyway". A draft for approval may go out past errors as well.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.core.findings import Finding, Severity
from editor.core.model import Bundle
from editor.gui import preflight_words


class Choice(enum.Enum):
    CANCEL = "cancel"
    EXPORT = "export"
    OPEN = "open"


class PreflightDialog(QDialog):
    """The findings of the export checks; :attr:`choice` and :attr:`chosen` after it
    closes. ``draft``: the export is a draft for approval (errors do not stop it)."""

    def __init__(self, findings: list[Finding], bundle: Bundle, *, draft: bool = False,
                 can_open: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preflight")
        self.setWindowTitle(self.tr("Check before export"))
        self.choice = Choice.CANCEL
        self.chosen: Finding | None = None
        self.findings = findings
        errors = sum(f.severity is Severity.ERROR for f in findings)
        warnings = len(findings) - errors
        self.blocked = bool(errors) and not draft
        if self.blocked:
            text = self.tr("%n error(s) must be corrected before this export.", "", errors)
            text += " " + self.tr("Double-click a line to go there, or export a draft for "
                                  "approval instead.")
        elif errors:
            text = self.tr("%n error(s) found; the draft for approval shows them marked.",
                           "", errors)
        else:
            text = self.tr("%n warning(s): check them, or export anyway.", "", warnings)
        self.message = QLabel(text)
        self.message.setObjectName("preflightSummary")
        self.message.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setObjectName("preflightList")
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(False)
        self.list.setWordWrap(True)
        self.list.setHeaderLabels([self.tr("Where"), self.tr("What")])
        headlines = {item.id: item.headline.text_or_any(item.source_language) or item.id
                     for item in bundle.items}
        several = len({f.item_id for f in findings}) > 1
        style = self.style()
        icons = {Severity.ERROR: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
                 Severity.WARNING: style.standardIcon(
                     QStyle.StandardPixmap.SP_MessageBoxWarning)}
        for found in findings:
            where = preflight_words.place(found.place, _block_number(bundle, found))
            if several:
                where = f"{_short(headlines.get(found.item_id, found.item_id))}: {where}"
            row = QTreeWidgetItem([where, preflight_words.message(found)])
            row.setIcon(0, icons[found.severity])
            row.setData(0, Qt.ItemDataRole.UserRole, found)
            row.setToolTip(1, row.text(1))
            self.list.addTopLevelItem(row)
        self.list.setColumnWidth(0, 220)
        self.detail = QLabel()
        self.detail.setObjectName("preflightDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.open_button = QPushButton(self.tr("&Go there"))
        self.open_button.setObjectName("preflightOpen")
        self.open_button.setEnabled(False)
        self.open_button.setVisible(can_open)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button: QPushButton | None = None
        if not self.blocked:
            self.export_button = self.buttons.addButton(
                self.tr("Export draft") if draft else self.tr("Export anyway"),
                QDialogButtonBox.ButtonRole.AcceptRole)
            self.export_button.setObjectName("preflightExport")
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.buttons)
        self.resize(760, 380)
        self.buttons.rejected.connect(self.reject)
        self.buttons.accepted.connect(self._on_export)
        self.open_button.clicked.connect(self._on_open)
        self.list.currentItemChanged.connect(self._on_current_changed)
        if can_open:
            self.list.itemActivated.connect(lambda _row, _column: self._on_open())
        if findings:
            self.select(0)

    def lines(self) -> list[str]:
        """Each finding as shown: "where – what"."""
        rows = [self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount())]
        return [f"{row.text(0)} – {row.text(1)}" for row in rows if row is not None]

    def select(self, index: int) -> None:
        row = self.list.topLevelItem(index)
        if row is not None:
            self.list.setCurrentItem(row)

    def _on_current_changed(self, row: QTreeWidgetItem | None) -> None:
        """The whole message of the chosen line under the list (long ones are cut short in
        the list)."""
        self.open_button.setEnabled(row is not None)
        self.detail.setText(f"{row.text(0)}: {row.text(1)}" if row is not None else "")

    def _on_open(self) -> None:
        row = self.list.currentItem()
        found = row.data(0, Qt.ItemDataRole.UserRole) if row is not None else None
        if found is None:
            return
        self.choice, self.chosen = Choice.OPEN, found
        self.accept()

    def _on_export(self) -> None:
        self.choice = Choice.EXPORT
        self.accept()


def _block_number(bundle: Bundle, found: Finding) -> int | None:
    if not found.place.block_id:
        return None
    for item in bundle.items:
        if item.id == found.item_id:
            for number, block in enumerate(item.blocks, start=1):
                if block.id == found.place.block_id:
                    return number
    return None


def _short(text: str, limit: int = 40) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit - 1].rstrip() + "…"
