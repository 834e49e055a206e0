"""Counts in messages read as sentences: "1 file written", never "1 file(s) written"."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.gui import exporting
from editor.gui.main_window import MainWindow
from tests.gui.conftest import DialogLog

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(("count", "expected"), [(1, "1 file written to"),
                                                 (2, "2 files written to")])
def test_export_finished_counts_files_in_words(window: MainWindow, tmp_path: Path,
                                               dialogs: DialogLog, count: int,
                                               expected: str) -> None:
    files = [tmp_path / f"release{i}.html" for i in range(count)]
    exporting._offer_folder(window, tmp_path, files)
    assert dialogs.messages[-1].startswith(f"{expected} {tmp_path}.")
