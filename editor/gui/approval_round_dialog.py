"""Shows what the other side changed and commented in a returned Word file; the user
ticks the changes to accept and may approve the round's quotes in the same step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.services.approval_round import ApprovalRound


class ApprovalRoundDialog(QDialog):
    """One returned file: its changes (ticked to accept), comments, quote approval."""

    def __init__(self, round_: ApprovalRound, name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.round = round_
        self.setWindowTitle(self.tr("Import approval round"))
        self.resize(820, 560)
        if round_.aligned:
            intro = self.tr("%1 was not exported for approval by Pressestelle: its "
                            "paragraphs were matched with the item's texts by their "
                            "words.").replace("%1", round_.file)
        else:
            intro = self.tr("Changes and comments in %1. Tick the changes to accept into "
                            "the item; the others are rejected.").replace("%1", round_.file)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.changes = QListWidget()
        self.changes.setObjectName("roundChanges")
        self.changes.setWordWrap(True)
        for change in round_.changes:
            entry = QListWidgetItem(change.describe())
            entry.setData(Qt.ItemDataRole.UserRole, change.number)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked)
            self.changes.addItem(entry)
        if not round_.changes:
            self.changes.addItem(self.tr("No changes to the texts."))
        self.all_button = QPushButton(self.tr("Accept &all"))
        self.none_button = QPushButton(self.tr("Re&ject all"))
        self.comments = QPlainTextEdit()
        self.comments.setObjectName("roundComments")
        self.comments.setReadOnly(True)
        lines = [c.describe() for c in round_.comments]
        lines += [self.tr("Not taken (quotation marks and attributions are written by "
                          "the application): %1").replace("%1", x) for x in round_.outside]
        self.comments.setPlainText("\n".join(lines) or self.tr("No comments."))
        self.approve = QCheckBox(self.tr("&Mark the %n quote(s) of this round approved by:",
                                         "", len(round_.quote_ids)))
        self.approve.setObjectName("roundApprove")
        self.approve.setEnabled(bool(round_.quote_ids))
        self.approver = QLineEdit(name)
        self.approver.setObjectName("roundApprover")
        self.approver.setPlaceholderText(self.tr("e.g. Pressestelle MWAE, Frau Schulz"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Apply and &save"))
        picks = QHBoxLayout()
        picks.addWidget(self.all_button)
        picks.addWidget(self.none_button)
        picks.addStretch(1)
        approve_row = QHBoxLayout()
        approve_row.addWidget(self.approve)
        approve_row.addWidget(self.approver, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(QLabel(self.tr("Changes:")))
        layout.addWidget(self.changes, 3)
        layout.addLayout(picks)
        layout.addWidget(QLabel(self.tr("Comments:")))
        layout.addWidget(self.comments, 1)
        layout.addLayout(approve_row)
        layout.addWidget(self.buttons)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.all_button.clicked.connect(lambda: self._tick(Qt.CheckState.Checked))
        self.none_button.clicked.connect(lambda: self._tick(Qt.CheckState.Unchecked))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _tick(self, state: Qt.CheckState) -> None:
        for row in range(self.changes.count()):
            entry = self.changes.item(row)
            if entry.data(Qt.ItemDataRole.UserRole) is not None:
                entry.setCheckState(state)

    def accepted_numbers(self) -> list[int]:
        found = []
        for row in range(self.changes.count()):
            entry = self.changes.item(row)
            number = entry.data(Qt.ItemDataRole.UserRole)
            if number is not None and entry.checkState() == Qt.CheckState.Checked:
                found.append(int(number))
        return found

    def approver_name(self) -> str:
        """Who approved the round's quotes; "" when they are not to be approved."""
        return self.approver.text().strip() if self.approve.isChecked() else ""
