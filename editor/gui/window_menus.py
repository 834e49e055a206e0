"""The main window's menu bar and toolbar, built from the actions declared in actions.py."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from editor.gui.actions import Actions
from editor.gui.item_editor import ItemEditor


def build_menus(window: QMainWindow, a: Actions, editor: ItemEditor) -> tuple[QMenu, QMenu]:
    """Fill the menu bar and the editor's context menu.

    Returns the recent-items menu and the Help menu (manual, keyboard shortcuts, about).
    """
    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    file_menu.addActions([a.new_item, a.save, a.reload, a.discard_recovered])
    recent_menu = file_menu.addMenu(QCoreApplication.translate("MainWindow", "Recent &items"))
    file_menu.addSeparator()
    file_menu.addActions([a.import_items, a.import_documents, a.import_document_folder,
                          a.export, a.export_for_approval, a.import_approval_round])
    file_menu.addSeparator()
    file_menu.addActions([a.history, a.publish, a.delete_item, a.deleted_items])
    file_menu.addSeparator()
    file_menu.addAction(a.copy_archive)
    file_menu.addAction(a.clean_up_photos)
    file_menu.addSeparator()
    file_menu.addAction(a.quit)
    edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    edit_menu.addActions([a.undo, a.redo])
    edit_menu.addSeparator()
    edit_menu.addActions([a.bold, a.italic, a.link])
    edit_menu.addSeparator()
    edit_menu.addActions([a.find, a.show_quotes, a.show_directory])
    block_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Block"))
    block_menu.addActions([a.add_paragraph, a.add_quote, a.add_photo, a.remove_block])
    block_menu.addSeparator()
    block_menu.addActions([a.move_block_up, a.move_block_down])
    kind_menu = block_menu.addMenu(QCoreApplication.translate("MainWindow", "Change &kind to"))
    kind_menu.addActions(list(a.block_kinds.values()))
    block_menu.addSeparator()
    block_menu.addAction(a.mark_translated)
    view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    view_menu.addActions([a.show_list, a.show_quotes, a.show_directory, a.show_preview,
                          a.refresh_list])
    settings_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Settings"))
    language_menu = settings_menu.addMenu(QCoreApplication.translate("MainWindow", "&Language"))
    language_menu.addActions(list(a.languages.values()))
    settings_menu.addAction(a.settings)
    settings_menu.addAction(a.menu_entry)
    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.setObjectName("helpMenu")
    help_menu.addAction(a.manual)
    help_menu.addAction(a.shortcuts)
    help_menu.addSeparator()
    help_menu.addActions([a.about, a.about_qt])
    editor.set_context_actions([
        a.add_paragraph, a.add_quote, a.add_photo, a.remove_block, None, a.move_block_up,
        a.move_block_down, None, *a.block_kinds.values(), None, a.mark_translated])
    return recent_menu, help_menu


def build_toolbar(window: QMainWindow, a: Actions) -> QToolBar:
    toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Main toolbar"))
    toolbar.setObjectName("mainToolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    toolbar.setIconSize(QSize(24, 24))
    toolbar.addActions([a.new_item, a.save, a.export])
    toolbar.addSeparator()
    toolbar.addActions([a.undo, a.redo])
    toolbar.addSeparator()
    toolbar.addActions([a.add_paragraph, a.add_quote, a.add_photo, a.remove_block,
                        a.move_block_up, a.move_block_down])
    toolbar.addSeparator()
    toolbar.addAction(a.mark_translated)
    toolbar.addSeparator()
    toolbar.addAction(a.show_preview)  # a toggle: the preview a narrow window hid is one click away
    window.addToolBar(toolbar)
    return toolbar
