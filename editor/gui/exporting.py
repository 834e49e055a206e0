"""Runs an export with a progress dialog and offers to open the folder afterwards."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from editor import render
from editor.core.findings import Finding, GenderPolicy
from editor.core.model import LANGUAGES, Bundle
from editor.gui import labels, preflight_words
from editor.gui.approval_check import OpenQuote, confirm_unapproved
from editor.gui.block_table_model import BlockTableModel
from editor.gui.errors import show_error
from editor.gui.export_dialog import ExportChoices, ExportDialog
from editor.gui.preflight_dialog import Choice, PreflightDialog
from editor.gui.settings import Settings
from editor.render import EmbargoError
from editor.render.export import check_embargo
from editor.services.exporting import check_export, gender_policy, keep_cleaned_photos

if TYPE_CHECKING:
    from editor.gui.main_window import MainWindow


def export_from_window(window: MainWindow) -> list[Path]:
    """Export the items selected in the list (when it has the focus) or the open item."""
    doc = window.document
    panel = window.list_panel
    selected = panel.selected_item_ids() if panel.view.hasFocus() else []
    item_ids = selected or ([doc.item.id] if doc is not None else [])
    if not item_ids:
        return []

    exported: list[Bundle] = []

    def bundle_for() -> Bundle:
        if doc is not None and item_ids == [doc.item.id]:
            bundle = doc.bundle()
        else:
            bundle = window.context.archive.load_bundle(item_ids)
            if doc is not None:
                bundle.items = [doc.item if i.id == doc.item.id else i for i in bundle.items]
        exported.append(bundle)
        return bundle

    files = export_with_dialog(window, window.settings, window.ui_language, item_ids,
                               bundle_for, lambda item_id, block_id: open_quote_block(
                                   window, item_id, block_id),
                               policy=gender_policy(window.context.archive),
                               open_place=lambda found: open_place(window, found))
    if files:
        for bundle in exported:  # photos stored before cleaning existed: cleaned once
            keep_cleaned_photos(window.context.archive, bundle)
        window.statusBar().showMessage(QCoreApplication.translate(
            "MainWindow", "%n file(s) exported.", "", len(files)), 5000)
    return files


def open_quote_block(window: MainWindow, item_id: str, block_id: str) -> bool:
    """Open ``item_id`` (after the user dealt with unsaved changes) at quote ``block_id``."""
    if not window.open_item(item_id):
        return False
    window.quotes.show_items()
    window.editor.tabs.setCurrentIndex(0)
    window.editor.block_table.select_block(block_id)
    window.editor.block_table.setFocus()
    return window.editor.current_block_id() == block_id


HEAD_FIELDS = ("kicker", "headline", "subheadline")
DETAIL_FIELDS = {"embargo": "embargo_until", "issue_date": "issue_date", "event": "event_box"}
"""Item fields of the Details tab, and the widget of the metadata form each one is."""


def open_place(window: MainWindow, found: Finding) -> bool:
    """Open the finding's item and put the cursor on its place: the title field, the
    block (in the finding's language), or the field on the Details tab."""
    if not window.open_item(found.item_id):
        return False
    doc = window.document
    if doc is None:
        return False
    window.quotes.show_items()
    editor = window.editor
    where = found.place
    lang = where.lang or doc.item.source_language
    if where.field in HEAD_FIELDS:
        editor.tabs.setCurrentIndex(0)
        field = editor.headline_form.fields.get((where.field, lang))
        if field is None:
            return False
        field.setFocus()
        field.selectAll()
        return True
    if where.field in DETAIL_FIELDS:
        editor.tabs.setCurrentIndex(1)
        widget: QWidget = getattr(editor.metadata_form, DETAIL_FIELDS[where.field])
        widget.setFocus()
        return True
    block_id = where.block_id or (doc.item.blocks[0].id if doc.item.blocks else "")
    if not block_id:
        return False
    editor.tabs.setCurrentIndex(0)
    column = BlockTableModel.column_of(lang) if lang in LANGUAGES else None
    table = editor.block_table
    table.select_block(block_id, column)
    table.scrollTo(table.currentIndex(), QAbstractItemView.ScrollHint.PositionAtTop)
    table.setFocus()
    return editor.current_block_id() == block_id


OpenPlace = Callable[[Finding], object]
"""Opens the finding's item in the editor at the finding's place."""


def confirm_checks(parent: QWidget, bundle: Bundle, item_ids: list[str],
                   choices: ExportChoices, *, only_approved: bool, policy: GenderPolicy,
                   open_place: OpenPlace | None = None) -> bool:
    """Run the export checks for ``choices``; True when the export may go on.

    Nothing found: on at once. Errors: a normal export stops (the user can go to each
    place); a draft for approval, like warnings alone, goes on when the user says so.
    Quotes not approved were asked about just before (in the chosen languages) and are
    not repeated.
    """
    checks = check_export(bundle, item_ids, "en", choices.languages,
                          require_approval=only_approved, gender_policy=policy)
    findings = [f for f in checks.findings if f.code != "quote_unapproved"]
    if not findings:
        return True
    dialog = PreflightDialog(findings, bundle, draft=choices.draft,
                             can_open=open_place is not None, parent=parent)
    dialog.exec()
    if dialog.choice == Choice.OPEN and dialog.chosen is not None and open_place is not None:
        open_place(dialog.chosen)
        return False
    return dialog.choice == Choice.EXPORT and not dialog.blocked


def export_with_dialog(parent: QWidget, settings: Settings, ui_language: str,
                       item_ids: list[str], bundle_for: Callable[[], Bundle],
                       open_quote: OpenQuote | None = None, *,
                       policy: GenderPolicy = GenderPolicy.NONE,
                       open_place: OpenPlace | None = None) -> list[Path]:
    """Ask for the export choices, check the items, then export ``item_ids``; the files
    written.

    ``open_quote`` shows an unapproved quote the user chose in the approval warning,
    ``open_place`` the place of a finding of the export checks; ``policy`` is the
    archive's gender-language policy."""
    unavailable: list[render.TemplateError] = []
    try:
        templates = render.list_templates(problems=unavailable)
    except Exception as exc:  # shown to the user with advice
        show_error(parent, QCoreApplication.translate(
            "MainWindow", "The templates could not be read."), exc)
        return []
    try:
        bundle = bundle_for()
    except Exception as exc:  # shown to the user with advice
        show_error(parent, QCoreApplication.translate(
            "MainWindow", "The items could not be loaded for the export."), exc)
        return []
    embargo_until = None
    try:
        check_embargo(bundle, item_ids, ["html"])
    except EmbargoError as exc:
        embargo_until = exc.until
    chosen = [item for item in bundle.items if item.id in item_ids]
    kinds = {str(item.kind) for item in chosen}
    shared = [lang for lang in (chosen[0].languages if chosen else [])
              if all(lang in item.languages for item in chosen)]
    dialog = ExportDialog(settings, templates, len(item_ids), ui_language, parent,
                          embargo_until, unavailable,
                          item_kind=kinds.pop() if len(kinds) == 1 else "",
                          item_languages=shared)
    if dialog.exec() != ExportDialog.DialogCode.Accepted:
        return []
    choices = dialog.choices()
    # asked once the languages are chosen: a German-only export lists no English quotes
    if not confirm_unapproved(parent, bundle, item_ids, settings.only_approved_quotes,
                              open_quote, choices.languages):
        return []
    try:
        if not confirm_checks(parent, bundle, item_ids, choices,
                              only_approved=settings.only_approved_quotes, policy=policy,
                              open_place=open_place):
            return []
    except Exception as exc:  # shown to the user with advice
        show_error(parent, QCoreApplication.translate(
            "Exporting", "The items could not be checked for the export."), exc)
        return []
    return run_export(parent, bundle, item_ids, choices)


AFTER_EXPORT = frozenset({"role_unknown", "no_dateline"})
"""Findings about what the written files could not show as asked, repeated afterwards."""


def run_export(
    parent: QWidget, bundle: Bundle, item_ids: list[str], choices: ExportChoices
) -> list[Path]:
    """Export ``item_ids``; shows progress for several items. Returns the files written."""
    progress: QProgressDialog | None = None
    if len(item_ids) > 1:
        progress = QProgressDialog(
            QCoreApplication.translate("Exporting", "Exporting…"),
            QCoreApplication.translate("Exporting", "Cancel"),
            0,
            len(item_ids),
            parent,
        )
        progress.setWindowTitle(QCoreApplication.translate("Exporting", "Export"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

    class Cancelled(Exception):
        pass

    def on_progress(done: int, total: int, name: str) -> None:
        if progress is None:
            return
        progress.setMaximum(total)
        progress.setValue(done)
        progress.setLabelText(
            QCoreApplication.translate("Exporting", "Exporting %1…").replace("%1", name)
        )
        QApplication.processEvents()
        if progress.wasCanceled():
            raise Cancelled

    failure: Exception | None = None
    files: list[Path] = []
    warnings: list[str] = []
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        choices.folder.mkdir(parents=True, exist_ok=True)
        checks = check_export(bundle, item_ids, "en", choices.languages)
        warnings = [f"{preflight_words.place(f.place)}: {preflight_words.message(f)}"
                    for f in checks.findings if f.code in AFTER_EXPORT]
        files = render.export_items(
            bundle,
            item_ids,
            choices.template,
            choices.languages,
            choices.formats,
            choices.folder,
            progress=on_progress,
            allow_before_embargo=choices.allow_before_embargo,
            draft=choices.draft,
            ots=choices.ots,
            name_language=labels.ui_language(),  # "undatiert", "zweisprachig-…" in German
        )
    except Cancelled:
        return []
    except Exception as exc:  # shown to the user below, with advice
        failure = exc
    finally:
        QApplication.restoreOverrideCursor()
        if progress is not None:
            progress.close()
    if failure is not None:
        show_error(parent, QCoreApplication.translate("Exporting", "The export failed."), failure)
        return []
    _offer_folder(parent, choices.folder, files, warnings)
    return files


def _offer_folder(parent: QWidget, folder: Path, files: list[Path],
                  warnings: list[str] | None = None) -> None:
    """Say where the files went, and what the export could not do as asked."""
    box = QMessageBox(parent)
    box.setObjectName("exportFinished")
    box.setIcon(QMessageBox.Icon.Warning if warnings else QMessageBox.Icon.Information)
    if warnings:
        box.setInformativeText(
            QCoreApplication.translate("Exporting", "Please check:") + "\n"
            + "\n".join(f"• {line}" for line in warnings))
    box.setWindowTitle(QCoreApplication.translate("Exporting", "Export finished"))
    box.setText(
        QCoreApplication.translate("Exporting", "%n file(s) written to %1.", "", len(files))
        .replace("%1", str(folder))
    )
    open_button = box.addButton(
        QCoreApplication.translate("Exporting", "Open folder"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is open_button:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
