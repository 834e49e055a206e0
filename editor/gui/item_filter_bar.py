"""Search field and filters above the item list."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from editor.core.model import ItemKind, ItemStatus, Organisation
from editor.gui import labels
from editor.gui.date_field import DateField
from editor.gui.item_list_model import ItemFilter

SEARCH_DELAY_MS = 250


class ItemFilterBar(QWidget):
    """Emits :attr:`filterChanged` with an :class:`ItemFilter` whenever the user changes one."""

    filterChanged = Signal(object)

    def __init__(self, organisations: list[Organisation], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search headlines and text…"))
        self.search.setClearButtonEnabled(True)
        self.toggle = QToolButton()
        self.toggle.setText(self.tr("Filters"))
        self.toggle.setCheckable(True)
        self.toggle.setToolTip(self.tr("Show or hide the filters"))

        self.status = QComboBox()
        self.status.addItem(self.tr("All"), None)
        for status in ItemStatus:
            self.status.addItem(labels.item_status(status), status.value)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All"), None)
        for kind in ItemKind:
            self.kind.addItem(labels.item_kind(kind), kind.value)
        self.topic = QLineEdit()
        self.topic.setPlaceholderText(self.tr("e.g. Strukturwandel"))
        self.issuer = QComboBox()
        self.issuer.addItem(self.tr("All"), None)
        for org in sorted(organisations, key=lambda o: o.short_name.casefold()):
            self.issuer.addItem(org.short_name, org.id)
        # Typed dates: an impossible day (31.02.) is refused under the field, never moved;
        # an empty field is no limit.
        self.date_from = DateField(allow_empty=True)
        self.date_to = DateField(allow_empty=True)
        for field in (self.date_from, self.date_to):
            field.edit.setPlaceholderText(self.tr("no limit"))

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._build_layout()
        self._connect_signals()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search, 1)
        top.addWidget(self.toggle)
        self.filters = QWidget()
        form = QFormLayout(self.filters)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Status:"), self.status)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Topic:"), self.topic)
        form.addRow(self.tr("Issuer:"), self.issuer)
        form.addRow(self.tr("Issued from:"), self.date_from)
        form.addRow(self.tr("Issued until:"), self.date_to)
        self.filters.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.filters)

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self._timer.start)
        self.topic.textChanged.connect(self._timer.start)
        self._timer.timeout.connect(self._on_changed)
        self.toggle.toggled.connect(self.filters.setVisible)
        for combo in (self.status, self.kind, self.issuer):
            combo.currentIndexChanged.connect(self._on_changed)
        self.date_from.dateEdited.connect(self._on_changed)
        self.date_to.dateEdited.connect(self._on_changed)

    def current_filter(self) -> ItemFilter:
        status, kind = self.status.currentData(), self.kind.currentData()
        return ItemFilter(
            text=self.search.text().strip() or None,
            status=ItemStatus(status) if status else None,
            kind=ItemKind(kind) if kind else None,
            topic=self.topic.text().strip() or None,
            issuer_id=self.issuer.currentData() or None,
            date_from=self.date_from.date(),
            date_to=self.date_to.date(),
        )

    def _on_changed(self) -> None:
        self._timer.stop()
        self.filterChanged.emit(self.current_filter())
