"""Messages that carry text from a file (a headline, a date as written, a file name) are
shown as plain text: Qt reads a message that looks like HTML as rich text and loads the
pictures it names from disk, so ``<img src="/dev/zero">`` in an imported file's date
would keep the window reading forever. Each box is shown in a process of its own, which
a hang cannot take the test run with."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

_SHOW = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication, QMessageBox
from editor.core.errors import ValidationError
from editor.gui import document_import, errors
from editor.services.release_import import BatchSummary, DocumentFailure

app = QApplication([])
def shown(box):
    box.show()
    app.processEvents()
    box.close()
    return int(QMessageBox.StandardButton.Ok)
QMessageBox.exec = shown
picture = f'<img src="{sys.argv[2]}">'
if sys.argv[1] == "error":
    errors.show_error(None, picture + " could not be imported", ValidationError(
        "item.issue_date", f"'{picture}' is not a real date (expected YYYY-MM-DD)"))
else:
    failure = DocumentFailure(Path("Mitteilung.docx"), picture + " broken")
    document_import.show_summary(None, BatchSummary(failures=[failure]))
print("shown")
"""


@pytest.mark.parametrize("box", ["error", "summary"])
def test_a_message_naming_a_picture_in_its_text_reads_no_file(
        tmp_path: Path, box: str) -> None:
    pipe = tmp_path / "picture.png"  # opened for reading, it waits for a writer for ever
    os.mkfifo(pipe)
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
                   "PYTHONPATH": os.pathsep.join(sys.path)}
    try:
        done = subprocess.run([sys.executable, "-c", _SHOW, box, str(pipe)],
                              capture_output=True, text=True, timeout=30, env=environment)
    except subprocess.TimeoutExpired:
        pytest.fail("showing the message read the picture its text names")
    assert done.stdout.strip() == "shown", done.stderr
