"""The window's approval round through Word: export the open item, import the answer."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QDialog, QFileDialog

from editor.core.model import PressItem
from editor.gui import labels
from editor.gui.approval_round_dialog import ApprovalRoundDialog
from editor.gui.errors import show_error
from editor.render.export import name_word, slugify
from editor.services import approval
from editor.services.approval_round import (
    apply_changes,
    approve_round_quotes,
    export_for_approval,
    read_round,
)

if TYPE_CHECKING:
    from editor.gui.document import ItemDocument
    from editor.gui.main_window import MainWindow

_CONTENT = ("kicker", "headline", "subheadline", "blocks", "quotes")


class ApplyRoundCommand(QUndoCommand):
    """The accepted changes of a round (and its approvals) as one undoable step."""

    def __init__(self, doc: ItemDocument, changed: PressItem) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Accept approval round"))
        self._doc = doc
        self._before = {name: copy.deepcopy(getattr(doc.item, name)) for name in _CONTENT}
        self._after = {name: copy.deepcopy(getattr(changed, name)) for name in _CONTENT}

    def _apply(self, state: dict[str, object]) -> None:
        for name, value in state.items():
            setattr(self._doc.item, name, copy.deepcopy(value))
        for name in ("kicker", "headline", "subheadline"):
            self._doc.notify_field(name)
        self._doc.notify_blocks()

    def redo(self) -> None:
        self._apply(self._after)

    def undo(self) -> None:
        self._apply(self._before)


def approval_file_name(item: PressItem, language: str) -> str:
    """The offered name of the file for approval, in the UI's language and ASCII only:
    "2021-03-15-smart-country-freigabe.docx" / "…-approval.docx"."""
    stem = slugify(item.id, fallback=name_word("release", language))
    return f"{stem}-{name_word('approval', language)}.docx"


def export_for_approval_from_window(window: MainWindow) -> Path | None:
    doc = window.document
    if doc is None:
        return None
    name, _filter = QFileDialog.getSaveFileName(
        window, QCoreApplication.translate("ApprovalRound", "Export for approval"),
        approval_file_name(doc.item, labels.ui_language()),
        QCoreApplication.translate("ApprovalRound", "Word files (*.docx)"))
    if not name:
        return None
    path = Path(name if name.lower().endswith(".docx") else name + ".docx")
    try:
        export_for_approval(doc.bundle(), doc.item.id, path)
    except Exception as exc:  # shown to the user with advice
        show_error(window, QCoreApplication.translate(
            "ApprovalRound", "The file for approval could not be written."), exc)
        return None
    window.statusBar().showMessage(QCoreApplication.translate(
        "ApprovalRound", "Written for approval: %1").replace("%1", str(path)), 5000)
    return path


def import_round_from_window(window: MainWindow, path: Path | None = None) -> bool:
    """Read a returned file, let the user choose, apply to the open item and save it."""
    doc = window.document
    if doc is None:
        return False
    if path is None:
        name, _filter = QFileDialog.getOpenFileName(
            window, QCoreApplication.translate("ApprovalRound", "Import approval round"), "",
            QCoreApplication.translate("ApprovalRound", "Word files (*.docx)"))
        if not name:
            return False
        path = Path(name)
    try:
        round_ = read_round(doc.item, path)
    except Exception as exc:  # shown to the user with advice
        show_error(window, QCoreApplication.translate(
            "ApprovalRound", "The returned file could not be read."), exc)
        return False
    user = approval.current_user(window.context.archive, window.context.data_dir)
    dialog = ApprovalRoundDialog(round_, doc.item, parent=window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    return apply_round(window, doc, round_, dialog.accepted_numbers(),
                       dialog.approver_name(), user)


def apply_round(window: MainWindow, doc: ItemDocument, round_: object, numbers: list[int],
                by: str, user: str) -> bool:
    from editor.services.approval_round import ApprovalRound

    assert isinstance(round_, ApprovalRound)
    changed = copy.deepcopy(doc.item)
    try:
        apply_changes(changed, round_, numbers)
        if by:
            approve_round_quotes(changed, round_, by, user)
    except Exception as exc:  # shown to the user with advice
        show_error(window, QCoreApplication.translate(
            "ApprovalRound", "The approval round could not be applied."), exc)
        return False
    doc.undo_stack.push(ApplyRoundCommand(doc, changed))
    return window.save()
