"""UI translations: complete .ts files, and a German UI without English left in it."""

from __future__ import annotations

import os
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from editor.context import AppContext
from editor.core.paths import cache_dir, resources_dir
from editor.gui.export_dialog import ExportDialog
from editor.gui.i18n import compiled_translation
from editor.gui.settings import Settings
from editor.gui.settings_dialog import SettingsDialog
from tests.gui.conftest import make_window

pytestmark = pytest.mark.gui

TS_FILES = sorted((resources_dir() / "i18n").glob("*.ts"))


def _messages(path: Path) -> list[ET.Element]:
    return list(ET.parse(path).iter("message"))


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_translation_files_are_complete(path: Path) -> None:
    unfinished = [m.findtext("source") for m in _messages(path)
                  if (t := m.find("translation")) is not None
                  and t.get("type") in ("unfinished", "vanished", "obsolete")]
    assert unfinished == []


@pytest.mark.parametrize("language", ["de", "en"])
def test_translations_compile_into_the_cache(language: str) -> None:
    compiled = compiled_translation(language)
    assert compiled is not None and compiled.stat().st_size > 1000
    assert compiled.is_relative_to(cache_dir())
    assert compiled_translation(language) == compiled  # reused, not compiled again


def test_a_cached_translation_of_other_texts_is_not_taken(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another installation's newer .qm in the shared cache does not stand in for ours."""
    from editor.core import paths

    resources = tmp_path / "resources"
    (resources / "i18n").mkdir(parents=True)
    source = resources / "i18n" / "pressestelle_de.ts"
    shutil.copy2(paths.resources_dir() / "i18n" / "pressestelle_de.ts", source)
    monkeypatch.setattr("editor.gui.i18n.resources_dir", lambda: resources)
    first = compiled_translation("de")
    assert first is not None
    text = source.read_text(encoding="utf-8")
    changed = text.replace("<translation>&amp;Speichern</translation>",
                           "<translation>&amp;Sichern</translation>", 1)
    assert changed != text
    source.write_text(changed, encoding="utf-8")
    os.utime(source, (first.stat().st_mtime - 3600,) * 2)  # older than the cached file
    second = compiled_translation("de")
    assert second is not None and second != first
    assert "&Sichern".encode("utf-16-be") in second.read_bytes()
    assert "&Sichern".encode("utf-16-be") not in first.read_bytes()


def test_both_languages_are_there() -> None:
    assert [p.name for p in TS_FILES] == ["pressestelle_de.ts", "pressestelle_en.ts"]


def _english_only_texts() -> set[str]:
    """Source texts whose German translation differs, without accelerators."""
    found = set()
    for message in _messages(resources_dir() / "i18n" / "pressestelle_de.ts"):
        source = (message.findtext("source") or "").replace("&", "")
        translation = (message.findtext("translation") or "").replace("&", "")
        if source and translation and source != translation and "%" not in source:
            found.add(source)
    return found


def _visible_texts(root: QWidget) -> set[str]:
    texts: set[str] = set()
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        texts.add(widget.toolTip())
        texts.add(widget.statusTip())
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.add(widget.text())
        if isinstance(widget, QGroupBox):
            texts.add(widget.title())
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            texts.add(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts.update(widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QTabWidget):
            texts.update(widget.tabText(i) for i in range(widget.count()))
        for action in widget.actions():
            texts.update({action.text(), action.toolTip(), action.statusTip(),
                          action.iconText()})
            if action.menu() is not None:
                texts.add(action.menu().title())
                texts.update(a.text() for a in action.menu().actions())
    return {t.replace("&", "") for t in texts if t}


def _header_texts(model: object) -> set[str]:
    count = model.columnCount(QModelIndex())  # type: ignore[attr-defined]
    return {str(model.headerData(c, Qt.Orientation.Horizontal))  # type: ignore[attr-defined]
            for c in range(count)}


def test_german_ui_has_no_english_strings(qtbot: QtBot, context: AppContext) -> None:
    window = make_window(qtbot, context, "de")
    try:
        window.open_newest_item()
        quote_row = next(r for r, b in enumerate(window.document.item.blocks)  # type: ignore[union-attr]
                         if b.quote_id)
        window.editor.block_table.select_block(window.document.item.blocks[quote_row].id)  # type: ignore[union-attr]
        window.list_panel.filter_bar.toggle.setChecked(True)
        assert window.editor.metadata_form  # the "Details" tab, built as when first shown
        texts = _visible_texts(window)
        texts |= _header_texts(window.editor.block_model)
        texts |= _header_texts(window.list_panel.model)
        for row in range(window.editor.block_model.rowCount()):
            texts.add(str(window.editor.block_model.index(row, 0).data()).split("\n")[0])
        from editor import render
        dialog = ExportDialog(Settings(), render.list_templates(), 2, "de", window)
        settings_dialog = SettingsDialog("", window)
        texts |= _visible_texts(dialog) | _visible_texts(settings_dialog)
        english = _english_only_texts()
        native = {"English"}  # the language menu names each language in itself
        leftovers = sorted(t for t in texts if t in english and t not in native)
        assert leftovers == []
        assert "Englisch" in _header_texts(window.editor.block_model)
        assert "Datei" in texts and "Intern – wird nie exportiert" in texts
        assert window.editor.block_model.index(0, 0).data() == "Absatz"
    finally:
        window._test_translators.install("en")  # type: ignore[attr-defined]


def test_english_ui(qtbot: QtBot, context: AppContext) -> None:
    window = make_window(qtbot, context, "en")
    window.open_newest_item()
    assert window.editor.metadata_form  # the "Details" tab, built as when first shown
    texts = _visible_texts(window)
    assert "File" in texts and "Internal – never exported" in texts


def test_language_switch_rebuilds_the_window(qtbot: QtBot, context: AppContext) -> None:
    from PySide6.QtWidgets import QApplication

    from editor.gui.app import WindowKeeper
    from editor.gui.i18n import Translators

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settings = Settings()
    settings.ui_language = "en"
    translators = Translators(app)
    keeper = WindowKeeper(context, settings, translators)
    first = keeper.start()
    qtbot.addWidget(first)
    assert first.document is not None
    first.editor.metadata_form.internal_note.setPlainText("unsaved")
    first.window_actions.languages["de"].trigger()
    second = keeper.window
    assert second is not None and second is not first
    qtbot.addWidget(second)
    assert second.menuBar().actions()[0].text() == "&Datei"
    assert second.document is not None
    assert second.document.item.internal_note == "unsaved"
    assert second.document.undo_stack.canUndo()
    assert Settings().ui_language == "de"
    translators.install("en")
