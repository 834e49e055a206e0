"""On a first start the UI translation is compiled while the window's modules load: the
translators then take the file compiled ahead instead of compiling it themselves."""

from __future__ import annotations

import subprocess
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from editor.core.paths import cache_dir
from editor.gui import i18n
from editor.gui.i18n import Translators, compile_ahead
from editor.gui.settings import Settings


def test_the_translation_compiled_ahead_is_the_one_installed(
        monkeypatch: pytest.MonkeyPatch) -> None:
    folder = cache_dir() / "i18n"
    assert not folder.exists() or not list(folder.glob("*.qm"))  # a first start
    runs: list[str] = []
    run = subprocess.run

    def counted(*args: Any, **kwargs: Any) -> Any:
        runs.append(args[0][0])
        return run(*args, **kwargs)

    monkeypatch.setattr(i18n.subprocess, "run", counted)
    compile_ahead("de")
    compile_ahead("de")  # asked twice (a second window): compiled once
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = Translators(app)
    try:
        translators.install("de")
        assert len(runs) == 1  # by the compilation ahead, which install waited for
        assert i18n._compiling == {}
        assert list((cache_dir() / "i18n").glob("pressestelle_de-*.qm"))
        assert QCoreApplication.translate("Actions", "&Save") == "&Speichern"
    finally:
        translators.install("en")
    assert len(runs) == 2  # English is compiled when it is first asked for


def test_the_user_language_is_compiled_ahead(monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[str] = []
    monkeypatch.setattr(i18n, "compile_ahead", started.append)
    settings = Settings()
    settings.ui_language = "de"
    i18n.compile_user_language_ahead()
    settings.ui_language = "en"
    i18n.compile_user_language_ahead()
    assert started == ["de", "en"]
