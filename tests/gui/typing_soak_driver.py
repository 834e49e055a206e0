"""Types into the real block cell editor for a long time; run by ``test_typing_soak.py``.

    python -X dev -X faulthandler -m tests.gui.typing_soak_driver --keys 20000 --data DIR

Builds the application's window through the same keeper ``python main.py`` uses, opens the
sample release and sends key events one character at a time to the cell editor of the
table (umlauts, „“ and ß included), interleaved with undo, redo, moving blocks, switching
between the German and English cells and switching the UI language (which rebuilds the
window around the open document). After every burst it checks that the text shown in the
cell is the text the document holds. Prints ``keys <n>`` and ``ok`` at the end; any
mismatch exits with status 1, a crash shows its stack through faulthandler.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from editor.context import AppContext
from editor.gui.app import WindowKeeper
from editor.gui.block_table_model import BlockTableModel
from editor.gui.fields import TextField
from editor.gui.i18n import Translators
from editor.gui.main_window import MainWindow
from editor.gui.settings import APPLICATION_NAME, ORGANISATION_NAME, Settings
from editor.io.samples import load_sample_bundles
from editor.store.archive import Archive

ALPHABET = "abcdefghijklmnopqrstuvwxyz äöüßÄÖÜ„“”’–.,"
BURST = (20, 120)
"""Keystrokes typed between two other actions (uniformly in this range)."""


def _type(widget: TextField, ch: str) -> None:
    if ch == " ":
        QTest.keyClick(widget, Qt.Key.Key_Space)
        return
    QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                       Qt.KeyboardModifier.NoModifier)


class Soak:
    def __init__(self, keeper: WindowKeeper, keys: int, seed: int) -> None:
        self.keeper = keeper
        self.keys = keys
        self.random = random.Random(seed)
        self.typed = 0
        self.column = BlockTableModel.column_of("de")

    @property
    def window(self) -> MainWindow:
        assert self.keeper.window is not None
        return self.keeper.window

    def cell_editor(self) -> TextField:
        """The open cell editor of the current text cell, opened by a click if needed."""
        table = self.window.editor.block_table
        model = table.block_model()
        index = table.currentIndex()
        if not index.isValid() or not model.flags(model.index(index.row(), self.column)) & (
                Qt.ItemFlag.ItemIsEditable):
            row = next(r for r in range(model.rowCount())
                       if model.flags(model.index(r, self.column)) & Qt.ItemFlag.ItemIsEditable)
            index = model.index(row, self.column)
        elif index.column() != self.column:
            index = model.index(index.row(), self.column)
        editor = table.indexWidget(index)
        if not isinstance(editor, TextField):
            rect = table.visualRect(index)
            if rect.isEmpty():
                table.scrollTo(index)
                QApplication.processEvents()
                rect = table.visualRect(index)
            QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                             Qt.KeyboardModifier.NoModifier, rect.center())
            QApplication.processEvents()
            editor = table.indexWidget(index)
        if not isinstance(editor, TextField):
            raise SystemExit(f"no cell editor opened by a click on row {index.row()}")
        return editor

    def click_another_block(self) -> None:
        """Click into the text of another block, as a writer moving on would."""
        table = self.window.editor.block_table
        model = table.block_model()
        rows = [r for r in range(model.rowCount())
                if model.flags(model.index(r, self.column)) & Qt.ItemFlag.ItemIsEditable]
        index = model.index(self.random.choice(rows), self.column)
        table.scrollTo(index)
        QApplication.processEvents()
        rect = table.visualRect(index)
        QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier, rect.center())

    def check(self, editor: TextField) -> None:
        table = self.window.editor.block_table
        index = table.currentIndex()
        held = table.block_model().data(index, Qt.ItemDataRole.EditRole)
        if table.indexWidget(index) is editor and held != editor.toPlainText():
            raise SystemExit(f"cell shows {editor.toPlainText()!r} but the document holds "
                             f"{held!r} after {self.typed} keys")

    def burst(self) -> None:
        editor = self.cell_editor()
        for _ in range(self.random.randint(*BURST)):
            ch = self.random.choice(ALPHABET)
            _type(editor, ch)
            self.typed += 1
            if self.typed % 25 == 0:
                QApplication.processEvents()
        QApplication.processEvents()
        self.check(editor)

    def other_action(self) -> None:
        acts = self.window.window_actions
        choice = self.random.random()
        if choice < 0.25:
            QTest.keyClick(QApplication.focusWidget() or self.window, Qt.Key.Key_Z,
                           Qt.KeyboardModifier.ControlModifier)
        elif choice < 0.45:
            QTest.keyClick(QApplication.focusWidget() or self.window, Qt.Key.Key_Y,
                           Qt.KeyboardModifier.ControlModifier)
        elif choice < 0.6:
            acts.move_block_down.trigger()
        elif choice < 0.72:
            acts.move_block_up.trigger()
        elif choice < 0.82:
            self.column = BlockTableModel.column_of(
                "en" if self.column == BlockTableModel.column_of("de") else "de")
        elif choice < 0.93:
            self.click_another_block()
        else:
            current = self.window.ui_language
            acts.languages["de" if current != "de" else "en"].trigger()
            QApplication.processEvents()
        QApplication.processEvents()

    def run(self) -> None:
        while self.typed < self.keys:
            self.burst()
            self.other_action()
        print(f"keys {self.typed}", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keys", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--data", type=Path, required=True)
    args = parser.parse_args(argv)
    app = QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANISATION_NAME)
    QCoreApplication.setApplicationName(APPLICATION_NAME)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(args.data / "settings"))
    archive = Archive.open(args.data / "soak.sqlite")
    for bundle in load_sample_bundles():
        archive.save_bundle(bundle)
    context = AppContext(archive=archive, data_dir=args.data / "userdata")
    settings = Settings()
    settings.ui_language = "en"
    keeper = WindowKeeper(context, settings, Translators(app))
    window = keeper.start()
    window.resize(1280, 800)
    QApplication.processEvents()
    Soak(keeper, args.keys, args.seed).run()
    if keeper.window is not None:
        keeper.window.autosave.cancel()
        doc = keeper.window.document
        if doc is not None:
            doc.undo_stack.setClean()
    context.close()
    print("ok", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
