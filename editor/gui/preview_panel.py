"""Live preview of the open item in a chosen template and language."""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPaintEvent, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QFormLayout, QVBoxLayout, QWidget

from editor import render
from editor.core.errors import PressestelleError
from editor.core.links import safe_href
from editor.core.model import text_or_any
from editor.gui import labels
from editor.gui.document import ItemDocument
from editor.gui.preview_browser import PreviewBrowser
from editor.gui.settings import Settings
from editor.render import worker

log = logging.getLogger(__name__)

RENDER_DELAY_MS = 250


def template_title(info: render.TemplateInfo, ui_language: str) -> str:
    return text_or_any(info.title, ui_language, info.name)


def add_unavailable(combo: QComboBox, problems: list[render.TemplateError]) -> None:
    """List each broken template in ``combo`` as unavailable, with the reason as tooltip.

    The entries cannot be chosen and carry no template name as data.
    """
    model = combo.model()
    for problem in problems:
        combo.addItem(QCoreApplication.translate("Templates", "%1 (unavailable)").replace(
            "%1", problem.template or problem.file))
        index = combo.count() - 1
        combo.setItemData(index, str(problem), Qt.ItemDataRole.ToolTipRole)
        if isinstance(model, QStandardItemModel):
            item = model.item(index)
            if item is not None:
                item.setEnabled(False)


def fill_language_sets(combo: QComboBox, info: render.TemplateInfo | None,
                       wanted: list[str]) -> None:
    """Offer the language choices ``info`` makes; select ``wanted`` when it is one."""
    combo.blockSignals(True)
    combo.clear()
    for codes in info.language_sets() if info is not None else []:
        combo.addItem(labels.languages(codes), codes)
    index = next((i for i in range(combo.count()) if combo.itemData(i) == wanted), 0)
    combo.setCurrentIndex(index)
    combo.setEnabled(combo.count() > 1)
    combo.blockSignals(False)


class PreviewPanel(QWidget):
    """Renders the item as HTML a moment after the last edit; typing is never held up."""

    statusMessageRequested = Signal(str)
    rendered = Signal(float)
    """Milliseconds the last successful render took."""

    def __init__(self, settings: Settings, ui_language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._doc: ItemDocument | None = None
        self._worker = worker.TemplateWorker()
        """Renders user templates for the preview; started on first use, kept running."""
        self.last_render_ms = 0.0
        self.template = QComboBox()
        self.template.setObjectName("previewTemplate")
        self.language = QComboBox()
        self.language.setObjectName("previewLanguage")
        for combo in (self.template, self.language):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.browser = PreviewBrowser()
        """Loads nothing but the archive's photos; clicked safe links open outside."""
        self.browser.setObjectName("previewBrowser")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RENDER_DELAY_MS)
        self._held = False
        """True until the first paint when :meth:`hold_until_painted` was called."""
        self._fill_choices(ui_language)
        self._build_layout()
        self._connect_signals()

    def _fill_choices(self, ui_language: str) -> None:
        problems: list[render.TemplateError] = []
        try:
            templates = [t for t in render.list_templates(problems=problems)
                         if "html" in t.formats]
        except PressestelleError as exc:
            log.warning("No templates for the preview: %s", exc)
            templates = []
        for problem in problems:
            log.warning("Template not available: %s", problem)
        self._templates = {t.name: t for t in templates}
        for info in templates:
            self.template.addItem(template_title(info, ui_language), info.name)
        add_unavailable(self.template, problems)
        index = self.template.findData(self._settings.preview_template)
        self.template.setCurrentIndex(max(index, 0))
        fill_language_sets(self.language, self._current_template(),
                           self._settings.preview_languages)

    def _current_template(self) -> render.TemplateInfo | None:
        return self._templates.get(str(self.template.currentData() or ""))

    def _build_layout(self) -> None:
        choices = QFormLayout()
        choices.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        choices.addRow(self.tr("&Template:"), self.template)
        choices.addRow(self.tr("&Language:"), self.language)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(choices)
        layout.addWidget(self.browser, 1)

    def _connect_signals(self) -> None:
        self._timer.timeout.connect(self.render_now)
        self.browser.anchorClicked.connect(self._on_link_clicked)
        self.template.currentIndexChanged.connect(self._on_template_changed)
        self.language.currentIndexChanged.connect(self._on_choice_changed)

    def set_document(self, doc: ItemDocument | None) -> None:
        if self._doc is not None:
            self._doc.contentChanged.disconnect(self.schedule)
        self._doc = doc
        if doc is not None:
            doc.contentChanged.connect(self.schedule)
        if not self._held:
            self.render_now()

    def hold_until_painted(self) -> None:
        """Render the first preview only after the window has been painted once.

        At start-up the window (list, editor) appears first and the preview, the slowest
        part of it, fills in right after, instead of keeping the whole window blank.
        """
        self._held = True

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._held:
            self._held = False
            QTimer.singleShot(0, self.render_now)

    def chosen_languages(self) -> list[str]:
        codes = self.language.currentData()
        return [str(c) for c in codes] if codes else []

    def schedule(self) -> None:
        """Render again once the user pauses for :data:`RENDER_DELAY_MS`."""
        self._timer.start()

    def render_now(self) -> None:
        self._timer.stop()
        if self._doc is None:
            self.browser.clear()
            return
        template = self.template.currentData()
        if not template:
            self.browser.setPlainText(self.tr("No HTML template is installed."))
            return
        started = time.perf_counter()
        bundle = self._doc.bundle()
        try:
            with worker.using(self._worker):
                html = render.render_html(bundle, self._doc.item.id,
                                          str(template), self.chosen_languages(),
                                          fragment=False)
        except Exception as exc:  # a half-typed item may not render; never interrupt typing
            log.info("Preview failed: %s", exc)
            self.statusMessageRequested.emit(self.tr("Preview not updated: %1").replace(
                "%1", str(exc)))
            return
        scroll = self.browser.verticalScrollBar().value()
        self.browser.set_photos(bundle.photo_data)
        self.browser.show_page(html)
        if self.browser.refused:
            log.info("Preview loaded none of: %s", ", ".join(self.browser.refused[:5]))
        self.browser.verticalScrollBar().setValue(scroll)
        self.last_render_ms = (time.perf_counter() - started) * 1000
        self.rendered.emit(self.last_render_ms)

    def _on_link_clicked(self, url: QUrl) -> None:
        target = url.toString()
        if safe_href(target):
            QDesktopServices.openUrl(url)
        else:
            self.statusMessageRequested.emit(self.tr(
                "Link not opened: only web, e-mail and phone links are opened (%1)").replace(
                "%1", target[:80]))

    def _on_template_changed(self) -> None:
        fill_language_sets(self.language, self._current_template(), self.chosen_languages())
        self._on_choice_changed()

    def _on_choice_changed(self) -> None:
        self._settings.preview_template = str(self.template.currentData() or "")
        self._settings.preview_languages = self.chosen_languages()
        self.render_now()
