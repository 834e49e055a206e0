"""The live preview and the export dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from editor.context import AppContext
from editor.gui import exporting
from editor.gui.export_dialog import ExportDialog
from editor.gui.main_window import MainWindow
from editor.gui.preview_panel import RENDER_DELAY_MS
from editor.gui.settings import Settings

pytestmark = pytest.mark.gui


def test_preview_follows_edits_after_a_pause(qtbot: QtBot, window: MainWindow) -> None:
    preview = window.preview
    with qtbot.waitSignal(preview.rendered, timeout=10_000):
        window.open_newest_item()
    assert "Smart Country" in preview.browser.toPlainText()
    field = window.editor.headline_form.fields[("headline", "de")]
    field.setText("Vorschau wird aktualisiert")
    field.textEdited.emit(field.text())
    assert "Vorschau wird aktualisiert" not in preview.browser.toPlainText()
    qtbot.waitUntil(lambda: "Vorschau wird aktualisiert" in preview.browser.toPlainText(),
                    timeout=RENDER_DELAY_MS * 8)
    assert 0 < preview.last_render_ms < 1000
    assert "ms" in window.preview_time_label.text()


def test_preview_language_follows_template(qtbot: QtBot, window: MainWindow) -> None:
    window.open_newest_item()
    preview = window.preview
    with qtbot.waitSignal(preview.rendered, timeout=10_000):
        preview.template.setCurrentIndex(preview.template.findData("press-release"))
    assert preview.chosen_languages() == ["en"]
    assert "Economic development agencies" in preview.browser.toPlainText()
    preview.template.setCurrentIndex(preview.template.findData("event-report"))
    assert preview.language.count() == 2
    assert Settings().preview_template == "event-report"


def test_the_preview_shows_what_a_journalist_gets(qtbot: QtBot, window: MainWindow) -> None:
    """No draft marking over a published release; what is missing shows in the editor."""
    window.open_newest_item()
    with qtbot.waitSignal(window.preview.rendered, timeout=10_000):
        window.preview.render_now()
    page = window.preview.browser.toPlainText()
    assert "Smart Country" in page
    assert "ENTWURF" not in page and "DRAFT" not in page


def test_failed_render_keeps_old_preview_and_tells_status_bar(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    with qtbot.waitSignal(window.preview.rendered, timeout=10_000):
        window.open_newest_item()
    before = window.preview.browser.toPlainText()
    from editor import render

    def broken(*args: object, **kwargs: object) -> str:
        raise render.RenderError("template is broken")

    monkeypatch.setattr(render, "render_html", broken)
    with qtbot.waitSignal(window.preview.statusMessageRequested, timeout=10_000):
        window.preview.render_now()
    assert window.preview.browser.toPlainText() == before
    assert "template is broken" in window.statusBar().currentMessage()


def _accepting_exec(folder: Path, template: str | None = None):
    def exec_(dialog: ExportDialog) -> int:
        if template:
            dialog.template.setCurrentIndex(dialog.template.findData(template))
        dialog._on_choose_folder()
        dialog.accept()
        return int(QDialog.DialogCode.Accepted)
    return exec_


def test_export_through_the_dialog(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch, dialogs) -> None:
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    monkeypatch.setattr(ExportDialog, "exec", _accepting_exec(out, "bilingual"))
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.ActionRole))
    window.open_newest_item()
    window.window_actions.export.trigger()
    files = sorted(p.suffix for p in out.iterdir())
    assert files == [".docx", ".html"]
    assert all(p.stat().st_size > 1000 for p in out.iterdir())
    assert "2" in dialogs.texts()
    assert opened and opened[0].toLocalFile() == str(out)
    settings = Settings()
    assert settings.export_template == "bilingual"
    assert settings.export_folder == str(out)
    assert settings.export_languages == ["de", "en"]


def test_export_dialog_remembers_choices(qtbot: QtBot, window: MainWindow) -> None:
    settings = Settings()
    settings.export_template = "pressemitteilung"
    settings.export_formats = ["html"]
    settings.export_folder = "/somewhere"
    from editor import render
    dialog = ExportDialog(settings, render.list_templates(), 3, "en", window)
    qtbot.addWidget(dialog)
    choices = dialog.choices()
    assert choices.template == "pressemitteilung"
    assert choices.formats == ["html"]
    assert choices.languages == ["de"]
    assert str(choices.folder) == "/somewhere"
    assert "3" in dialog.summary.text()


def test_export_of_several_items_shows_progress(
        qtbot: QtBot, context: AppContext, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    first = context.archive.load_item(context.archive.list_items()[0].id)
    first.id = "copy-of-sample"
    first.version = 0
    context.archive.save_item(first)
    window.list_panel.refresh()
    out = tmp_path / "several"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    monkeypatch.setattr(ExportDialog, "exec", _accepting_exec(out, "pressemitteilung"))
    steps: list[tuple[int, int]] = []
    original = exporting.QProgressDialog.setValue
    monkeypatch.setattr(exporting.QProgressDialog, "setValue",
                        lambda self, v: (steps.append((v, self.maximum())), original(self, v)))
    view = window.list_panel.view
    view.setFocus()
    view.selectAll()
    window.window_actions.export.trigger()
    assert len([p for p in out.iterdir() if p.suffix == ".docx"]) == 2
    assert steps and steps[-1][0] == steps[-1][1] >= 2


def test_export_dialog_offers_pdf_text_and_email(qtbot: QtBot, window: MainWindow) -> None:
    from editor import render

    settings = Settings()
    settings.export_template = "pressemitteilung"
    dialog = ExportDialog(settings, render.list_templates(), 1, "en", window)
    qtbot.addWidget(dialog)
    assert list(dialog.format_boxes) == ["docx", "html", "pdf", "txt", "eml"]
    assert all(box.isEnabled() for box in dialog.format_boxes.values())
    assert not dialog.ots.isEnabled()  # neither text nor e-mail chosen yet
    for name, box in dialog.format_boxes.items():
        box.setChecked(name in ("pdf", "txt", "eml"))
    assert dialog.ots.isEnabled() and not dialog.ots.isChecked()
    dialog.ots.click()
    choices = dialog.choices()
    assert choices.formats == ["pdf", "txt", "eml"]
    assert choices.ots is True
    dialog.format_boxes["txt"].setChecked(False)
    dialog.format_boxes["eml"].setChecked(False)
    assert dialog.choices().ots is None  # no text: the choice does not apply


def test_export_through_the_dialog_as_text_and_email(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        dialogs, fake_soffice: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    monkeypatch.setattr(ExportDialog, "exec", _accepting_exec(out, "pressemitteilung"))
    window.settings.export_formats = ["txt", "eml"]
    window.open_newest_item()
    window.window_actions.export.trigger()
    files = sorted(p.suffix for p in out.iterdir())
    assert files == [".eml", ".txt"]
    text = next(out.glob("*.txt")).read_text("utf-8")
    assert "Rückfragen bitte an:" in text
    assert len(fake_soffice.read_text().splitlines()) == 1


def test_an_export_keeps_the_cleaned_bytes_of_a_photo_stored_before(
        qtbot: QtBot, window: MainWindow, context: AppContext, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, dialogs) -> None:
    """A photo an older version stored with a comment in it: the first export keeps its
    cleaned bytes in the archive, and the item stays as it was."""
    import struct

    from editor.core.images import PhotoData
    from editor.io.samples import sample_paths

    plain = (sample_paths()[0].parent / "2021-03-15-smart-country.jpg").read_bytes()
    comment = b"taken at Luisenplatz"
    old = PhotoData("image/jpeg", plain[:20] + b"\xff\xfe" + struct.pack(
        ">H", len(comment) + 2) + comment + plain[20:])
    archive = context.archive
    item_id = window.list_panel.first_item_id()
    assert item_id is not None
    bundle = archive.load_bundle([item_id])
    bundle.items[0].photos[0].blob = old.key
    bundle.photo_data = {old.key: old}
    archive.save_bundle(bundle, replace=True)
    versions = archive.versions(item_id)
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    monkeypatch.setattr(ExportDialog, "exec", _accepting_exec(out, "bilingual"))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.ActionRole))
    window.open_item(item_id)
    window.window_actions.export.trigger()
    (page,) = out.glob("*.html")
    assert "Luisenplatz" not in page.read_text("utf-8")
    stored = archive.photo_data([old.key])[old.key]
    assert stored.public_kept and stored.public_data == plain
    assert archive.versions(item_id) == versions


def _german_only(context: AppContext) -> str:
    item = context.archive.load_item(context.archive.list_items()[0].id)
    item.id, item.version, item.languages = "nur-deutsch", 0, ["de"]
    for translations in (item.headline, item.kicker, item.subheadline):
        translations.text.pop("en", None)
    context.archive.save_item(item)
    return item.id


def test_a_german_only_item_is_previewed_in_german_and_the_choice_is_kept(
        qtbot: QtBot, window: MainWindow, context: AppContext) -> None:
    """The bilingual template last chosen would show a German-only item with an empty
    English part: the preview shows it in a German template instead, and a bilingual item
    opened next is shown as the user chose again."""
    bilingual = context.archive.list_items()[0].id
    german = _german_only(context)
    preview = window.preview
    for first in ("side-by-side", "bilingual"):  # the latter is also what is offered first
        preview.template.setCurrentIndex(preview.template.findData(first))
    assert window.open_item(bilingual)
    assert (preview.template.currentData(), preview.chosen_languages()) == (
        "bilingual", ["de", "en"])
    assert window.open_item(german)
    assert (preview.template.currentData(), preview.chosen_languages()) == (
        "pressemitteilung", ["de"])
    with qtbot.waitSignal(preview.rendered, timeout=10_000):
        preview.render_now()
    assert "Press release" not in preview.browser.toPlainText()
    assert (Settings().preview_template, Settings().preview_languages) == (
        "bilingual", ["de", "en"])
    assert window.open_item(bilingual)
    assert (preview.template.currentData(), preview.chosen_languages()) == (
        "bilingual", ["de", "en"])


def test_the_export_dialog_offers_a_template_the_items_can_fill(qtbot: QtBot,
                                                                window: MainWindow) -> None:
    from editor import render

    settings = Settings()
    settings.export_template, settings.export_languages = "bilingual", ["de", "en"]
    dialog = ExportDialog(settings, render.list_templates(), 1, "en", window,
                          item_kind="release", item_languages=["de"])
    qtbot.addWidget(dialog)
    assert (dialog.choices().template, dialog.choices().languages) == (
        "pressemitteilung", ["de"])
    both = ExportDialog(settings, render.list_templates(), 1, "en", window,
                        item_kind="release", item_languages=["de", "en"])
    qtbot.addWidget(both)
    assert (both.choices().template, both.choices().languages) == ("bilingual", ["de", "en"])
