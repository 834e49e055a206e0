"""The People tab of the directory: search as you type, a person's details and roles."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from editor.core.errors import PressestelleError
from editor.core.model import Person, Role, text_or_any
from editor.gui import labels
from editor.gui.directory.merge_dialog import MergeDialog
from editor.gui.directory.person_dialog import PersonDialog, gender_label
from editor.gui.directory.records_model import Column, RecordTableModel
from editor.gui.directory.role_dialog import RoleDialog
from editor.gui.directory.usage_box import refuse_delete
from editor.gui.errors import show_error
from editor.services.directory import Directory, InUse, MergeUndo


def _day(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else "–"


class PeoplePage(QWidget):
    """People sorted by family name; the chosen person's details and roles over time."""

    peopleChanged = Signal()
    mergeDone = Signal(object, str)  # MergeUndo, a description for the undo stack

    def __init__(self, directory: Directory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("peoplePage")
        self._directory = directory
        self._org_names: dict[str, str] = {}
        self.search = QLineEdit()
        self.search.setObjectName("peopleSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search people as you type (ä = ae = a)…"))
        self.model: RecordTableModel[Person] = RecordTableModel(
            [Column(self.tr("Name"), lambda p: p.sort_name),
             Column(self.tr("Title"), lambda p: p.honorific)],
            tip=lambda p: p.full_name, parent=self)
        self.table = QTableView()
        self.table.setObjectName("peopleTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(False)
        self.new_person = QPushButton(self.tr("&New person…"))
        self.edit_person = QPushButton(self.tr("&Edit…"))
        self.delete_person = QPushButton(self.tr("&Delete"))
        self.merge = QPushButton(self.tr("&Merge…"))
        self.merge.setToolTip(self.tr("Select two entries of one person to merge them"))
        self.details = QLabel()
        self.details.setObjectName("personDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.roles: RecordTableModel[Role] = RecordTableModel(
            [Column(self.tr("Organisation"),
                    lambda r: self._org_names.get(r.organisation_id or "", "–")),
             Column(self.tr("Function title"),
                    lambda r: text_or_any(r.title, labels.ui_language())),
             Column(self.tr("From"), lambda r: _day(r.valid_from)),
             Column(self.tr("Until"), lambda r: _day(r.valid_until)),
             Column(self.tr("State"), self._role_state)],
            muted=lambda r: r.valid_until is not None and r.valid_until < date.today(),
            tip=lambda r: r.title.get("en", ""), parent=self)
        self.role_table = QTableView()
        self.role_table.setObjectName("roleTable")
        self.role_table.setModel(self.roles)
        self.role_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.role_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.role_table.verticalHeader().hide()
        self.role_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        self.add_role = QPushButton(self.tr("&Add role…"))
        self.edit_role = QPushButton(self.tr("Edit &role…"))
        self.end_role = QPushButton(self.tr("E&nd role…"))
        self.delete_role = QPushButton(self.tr("Delete r&ole"))
        self._build_layout()
        self._connect_signals()
        self.refresh()

    def _build_layout(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.table, 1)
        person_buttons = QGridLayout()
        person_buttons.addWidget(self.new_person, 0, 0)
        person_buttons.addWidget(self.edit_person, 0, 1)
        person_buttons.addWidget(self.delete_person, 1, 0)
        person_buttons.addWidget(self.merge, 1, 1)
        left_layout.addLayout(person_buttons)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.details)
        right_layout.addWidget(QLabel(self.tr("Roles over time:")))
        right_layout.addWidget(self.role_table, 1)
        role_buttons = QHBoxLayout()
        for button in (self.add_role, self.edit_role, self.end_role, self.delete_role):
            role_buttons.addWidget(button)
        role_buttons.addStretch(1)
        right_layout.addLayout(role_buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([330, 670])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self._on_person_chosen)
        self.table.doubleClicked.connect(self._on_edit_person)
        self.role_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.role_table.doubleClicked.connect(self._on_edit_role)
        self.new_person.clicked.connect(self._on_new_person)
        self.edit_person.clicked.connect(self._on_edit_person)
        self.delete_person.clicked.connect(self._on_delete_person)
        self.merge.clicked.connect(self._on_merge)
        self.add_role.clicked.connect(self._on_add_role)
        self.edit_role.clicked.connect(self._on_edit_role)
        self.end_role.clicked.connect(self._on_end_role)
        self.delete_role.clicked.connect(self._on_delete_role)

    # -- showing ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the people again (keeping the chosen one when still listed)."""
        chosen = self.current_person()
        self._org_names = {o.id: o.short_name for o in self._directory.organisations()}
        self.model.set_records(self._directory.people(self.search.text()))
        if chosen is not None:
            self.select_person(chosen.id)
        self._on_person_chosen()

    def select_person(self, person_id: str) -> bool:
        for row, person in enumerate(self.model.records()):
            if person.id == person_id:
                self.table.selectRow(row)
                return True
        return False

    def chosen_people(self) -> list[Person]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [p for p in (self.model.record(r) for r in rows) if p is not None]

    def current_person(self) -> Person | None:
        chosen = self.chosen_people()
        return chosen[0] if len(chosen) == 1 else None

    def current_role(self) -> Role | None:
        rows = self.role_table.selectionModel().selectedRows()
        return self.roles.record(rows[0].row()) if rows else None

    def _role_state(self, role: Role) -> str:
        today = date.today()
        if role.valid_until is not None and role.valid_until < today:
            return self.tr("ended")
        if role.valid_from is not None and role.valid_from > today:
            return self.tr("from %1").replace("%1", _day(role.valid_from))
        return self.tr("current")

    def _on_person_chosen(self) -> None:
        person = self.current_person()
        if person is None:
            count = len(self.chosen_people())
            self.details.setText(self.tr("%n people chosen: Merge… joins two entries of one "
                                         "person.", "", count) if count > 1 else
                                 self.tr("Choose a person to see their roles."))
            self.roles.set_records([])
        else:
            lines = [person.full_name, self.tr("Gender: %1").replace(
                "%1", gender_label(person.gender))]
            if person.honorific_by_language.get("en"):
                lines.append(self.tr("Title in English: %1").replace(
                    "%1", person.honorific_by_language["en"]))
            if person.note:
                lines.append(self.tr("Notes (never exported): %1").replace("%1", person.note))
            self.details.setText("\n".join(lines))
            self.roles.set_records(self._directory.roles_of(person.id))
            self.role_table.resizeColumnsToContents()
        self._update_buttons()

    def _update_buttons(self) -> None:
        one = self.current_person() is not None
        role = one and self.current_role() is not None
        self.edit_person.setEnabled(one)
        self.delete_person.setEnabled(one)
        self.merge.setEnabled(len(self.chosen_people()) == 2 or one)
        self.add_role.setEnabled(one)
        for button in (self.edit_role, self.end_role, self.delete_role):
            button.setEnabled(role)

    def _changed(self, person_id: str | None = None) -> None:
        self.refresh()
        if person_id and not self.select_person(person_id):
            self.search.clear()
            self.select_person(person_id)
        self.peopleChanged.emit()

    # -- people -------------------------------------------------------------------------

    def _on_new_person(self) -> None:
        dialog = PersonDialog(self._directory, None, "", None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.created_person():
            self._changed(dialog.created_person().id)  # type: ignore[union-attr]

    def _on_edit_person(self) -> None:
        person = self.current_person()
        if person is None:
            return
        dialog = PersonDialog(self._directory, person, "", None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._changed(person.id)

    def _on_delete_person(self) -> None:
        person = self.current_person()
        if person is None:
            return
        try:
            self._directory.delete_person(person.id)
        except InUse as exc:
            if refuse_delete(self, person.full_name, exc, offer_merge=True):
                self._merge_with_other(person)
            return
        except PressestelleError as exc:
            show_error(self, self.tr("The person could not be deleted."), exc)
            return
        self._changed()

    def _merge_with_other(self, person: Person) -> None:
        others = [p for p in self._directory.people() if p.id != person.id]
        if not others:
            return
        names = [f"{p.sort_name} ({p.id})" for p in others]
        name, ok = QInputDialog.getItem(self, self.tr("Merge with"), self.tr(
            "Which entry is the same person as %1?").replace("%1", person.full_name),
            names, 0, False)
        if ok and name in names:
            self.open_merge(person, others[names.index(name)])

    def _on_merge(self) -> None:
        chosen = self.chosen_people()
        if len(chosen) == 2:
            self.open_merge(chosen[0], chosen[1])
        elif len(chosen) == 1:
            self._merge_with_other(chosen[0])

    def open_merge(self, first: Person, second: Person) -> MergeUndo | None:
        dialog = MergeDialog(self._directory, first, second, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.undo() is None:
            return None
        keep, duplicate = dialog.chosen()
        self.mergeDone.emit(dialog.undo(), self.tr("Merge %1 into %2").replace(
            "%1", duplicate.full_name).replace("%2", keep.full_name))
        self._changed(keep.id)
        return dialog.undo()

    # -- roles --------------------------------------------------------------------------

    def _on_add_role(self) -> None:
        person = self.current_person()
        if person is not None and RoleDialog(self._directory, person, None, self).exec() \
                == QDialog.DialogCode.Accepted:
            self._changed(person.id)

    def _on_edit_role(self) -> None:
        person, role = self.current_person(), self.current_role()
        if person is not None and role is not None and RoleDialog(
                self._directory, person, role, self).exec() == QDialog.DialogCode.Accepted:
            self._changed(person.id)

    def _on_end_role(self) -> None:
        """Edit the role with its last day set to today: the user sees and confirms it."""
        person, role = self.current_person(), self.current_role()
        if person is None or role is None:
            return
        ending = dataclasses.replace(role, valid_until=role.valid_until or date.today())
        dialog = RoleDialog(self._directory, person, ending, self)
        dialog.setWindowTitle(self.tr("End role of %1").replace("%1", person.full_name))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._changed(person.id)

    def _on_delete_role(self) -> None:
        person, role = self.current_person(), self.current_role()
        if person is None or role is None:
            return
        try:
            self._directory.delete_role(role.id)
        except InUse as exc:
            refuse_delete(self, text_or_any(role.title, labels.ui_language(), role.id), exc)
            return
        except PressestelleError as exc:
            show_error(self, self.tr("The role could not be deleted."), exc)
            return
        self._changed(person.id)
