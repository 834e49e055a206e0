"""Live preview of the open item in a chosen template and language.

The page is rendered and laid out in a thread of the panel's own, never in the window's:
typing goes on while it is made. The thread gets a copy of the item (the editor keeps
changing the original), renders it (a user template in the separate process of
:mod:`editor.render.worker`, as every render of one does) and builds the page as a
:class:`~editor.gui.preview_browser.PreviewDocument`; the window only shows it. At most
one render runs and one more waits; each request has a number, and a page whose number
is no longer the newest is dropped, so an item switched away from or an edit overtaken
never shows.
"""

from __future__ import annotations

import copy
import logging
import time
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QFont, QPaintEvent, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QFormLayout, QVBoxLayout, QWidget

from editor import render
from editor.core.errors import PressestelleError
from editor.core.links import safe_href
from editor.core.model import Bundle, text_or_any
from editor.gui import labels
from editor.gui.document import ItemDocument
from editor.gui.eliding_combo_box import ElidingComboBox
from editor.gui.preview_browser import PreviewBrowser, PreviewDocument, rich_text_html
from editor.gui.settings import Settings
from editor.render import worker

log = logging.getLogger(__name__)

RENDER_DELAY_MS = 250
MIN_WIDTH = 240
"""The preview's least width: a long German word of the text ("Wirtschaftsfördergesell-
schaften") fits a line, one of the headline when drawn smaller (see
:func:`~editor.gui.preview_browser.fit_words`)."""
SHUTDOWN_WAIT_MS = 2000
"""How long closing waits for a running render before it stops the template process."""


@dataclass(frozen=True)
class RenderRequest:
    """What one render needs, taken in the window's thread: nothing in it is shared with
    the editor."""

    generation: int
    bundle: Bundle
    """A copy of the item and what it refers to."""
    item_id: str
    template: str
    languages: tuple[str, ...]
    font: QFont
    width: int
    """The width the page is laid out for (the browser's viewport)."""
    started: float
    """:func:`time.perf_counter` when the request was taken."""


@dataclass(frozen=True)
class RenderResult:
    generation: int
    page: PreviewDocument | None
    """The page, belonging to the window's thread; ``None`` when the render failed."""
    error: str
    started: float


class _Relay(QObject):
    """Carries a result from the render thread into the window's thread."""

    finished = Signal(object)


def snapshot(doc: ItemDocument) -> Bundle:
    """A copy of the document's bundle that later edits do not reach (photo bytes are
    immutable and shared)."""
    bundle = doc.bundle()
    items, people, organisations, roles = copy.deepcopy(
        (bundle.items, bundle.people, bundle.organisations, bundle.roles))
    return Bundle(items=items, people=people, organisations=organisations, roles=roles,
                  photo_data=dict(bundle.photo_data))


def build_page(request: RenderRequest, template_worker: worker.TemplateWorker,
               home: QObject) -> RenderResult:
    """Render ``request`` and parse its page; runs in the render thread. The page is
    handed to the thread ``home`` lives in."""
    try:
        with worker.using(template_worker):
            html = render.render_html(request.bundle, request.item_id, request.template,
                                      list(request.languages), fragment=False)
    except Exception as exc:  # a half-typed item may not render; never interrupt typing
        return RenderResult(request.generation, None, str(exc) or type(exc).__name__,
                            request.started)
    photos = request.bundle.photo_data
    page = PreviewDocument([*photos, *(photo.public_key for photo in photos.values())])
    page.setDefaultFont(request.font)
    page.setHtml(rich_text_html(html))
    # Not laid out here: the browser lays the page out again for its viewport anyway.
    page.moveToThread(home.thread())
    return RenderResult(request.generation, page, "", request.started)


def _render_in_thread(request: RenderRequest, template_worker: worker.TemplateWorker,
                      relay: _Relay) -> None:
    relay.finished.emit(build_page(request, template_worker, relay))


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
    """Renders the item as HTML a moment after the last edit, in a thread of its own;
    typing is never held up."""

    statusMessageRequested = Signal(str)
    rendered = Signal(float)
    """Milliseconds the last successful render took, from the request to the page shown."""

    def __init__(self, settings: Settings, ui_language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._doc: ItemDocument | None = None
        self._worker = worker.TemplateWorker()
        """Renders user templates for the preview; started on first use, kept running."""
        self.last_render_ms = 0.0
        self._pool = QThreadPool(self)
        """The render thread. Deleting the panel deletes the pool, which waits for it."""
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self._pool)
        """A child of the pool: it outlives any render the pool still runs."""
        self._generation = 0
        """The number of the newest request; results with another number are dropped."""
        self._running = False
        self._waiting = False
        """A render was asked for while one ran: it starts (with the newest data) next."""
        self._closed = False
        # a narrow preview shortens "Bilingual (consecutive)" with "…", whole as tooltip
        self.template = ElidingComboBox(8, Qt.TextElideMode.ElideRight)
        self.template.setObjectName("previewTemplate")
        self.language = ElidingComboBox(8, Qt.TextElideMode.ElideRight)
        self.language.setObjectName("previewLanguage")
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
        self._wanted = (str(self.template.currentData() or ""), self.chosen_languages())
        """The template and languages the user chose (or the first offered): an item that
        cannot fill them is shown in the nearest choice, the next one in these again."""

    def _current_template(self) -> render.TemplateInfo | None:
        return self._templates.get(str(self.template.currentData() or ""))

    def _build_layout(self) -> None:
        self.setMinimumWidth(MIN_WIDTH)
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
        self._relay.finished.connect(self._on_render_finished)
        self.browser.anchorClicked.connect(self._on_link_clicked)
        self.template.currentIndexChanged.connect(self._on_template_changed)
        self.language.currentIndexChanged.connect(self._on_choice_changed)

    def set_document(self, doc: ItemDocument | None) -> None:
        if self._doc is not None:
            self._doc.contentChanged.disconnect(self.schedule)
        self._doc = doc
        if doc is not None:
            doc.contentChanged.connect(self.schedule)
            self._fit_choice_to(doc.item.languages)
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

    @property
    def busy(self) -> bool:
        """True while a render runs or waits to run."""
        return self._running or self._waiting

    def render_now(self) -> None:
        """Render the current item at once (in the render thread); the page follows."""
        self._timer.stop()
        if self._closed:
            return
        self._generation += 1
        if self._doc is None:
            self.browser.clear()
            return
        if not self.template.currentData():
            self.browser.setPlainText(self.tr("No HTML template is installed."))
            return
        if self._running:
            self._waiting = True
            return
        self._start_render()

    def _start_render(self) -> None:
        doc = self._doc
        template = self.template.currentData()
        if doc is None or not template:
            return
        request = RenderRequest(
            generation=self._generation, bundle=snapshot(doc), item_id=doc.item.id,
            template=str(template), languages=tuple(self.chosen_languages()),
            font=QFont(self.browser.font()), width=self.browser.viewport().width(),
            started=time.perf_counter())
        self._running = True
        self._pool.start(partial(_render_in_thread, request, self._worker, self._relay))

    @Slot(object)
    def _on_render_finished(self, result: RenderResult) -> None:
        self._running = False
        if self._closed:
            return
        if self._waiting:  # overtaken: render the newest state instead
            self._waiting = False
            self._start_render()
            return
        if result.generation != self._generation:
            return  # the item was closed or the template removed meanwhile
        if result.page is None:
            log.info("Preview failed: %s", result.error)
            self.statusMessageRequested.emit(self.tr("Preview not updated: %1").replace(
                "%1", result.error))
            return
        scroll = self.browser.verticalScrollBar().value()
        self.browser.show_document(result.page)
        if self.browser.refused:
            log.info("Preview loaded none of: %s", ", ".join(self.browser.refused[:5]))
        self.browser.verticalScrollBar().setValue(scroll)
        self.last_render_ms = (time.perf_counter() - result.started) * 1000
        self.rendered.emit(self.last_render_ms)

    def shutdown(self) -> None:
        """Stop rendering: drop what waits, wait for the running render, end the template
        process. Called when the window closes; the panel renders nothing afterwards."""
        if self._closed:
            return
        self._closed = True
        self._timer.stop()
        self._waiting = False
        if not self._pool.waitForDone(SHUTDOWN_WAIT_MS):
            # a user template still rendering: the worker ends its own process (no pid
            # read here, where the render thread may be replacing it), the render returns
            self._worker.cancel()
            self._pool.waitForDone()
        self._running = False
        self._worker.close()

    def _on_link_clicked(self, url: QUrl) -> None:
        target = url.toString()
        if safe_href(target):
            QDesktopServices.openUrl(url)
        else:
            self.statusMessageRequested.emit(self.tr(
                "Link not opened: only web, e-mail and phone links are opened (%1)").replace(
                "%1", target[:80]))

    def _fit_choice_to(self, item_languages: list[str]) -> None:
        """Show the item in the template and languages last chosen if it has them, else in
        the nearest choice it can fill (:func:`~editor.render.catalogue.choice_for_items`);
        the choice kept for the next item stays the one the user made."""
        from editor.render.catalogue import choice_for_items

        name, languages = choice_for_items(self._templates, *self._wanted, item_languages)
        index = self.template.findData(name)
        if index < 0:
            return
        self.template.blockSignals(True)
        self.template.setCurrentIndex(index)
        self.template.blockSignals(False)
        fill_language_sets(self.language, self._current_template(), languages)

    def _on_template_changed(self) -> None:
        fill_language_sets(self.language, self._current_template(), self.chosen_languages())
        self._on_choice_changed()

    def _on_choice_changed(self) -> None:
        self._wanted = (str(self.template.currentData() or ""), self.chosen_languages())
        self._settings.preview_template, self._settings.preview_languages = self._wanted
        self.render_now()
