"""The item's facts: kind, status, date, places, issuers, embargo, topics, attendance of the
event, internal note."""

from __future__ import annotations

import copy
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from editor.core.model import (
    ALLOWED_STATUS_CHANGES,
    LANGUAGES,
    MAX_PARTICIPANTS,
    Attendance,
    Embargo,
    Event,
    ItemKind,
    ItemStatus,
    Organisation,
)
from editor.gui import labels
from editor.gui.commands import SetFieldCommand
from editor.gui.contact_list import ContactList
from editor.gui.date_field import DateField
from editor.gui.document import ItemDocument
from editor.gui.fields import LineField, TextField, display_date
from editor.services.directory import Directory

TIME_ZONES = ("Europe/Berlin", "Europe/Vienna", "Europe/Zurich", "Europe/London", "UTC",
              "America/New_York")
PLACE_SEPARATOR = "/"
DEFAULT_EMBARGO_HOUR = 10
"""An embargo ends at 10:00 on the issue date unless the user says otherwise."""


def _now() -> datetime:
    """The present moment (aware); one place for tests to move the clock."""
    return datetime.now(UTC)


def default_embargo_end(issue_date: date | None, timezone: str,
                        now: datetime | None = None) -> datetime:
    """Where a new embargo starts out: 10:00 on the issue date, but never in the past.

    When that moment has gone by (an item dated today after ten, or yesterday), the next
    10:00 still to come is taken. Wall-clock time in ``timezone``, as :class:`Embargo`
    keeps it.
    """
    moment = (now or _now()).astimezone(UTC)
    day = issue_date or moment.date()
    while True:
        until = datetime.combine(day, time(DEFAULT_EMBARGO_HOUR))
        if Embargo(until=until, timezone=timezone).in_force(moment):
            return until
        day = max(day + timedelta(days=1), moment.date() - timedelta(days=1))


class MetadataForm(QWidget):
    """Edits the item's metadata through the undo stack."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc: ItemDocument | None = None
        self.kind = QComboBox()
        for kind in ItemKind:
            self.kind.addItem(labels.item_kind(kind), kind.value)
        self.status = QComboBox()
        self.issue_date = DateField(allow_empty=True)
        self.issue_date.setObjectName("issueDate")
        self.language_boxes = {lang: QCheckBox(labels.language(lang)) for lang in LANGUAGES}
        self.source_language = QComboBox()
        for lang in LANGUAGES:
            self.source_language.addItem(labels.language(lang), lang)
        self.places = LineField()
        self.places.setPlaceholderText(self.tr("e.g. Potsdam/Magdeburg"))
        self.issuers = QListWidget()
        self.issuers.setMaximumHeight(130)
        # Long names wrap: in one line "MW – Ministerium für Wirtschaft, Wissenschaft und
        # Digitalisierung des Landes Sachsen-Anhalt" ran out of the list.
        self.issuers.setWordWrap(True)
        self.create_organisation = QPushButton(self.tr("Create organisation…"))
        self.create_organisation.setObjectName("createOrganisation")
        self.create_organisation.setToolTip(self.tr(
            "Add a new organisation to the archive and mark it as an issuer"))
        self.create_organisation.hide()
        self._directory: Directory | None = None
        self.topics = LineField()
        self.topics.setPlaceholderText(
            self.tr("Comma-separated, e.g. Smart Country, Strukturwandel"))
        self.embargo = QGroupBox(self.tr("Embargo"))
        self.embargo.setCheckable(True)
        self.embargo_day = DateField()
        self.embargo_day.setObjectName("embargoDay")
        self.embargo_time = QTimeEdit()
        self.embargo_time.setDisplayFormat("HH:mm")
        self.embargo_warning = QLabel()
        self.embargo_warning.setObjectName("embargoWarning")
        self.embargo_warning.setWordWrap(True)
        self.embargo_warning.setStyleSheet("color: #8a5300;")
        self.embargo_warning.hide()
        self.embargo_zone = QComboBox()
        self.embargo_zone.setEditable(True)
        self.embargo_zone.addItems(TIME_ZONES)
        self.event_box = QGroupBox(self.tr("Event"))
        self.attendance = QComboBox()
        self.attendance.setObjectName("attendance")
        for value, text in ((Attendance.EXACT, self.tr("exactly")),
                            (Attendance.ABOUT, self.tr("about")),
                            (Attendance.MORE_THAN, self.tr("more than")),
                            (Attendance.UP_TO, self.tr("up to"))):
            self.attendance.addItem(text, value.value)
        self.participants = QSpinBox()
        self.participants.setObjectName("participants")
        self.participants.setRange(0, MAX_PARTICIPANTS)
        self.participants.setGroupSeparatorShown(True)
        self.participants.setSpecialValueText(self.tr("not known"))
        self.participants.setToolTip(self.tr(
            "How many took part; choose “about” or “more than” for an estimate"))
        self.contact_list = ContactList()
        self.internal_note = TextField()
        self.internal_note.setObjectName("internalNote")
        self.internal_note.setPlaceholderText(self.tr("Notes for the press office only"))
        self.internal_note.setStyleSheet("QPlainTextEdit#internalNote { background: #fdf3e7; }")
        self.provenance = QLabel()
        self.provenance.setObjectName("provenance")
        self.provenance.setTextFormat(Qt.TextFormat.PlainText)
        self.provenance.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.provenance.setWordWrap(True)
        self._build_layout()
        self._connect_signals()
        self.set_document(None)

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("S&tatus:"), self.status)
        form.addRow(self.tr("Issue &date:"), self.issue_date)
        form.addRow(self.tr("Source:"), self.provenance)
        self._form = form
        languages = QHBoxLayout()
        for box in self.language_boxes.values():
            languages.addWidget(box)
        languages.addSpacing(12)
        languages.addWidget(QLabel(self.tr("Written first in:")))
        languages.addWidget(self.source_language)
        languages.addStretch(1)
        form.addRow(self.tr("Languages:"), languages)
        form.addRow(self.tr("&Places:"), self.places)
        issuers = QVBoxLayout()
        issuers.addWidget(self.issuers)
        issuers.addWidget(self.create_organisation, 0, Qt.AlignmentFlag.AlignLeft)
        form.addRow(self.tr("Issued by:"), issuers)
        form.addRow(self.tr("T&opics:"), self.topics)
        form.addRow(self.tr("Press contacts:"), self.contact_list)
        embargo_box = QVBoxLayout(self.embargo)
        embargo = QHBoxLayout()
        embargo.addWidget(QLabel(self.tr("Not before:")))
        embargo.addWidget(self.embargo_day, 2)
        embargo.addWidget(self.embargo_time)
        embargo.addWidget(QLabel(self.tr("Time zone:")))
        embargo.addWidget(self.embargo_zone, 1)
        embargo_box.addLayout(embargo)
        embargo_box.addWidget(self.embargo_warning)
        event = QHBoxLayout(self.event_box)
        event.addWidget(QLabel(self.tr("Participants:")))
        event.addWidget(self.attendance)
        event.addWidget(self.participants, 1)
        internal = QGroupBox(self.tr("Internal – never exported"))
        internal.setObjectName("internalGroup")
        internal.setStyleSheet("QGroupBox#internalGroup { color: #9a3412; font-weight: bold; }")
        note = QVBoxLayout(internal)
        note.addWidget(self.internal_note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.embargo)
        layout.addWidget(self.event_box)
        layout.addWidget(internal, 1)

    def _connect_signals(self) -> None:
        self.kind.activated.connect(self._on_kind_activated)
        self.status.activated.connect(self._on_status_activated)
        self.issue_date.dateEdited.connect(self._on_issue_date_changed)
        for box in self.language_boxes.values():
            box.clicked.connect(self._on_languages_clicked)
        self.source_language.activated.connect(self._on_source_language_activated)
        self.places.textEdited.connect(self._on_places_edited)
        self.topics.textEdited.connect(self._on_topics_edited)
        self.issuers.itemChanged.connect(self._on_issuer_changed)
        self.create_organisation.clicked.connect(self._on_create_organisation)
        self.embargo.toggled.connect(self._on_embargo_changed)
        self.embargo_day.dateEdited.connect(self._on_embargo_changed)
        self.embargo_time.timeChanged.connect(self._on_embargo_changed)
        self.embargo_zone.currentTextChanged.connect(self._on_embargo_changed)
        self.internal_note.textChanged.connect(self._on_note_changed)
        self.attendance.activated.connect(self._on_attendance_changed)
        self.participants.valueChanged.connect(self._on_attendance_changed)

    def set_directory(self, directory: Directory | None) -> None:
        """Offer every organisation of ``directory`` as issuer, and create new ones there."""
        self._directory = directory
        self.create_organisation.setVisible(directory is not None)
        self.contact_list.set_directory(directory)
        if self._doc is not None:
            self._fill_issuers()

    def set_document(self, doc: ItemDocument | None) -> None:
        if self._doc is not None:
            self._doc.fieldChanged.disconnect(self._on_doc_field_changed)
        self._doc = doc
        if doc is not None:
            doc.fieldChanged.connect(self._on_doc_field_changed)
        self.setEnabled(doc is not None)
        self.contact_list.set_document(doc)
        self._refresh()

    def _push(self, name: str, value: Any, merge: bool = False) -> None:
        if self._doc is not None and getattr(self._doc.item, name) != value:
            self._doc.undo_stack.push(SetFieldCommand(self._doc, name, value, merge))

    def refresh_issuers(self) -> None:
        """List the archive's organisations again: one may have been created elsewhere
        (with a new speaker's role, or in the directory)."""
        self._refresh("issuer_ids")

    # Showing the item
    def _refresh(self, name: str | None = None) -> None:
        doc = self._doc
        if doc is None:
            return
        item = doc.item
        blockers = [QSignalBlocker(w) for w in (
            self.kind, self.status, self.issue_date, self.source_language, self.issuers,
            self.embargo, self.embargo_day, self.embargo_time, self.embargo_zone,
            self.internal_note,
            self.attendance, self.participants,
            *self.language_boxes.values())]
        if name in (None, "kind"):
            self.kind.setCurrentIndex(self.kind.findData(item.kind.value))
        if name in (None, "status"):
            self.status.clear()
            allowed = [item.status, *sorted(ALLOWED_STATUS_CHANGES[item.status] - {item.status},
                                            key=list(ItemStatus).index)]
            for status in allowed:
                self.status.addItem(labels.item_status(status), status.value)
            self.status.setCurrentIndex(0)
        if name in (None, "issue_date"):
            self.issue_date.set_date(item.issue_date)
            if item.embargo is None:
                self._show_embargo(None)  # the default follows the issue date
            self._show_embargo_warning()
        if name in (None, "languages", "source_language"):
            for lang, box in self.language_boxes.items():
                box.setChecked(lang in item.languages)
                box.setEnabled(lang != item.source_language)
            self.source_language.setCurrentIndex(
                self.source_language.findData(item.source_language))
        if name in (None, "places"):
            self.places.set_text_keeping_cursor(PLACE_SEPARATOR.join(item.places))
        shown_topics = [t.strip() for t in self.topics.text().split(",") if t.strip()]
        if name in (None, "topics") and shown_topics != item.topics:
            self.topics.setText(", ".join(item.topics))
        if name in (None, "issuer_ids"):
            self._fill_issuers()
        if name in (None, "embargo"):
            self._show_embargo(item.embargo)
        if name in (None, "event"):
            event = item.event
            self.participants.setValue(min(max(event.participants or 0, 0), MAX_PARTICIPANTS)
                                       if event else 0)
            self.attendance.setCurrentIndex(max(self.attendance.findData(
                (event.attendance if event else Attendance.EXACT).value), 0))
            self._show_attendance()
        if name in (None, "kind", "event"):
            # Participants belong to event reports; a release shows the box only when it
            # holds such figures (they are exported), so nothing printed is out of sight.
            has_figures = item.event is not None and item.event.participants is not None
            self.event_box.setVisible(item.kind is ItemKind.EVENT_REPORT or has_figures)
        if name == "contacts":
            self.contact_list.refresh()
        if name in (None, "internal_note"):
            self.internal_note.set_text_keeping_cursor(item.internal_note)
        if name in (None, "source_name", "imported_at"):
            self._show_provenance(item.source_name, item.imported_at)
        del blockers

    def _show_provenance(self, source_name: str, imported_at: datetime | None) -> None:
        """The read-only line saying which file an imported item came from, and when."""
        self._form.setRowVisible(self.provenance, bool(source_name))
        if not source_name:
            self.provenance.clear()
        elif imported_at is None:
            self.provenance.setText(self.tr("Imported from %1").replace("%1", source_name))
        else:
            self.provenance.setText(self.tr("Imported from %1 on %2").replace(
                "%2", display_date(imported_at.astimezone().date())).replace("%1", source_name))

    def _fill_issuers(self) -> None:
        assert self._doc is not None
        self.issuers.clear()
        chosen = self._doc.item.issuer_ids
        known = {o.id for o in self._doc.organisations}
        if self._directory is not None:  # every organisation of the archive, also new ones
            fresh = [o for o in self._directory.organisations() if o.id not in known]
            self._doc.organisations.extend(fresh)
            known.update(o.id for o in fresh)
        organisations = sorted(self._doc.organisations,
                               key=lambda o: (o.id not in chosen, o.short_name.casefold()))
        for org in organisations:
            entry = QListWidgetItem(f"{org.short_name} – {org.display_name('de')}")
            entry.setToolTip(entry.text())
            entry.setData(Qt.ItemDataRole.UserRole, org.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = org.id in chosen
            entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.issuers.addItem(entry)
        for org_id in chosen:
            if org_id not in known:
                entry = QListWidgetItem(org_id)
                entry.setData(Qt.ItemDataRole.UserRole, org_id)
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                entry.setCheckState(Qt.CheckState.Checked)
                self.issuers.addItem(entry)

    def _on_create_organisation(self) -> None:
        """Create an organisation in the archive and make it an issuer (one undo step)."""
        if self._doc is None or self._directory is None:
            return
        org = self.ask_new_organisation(self._directory)
        if org is None:
            return
        if all(o.id != org.id for o in self._doc.organisations):
            self._doc.organisations.append(org)
        self._push("issuer_ids", [*self._doc.item.issuer_ids, org.id])

    def ask_new_organisation(self, directory: Directory) -> Organisation | None:
        """The organisation the user created in the organisation dialog, or None."""
        from editor.gui.directory.organisation_dialog import OrganisationDialog

        dialog = OrganisationDialog(directory, None, self)
        dialog.exec()
        return dialog.created_organisation()

    def _show_embargo(self, embargo: Embargo | None) -> None:
        self.embargo.setChecked(embargo is not None)
        self._show_embargo_warning()
        if embargo is None:
            day = self._doc.item.issue_date if self._doc else None
            until = default_embargo_end(day, TIME_ZONES[0])
            self.embargo_day.set_date(until.date())
            self.embargo_time.setTime(QTime(until.hour, until.minute))
            self.embargo_zone.setCurrentText(TIME_ZONES[0])
            return
        until = embargo.until
        self.embargo_day.set_date(until.date())
        self.embargo_time.setTime(QTime(until.hour, until.minute))
        self.embargo_zone.setCurrentText(embargo.timezone)

    def _show_embargo_warning(self) -> None:
        """Warn when the embargo has already ended, or ends before the day the item is
        issued."""
        item = self._doc.item if self._doc is not None else None
        text = ""
        if item is not None and item.embargo is not None and not item.embargo.in_force(_now()):
            text = self.tr("The embargo ended on %1 at %2: it holds nothing back any more. "
                           "Set a time still to come, or switch the embargo off.").replace(
                "%1", display_date(item.embargo.until.date())).replace(
                "%2", item.embargo.until.strftime("%H:%M"))
        elif item is not None and item.embargo is not None and item.issue_date is not None and (
                item.embargo.until.date() < item.issue_date):
            text = self.tr("The embargo ends on %1, before the issue date %2: journalists "
                           "could publish before the release is issued.").replace(
                "%1", display_date(item.embargo.until.date())).replace(
                "%2", display_date(item.issue_date))
        self.embargo_warning.setText(text)
        self.embargo_warning.setVisible(bool(text))

    # User edits
    def _on_kind_activated(self, index: int) -> None:
        self._push("kind", ItemKind(self.kind.itemData(index)))

    def _on_status_activated(self, index: int) -> None:
        self._push("status", ItemStatus(self.status.itemData(index)))

    def _on_issue_date_changed(self, value: date | None) -> None:
        self._push("issue_date", value)

    def _on_languages_clicked(self) -> None:
        if self._doc is None:
            return
        chosen = [lang for lang, box in self.language_boxes.items() if box.isChecked()]
        self._push("languages", chosen)

    def _on_source_language_activated(self, index: int) -> None:
        if self._doc is None:
            return
        source = str(self.source_language.itemData(index))
        self._doc.undo_stack.beginMacro(self.tr("Change source language"))
        if source not in self._doc.item.languages:
            self._push("languages", [*self._doc.item.languages, source])
        self._push("source_language", source)
        self._doc.undo_stack.endMacro()

    def _on_places_edited(self, text: str) -> None:
        places = [p.strip() for p in text.split(PLACE_SEPARATOR) if p.strip()]
        self._push("places", places, merge=True)

    def _on_topics_edited(self, text: str) -> None:
        topics = [t.strip() for t in text.split(",") if t.strip()]
        self._push("topics", topics, merge=True)

    def _on_issuer_changed(self, entry: QListWidgetItem) -> None:
        ids = []
        for row in range(self.issuers.count()):
            current = self.issuers.item(row)
            if current.checkState() == Qt.CheckState.Checked:
                ids.append(str(current.data(Qt.ItemDataRole.UserRole)))
        self._push("issuer_ids", ids)

    def _on_embargo_changed(self) -> None:
        if not self.embargo.isChecked():
            self._push("embargo", None)
            return
        day, time = self.embargo_day.date(), self.embargo_time.time()
        if day is None:
            return  # the field says what is wrong with the typed text
        until = datetime(day.year, day.month, day.day, time.hour(), time.minute())
        zone = self.embargo_zone.currentText().strip() or TIME_ZONES[0]
        self._push("embargo", Embargo(until=until, timezone=zone), merge=True)

    def _show_attendance(self) -> None:
        """"exactly" / "about" only beside a figure: never "exactly not known"."""
        self.attendance.setVisible(self.participants.value() > 0)

    def _on_attendance_changed(self) -> None:
        self._show_attendance()
        if self._doc is None:
            return
        current = self._doc.item.event
        event = copy.deepcopy(current) if current is not None else Event()
        event.participants = self.participants.value() or None
        event.attendance = Attendance(self.attendance.currentData())
        if current is None and event.participants is None:
            return  # nothing to record: no event facts yet
        self._push("event", event, merge=True)

    def _on_note_changed(self) -> None:
        self._push("internal_note", self.internal_note.toPlainText(), merge=True)

    def _on_doc_field_changed(self, name: str) -> None:
        self._refresh(name)
