"""Merge two entries of one person: choose the one that stays, see what moves to it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from editor.core.errors import PressestelleError
from editor.core.model import Person
from editor.gui.service_messages import worded
from editor.services.directory import Directory, MergeUndo


class MergeDialog(QDialog):
    """OK merges through the :class:`Directory`; :meth:`undo` is what takes it back."""

    def __init__(self, directory: Directory, first: Person, second: Person,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge duplicate people"))
        self._directory = directory
        self._people = (first, second)
        self._undo: MergeUndo | None = None
        intro = QLabel(self.tr("Which entry stays? The other one is removed; its quotes, "
                               "items and roles move to the one that stays."))
        intro.setWordWrap(True)
        self.keep_first = QRadioButton(_describe(first))
        self.keep_first.setObjectName("merge_keep_first")
        self.keep_second = QRadioButton(_describe(second))
        self.keep_second.setObjectName("merge_keep_second")
        self.keep_first.setChecked(True)
        self.plan = QLabel()
        self.plan.setObjectName("merge_plan")
        self.plan.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Merge"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.keep_first)
        layout.addWidget(self.keep_second)
        layout.addWidget(self.plan)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.keep_first.toggled.connect(self._show_plan)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._show_plan()

    def chosen(self) -> tuple[Person, Person]:
        """(the person that stays, the duplicate that goes)."""
        first, second = self._people
        return (first, second) if self.keep_first.isChecked() else (second, first)

    def _show_plan(self) -> None:
        keep, duplicate = self.chosen()
        try:
            plan = self._directory.merge_plan(keep.id, duplicate.id)
        except PressestelleError as exc:
            self.plan.setText(worded(exc))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        lines = [
            self.tr("%1 stays; %2 is removed.").replace("%1", keep.full_name).replace(
                "%2", duplicate.full_name),
            self.tr("%n quote(s) move", "", plan.quotes)
            + " " + self.tr("in %n item(s).", "", len(plan.items)),
            self.tr("%n role(s) move.", "", plan.roles),
            self.tr("Undo in the directory window takes the merge back."),
        ]
        self.plan.setText("\n".join(lines))

    def accept(self) -> None:
        keep, duplicate = self.chosen()
        try:
            self._undo = self._directory.merge(keep.id, duplicate.id)
        except PressestelleError as exc:
            self.plan.setText(worded(exc))
            return
        super().accept()

    def undo(self) -> MergeUndo | None:
        """What takes the merge back (None before OK)."""
        return self._undo


def _describe(person: Person) -> str:
    return f"{person.full_name}  ({person.id})"
