"""Drives the real desktop application for the crash-safety test; killed at random.

    python -m tests.crash_driver --db ARCHIVE --log LOG --run N [--item ID]

Builds the main window exactly as ``python main.py`` does (``editor.gui.app.start``),
then types into the first paragraph through the widget API on a timer, saving now and
then. Every edit is appended to LOG as ``edit <run> <n> <monotonic time> <token>`` and
flushed to disk before the next one, so the killing test knows what was typed when.
Without ``--item`` it starts a new press item; with it, it reports what the application
reopened by itself (``opened <id> <text>``) and goes on editing that item.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from typing import TextIO

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest

from editor.cli import ensure_sample_on_first_start
from editor.context import AppContext
from editor.gui.app import start
from editor.gui.block_table_model import BlockTableModel
from editor.gui.document import block_key
from editor.gui.main_window import MainWindow

SAVE_EVERY = 9
"""Every this many edits the driver saves explicitly (Ctrl+S)."""


def _write(log: TextIO, line: str) -> None:
    log.write(line + "\n")
    log.flush()
    os.fsync(log.fileno())


def _paragraph_text(window: MainWindow) -> str:
    doc = window.document
    if doc is None or not doc.item.blocks:
        return ""
    return doc.translations(block_key(doc.item.blocks[0].id)).get("de")


class Typist:
    """Appends one token after another to the first paragraph of the open item."""

    def __init__(self, window: MainWindow, log: TextIO, run: int) -> None:
        self.window = window
        self.log = log
        self.run = run
        self.number = 0
        self.timer = QTimer()
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.edit)

    def start(self) -> None:
        self.timer.start(random.randint(30, 150))

    def edit(self) -> None:
        self.number += 1
        token = f"r{self.run}e{self.number}"
        window = self.window
        model = window.editor.block_model
        index = model.index(0, BlockTableModel.column_of("de"))
        text = _paragraph_text(window)
        model.setData(index, f"{text} {token}".strip())
        _write(self.log, f"edit {self.run} {self.number} {time.monotonic():.6f} {token}")
        if self.number % SAVE_EVERY == 0:
            window.window_actions.save.trigger()
            _write(self.log, f"save {self.run} {self.number} {time.monotonic():.6f}")
        self.timer.start(random.randint(40, 160))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--log", required=True)
    parser.add_argument("--run", type=int, required=True)
    parser.add_argument("--item", help="the item edited before the last kill")
    args = parser.parse_args(argv)
    context = AppContext.open(args.db)
    ensure_sample_on_first_start(context)
    app, keeper = start(context)
    window = keeper.window
    assert window is not None
    log = open(args.log, "a", encoding="utf-8")  # noqa: SIM115 (open for the whole run)
    if args.item is None:
        window.window_actions.new_item.trigger()
        QTest.keyClicks(window.editor.headline_form.fields[("headline", "de")], "Crash test")
    else:
        doc = window.document
        opened = doc.item.id if doc is not None else "-"
        _write(log, f"opened {args.run} {opened} {_paragraph_text(window) or '-'}")
        if opened != args.item:
            window.open_item(args.item)
    doc = window.document
    assert doc is not None
    _write(log, f"ready {args.run} {doc.item.id} {time.monotonic():.6f}")
    typist = Typist(window, log, args.run)
    typist.start()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
