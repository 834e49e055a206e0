"""Shows what the other side changed and commented in a returned Word file; the user
ticks the changes to accept and may approve the round's quotes in the same step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
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

from editor.core.model import PressItem
from editor.services.approval_round import (
    ARCHIVE_CHANGED,
    DIFFERS,
    ApprovalRound,
    BlockNumbers,
    Change,
    RoundComment,
    word_diff,
)


def _short(text: str, limit: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class _Places:
    """Names of the places of an item a user recognises: "Headline", "Block 3"."""

    def __init__(self, item: PressItem) -> None:
        self.numbers = BlockNumbers(item)

    def name(self, field: str, record_id: str, lang: str) -> str:
        if field == "kicker":
            where = QCoreApplication.translate("ApprovalRoundDialog", "Kicker")
        elif field == "headline":
            where = QCoreApplication.translate("ApprovalRoundDialog", "Headline")
        elif field == "subheadline":
            where = QCoreApplication.translate("ApprovalRoundDialog", "Subheadline")
        elif field == "quote":
            where = QCoreApplication.translate("ApprovalRoundDialog", "Quote in block %1").replace(
                "%1", self.numbers.quote(record_id))
        elif field == "block":
            where = QCoreApplication.translate("ApprovalRoundDialog", "Block %1").replace(
                "%1", self.numbers.block(record_id))
        else:
            where = QCoreApplication.translate("ApprovalRoundDialog", "The document")
        return f"{where} ({lang.upper()})" if lang else where

    def after(self, block_id: str) -> str:
        if not block_id:
            return QCoreApplication.translate("ApprovalRoundDialog", "the beginning")
        return QCoreApplication.translate("ApprovalRoundDialog", "block %1").replace(
            "%1", self.numbers.block(block_id))


def change_text(change: Change, places: _Places) -> str:
    """One change in the user's language."""
    where = places.name(change.field, change.record_id, change.lang)
    if change.kind == "text":
        text = QCoreApplication.translate(
            "ApprovalRoundDialog", "%1: %2")
        text = text.replace("%1", where).replace("%2", word_diff(change.old, change.new))
    elif change.kind == "split":
        text = QCoreApplication.translate(
            "ApprovalRoundDialog", "%1 split into %2 paragraphs: %3")
        parts = " | ".join(f"„{_short(p, 40)}“" for p in change.parts)
        text = text.replace("%1", where).replace("%2", str(len(change.parts)))
        text = text.replace("%3", parts)
    elif change.kind == "remove":
        text = QCoreApplication.translate(
            "ApprovalRoundDialog", "%1 removed: „%2“")
        text = text.replace("%1", where).replace("%2", _short(change.old))
    elif change.kind == "insert":
        text = QCoreApplication.translate(
            "ApprovalRoundDialog", "New paragraph (%1) after %2: „%3“")
        text = text.replace("%1", change.lang.upper())
        text = text.replace("%2", places.after(change.after_block))
        text = text.replace("%3", _short(change.new))
    else:
        text = QCoreApplication.translate(
            "ApprovalRoundDialog", "%1 moved after %2")
        text = text.replace("%1", places.name("block", change.record_id, ""))
        text = text.replace("%2", places.after(change.after_block))
    if change.authors:
        text += " — " + ", ".join(change.authors)
    if change.note == ARCHIVE_CHANGED:
        text += QCoreApplication.translate(
            "ApprovalRoundDialog",
            " (changed in the archive since the export; accepting replaces that)")
    elif change.note == DIFFERS:
        text += QCoreApplication.translate("ApprovalRoundDialog", " (differs from the archive)")
    return f"{change.number}. {text}"


def comment_text(comment: RoundComment, places: _Places) -> str:
    author = comment.author or QCoreApplication.translate("ApprovalRoundDialog", "Unknown")
    where = places.name(comment.field, comment.record_id, comment.lang)
    words = " ".join(comment.text.split())
    if comment.quoted:
        text = QCoreApplication.translate("ApprovalRoundDialog", "%1 on %2 („%3“): %4")
        text = text.replace("%1", author).replace("%2", where)
        return text.replace("%3", _short(comment.quoted, 50)).replace("%4", words)
    text = QCoreApplication.translate("ApprovalRoundDialog", "%1 on %2: %3")
    return text.replace("%1", author).replace("%2", where).replace("%3", words)


class ApprovalRoundDialog(QDialog):
    """One returned file: its changes (ticked to accept), comments, quote approval."""

    def __init__(self, round_: ApprovalRound, item: PressItem, name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.round = round_
        places = _Places(item)
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
            entry = QListWidgetItem(change_text(change, places))
            entry.setData(Qt.ItemDataRole.UserRole, change.number)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked)
            self.changes.addItem(entry)
        if not round_.changes:
            self.changes.addItem(self.tr("No changes to the texts."))
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("roundDetail")
        self.detail.setReadOnly(True)
        self.detail.setPlaceholderText(self.tr("Choose a change to see the whole text before "
                                               "and after it."))
        self.all_button = QPushButton(self.tr("Accept &all"))
        self.none_button = QPushButton(self.tr("Re&ject all"))
        self.comments = QPlainTextEdit()
        self.comments.setObjectName("roundComments")
        self.comments.setReadOnly(True)
        lines = [comment_text(c, places) for c in round_.comments]
        lines += [self.tr("Not taken (quotation marks and attributions are written by "
                          "the application): %1").replace("%1", x) for x in round_.outside]
        count, first = round_.invisible
        if count:
            lines.append(self.tr("Removed %1 invisible direction or format characters (the "
                                 "first: %2) from the file's texts.")
                         .replace("%1", str(count)).replace("%2", f"U+{ord(first):04X}"))
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
        layout.addWidget(self.detail, 2)
        layout.addWidget(QLabel(self.tr("Comments:")))
        layout.addWidget(self.comments, 1)
        layout.addLayout(approve_row)
        layout.addWidget(self.buttons)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.all_button.clicked.connect(lambda: self._tick(Qt.CheckState.Checked))
        self.none_button.clicked.connect(lambda: self._tick(Qt.CheckState.Unchecked))
        self.changes.currentRowChanged.connect(self._on_current_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _on_current_changed(self, row: int) -> None:
        entry = self.changes.item(row) if row >= 0 else None
        number = entry.data(Qt.ItemDataRole.UserRole) if entry is not None else None
        change = next((c for c in self.round.changes if c.number == number), None)
        if change is None:
            self.detail.clear()
            return
        after = "\n\n".join(change.parts) if change.kind == "split" else change.new
        self.detail.setPlainText(
            self.tr("Before:") + "\n" + (change.old or "–") + "\n\n" + self.tr("After:")
            + "\n" + (after or "–"))

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
