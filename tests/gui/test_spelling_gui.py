"""Spell checking while typing: underlines, suggestions that replace, names, own words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics, QImage, QTextCharFormat, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from editor.context import AppContext
from editor.core.model import Person
from editor.gui.block_table_model import BlockTableModel
from editor.gui.fields import TextField
from editor.gui.main_window import MainWindow
from editor.gui.spelling import SpellHighlighter, spelling_menu
from editor.services.spelling import PersonalWords, SpellChecker

pytestmark = pytest.mark.gui

needs_german = pytest.mark.skipif(not SpellChecker().available("de"),
                                  reason="no German Hunspell dictionary installed")

UNDERLINE = QTextCharFormat.UnderlineStyle.WaveUnderline


def _open_cell(qtbot: QtBot, window: MainWindow, row: int, lang: str) -> TextField:
    table = window.editor.block_table
    table.setFocus()
    table.setCurrentIndex(window.editor.block_model.index(row, BlockTableModel.column_of(lang)))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.viewport().findChild(TextField, "blockTextEditor")
    assert isinstance(editor, TextField)
    return editor


def _underlined(editor: QPlainTextEdit) -> list[str]:
    """The words the highlighter underlined, read from the layout's format ranges, once
    typing has paused long enough for new words to be looked up."""
    highlighter = editor.document().findChild(SpellHighlighter)
    waited = 0
    while highlighter is not None and highlighter.pending() and waited < 5000:
        QTest.qWait(20)
        waited += 20
    words = []
    block = editor.document().firstBlock()
    while block.isValid():
        layout = block.layout()
        for fmt in layout.formats():
            if fmt.format.underlineStyle() == UNDERLINE:
                words.append(block.text()[fmt.start:fmt.start + fmt.length])
        block = block.next()
    return words


def _point_in(editor: QPlainTextEdit, word: str) -> QPoint:
    cursor = QTextCursor(editor.document())
    cursor.setPosition(editor.toPlainText().index(word) + 2)
    return editor.cursorRect(cursor).center()


@needs_german
def test_a_misspelt_word_is_underlined_and_a_suggestion_replaces_it(
        qtbot: QtBot, window: MainWindow) -> None:
    window.window_actions.new_item.trigger()
    doc = window.document
    assert doc is not None
    editor = _open_cell(qtbot, window, 0, "de")
    qtbot.keyClicks(editor, "Die Pressemiteilung kommt heute")
    assert _underlined(editor) == ["Pressemiteilung"]

    menu = spelling_menu(editor)
    assert menu is not None
    context_menu = menu.menu_at(_point_in(editor, "Pressemiteilung"))
    suggestions = {a.text(): a for a in context_menu.actions()
                   if a.objectName() == "spellingSuggestion"}
    assert "Pressemitteilung" in suggestions
    assert context_menu.actions()[0].objectName() == "spellingSuggestion"
    suggestions["Pressemitteilung"].trigger()
    block = doc.item.blocks[0]
    assert block.text.get("de") == "Die Pressemitteilung kommt heute"
    assert _underlined(editor) == []

    assert editor.textCursor().position() == len("Die Pressemitteilung")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, " an")
    assert block.text.get("de") == "Die Pressemitteilung kommt heute an"
    window.window_actions.undo.trigger()   # the typing after the correction
    assert doc.item.blocks[0].text.get("de") == "Die Pressemitteilung kommt heute"
    window.window_actions.undo.trigger()   # the correction itself
    assert doc.item.blocks[0].text.get("de") == "Die Pressemiteilung kommt heute"
    window.window_actions.redo.trigger()
    assert doc.item.blocks[0].text.get("de") == "Die Pressemitteilung kommt heute"


@needs_german
def test_a_speakers_surname_from_the_archive_is_not_underlined(
        qtbot: QtBot, window: MainWindow, context: AppContext) -> None:
    window.window_actions.new_item.trigger()
    editor = _open_cell(qtbot, window, 0, "de")
    assert not window.spelling.checker.dictionary("de").check("Kammradt")  # type: ignore[union-attr]
    qtbot.keyClicks(editor, "Kammradt und Steinbach sagen Kammradts Satz, nicht Kamradt")
    assert _underlined(editor) == ["Kamradt"]
    # A person added to the directory is known from then on.
    context.archive.save_person(Person(id="person-kamradt", given_name="Eva",
                                       family_name="Kamradt"))
    window.reload_organisations()
    assert _underlined(editor) == []


@needs_german
def test_add_to_dictionary_is_kept_in_the_archive(qtbot: QtBot, window: MainWindow,
                                                  context: AppContext) -> None:
    window.window_actions.new_item.trigger()
    editor = _open_cell(qtbot, window, 0, "de")
    qtbot.keyClicks(editor, "Die Gigafabrikwoche beginnt")
    headline = window.editor.headline_form.fields[("headline", "de")]
    headline.setText("Gigafabrikwoche in Potsdam")
    assert _underlined(editor) == ["Gigafabrikwoche"]

    context_menu = spelling_menu(editor).menu_at(  # type: ignore[union-attr]
        _point_in(editor, "Gigafabrikwoche"))
    add = next(a for a in context_menu.actions() if a.objectName() == "spellingAddWord")
    assert "Gigafabrikwoche" in add.text()
    add.trigger()
    assert _underlined(editor) == []
    assert PersonalWords(context.archive).words() == ["Gigafabrikwoche"]
    underlines = spelling_menu(headline)
    assert underlines is not None and underlines.ranges == []  # type: ignore[union-attr]


@needs_german
def test_headline_words_are_underlined_and_corrected_undoably(
        qtbot: QtBot, window: MainWindow) -> None:
    window.window_actions.new_item.trigger()
    doc = window.document
    assert doc is not None
    field = window.editor.headline_form.fields[("headline", "de")]
    qtbot.keyClicks(field, "Neue Pressemiteilung")
    underlines = spelling_menu(field)
    assert underlines is not None
    assert underlines.ranges == [(5, len("Pressemiteilung"))]  # type: ignore[union-attr]
    steps = doc.undo_stack.count()
    menu = underlines.menu_at(QPoint(field.cursorRect().center().x() - 20,
                                     field.height() // 2))
    fix = next(a for a in menu.actions() if a.text() == "Pressemitteilung")
    fix.trigger()
    assert doc.item.headline.get("de") == "Neue Pressemitteilung"
    assert doc.undo_stack.count() == steps + 1
    window.window_actions.undo.trigger()
    assert doc.item.headline.get("de") == "Neue Pressemiteilung"


def test_a_missing_dictionary_is_said_once_and_nothing_is_checked(
        qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    import editor.services.spelling as spelling_service
    from tests.gui.conftest import make_window

    monkeypatch.setattr(spelling_service, "_installed_dictionary", lambda tags: (None, ""))
    window = make_window(qtbot, context, "en")
    assert "German" in window.statusBar().currentMessage()
    assert "English" in window.statusBar().currentMessage()
    window.window_actions.new_item.trigger()
    editor = _open_cell(qtbot, window, 0, "de")
    qtbot.keyClicks(editor, "Die Pressemiteilung")
    assert _underlined(editor) == []
    assert window.document is not None
    assert window.document.item.blocks[0].text.get("de") == "Die Pressemiteilung"


def _red_columns(image: QImage, rect: QRect) -> set[int]:
    """x positions (in the image) of the spelling wave's red within ``rect``."""
    found = set()
    for y in range(max(rect.top(), 0), min(rect.bottom(), image.height() - 1) + 1):
        for x in range(max(rect.left(), 0), min(rect.right(), image.width() - 1) + 1):
            colour = image.pixelColor(x, y)
            if colour.red() > 150 and colour.green() < 90 and colour.blue() < 90:
                found.add(x)
    return found


@needs_german
def test_cells_not_being_edited_underline_misspelt_words_but_not_names(
        qtbot: QtBot, window: MainWindow) -> None:
    window.window_actions.new_item.trigger()
    table = window.editor.block_table
    model = window.editor.block_model
    delegate = table.delegate
    text = "Kammradt: Pressemiteilung"  # one line in the cell
    index = model.index(0, BlockTableModel.column_of("de"))
    model.setData(index, text, Qt.ItemDataRole.EditRole)
    english = model.index(0, BlockTableModel.column_of("en"))
    model.setData(english, "Kammradt: Pressemitteilung", Qt.ItemDataRole.EditRole)
    assert table.state() != table.State.EditingState  # no cell editor: the table paints
    table.viewport().repaint()
    qtbot.waitUntil(lambda: not delegate.pending(), timeout=3000)
    assert [m.word for m in delegate.misspellings_of(index)] == ["Pressemiteilung"]
    # the English column checks English: the German word is unknown there
    assert [m.word for m in delegate.misspellings_of(english)] == ["Pressemitteilung"]

    image = table.viewport().grab().toImage()
    cell = table.visualRect(index)
    metrics = QFontMetrics(table.font())
    left = cell.left()
    start = left + metrics.horizontalAdvance(text[:text.index("Pressemiteilung")])
    end = left + metrics.horizontalAdvance(text) + 10
    red = _red_columns(image, cell)
    assert red, "the misspelt word is not underlined"
    assert min(red) >= start - 2 and max(red) <= end  # under the misspelt word only
    surname = metrics.horizontalAdvance("Kammradt")
    assert not {x for x in red if x <= left + surname + 4}  # the surname has no wave


@needs_german
def test_a_new_word_is_looked_up_when_typing_pauses(qtbot: QtBot, window: MainWindow) -> None:
    window.window_actions.new_item.trigger()
    editor = _open_cell(qtbot, window, 0, "de")
    highlighter = editor.document().findChild(SpellHighlighter)
    assert isinstance(highlighter, SpellHighlighter)
    qtbot.keyClicks(editor, "Die Pressemiteilung")
    assert highlighter.pending()  # typed without a dictionary lookup: nothing red yet
    layout = editor.document().firstBlock().layout()
    assert not [f for f in layout.formats() if f.format.underlineStyle() == UNDERLINE]
    qtbot.waitUntil(lambda: not highlighter.pending(), timeout=3000)
    assert _underlined(editor) == ["Pressemiteilung"]
    assert window.spelling.checker._cache["de"].get("Pressemiteilun") is None  # half-typed
