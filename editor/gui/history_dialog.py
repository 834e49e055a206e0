"""The History of one press item: its versions, what each changed, and restoring one."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.core.model import BlockKind
from editor.gui import labels
from editor.gui.errors import show_error
from editor.services.versions import Change, compare
from editor.store.history import VersionInfo

if TYPE_CHECKING:
    from editor.store.archive import Archive

REMOVED_STYLE = "background-color:#f8d0d0; color:#7a0000; text-decoration:line-through;"
TIME_FORMAT = "%d.%m.%Y %H:%M"
ADDED_STYLE = "background-color:#c8ecc8; color:#004d00; text-decoration:underline;"


def field_name(name: str) -> str:
    """A field of an item in the UI's words."""
    names = {
        "kicker": QCoreApplication.translate("HistoryDialog", "Kicker"),
        "headline": QCoreApplication.translate("HistoryDialog", "Headline"),
        "subheadline": QCoreApplication.translate("HistoryDialog", "Subheadline"),
        "kind": QCoreApplication.translate("HistoryDialog", "Kind"),
        "status": QCoreApplication.translate("HistoryDialog", "Status"),
        "issue_date": QCoreApplication.translate("HistoryDialog", "Issue date"),
        "places": QCoreApplication.translate("HistoryDialog", "Places"),
        "issuer_ids": QCoreApplication.translate("HistoryDialog", "Issuers"),
        "source_language": QCoreApplication.translate("HistoryDialog", "Source language"),
        "languages": QCoreApplication.translate("HistoryDialog", "Languages"),
        "topics": QCoreApplication.translate("HistoryDialog", "Topics"),
        "embargo": QCoreApplication.translate("HistoryDialog", "Embargo"),
        "event": QCoreApplication.translate("HistoryDialog", "Event"),
        "contacts": QCoreApplication.translate("HistoryDialog", "Press contacts"),
        "photos": QCoreApplication.translate("HistoryDialog", "Photos"),
        "internal_note": QCoreApplication.translate("HistoryDialog", "Internal note"),
        "corrected_at": QCoreApplication.translate("HistoryDialog", "Correction date"),
        "source_name": QCoreApplication.translate("HistoryDialog", "Imported from"),
        "imported_at": QCoreApplication.translate("HistoryDialog", "Imported on"),
    }
    return names.get(name, name)


def part_name(part: str) -> str:
    """What of a block or quote changed, in the UI's words."""
    names = {
        "kind": QCoreApplication.translate("HistoryDialog", "kind"),
        "quote": QCoreApplication.translate("HistoryDialog", "quote shown"),
        "photo": QCoreApplication.translate("HistoryDialog", "photo shown"),
        "place": QCoreApplication.translate("HistoryDialog", "place"),
        "speakers": QCoreApplication.translate("HistoryDialog", "speakers"),
        "verb": QCoreApplication.translate("HistoryDialog", "attribution verb"),
        "attribution": QCoreApplication.translate("HistoryDialog", "attribution"),
        "date": QCoreApplication.translate("HistoryDialog", "date"),
        "approval": QCoreApplication.translate("HistoryDialog", "approval"),
        "topics": QCoreApplication.translate("HistoryDialog", "topics"),
        "layout": QCoreApplication.translate("HistoryDialog", "layout"),
    }
    return names.get(part, part)


def language_name(code: str) -> str:
    names = {
        "de": QCoreApplication.translate("HistoryDialog", "German"),
        "en": QCoreApplication.translate("HistoryDialog", "English"),
    }
    return names.get(code, code)


def change_place(change: Change) -> str:
    """Where a change is: "Block 3 (Paragraph) · German"."""
    if change.area == "block":
        try:
            kind = labels.block_kind(BlockKind(change.name))
        except ValueError:
            kind = change.name
        where = QCoreApplication.translate("HistoryDialog", "Block %1 (%2)").replace(
            "%1", str(change.number)).replace("%2", kind)
    elif change.area == "quote":
        where = QCoreApplication.translate("HistoryDialog", "Quote %1").replace(
            "%1", str(change.number))
    else:
        where = field_name(change.name)
    if change.part != "text":
        where += ", " + part_name(change.part)
    if change.language:
        where += " · " + language_name(change.language)
    return where


def change_kind(change: Change) -> str:
    names = {
        "changed": QCoreApplication.translate("HistoryDialog", "changed"),
        "added": QCoreApplication.translate("HistoryDialog", "added"),
        "removed": QCoreApplication.translate("HistoryDialog", "removed"),
        "moved": QCoreApplication.translate("HistoryDialog", "moved"),
    }
    return names[change.what]


def changes_html(changes: list[Change]) -> str:
    """The comparison as a readable page: struck-out and inserted words marked."""
    if not changes:
        empty = QCoreApplication.translate("HistoryDialog", "No differences.")
        return f"<p><i>{html.escape(empty)}</i></p>"
    parts = []
    for change in changes:
        parts.append(f"<p style='margin-bottom:2px'><b>{html.escape(change_place(change))}"
                     f"</b> – {html.escape(change_kind(change))}</p>")
        if not change.pieces:
            continue
        runs = []
        for piece in change.pieces:
            text = html.escape(piece.text).replace("\n", "<br>")
            if piece.kind == "removed":
                runs.append(f"<span style='{REMOVED_STYLE}'>{text}</span>")
            elif piece.kind == "added":
                runs.append(f"<span style='{ADDED_STYLE}'>{text}</span>")
            else:
                runs.append(text)
        parts.append(f"<p style='margin-top:0; margin-left:12px'>{''.join(runs)}</p>")
    return "".join(parts)


class HistoryDialog(QDialog):
    """Lists the versions of an item (newest first) and compares the selected one."""

    restoreRequested = Signal(str, int)
    """(item id, version): the user confirmed restoring this version."""

    PREVIOUS, CURRENT = 0, 1

    def __init__(self, archive: Archive, item_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._archive = archive
        self._item_id = item_id
        self._versions: list[VersionInfo] = []
        self._current: int | None = None
        self.confirm: Callable[[int], bool] = self._confirm
        self.setWindowTitle(self.tr("History"))
        self.resize(980, 620)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.versions = QTreeWidget()
        self.versions.setHeaderLabels([self.tr("Version"), self.tr("Saved"), self.tr("By"),
                                       self.tr("Status"), self.tr("Published")])
        self.versions.setRootIsDecorated(False)
        self.versions.setAllColumnsShowFocus(True)
        self.compare_with = QComboBox()
        self.compare_with.addItem(self.tr("Changes made in this version"), self.PREVIOUS)
        self.compare_with.addItem(self.tr("Differences to the current version"),
                                  self.CURRENT)
        self.diff = QTextBrowser()
        self.diff.setOpenLinks(False)
        self.restore_button = QPushButton(self.tr("&Restore this version"))
        self.restore_button.setToolTip(self.tr(
            "Save this version again as the newest one; every version stays in the history"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Show:")))
        row.addWidget(self.compare_with, 1)
        right_layout.addLayout(row)
        right_layout.addWidget(self.diff, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.versions)
        splitter.addWidget(right)
        splitter.setSizes([470, 510])
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self._connect_signals()
        self.reload()

    def _connect_signals(self) -> None:
        self.versions.currentItemChanged.connect(self._on_version_changed)
        self.compare_with.currentIndexChanged.connect(self._on_version_changed)
        self.restore_button.clicked.connect(self._on_restore)

    @property
    def item_id(self) -> str:
        return self._item_id

    def reload(self) -> None:
        """Read the versions again (after a restore or someone else's save)."""
        try:
            self._versions = self._archive.versions(self._item_id)
            self._current = self._archive.stored_version(self._item_id)
        except Exception as exc:  # shown to the user with advice
            show_error(self, self.tr("The history could not be read."), exc)
            self._versions = []
        headline = self._versions[0].headline if self._versions else self._item_id
        title = self.tr("Versions of “%1”").replace("%1", headline)
        if self._versions and self._current is None:
            title += " " + self.tr("(deleted: restoring a version brings it back)")
        self.title.setText(title)
        self.versions.clear()
        for info in self._versions:
            status = labels.item_status(info.status)
            if info.version == self._current:
                status += " " + self.tr("(current)")
            published = ("" if info.published_at is None
                         else info.published_at.astimezone().strftime(TIME_FORMAT))
            row = QTreeWidgetItem([str(info.version), info.saved_at.astimezone().strftime(
                TIME_FORMAT), info.saved_by or "–", status, published])
            row.setData(0, Qt.ItemDataRole.UserRole, info.version)
            self.versions.addTopLevelItem(row)
        for column in range(4):
            self.versions.resizeColumnToContents(column)
        first = self.versions.topLevelItem(0)
        if first is not None:
            self.versions.setCurrentItem(first)
        self._on_version_changed()

    def select_version(self, version: int) -> None:
        for index in range(self.versions.topLevelItemCount()):
            row = self.versions.topLevelItem(index)
            if row is not None and row.data(0, Qt.ItemDataRole.UserRole) == version:
                self.versions.setCurrentItem(row)
                return

    def selected_version(self) -> int | None:
        row = self.versions.currentItem()
        return None if row is None else int(row.data(0, Qt.ItemDataRole.UserRole))

    def _compared(self, version: int) -> tuple[int | None, int]:
        """(older, newer) version numbers of the comparison shown for ``version``."""
        if self.compare_with.currentData() == self.CURRENT and self._current is not None:
            return version, self._current
        older = [v.version for v in self._versions if v.version < version]
        return (max(older) if older else None), version

    def _on_version_changed(self, *_: object) -> None:
        version = self.selected_version()
        self.restore_button.setEnabled(version is not None and version != self._current)
        if version is None:
            self.diff.clear()
            return
        older, newer = self._compared(version)
        try:
            new = self._archive.load_version(self._item_id, newer)
            if older is None:
                self.diff.setHtml("<p><i>" + html.escape(self.tr(
                    "The first version kept: there is nothing earlier to compare it "
                    "with.")) + "</i></p>")
                return
            old = self._archive.load_version(self._item_id, older)
        except Exception as exc:  # shown to the user with advice
            show_error(self, self.tr("The version could not be read."), exc)
            return
        if older == newer:
            self.diff.setHtml("<p><i>" + html.escape(self.tr(
                "This is the current version.")) + "</i></p>")
            return
        heading = self.tr("From version %1 to version %2").replace(
            "%1", str(older)).replace("%2", str(newer))
        self.diff.setHtml(f"<h3>{html.escape(heading)}</h3>" + changes_html(compare(old, new)))

    def _confirm(self, version: int) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Restore version"),
            self.tr("Restore version %1? It is saved as a new version; the versions in "
                    "between stay in the history.").replace("%1", str(version)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def _on_restore(self) -> None:
        version = self.selected_version()
        if version is None or version == self._current or not self.confirm(version):
            return
        self.restoreRequested.emit(self._item_id, version)
