"""The stored people, organisations and roles an import would change; the user decides."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.store.shared import FieldDifference, SharedPolicy, shorten


class SharedRecordsDialog(QDialog):
    """Lists each differing field; :attr:`choice` is the answer (``None``: cancelled)."""

    def __init__(self, differences: list[FieldDifference], notes: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice: SharedPolicy | None = None
        self.setWindowTitle(self.tr("Import: stored records differ"))
        records = len({(d.kind, d.record_id) for d in differences})
        self.summary = QLabel(self.tr(
            "The file describes people, organisations or roles of the archive otherwise than "
            "the archive does. Other press items use these records too. Nothing has been "
            "imported yet: choose whether the stored records take the file's values or stay "
            "as they are.") + "\n" + self.tr("Records: %1 · differing fields: %2")
            .replace("%1", str(records)).replace("%2", str(len(differences))))
        self.summary.setWordWrap(True)
        self.table = QTableWidget(len(differences), 4)
        self.table.setObjectName("sharedDifferences")
        self.table.setHorizontalHeaderLabels([
            self.tr("Record"), self.tr("Field"), self.tr("In the archive"),
            self.tr("In the file")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        for row, difference in enumerate(differences):
            shown = difference.record_name or difference.record_id
            record = f"{self._kind(difference.kind)}: {shown}"
            cells = (record, self._field(difference.field),
                     shorten(difference.stored), shorten(difference.incoming))
            full = (f"{record} ({difference.record_id})", difference.field,
                    difference.stored, difference.incoming)
            for column, (text, tip) in enumerate(zip(cells, full, strict=True)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(tip)
                self.table.setItem(row, column, cell)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.notes = QLabel("\n".join(notes))
        self.notes.setWordWrap(True)
        self.notes.setVisible(bool(notes))
        self.update_stored = QPushButton(self.tr("Update stored records"))
        self.keep_stored = QPushButton(self.tr("Keep stored records"))
        self.cancel = QPushButton(self.tr("Cancel"))
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.update_stored, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.keep_stored, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notes)
        layout.addWidget(self.buttons)
        self.resize(820, 420)
        self.update_stored.clicked.connect(lambda: self._choose(SharedPolicy.UPDATE))
        self.keep_stored.clicked.connect(lambda: self._choose(SharedPolicy.KEEP))
        self.cancel.clicked.connect(lambda: self._choose(None))

    def _kind(self, kind: str) -> str:
        return {"person": self.tr("Person"), "organisation": self.tr("Organisation"),
                "role": self.tr("Role")}.get(kind, kind)

    def _field(self, field: str) -> str:
        """A field as the dialogs name it: "boilerplate.de" is "Boilerplate (German)"."""
        name, _, lang = field.partition(".")
        label = {
            "given_name": self.tr("Given name"), "family_name": self.tr("Family name"),
            "honorific": self.tr("Title"), "gender": self.tr("Gender"),
            "town": self.tr("Town"), "note": self.tr("Note"),
            "honorific_by_language": self.tr("Title"), "short_name": self.tr("Short name"),
            "name": self.tr("Name"), "boilerplate": self.tr("Boilerplate"),
            "website": self.tr("Website"), "logo": self.tr("Logo"),
            "person_id": self.tr("Person"), "organisation_id": self.tr("Organisation"),
            "title": self.tr("Role title"), "function": self.tr("Function"),
            "function_plural": self.tr("Function (plural)"),
            "valid_from": self.tr("Valid from"), "valid_until": self.tr("Valid until"),
        }.get(name, name)
        language = {"de": self.tr("German"), "en": self.tr("English")}.get(lang, lang)
        return f"{label} ({language})" if lang else label

    def _choose(self, choice: SharedPolicy | None) -> None:
        self.choice = choice
        if choice is None:
            self.reject()
        else:
            self.accept()
