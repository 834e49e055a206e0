"""Text fields whose undo and redo belong to the item's undo stack, not to the field.

Every multi-line text field of an item (block cells, the internal note) is a
:class:`TextField`. Features that decorate text while it is written (spell checking)
register a hook with :func:`on_text_field_created`; it is called with each new field,
whose :meth:`TextField.text_language` (and :attr:`TextField.textLanguageChanged`) tell
which language its text is in.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, Signal
from PySide6.QtGui import QBrush, QGuiApplication, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

_UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


def _is_undo_key(event: QEvent) -> bool:
    return isinstance(event, QKeyEvent) and any(event.matches(k) for k in _UNDO_KEYS)


def _is_redo_alias(event: QEvent) -> bool:
    """Ctrl+Shift+Z and Ctrl+Y are both redo in the window, whatever the platform says."""
    return isinstance(event, QKeyEvent) and QKeySequence(event.keyCombination()) in (
        QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"))


class _UndoKeysToWindow(QObject):
    """Lets Ctrl+Z / Ctrl+Y reach the window's undo actions instead of the field."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and (
            _is_undo_key(event) or _is_redo_alias(event)
        ):
            event.ignore()
            return True
        if event.type() == QEvent.Type.KeyPress and (_is_undo_key(event) or _is_redo_alias(event)):
            event.ignore()
            return True
        return False


class LineField(QLineEdit):
    """A one-line text field for an item's text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filter = _UndoKeysToWindow(self)
        self.installEventFilter(self._filter)

    def set_text_keeping_cursor(self, text: str) -> None:
        """Show ``text`` unless it is already shown (keeps the cursor while typing)."""
        if self.text() != text:
            self.setText(text)
            if not self.hasFocus():
                self.setCursorPosition(0)


_TEXT_FIELD_HOOKS: list[Callable[[TextField], None]] = []


def on_text_field_created(hook: Callable[[TextField], None]) -> None:
    """Call ``hook`` with every :class:`TextField` created from now on."""
    _TEXT_FIELD_HOOKS.append(hook)


class TextField(QPlainTextEdit):
    """A multi-line text field for an item's text; the one class all of them are made of."""

    textLanguageChanged = Signal(str)
    """The language of the field's text changed ("" when unknown)."""

    def __init__(self, parent: QWidget | None = None, language: str = "") -> None:
        super().__init__(parent)
        self._language = language
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self._filter = _UndoKeysToWindow(self)
        self.installEventFilter(self._filter)
        for hook in list(_TEXT_FIELD_HOOKS):
            hook(self)

    def text_language(self) -> str:
        """Language code of the text ("de", "en"; "" when unknown)."""
        return self._language

    def set_text_language(self, language: str) -> None:
        if language != self._language:
            self._language = language
            self.textLanguageChanged.emit(language)

    def set_text_keeping_cursor(self, text: str) -> None:
        if self.toPlainText() != text:
            self.setPlainText(text)


def date_format() -> str:
    """The UI locale's short date format with a four-digit year ("dd.MM.yyyy")."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def display_date(day: date | None) -> str:
    """A date in the UI locale's short form with a four-digit year."""
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), date_format())


def undated() -> str:
    """What a list shows in the date column of an item or quote without a date."""
    return QCoreApplication.translate("Fields", "undated")


def date_or_undated(day: date | None) -> str:
    """:func:`display_date`, or "undated" for no date (a list cell must not look empty)."""
    return undated() if day is None else display_date(day)


def muted_brush() -> QBrush:
    """The colour of secondary text ("undated"): the palette's placeholder colour."""
    return QBrush(QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText))
