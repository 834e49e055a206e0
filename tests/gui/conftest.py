"""Fixtures for the desktop app: a temporary archive with the sample, settings in tmp,
and dialogs that never wait for a click."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from editor.context import AppContext
from editor.gui import exporting
from editor.gui.export_dialog import ExportDialog
from editor.gui.i18n import Translators
from editor.gui.main_window import MainWindow
from editor.gui.preflight_dialog import PreflightDialog
from editor.gui.settings import APPLICATION_NAME, ORGANISATION_NAME, Settings
from editor.io.samples import load_sample_bundles
from editor.store.archive import Archive


class DialogLog:
    """What modal dialogs the code tried to show, and the answer they got."""

    def __init__(self) -> None:
        self.messages: list[str] = []
        self.question_answer = QMessageBox.StandardButton.Discard

    def texts(self) -> str:
        return "\n".join(self.messages)


@pytest.fixture(autouse=True)
def _settings_in_tmp(tmp_path: Path, qapp: QApplication) -> Iterator[Path]:
    folder = tmp_path / "settings"
    qapp.setOrganizationName(ORGANISATION_NAME)
    qapp.setApplicationName(APPLICATION_NAME)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> DialogLog:
    """Message boxes and dialogs return at once; message boxes are recorded. The checks
    before an export are recorded too and, like a message box, answered with the button
    that goes on ("Export anyway") when there is one."""
    log = DialogLog()

    def box_exec(box: QMessageBox) -> int:
        log.messages.append(f"{box.text()}\n{box.informativeText()}")
        return int(QMessageBox.StandardButton.Ok)

    def question(parent: object, title: str, text: str, *args: object) -> object:
        log.messages.append(text)
        return log.question_answer

    monkeypatch.setattr(QMessageBox, "exec", box_exec)
    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QDialog, "exec", lambda dialog: int(QDialog.DialogCode.Rejected))

    def preflight_exec(dialog: PreflightDialog) -> int:
        log.messages.append("\n".join([dialog.message.text(), *dialog.lines()]))
        if dialog.export_button is None:
            return int(QDialog.DialogCode.Rejected)
        dialog.export_button.click()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(PreflightDialog, "exec", preflight_exec)
    return log


@pytest.fixture()
def context(tmp_path: Path) -> Iterator[AppContext]:
    """An archive holding the sample release."""
    archive = Archive.open(tmp_path / "a.sqlite")
    for bundle in load_sample_bundles():
        archive.save_bundle(bundle)
    ctx = AppContext(archive=archive, data_dir=tmp_path / "userdata")
    yield ctx
    ctx.close()


@pytest.fixture()
def sample_id(context: AppContext) -> str:
    return context.archive.list_items()[0].id


def make_window(qtbot: object, context: AppContext, language: str = "en") -> MainWindow:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = Translators(app)
    translators.install(language)
    window = MainWindow(context, Settings(), language)
    window._test_translators = translators  # type: ignore[attr-defined]
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.resize(1280, 800)
    window.show()
    window.start_spelling()  # as after the first paint, before any test types a word
    return window


@pytest.fixture()
def window(qtbot: object, context: AppContext) -> Iterator[MainWindow]:
    win = make_window(qtbot, context, "en")
    yield win
    win._test_translators.install("en")  # type: ignore[attr-defined]


def export_in(monkeypatch: pytest.MonkeyPatch, template: str) -> list[list[str]]:
    """Choose ``template`` in the export dialog and record the exports (languages) run."""
    def choose(dialog: ExportDialog) -> int:
        dialog.template.setCurrentIndex(dialog.template.findData(template))
        return int(ExportDialog.DialogCode.Accepted)

    exported: list[list[str]] = []
    monkeypatch.setattr(ExportDialog, "exec", choose)
    monkeypatch.setattr(exporting, "confirm_checks", lambda *a, **k: True)
    monkeypatch.setattr(exporting, "run_export",
                        lambda parent, bundle, ids, choices: exported.append(
                            choices.languages) or [])
    return exported

