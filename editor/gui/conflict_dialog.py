"""Both versions of an item saved at the same time, side by side; the user decides."""

from __future__ import annotations

import difflib
import enum
import html
from itertools import zip_longest

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from editor.core.model import LANGUAGES, BlockKind, PressItem
from editor.gui import labels

CHANGED_THEIRS = "#fde4e1"
CHANGED_MINE = "#e3f5e1"


class ConflictChoice(enum.Enum):
    KEEP_MINE = "keep_mine"
    """Overwrite the archive's version with the one in the editor."""
    TAKE_THEIRS = "take_theirs"
    """Drop the editor's changes and load the archive's version."""
    CANCEL = "cancel"


def item_lines(item: PressItem) -> list[str]:
    """The texts of an item, one line per title, block and language, for comparing.

    Lines carry no block numbers, so an inserted block does not make all later ones differ.
    """
    lines: list[str] = []
    titles = ((QCoreApplication.translate("ConflictDialog", "Kicker"), item.kicker),
              (QCoreApplication.translate("ConflictDialog", "Headline"), item.headline),
              (QCoreApplication.translate("ConflictDialog", "Subheadline"), item.subheadline))
    for name, texts in titles:
        for lang in LANGUAGES:
            if texts.get(lang):
                lines.append(f"{name} ({lang.upper()}): {texts.get(lang)}")
    quotes = {q.id: q for q in item.quotes}
    photos = {p.id: p for p in item.photos}
    for block in item.blocks:
        kind = labels.block_kind(block.kind)
        parts = [block.text]
        quote = quotes.get(block.quote_id or "")
        if block.kind == BlockKind.QUOTE and quote is not None:
            parts.insert(0, quote.text)
        photo = photos.get(block.photo_id or "")
        if block.kind == BlockKind.PHOTO and photo is not None:
            lines.append(f"{kind}: {photo.blob[:12] or '—'}")
            lines.extend(f"{kind} ({lang.upper()}): {photo.caption[lang]}"
                         for lang in LANGUAGES if photo.caption.get(lang))
        for texts in parts:
            for lang in LANGUAGES:
                if texts.get(lang):
                    lines.append(f"{kind} ({lang.upper()}): {texts.get(lang)}")
    return lines


def diff_rows(theirs: list[str], mine: list[str]) -> list[tuple[str, str, bool]]:
    """Rows of a side-by-side comparison: (their line, my line, differs)."""
    rows: list[tuple[str, str, bool]] = []
    matcher = difflib.SequenceMatcher(a=theirs, b=mine, autojunk=False)
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if tag == "equal":
            rows.extend((line, line, False) for line in theirs[a1:a2])
        else:
            rows.extend((a or "", b or "", True)
                        for a, b in zip_longest(theirs[a1:a2], mine[b1:b2]))
    return rows


class ConflictDialog(QDialog):
    """Shows the archive's version and the editor's version; :attr:`choice` is the answer."""

    def __init__(self, mine: PressItem, theirs: PressItem,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = ConflictChoice.CANCEL
        self.setWindowTitle(self.tr("Saved by someone else"))
        self.rows = diff_rows(item_lines(theirs), item_lines(mine))
        self.summary = QLabel(self.tr(
            "This item was saved elsewhere (version %1) while you edited version %2. "
            "Compare both versions and choose which one to keep; nothing is overwritten "
            "unless you say so.").replace("%1", str(theirs.version))
            .replace("%2", str(mine.version)))
        self.summary.setWordWrap(True)
        self.comparison = QTextBrowser()
        self.comparison.setObjectName("conflictComparison")
        self.comparison.setHtml(self._comparison_html(theirs.version))
        self.buttons = QDialogButtonBox()
        self.keep_mine = QPushButton(self.tr("Keep mine (overwrite)"))
        self.take_theirs = QPushButton(self.tr("Take theirs (discard mine)"))
        self.cancel = QPushButton(self.tr("Cancel"))
        self.buttons.addButton(self.keep_mine, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.take_theirs, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.addButton(self.cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.comparison, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 560)
        self.keep_mine.clicked.connect(lambda: self._choose(ConflictChoice.KEEP_MINE))
        self.take_theirs.clicked.connect(lambda: self._choose(ConflictChoice.TAKE_THEIRS))
        self.cancel.clicked.connect(lambda: self._choose(ConflictChoice.CANCEL))

    def _comparison_html(self, their_version: int) -> str:
        theirs_title = self.tr("Theirs: in the archive (version %1)").replace(
            "%1", str(their_version))
        mine_title = self.tr("Yours: in the editor, not saved")
        cells = []
        for theirs, mine, differs in self.rows:
            left = f' style="background:{CHANGED_THEIRS}"' if differs and theirs else ""
            right = f' style="background:{CHANGED_MINE}"' if differs and mine else ""
            cells.append(f"<tr><td{left}>{html.escape(theirs)}</td>"
                         f"<td{right}>{html.escape(mine)}</td></tr>")
        if not any(differs for _, _, differs in self.rows):
            same = html.escape(self.tr("The texts are the same; other details differ."))
            cells.append(f'<tr><td colspan="2"><i>{same}</i></td></tr>')
        return ('<table width="100%" cellspacing="0" cellpadding="4" border="1">'
                f'<tr><th width="50%">{html.escape(theirs_title)}</th>'
                f'<th width="50%">{html.escape(mine_title)}</th></tr>'
                + "".join(cells) + "</table>")

    def _choose(self, choice: ConflictChoice) -> None:
        self.choice = choice
        if choice == ConflictChoice.CANCEL:
            self.reject()
        else:
            self.accept()
