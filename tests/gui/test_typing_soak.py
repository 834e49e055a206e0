"""Long typing through the real cell editor must neither crash nor lose a character."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run(args: list[str], tmp_path: Path, timeout: int) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-X", "dev", "-X", "faulthandler", *args],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)


@pytest.mark.slow
def test_twenty_thousand_keystrokes_with_undo_moves_and_language_switches(
        tmp_path: Path) -> None:
    result = _run(["-m", "tests.gui.typing_soak_driver", "--keys", "20000",
                   "--data", str(tmp_path)], tmp_path, timeout=900)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
    lines = result.stdout.split()
    assert lines[-1] == "ok"
    assert int(lines[lines.index("keys") + 1]) >= 20000


def test_pyside_calls_returning_none_or_true_do_not_free_them(tmp_path: Path) -> None:
    """PySide6 drops a reference to None/True on every void or bool call it returns."""
    script = (
        "import editor.gui\n"
        "from PySide6.QtCore import QObject, Signal\n"
        "from PySide6.QtWidgets import QApplication, QLabel\n"
        "app = QApplication([])\n"
        "label = QLabel()\n"
        "class Emitter(QObject):\n"
        "    fired = Signal()\n"
        "emitter = Emitter()\n"
        "for _ in range(100_000):\n"
        "    label.setText('a')\n"
        "    emitter.fired.emit()\n"
        "print('alive')\n"
    )
    result = _run(["-c", script], tmp_path, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip().endswith("alive")
