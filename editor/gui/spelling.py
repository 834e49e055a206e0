"""Spell checking while typing: red underlines and suggestions in a text field's context menu.

The checking itself is :mod:`editor.services.spelling`; this module shows its results. A
:class:`SpellHighlighter` underlines the unknown words of any ``QTextDocument`` in the
language it is given; :func:`attach_spelling` puts one on a multi-line field and gives its
context menu the suggestions and “Add to dictionary” (:func:`add_spelling_actions`);
:func:`attach_line_spelling` does the same for a one-line field, which has no document.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QInputMethodEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QLineEdit, QMenu, QPlainTextEdit, QTextEdit, QWidget

from editor.core.errors import PressestelleError
from editor.core.model import LANGUAGES
from editor.gui import labels
from editor.services.spelling import (
    Misspelling,
    PersonalWords,
    SpellChecker,
    archive_names,
    checker_for,
)

if TYPE_CHECKING:
    from editor.store.archive import Archive

log = logging.getLogger(__name__)

TextWidget = QPlainTextEdit | QTextEdit
UNDERLINE_COLOUR = QColor("#d11c1c")
UNDERLINE_STYLE = QTextCharFormat.UnderlineStyle.WaveUnderline
"""A red wave, whatever the style's spell-check underline is (Fusion's dots are faint)."""
LOOKUP_DELAY_MS = 250
"""Words never seen before are looked up in the dictionary once typing pauses this long:
a keystroke costs no dictionary lookup (a half-typed word is no word to check anyway)."""


class Spelling(QObject):
    """The window's spell checker over its archive; says when the words it knows change."""

    wordsChanged = Signal()
    replacing = Signal()
    """Emitted before and after a suggestion replaces a word: the window keeps the
    correction an undo step of its own."""

    def __init__(self, archive: Archive, checker: SpellChecker | None = None,
                 parent: QObject | None = None, *, read_words: bool = True) -> None:
        """``read_words=False`` leaves the archive's names and personal words unread until
        :meth:`reload_words` (the window reads them once it has painted)."""
        super().__init__(parent)
        self._archive = archive
        if checker is None:
            checker = checker_for(archive) if read_words else SpellChecker()
        self.checker = checker

    def missing_languages(self) -> list[str]:
        return self.checker.missing(LANGUAGES)

    def missing_message(self) -> str:
        """One sentence naming the languages without a dictionary; "" when all are there."""
        missing = self.missing_languages()
        if not missing:
            return ""
        names = ", ".join(labels.language(lang) for lang in missing)
        return self.tr("No spelling dictionary is installed for %1: those texts are not "
                       "checked. Install the Hunspell dictionaries (e.g. hunspell-de-de, "
                       "hunspell-en-gb) to check them.").replace("%1", names)

    def add_word(self, word: str) -> bool:
        """Add ``word`` to the archive's personal word list; False when that failed."""
        try:
            PersonalWords(self._archive).add(word)
        except PressestelleError as error:
            log.warning("word not added to the word list: %s", error)
            return False
        self.reload_words()
        return True

    def reload_words(self) -> None:
        """Read the archive's names and personal words again (others may have added some)."""
        self.checker.set_names(archive_names(self._archive))
        self.checker.set_own_words(PersonalWords(self._archive).words())
        self.wordsChanged.emit()

    def misspellings(self, text: str, language: str) -> list[Misspelling]:
        return self.checker.misspellings(text, language)

    def known_misspellings(self, text: str, language: str
                           ) -> tuple[list[Misspelling], list[str]]:
        return self.checker.known_misspellings(text, language)


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines unknown words of a document; Qt calls it only for the blocks that changed.

    While typing, a paragraph is checked with the verdicts known already; words never seen
    before are looked up when typing pauses (:data:`LOOKUP_DELAY_MS`), and only the
    paragraphs that hold them are underlined again.
    """

    def __init__(self, document: QTextDocument, spelling: Spelling,
                 language: str | Callable[[], str]) -> None:
        super().__init__(document)
        self._spelling = spelling
        self._language = language
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(UNDERLINE_STYLE)
        self._format.setUnderlineColor(UNDERLINE_COLOUR)
        self._look_up_now = False
        self._unchecked: set[str] = set()
        self._pending_texts: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LOOKUP_DELAY_MS)
        self._timer.timeout.connect(self.look_up_pending)
        spelling.wordsChanged.connect(self.rehighlight)

    def rehighlight(self) -> None:
        """Check every paragraph again now, looking up every word not known yet."""
        self._look_up_now = True
        try:
            super().rehighlight()
        finally:
            self._look_up_now = False

    def pending(self) -> bool:
        """True while some words wait to be looked up (typing has not paused yet)."""
        return bool(self._unchecked)

    def look_up_pending(self) -> None:
        """Look up the words typed since the last pause and underline their paragraphs."""
        self._timer.stop()
        words, self._unchecked = self._unchecked, set()
        texts, self._pending_texts = self._pending_texts, set()
        document = self.document()
        if not words or document is None:
            return
        language = self.language()
        block = document.firstBlock()
        while block.isValid():
            text = block.text()
            if text in texts:  # a paragraph typed in: look up the words it holds now
                try:           # (not the half-typed ones it held on the way)
                    unchecked = self._spelling.known_misspellings(text, language)[1]
                    self._spelling.checker.look_up(unchecked, language)
                except Exception:
                    log.exception("spell checking failed; these words stay unchecked")
                    return
                self.rehighlightBlock(block)
            block = block.next()

    def language(self) -> str:
        return self._language() if callable(self._language) else self._language

    def set_language(self, language: str) -> None:
        if language != self._language:
            self._language = language
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        try:
            if self._look_up_now:
                misses = self._spelling.misspellings(text, self.language())
            else:
                misses, unchecked = self._spelling.known_misspellings(text, self.language())
                if unchecked:
                    self._unchecked.update(unchecked)
                    self._pending_texts.add(text)
                    self._timer.start()
        except Exception:  # an error escaping a Qt virtual would end the program
            log.exception("spell checking failed; this paragraph stays unchecked")
            return
        for miss in misses:
            self.setFormat(miss.start, miss.end - miss.start, self._format)


def misspelling_at(widget: TextWidget | QLineEdit, pos: QPoint, spelling: Spelling,
                   language: str) -> tuple[Misspelling, Callable[[str], None]] | None:
    """The unknown word under ``pos`` and a function that replaces it (one undo step).

    ``pos`` is in the coordinates of a multi-line field's viewport, or of a line field.
    """
    if isinstance(widget, QLineEdit):
        line = widget
        offset = line.cursorPositionAt(pos)
        for miss in spelling.misspellings(line.text(), language):
            if miss.start <= offset <= miss.end:
                def replace_in_line(text: str, miss: Misspelling = miss) -> None:
                    line.setSelection(miss.start, miss.end - miss.start)
                    line.insert(text)
                return miss, replace_in_line
        return None
    cursor = widget.cursorForPosition(pos)
    block = cursor.block()
    offset = cursor.position() - block.position()
    for miss in spelling.misspellings(block.text(), language):
        if miss.start <= offset <= miss.end:
            selection = QTextCursor(block)
            selection.setPosition(block.position() + miss.start)
            selection.setPosition(block.position() + miss.end,
                                  QTextCursor.MoveMode.KeepAnchor)

            def replace_in_text(text: str, cursor: QTextCursor = selection) -> None:
                cursor.beginEditBlock()
                cursor.insertText(text)
                cursor.endEditBlock()
                widget.setTextCursor(cursor)
            return miss, replace_in_text
    return None


def add_spelling_actions(menu: QMenu, widget: TextWidget | QLineEdit, pos: QPoint,
                         spelling: Spelling, language: str) -> int:
    """Put suggestions for the word under ``pos`` and “Add to dictionary” atop ``menu``.

    Returns how many actions were added (0 when the word there is not misspelt).
    """
    found = misspelling_at(widget, pos, spelling, language)
    if found is None:
        return 0
    miss, replace_only = found

    def replace(text: str) -> None:
        spelling.replacing.emit()
        replace_only(text)
        spelling.replacing.emit()
    first = menu.actions()[0] if menu.actions() else None
    added = []
    suggestions = spelling.checker.suggestions(miss.word, language)
    for suggestion in suggestions:
        action = QAction(suggestion, menu)
        action.setObjectName("spellingSuggestion")
        font = action.font()
        font.setBold(True)
        action.setFont(font)
        action.triggered.connect(lambda _=False, s=suggestion: replace(s))
        added.append(action)
    if not suggestions:
        none = QAction(QCoreApplication.translate("Spelling", "(no suggestions)"), menu)
        none.setEnabled(False)
        added.append(none)
    add = QAction(QCoreApplication.translate("Spelling", "Add “%1” to dictionary").replace(
        "%1", miss.word), menu)
    add.setObjectName("spellingAddWord")
    add.setStatusTip(QCoreApplication.translate(
        "Spelling", "Accept this word in every text of this archive"))
    add.triggered.connect(lambda _=False, w=miss.word: spelling.add_word(w))
    added.append(add)
    if first is None:
        menu.addActions(added)
    else:
        menu.insertActions(first, added)
        menu.insertSeparator(first)
    return len(added)


class _LineUnderlines(QObject):
    """Underlines the unknown words of a line field (which has no QTextDocument).

    A line field shows formats it is given through an input method event that neither
    commits nor pre-edits text: the text, its undo and its signals stay untouched.
    """

    def __init__(self, field: QLineEdit, spelling: Spelling, language: str) -> None:
        super().__init__(field)
        self._field = field
        self._spelling = spelling
        self.language = language
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(UNDERLINE_STYLE)
        self._format.setUnderlineColor(UNDERLINE_COLOUR)
        self.ranges: list[tuple[int, int]] = []
        field.textChanged.connect(self.refresh)
        spelling.wordsChanged.connect(self.refresh)
        field.installEventFilter(self)
        self.refresh()

    def refresh(self) -> None:
        field = self._field
        misses = self._spelling.misspellings(field.text(), self.language)
        ranges = [(m.start, m.end - m.start) for m in misses]
        if ranges == self.ranges:
            return
        self.ranges = ranges
        cursor = field.cursorPosition()
        attributes = [QInputMethodEvent.Attribute(
            QInputMethodEvent.AttributeType.TextFormat, start - cursor, length, self._format)
            for start, length in ranges]
        QCoreApplication.sendEvent(field, QInputMethodEvent("", attributes))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
            menu = self.menu_at(event.pos())
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            menu.popup(event.globalPos())
            return True
        return False

    def menu_at(self, pos: QPoint) -> QMenu:
        menu = self._field.createStandardContextMenu()
        add_spelling_actions(menu, self._field, pos, self._spelling, self.language)
        return menu


def attach_line_spelling(field: QLineEdit, spelling: Spelling | None,
                         language: str) -> _LineUnderlines | None:
    """Underline unknown words in a line field and offer suggestions in its context menu."""
    if spelling is None:
        return None
    return _LineUnderlines(field, spelling, language)


class _SpellingMenu(QObject):
    """Shows the field's own context menu with the spelling actions on top."""

    def __init__(self, widget: TextWidget, spelling: Spelling,
                 highlighter: SpellHighlighter) -> None:
        super().__init__(widget)
        self._widget = widget
        self._spelling = spelling
        self._highlighter = highlighter

    def menu_at(self, pos: QPoint) -> QMenu:
        """The context menu for ``pos`` in the field's viewport (not yet shown)."""
        menu = self._widget.createStandardContextMenu(pos)
        add_spelling_actions(menu, self._widget, pos, self._spelling,
                             self._highlighter.language())
        return menu

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
            menu = self.menu_at(event.pos())
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            menu.popup(event.globalPos())
            return True
        return False


def attach_spelling(widget: TextWidget, spelling: Spelling | None,
                    language: str | Callable[[], str]) -> SpellHighlighter | None:
    """Underline unknown words in ``widget`` and offer suggestions in its context menu."""
    if spelling is None:
        return None
    highlighter = SpellHighlighter(widget.document(), spelling, language)
    menu = _SpellingMenu(widget, spelling, highlighter)
    widget.viewport().installEventFilter(menu)
    return highlighter


def spelling_menu(widget: QWidget) -> _SpellingMenu | _LineUnderlines | None:
    """What :func:`attach_spelling` or :func:`attach_line_spelling` gave ``widget``."""
    for kind in (_SpellingMenu, _LineUnderlines):
        found = widget.findChild(kind)
        if isinstance(found, (_SpellingMenu, _LineUnderlines)):
            return found
    return None


def spelling_of(widget: QWidget) -> Spelling | None:
    """The spell checker of the window ``widget`` belongs to (through its parents)."""
    current: QObject | None = widget
    while current is not None:
        found = getattr(current, "spelling", None)
        if isinstance(found, Spelling):
            return found
        current = current.parent()
    return None
