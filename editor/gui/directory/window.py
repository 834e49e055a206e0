"""The Directory window (Verzeichnis): people, organisations and press contacts.

Directory edits are not edits of the open item, so the window keeps its own undo stack;
a merge is undone through the :class:`MergeUndo` the service hands back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from editor.core.errors import PressestelleError
from editor.core.model import Contact, Organisation, text_or_any
from editor.gui import labels
from editor.gui.directory.contact_dialog_dir import DirectoryContactDialog
from editor.gui.directory.organisation_dialog import OrganisationDialog
from editor.gui.directory.people_page import PeoplePage
from editor.gui.directory.record_page import RecordPage
from editor.gui.directory.records_model import Column
from editor.gui.directory.usage_box import refuse_delete
from editor.gui.errors import show_error
from editor.services.directory import Directory, InUse, MergeUndo


class MergeCommand(QUndoCommand):
    """A merge already done by the service; undo takes it back, redo merges again."""

    def __init__(self, directory: Directory, undo: MergeUndo, text: str,
                 changed: Callable[[], None]) -> None:
        super().__init__(text)
        self._directory = directory
        self._undo = undo
        self._changed = changed
        self._done = True

    def undo(self) -> None:
        self._directory.undo_merge(self._undo)
        self._done = False
        self._changed()

    def redo(self) -> None:
        if self._done:  # the first redo: the dialog merged already
            return
        self._undo = self._directory.merge(self._undo.keep_id, self._undo.duplicate_id)
        self._done = True
        self._changed()


class DirectoryWindow(QWidget):
    """People with their roles, organisations and saved press contacts, in three tabs."""

    directoryChanged = Signal()

    def __init__(self, directory: Directory, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("directoryWindow")
        self.setWindowTitle(self.tr("Directory"))
        self._directory = directory
        self.undo_stack = QUndoStack(self)
        self.people = PeoplePage(directory)
        self.organisations: RecordPage[Organisation] = RecordPage(
            "organisations",
            [Column(self.tr("Short name"), lambda o: o.short_name),
             Column(self.tr("Full name"), lambda o: o.display_name(labels.ui_language())),
             Column(self.tr("Website"), lambda o: o.website)],
            directory.organisations, self._new_organisation, self._edit_organisation,
            self._delete_organisation)
        self.contacts: RecordPage[Contact] = RecordPage(
            "contacts",
            [Column(self.tr("Name"), lambda c: c.name),
             Column(self.tr("Function"), lambda c: text_or_any(c.function, labels.ui_language())),
             Column(self.tr("Phone"), lambda c: c.phone),
             Column(self.tr("E-mail"), lambda c: c.email),
             Column(self.tr("Topics"), lambda c: text_or_any(c.topics, labels.ui_language()))],
            directory.contacts, self._new_contact, self._edit_contact, self._delete_contact)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("directoryTabs")
        self.tabs.addTab(self.people, self.tr("&People"))
        self.tabs.addTab(self.organisations, self.tr("&Organisations"))
        self.tabs.addTab(self.contacts, self.tr("Press &contacts"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addActions([self.undo_action, self.redo_action])
        undo_button = QToolButton()
        undo_button.setDefaultAction(self.undo_action)
        undo_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        redo_button = QToolButton()
        redo_button.setDefaultAction(self.redo_action)
        redo_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        hint = QLabel(self.tr("Changes here are saved at once; notes are never exported."))
        hint.setObjectName("directoryHint")
        top = QHBoxLayout()
        top.addWidget(hint, 1)
        top.addWidget(undo_button)
        top.addWidget(redo_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.resize(1024, 700)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.people.peopleChanged.connect(self.directoryChanged)
        self.people.mergeDone.connect(self._on_merge_done)
        self.organisations.recordsChanged.connect(self._on_organisations_changed)
        self.contacts.recordsChanged.connect(self.directoryChanged)
        self.directoryChanged.connect(self._on_directory_changed)

    def refresh(self) -> None:
        self.people.refresh()
        self.organisations.refresh()
        self.contacts.refresh()

    def _on_directory_changed(self) -> None:
        self.people.refresh()

    def _on_organisations_changed(self) -> None:
        self.people.refresh()
        self.directoryChanged.emit()

    def _on_merge_done(self, undo: MergeUndo, text: str) -> None:
        self.undo_stack.push(MergeCommand(self._directory, undo, text,
                                            self.directoryChanged.emit))

    # -- organisations ------------------------------------------------------------------

    def _new_organisation(self) -> bool:
        dialog = OrganisationDialog(self._directory, None, self)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _edit_organisation(self, org: Organisation) -> bool:
        dialog = OrganisationDialog(self._directory, org, self)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _delete_organisation(self, org: Organisation) -> bool:
        try:
            self._directory.delete_organisation(org.id)
        except InUse as exc:
            refuse_delete(self, org.short_name, exc)
            return False
        except PressestelleError as exc:
            show_error(self, self.tr("The organisation could not be deleted."), exc)
            return False
        return True

    # -- contacts -----------------------------------------------------------------------

    def _new_contact(self) -> bool:
        return DirectoryContactDialog(self._directory, None, self).exec() \
            == QDialog.DialogCode.Accepted

    def _edit_contact(self, contact: Contact) -> bool:
        return DirectoryContactDialog(self._directory, contact, self).exec() \
            == QDialog.DialogCode.Accepted

    def _delete_contact(self, contact: Contact) -> bool:
        try:
            self._directory.delete_contact(contact.id)
        except InUse as exc:
            refuse_delete(self, contact.name, exc)
            return False
        except PressestelleError as exc:
            show_error(self, self.tr("The press contact could not be deleted."), exc)
            return False
        return True
