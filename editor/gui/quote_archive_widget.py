"""The quote archive: search quotes, filter, browse one speaker's quotes, reuse a quote."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from editor.core.errors import PressestelleError
from editor.core.model import Quote, text_or_any
from editor.core.quotes import ApprovalStatus
from editor.gui import labels as approval_labels
from editor.gui.date_field import DateField
from editor.gui.hit_delegate import HitDelegate
from editor.gui.quote_room import QuoteRoom
from editor.gui.quote_search_model import QuoteQuery, QuoteSearchModel
from editor.gui.quote_speaker_model import QuoteSpeakerModel
from editor.store.search import QuoteHit

if TYPE_CHECKING:
    from editor.store.archive import Archive

DEBOUNCE_MS = 300
"""Typing pauses this long before the search runs."""


def simple_attribution(hit: QuoteHit, lang: str) -> str:
    """„text“, Name (Title) — used when the export's attribution cannot be built."""
    marks = ("„", "“") if lang == "de" else ("“", "”")
    text = text_or_any(hit.text, lang)
    people = []
    for speaker in hit.speakers:
        title = text_or_any(speaker.title, lang)
        people.append(f"{speaker.full_name} ({title})" if title else speaker.full_name)
    quoted = f"{marks[0]}{text.strip()}{marks[1]}"
    return f"{quoted}, {', '.join(people)}" if people else quoted


def attributed_text(archive: Archive, hit: QuoteHit, lang: str) -> str:
    """The quote with its attribution as an export would write it, as plain text."""
    try:
        from editor.render.attribution import People, quote_paragraph, speakers_of

        bundle = archive.load_bundle([hit.item_id])
        item = bundle.items[0]
        quote: Quote = item.quote(hit.quote_id)
        day = quote.date or item.issue_date or hit.said_on  # undated: no role guessed
        speakers = speakers_of(quote, People(bundle), day)
        runs = quote_paragraph(quote, speakers, lang, quote.text.get(lang), [])
        return "".join(run.text for run in runs)
    except (ImportError, PressestelleError, KeyError, AttributeError, TypeError):
        return simple_attribution(hit, lang)


class QuoteArchiveWidget(QWidget):
    """Search field, filters, results (lazily fetched) and a speaker view."""

    itemOpenRequested = Signal(str)
    """Open this press item in the editor."""
    quoteInsertRequested = Signal(str, str)
    """Insert quote ``quote_id`` of item ``item_id`` into the item being edited."""
    dossierExportRequested = Signal(str, str)
    """Export the quote dossier of person ``person_id`` in language ``lang``."""
    statusChanged = Signal(str)
    """A line for the window's status bar: what went wrong (the count has its own label)."""

    def __init__(self, archive: Archive, language: str = "de",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._archive = archive
        self._language = language
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self.model = QuoteSearchModel(archive, language=language, parent=self)
        self.destroyed.connect(self.model.close)  # its counting archive, if any
        self.speaker_model = QuoteSpeakerModel(self)
        self._build()
        self._build_actions()
        self._connect_signals()
        self.retranslate()

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.search_field = QLineEdit()
        self.search_field.setClearButtonEnabled(True)
        self.speaker_field = QLineEdit()
        self._speaker_names = QStringListModel(self)
        self._completer = QCompleter(self._speaker_names, self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.speaker_field.setCompleter(self._completer)
        self.organisation_field = QLineEdit()
        self.topic_field = QLineEdit()
        self.approval_box = QComboBox()
        for _ in range(len(ApprovalStatus) + 1):
            self.approval_box.addItem("")
        self.approval_box.setItemData(0, None)
        for number, status in enumerate(ApprovalStatus, start=1):  # as the list shows them
            self.approval_box.setItemData(number, status.value)
        self.order_box = QComboBox()
        self.order_box.addItem("", "relevance")
        self.order_box.addItem("", "date")
        # Typed dates: an impossible day is refused under its field, never moved to another
        # day; an empty field is no limit.
        self.from_edit = DateField(allow_empty=True)
        self.until_edit = DateField(allow_empty=True)
        self.embargo_box = QCheckBox()
        self.embargo_box.setObjectName("includeEmbargoed")

        self.filters = QFormLayout()
        self._labels = {name: QLabel() for name in
                        ("search", "speaker", "organisation", "topic", "approval", "order",
                         "dates", "from", "until")}
        dates = QHBoxLayout()
        for widget in (self._labels["from"], self.from_edit, self._labels["until"],
                       self.until_edit):
            dates.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)
        for name in ("from", "until"):  # level with the field's text, above its message
            self._labels[name].setFixedHeight(self.from_edit.edit.sizeHint().height())
        dates.addStretch(1)
        self.filters.addRow(self._labels["search"], self.search_field)
        self.filters.addRow(self._labels["speaker"], self.speaker_field)
        self.filters.addRow(self._labels["organisation"], self.organisation_field)
        self.filters.addRow(self._labels["topic"], self.topic_field)
        self.filters.addRow(self._labels["approval"], self.approval_box)
        self.filters.addRow(self._labels["dates"], dates)
        self.filters.addRow(self._labels["order"], self.order_box)
        self.filters.addRow("", self.embargo_box)

        self.results = QTableView()
        self.results.setModel(self.model)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.results.verticalHeader().hide()
        self.results.setWordWrap(False)
        self.results.setItemDelegateForColumn(QuoteSearchModel.TEXT_COLUMN,
                                              HitDelegate(self.results))
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(QuoteSearchModel.TEXT_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(QuoteSearchModel.ROLE_COLUMN, 140)
        header.setSectionResizeMode(QuoteSearchModel.DATE_COLUMN,
                                    QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(60)
        # Narrowed titles are cut at the end, not on both sides ("nktion dama").
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._quote_room = QuoteRoom(self.results, QuoteSearchModel.TEXT_COLUMN, (
            QuoteSearchModel.SPEAKER_COLUMN, QuoteSearchModel.ROLE_COLUMN,
            QuoteSearchModel.ITEM_COLUMN, QuoteSearchModel.APPROVAL_COLUMN))
        self._fit_headers()
        self.model.headerDataChanged.connect(self._fit_headers)  # e.g. another UI language

        self.speaker_view = QTreeView()
        self.speaker_view.setModel(self.speaker_model)
        self.speaker_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.speaker_view.setUniformRowHeights(True)
        self.speaker_title = QLabel()
        self.dossier_button = QPushButton()
        self.dossier_menu = QMenu(self.dossier_button)
        self.dossier_de_action = self.dossier_menu.addAction("")
        self.dossier_en_action = self.dossier_menu.addAction("")
        self.dossier_button.setMenu(self.dossier_menu)
        self.dossier_button.setEnabled(False)

        speaker_page = QWidget()
        speaker_layout = QVBoxLayout(speaker_page)
        speaker_layout.setContentsMargins(0, 0, 0, 0)
        title_row = QHBoxLayout()
        title_row.addWidget(self.speaker_title, 1)
        title_row.addWidget(self.dossier_button)
        speaker_layout.addLayout(title_row)
        speaker_layout.addWidget(self.speaker_view)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.results, "")
        self.tabs.addTab(speaker_page, "")
        self.status_label = QLabel()

        layout = QVBoxLayout(self)
        layout.addLayout(self.filters)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status_label)

    def _build_actions(self) -> None:
        self.open_action = QAction(self)
        self.insert_action = QAction(self)
        self.copy_de_action = QAction(self)
        self.copy_en_action = QAction(self)
        self.speaker_action = QAction(self)
        for action in self._actions():
            action.setEnabled(False)
            self.addAction(action)

    def _actions(self) -> list[QAction]:
        return [self.open_action, self.insert_action, self.copy_de_action, self.copy_en_action,
                self.speaker_action]

    def _connect_signals(self) -> None:
        self._timer.timeout.connect(self.search_now)
        for field in (self.search_field, self.speaker_field, self.organisation_field,
                      self.topic_field):
            field.textChanged.connect(self._on_filter_changed)
        self.speaker_field.textEdited.connect(self._on_speaker_edited)
        for box in (self.approval_box, self.order_box):
            box.currentIndexChanged.connect(self._on_filter_changed)
        for edit in (self.from_edit, self.until_edit):
            edit.dateEdited.connect(self._on_filter_changed)
        self.embargo_box.toggled.connect(self._on_filter_changed)
        self.results.doubleClicked.connect(self._on_result_activated)
        self.results.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.results.customContextMenuRequested.connect(self._on_context_menu)
        self.speaker_view.doubleClicked.connect(self._on_speaker_quote_activated)
        self.speaker_view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.tabs.currentChanged.connect(self._on_current_changed)
        self.speaker_view.customContextMenuRequested.connect(self._on_speaker_context_menu)
        self.model.totalChanged.connect(self._on_total_changed)
        self.model.countStarted.connect(self._on_count_started)
        self.model.searchFailed.connect(self._on_search_failed)
        self.open_action.triggered.connect(self._on_open)
        self.insert_action.triggered.connect(self._on_insert)
        self.copy_de_action.triggered.connect(lambda: self.copy_with_attribution("de"))
        self.copy_en_action.triggered.connect(lambda: self.copy_with_attribution("en"))
        self.speaker_action.triggered.connect(self._on_show_speaker)
        self.dossier_de_action.triggered.connect(lambda: self._on_export_dossier("de"))
        self.dossier_en_action.triggered.connect(lambda: self._on_export_dossier("en"))

    def retranslate(self) -> None:
        """Set every visible text again (after the UI language changed)."""
        labels = {"search": self.tr("Search"), "speaker": self.tr("Speaker"),
                  "organisation": self.tr("Organisation"), "topic": self.tr("Topic"),
                  "approval": self.tr("Approval"), "order": self.tr("Sort by"),
                  "dates": self.tr("Said"), "from": self.tr("from"),
                  "until": self.tr("until")}
        for key, text in labels.items():
            self._labels[key].setText(text)
        self.search_field.setPlaceholderText(
            self.tr('Words, "a phrase" or a prefix* – e.g. förder, wandel'))
        self.speaker_field.setPlaceholderText(self.tr("Name or part of it"))
        self.organisation_field.setPlaceholderText(self.tr("Organisation of the role"))
        self.approval_box.setItemText(0, self.tr("Any"))
        for number, status in enumerate(ApprovalStatus, start=1):
            self.approval_box.setItemText(number, approval_labels.approval_status(status))
        self.order_box.setItemText(0, self.tr("Relevance"))
        self.order_box.setItemText(1, self.tr("Date, newest first"))
        for edit in (self.from_edit, self.until_edit):
            edit.edit.setPlaceholderText(self.tr("no limit"))
        self.embargo_box.setText(self.tr("Include quotes under embargo"))
        self.embargo_box.setToolTip(self.tr(
            "Quotes of items whose embargo has not ended are left out unless this is "
            "ticked; then they are shown in red with the embargo"))
        self.tabs.setTabText(0, self.tr("Results"))
        self.tabs.setTabText(1, self.tr("Speaker"))
        self.open_action.setText(self.tr("Open press item"))
        self.insert_action.setText(self.tr("Insert into the current item"))
        self.copy_de_action.setText(self.tr("Copy with attribution (German)"))
        self.copy_en_action.setText(self.tr("Copy with attribution (English)"))
        self.speaker_action.setText(self.tr("All quotes of this speaker"))
        self.dossier_button.setText(self.tr("Export dossier…"))
        self.dossier_button.setToolTip(self.tr(
            "All quotes of this speaker, grouped by role, as a Word file and a web page"))
        self.dossier_de_action.setText(self.tr("In German…"))
        self.dossier_en_action.setText(self.tr("In English…"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          self.model.columnCount() - 1)

    def _fit_headers(self, *_args: object) -> None:
        """Columns of a set width at least as wide as their heading, in either language."""
        header = self.results.horizontalHeader()
        for column in (QuoteSearchModel.SPEAKER_COLUMN, QuoteSearchModel.ROLE_COLUMN,
                       QuoteSearchModel.ITEM_COLUMN, QuoteSearchModel.APPROVAL_COLUMN):
            wanted = header.sectionSizeHint(column)
            if header.sectionSize(column) < wanted:
                header.resizeSection(column, wanted)
        self._quote_room.keep()

    # -- searching --------------------------------------------------------------------------

    def query(self) -> QuoteQuery:
        """The search the fields describe now."""
        state = self.approval_box.currentData()
        return QuoteQuery(
            text=self.search_field.text().strip(),
            speaker=self.speaker_field.text().strip() or None,
            organisation=self.organisation_field.text().strip() or None,
            topic=self.topic_field.text().strip() or None,
            date_from=self.from_edit.date(),
            date_to=self.until_edit.date(),
            approval=(ApprovalStatus(state),) if state else None,
            order=self.order_box.currentData() or "relevance",
            include_embargoed=self.embargo_box.isChecked(),
        )

    def search_now(self) -> None:
        """Run the search at once (the fields' changes run it after a pause)."""
        self._timer.stop()
        self.model.set_query(self.query())
        self._on_current_changed()

    def _on_filter_changed(self, *_args: object) -> None:
        self._timer.start()

    def _on_speaker_edited(self, text: str) -> None:
        if len(text.strip()) < 2:
            return
        try:
            people = self._archive.find_people(text.strip(), limit=20)
        except PressestelleError:
            return
        self._speaker_names.setStringList([p.full_name for p in people])

    def _on_count_started(self) -> None:
        self.status_label.setText(self.tr("Counting the quotes found …"))
        self._fit_names()

    def _on_total_changed(self, total: int) -> None:
        self.status_label.setText(self.tr("%n quote(s)", "", total))  # the window's bar stays free
        self._fit_names()

    def _fit_names(self) -> None:
        """Widen the speaker column to the names the results show (the rows loaded so
        far), up to a quarter of the table so the quote keeps its room; never narrowed
        here, so a width the user chose stays until a result needs more."""
        header = self.results.horizontalHeader()
        widest = max(160, self.results.viewport().width() // 4)
        column = QuoteSearchModel.SPEAKER_COLUMN
        wanted = min(max(self.results.sizeHintForColumn(column),
                         header.sectionSizeHint(column)), widest)
        if header.sectionSize(column) < wanted:
            header.resizeSection(column, wanted)
        self._quote_room.keep()

    def _on_search_failed(self, message: str) -> None:
        self.status_label.setText(message)
        self.statusChanged.emit(message)

    # -- the chosen quote -------------------------------------------------------------------

    def current_hit(self) -> QuoteHit | None:
        """The quote chosen in the visible view, if any."""
        if self.tabs.currentIndex() == 1:
            index = self.speaker_view.currentIndex()
            hit = index.data(QuoteSpeakerModel.HitRole) if index.isValid() else None
            return hit if isinstance(hit, QuoteHit) else None
        index = self.results.currentIndex()
        return self.model.hit(index.row()) if index.isValid() else None

    def _on_current_changed(self, *_args: object) -> None:
        chosen = self.current_hit() is not None
        for action in self._actions():
            action.setEnabled(chosen)

    def _on_result_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.itemOpenRequested.emit(self.model.hit(index.row()).item_id)

    def _on_speaker_quote_activated(self, index: QModelIndex) -> None:
        item_id = index.data(QuoteSpeakerModel.ItemIdRole)
        if item_id:
            self.itemOpenRequested.emit(item_id)

    def _on_open(self) -> None:
        hit = self.current_hit()
        if hit is not None:
            self.itemOpenRequested.emit(hit.item_id)

    def _on_insert(self) -> None:
        hit = self.current_hit()
        if hit is not None:
            self.quoteInsertRequested.emit(hit.quote_id, hit.item_id)

    def copy_with_attribution(self, lang: str) -> str:
        """Put the chosen quote with its attribution in ``lang`` on the clipboard."""
        hit = self.current_hit()
        if hit is None:
            return ""
        text = attributed_text(self._archive, hit, lang)
        QGuiApplication.clipboard().setText(text)
        return text

    def _on_show_speaker(self) -> None:
        hit = self.current_hit()
        if hit is not None and hit.speakers:
            self.show_speaker(hit.speakers[0].person_id)

    def show_speaker(self, person_id: str) -> None:
        """Show every quote of a person, grouped by the role held at the time."""
        try:
            person = self._archive.person(person_id)
            hits = self._archive.quotes_of_person(person_id)
        except PressestelleError as exc:
            self._on_search_failed(str(exc))
            return
        self.speaker_model.show_person(person_id, hits, self._language)
        self.speaker_view.expandAll()
        for column in range(self.speaker_model.columnCount()):
            self.speaker_view.resizeColumnToContents(column)
        widest = max(160, self.speaker_view.viewport().width() * 2 // 5)
        for column in range(self.speaker_model.columnCount() - 1):
            if self.speaker_view.columnWidth(column) > widest:
                self.speaker_view.setColumnWidth(column, widest)
        count = self.tr("%n quote(s)", "", len(hits))
        self.speaker_title.setText(f"{person.full_name}: {count}")
        self.dossier_button.setEnabled(bool(hits))
        self.tabs.setCurrentIndex(1)

    def _on_export_dossier(self, lang: str) -> None:
        if self.speaker_model.person_id:
            self.dossierExportRequested.emit(self.speaker_model.person_id, lang)

    def _on_context_menu(self, position: QPoint) -> None:
        self._popup(self.results.viewport().mapToGlobal(position))

    def _on_speaker_context_menu(self, position: QPoint) -> None:
        self._on_current_changed()
        self._popup(self.speaker_view.viewport().mapToGlobal(position))

    def _popup(self, where: QPoint) -> None:
        if self.current_hit() is None:
            return
        menu = QMenu(self)
        for action in self._actions():
            menu.addAction(action)
        menu.popup(where)
