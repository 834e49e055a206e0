"""Screenshots of the main window and its dialogs, for the README and for review."""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSettings
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from editor import render
from editor.context import AppContext
from editor.gui.app import WindowKeeper, create_application
from editor.gui.export_dialog import ExportDialog
from editor.gui.i18n import Translators
from editor.gui.settings import Settings
from editor.gui.settings_dialog import SettingsDialog
from editor.io.atomic import write_bytes_atomic
from editor.io.samples import load_sample_bundles
from editor.store.shared import SharedPolicy


def _settle(app: QApplication, seconds: float = 0.6) -> None:
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.02)


def _save(app: QApplication, widget: QWidget, target: Path) -> None:
    _settle(app)
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    write_bytes_atomic(target, bytes(data.data()))
    print(f"{target} ({target.stat().st_size // 1024} KB)")


def shoot(temp: Path, language: str, views: Sequence[str], out_dir: Path,
          single: Path | None = None) -> int:
    """Open the sample in a fresh archive under ``temp`` and save one PNG per view."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(temp / "cfg"))
    context = AppContext.open(str(temp / "archive.sqlite"))
    for bundle in load_sample_bundles():
        context.archive.save_bundle(bundle, shared=SharedPolicy.KEEP)
    app = create_application()
    settings = Settings()
    settings.ui_language = language
    window = WindowKeeper(context, settings, Translators(app)).start()
    window.resize(1280, 800)
    out_dir.mkdir(parents=True, exist_ok=True)
    editor = window.editor
    for view in views:
        target = single or out_dir / f"{view}_{language}.png"
        editor.tabs.setCurrentIndex(1 if view == "details" else 0)
        if view in ("quotes", "speaker"):
            window.quotes.show_archive()
            archive = window.quotes.widget
            archive.search_field.setText("förder")
            archive.search_now()
            archive.results.setCurrentIndex(archive.model.index(0, 0))
            if view == "speaker":
                archive.show_speaker("person-armin-willingmann")
        else:
            window.quotes.show_items()
        if view == "quote" and window.document is not None:
            quotes = [b.id for b in window.document.item.blocks if b.quote_id]
            if quotes:
                editor.block_table.select_block(quotes[0])
        dialog: QDialog | None = None
        if view == "export":
            unavailable: list[render.TemplateError] = []
            dialog = ExportDialog(settings, render.list_templates(problems=unavailable), 1,
                                  window.ui_language, window, None, unavailable)
        elif view == "settings":
            dialog = SettingsDialog(settings.ui_language, window)
        if dialog is None:
            _save(app, window, target)
            continue
        dialog.show()
        dialog.adjustSize()
        _save(app, dialog, target)
        dialog.close()
    window.close()
    context.close()
    return 0
