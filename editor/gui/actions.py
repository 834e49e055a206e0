"""Every action of the main window with its shortcut, declared in one place."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeyEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QTextEdit,
    QWidget,
)

from editor.core.model import BlockKind
from editor.gui import labels

StandardKey = QKeySequence.StandardKey
Pixmap = QStyle.StandardPixmap


class Actions(QObject):
    """The window's actions; the window connects them, widgets only add them to menus."""

    def __init__(self, window: QWidget, undo_group: QUndoGroup) -> None:
        super().__init__(window)
        self._window = window
        style = window.style()

        def make(text: str, shortcut: str | StandardKey | list[str] | None = None,
                 icon: Pixmap | str | None = None, tip: str = "") -> QAction:
            action = QAction(text, window)
            if isinstance(shortcut, list):
                action.setShortcuts([QKeySequence(s) for s in shortcut])
            elif isinstance(shortcut, StandardKey):
                action.setShortcuts(shortcut)
            elif shortcut:
                action.setShortcut(QKeySequence(shortcut))
            if isinstance(icon, str):
                action.setIcon(resource_icon(icon))
            elif icon is not None:
                action.setIcon(style.standardIcon(icon))
            if tip:
                action.setStatusTip(tip)
            shortcut_text = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text.replace('&', '').rstrip('…')}"
                              + (f" ({shortcut_text})" if shortcut_text else ""))
            window.addAction(action)
            return action

        # File
        self.new_item = make(self.tr("&New press release"), StandardKey.New,
                             Pixmap.SP_FileIcon, self.tr("Start a new press release"))
        self.save = make(self.tr("&Save"), StandardKey.Save, Pixmap.SP_DialogSaveButton,
                         self.tr("Save the open item in the archive"))
        self.reload = make(self.tr("&Reload from archive"), "Ctrl+Shift+R",
                           Pixmap.SP_BrowserReload,
                           self.tr("Discard unsaved changes and load the archived version"))
        self.discard_recovered = make(
            self.tr("&Discard recovered changes"), None, None,
            self.tr("Throw away the changes recovered after a crash and show the saved item"))
        self.import_items = make(
            self.tr("&Import…"), "Ctrl+Shift+I", None,
            self.tr("Import press items from interchange files (JSON); stored people and "
                    "organisations change only if you say so"))
        self.import_documents = make(
            self.tr("Import &documents…"), None, None,
            self.tr("Import old releases (Word, web pages, text, PDF) with their quotes and "
                    "speakers; you review everything before it is saved"))
        self.import_document_folder = make(
            self.tr("Import a &folder of documents…"), None, None,
            self.tr("Import every old release in a folder and its subfolders"))
        self.export = make(self.tr("&Export…"), "Ctrl+E", "export",
                           self.tr("Export the open or selected items as Word or HTML files"))
        self.export.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.export_for_approval = make(
            self.tr("Export for &approval…"), None, None,
            self.tr("Write a Word file of the open item for the speaker's office, with track "
                    "changes on; its texts carry anchors so that the answer can be read back"))
        self.import_approval_round = make(
            self.tr("Import approval &round…"), None, None,
            self.tr("Read a returned Word file: see its tracked changes and comments per "
                    "block and quote, accept or reject each, approve the quotes"))
        self.clean_up_photos = make(
            self.tr("Delete &unused photos…"), None, None,
            self.tr("Delete the stored photos that no item, draft, kept version or logo "
                    "uses"))
        self.copy_archive = make(
            self.tr("&Copy archive to…"), None, None,
            self.tr("Copy the whole archive into a new file or an empty PostgreSQL "
                    "database (a team archive)"))
        self.history = make(
            self.tr("&History…"), "Ctrl+Shift+H", None,
            self.tr("Every saved version of the open or selected item: compare them and "
                    "restore one"))
        self.publish = make(
            self.tr("&Publish"), None, None,
            self.tr("Mark the saved item as published; publishing it again after edits "
                    "makes it a correction"))
        self.delete_item = make(
            self.tr("De&lete item…"), None, None,
            self.tr("Delete the open or selected item; its history is kept unless you say "
                    "otherwise"))
        self.deleted_items = make(
            self.tr("Deleted i&tems…"), None, None,
            self.tr("Show the history of a deleted item and bring a version back"))
        self.quit = make(self.tr("&Quit"), StandardKey.Quit)

        # Edit
        self.undo = undo_group.createUndoAction(window, self.tr("&Undo"))
        self.undo.setShortcuts(StandardKey.Undo)
        self.undo.setIcon(style.standardIcon(Pixmap.SP_ArrowBack))
        self.redo = undo_group.createRedoAction(window, self.tr("&Redo"))
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo.setIcon(style.standardIcon(Pixmap.SP_ArrowForward))
        window.addAction(self.undo)
        window.addAction(self.redo)
        self.bold = make(self.tr("&Bold"), StandardKey.Bold,
                         tip=self.tr("Mark the selected text bold (**text**)"))
        self.italic = make(self.tr("&Italic"), StandardKey.Italic,
                           tip=self.tr("Mark the selected text italic (*text*)"))
        self.link = make(self.tr("&Link…"), "Ctrl+K",
                         tip=self.tr("Turn the selected text into a link"))
        self.find = make(self.tr("&Find items"), StandardKey.Find,
                         tip=self.tr("Search the archive"))

        # Blocks
        self.add_paragraph = make(self.tr("Add &paragraph"), "Ctrl+Return", "add-paragraph",
                                  self.tr("Insert a paragraph below the current block"))
        self.add_quote = make(self.tr("Add &quote"), "Ctrl+Shift+Return", "add-quote",
                              self.tr("Insert a quote below the current block"))
        self.add_photo = make(self.tr("Add p&hoto…"), "Ctrl+Alt+P", "add-photo",
                              self.tr("Insert photos below the current block (or drop image "
                                      "files onto the editor)"))
        self.remove_block = make(self.tr("&Remove block"), "Ctrl+Shift+Backspace",
                                 "remove-block", self.tr("Remove the current block"))
        self.move_block_up = make(self.tr("Move block &up"), "Alt+Shift+Up",
                                  Pixmap.SP_ArrowUp, self.tr("Move the current block up"))
        self.move_block_down = make(self.tr("Move block &down"), "Alt+Shift+Down",
                                    Pixmap.SP_ArrowDown, self.tr("Move the current block down"))
        self.mark_translated = make(
            self.tr("&Mark as translated"), "Ctrl+Shift+T", "mark-translated",
            self.tr("Confirm that the translation matches the current source text"))
        self.block_kinds: dict[BlockKind, QAction] = {}
        for number, kind in enumerate(BlockKind, start=1):
            self.block_kinds[kind] = make(labels.block_kind(kind), f"Ctrl+{number}")
            self.block_kinds[kind].setData(kind.value)

        # View
        self.show_list = make(self.tr("Item &list"), "F7")
        self.show_list.setCheckable(True)
        self.show_list.setChecked(True)
        self.show_preview = make(self.tr("&Preview"), "F8", "preview")
        self.show_preview.setCheckable(True)
        self.show_preview.setChecked(True)
        self.show_quotes = make(
            self.tr("&Quote archive"), "Ctrl+Shift+F", None,
            self.tr("Search quotes by words, speaker and date; open, copy or insert them"))
        self.show_directory = make(
            self.tr("&Directory…"), "Ctrl+Shift+D", None,
            self.tr("People, their roles, organisations and press contacts of the archive"))
        self.refresh_list = make(
            self.tr("&Refresh"), StandardKey.Refresh, None,
            self.tr("Show what others saved meanwhile: the list and the open item"))

        # Settings and help
        self.settings = make(self.tr("&Settings…"), StandardKey.Preferences)
        self.language_group = QActionGroup(window)
        self.languages: dict[str, QAction] = {}
        for code, text in (("", self.tr("Follow the &system")), ("de", "&Deutsch"),
                           ("en", "&English")):
            action = make(text)
            action.setCheckable(True)
            action.setData(code)
            self.language_group.addAction(action)
            self.languages[code] = action
        self.menu_entry = make(
            self.tr("Show in the applications &menu"), None, None,
            self.tr("Add Pressestelle to the desktop's applications menu, for you alone"))
        self.manual = make(self.tr("&Manual"), "F1", None,
                           self.tr("How to write, check and export a release, and every "
                                   "keyboard shortcut"))
        self.shortcuts = make(self.tr("&Keyboard shortcuts"), "Ctrl+F1", "keyboard",
                              self.tr("List every keyboard shortcut of the window"))
        self.about = make(self.tr("&About Pressestelle"))
        self.about_qt = make(self.tr("About &Qt"))

    def with_shortcuts(self) -> list[QAction]:
        """Every action that has a keyboard shortcut, in menu order."""
        found = [a for a in self._window.actions() if not a.shortcut().isEmpty()]
        return list(dict.fromkeys(found))

    def block_actions(self) -> list[QAction]:
        """Actions that need an open item."""
        return [self.add_paragraph, self.add_quote, self.add_photo, self.remove_block,
                self.move_block_up,
                self.move_block_down, self.mark_translated, *self.block_kinds.values()]


def resource_icon(name: str) -> QIcon:
    """An icon drawn for this application: ``resources/icons/<name>.svg``."""
    from editor.core.paths import resources_dir

    return QIcon(str(resources_dir() / "icons" / f"{name}.svg"))


def app_icon() -> QIcon:
    """The application's icon from the resources folder."""
    return resource_icon("pressestelle")


TEXT_WIDGETS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)


class WindowShortcutsFirst(QObject):
    """Application-wide: the window's shortcuts win over key bindings of text fields.

    On X11 desktops text fields take Ctrl+E (end of line) and Ctrl+K (delete to the end
    of the line) for themselves, so "Export" did nothing while the cursor was in a
    field. This filter is installed on every text field that gets the focus, anywhere in
    the application, and refuses it the keys of the window's actions (undo and redo stay
    with the fields' own handling). Filtering only focused fields keeps typing cheap.
    """

    def __init__(self, actions: list[QAction], parent: QObject) -> None:
        super().__init__(parent)
        self._actions: dict[str, list[QAction]] = {}
        for action in actions:
            for sequence in action.shortcuts():
                if sequence.count() == 1:
                    self._actions.setdefault(sequence.toString(), []).append(action)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        actions = self._actions.get(QKeySequence(event.keyCombination()).toString())
        if actions and any(a.isEnabled() for a in actions):
            event.ignore()
            return True
        return False

    def watch(self, old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, TEXT_WIDGETS):
            new.installEventFilter(self)  # installing twice keeps a single filter


def put_window_shortcuts_first(actions: list[QAction], owner: QObject) -> WindowShortcutsFirst:
    """Install :class:`WindowShortcutsFirst` for ``actions`` while ``owner`` lives."""
    keys = WindowShortcutsFirst(actions, owner)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.focusChanged.connect(keys.watch)
        if isinstance(app.focusWidget(), TEXT_WIDGETS):
            keys.watch(None, app.focusWidget())
    return keys
