"""The Directory window opened from the main window (one instance, raised when shown)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from editor.services.directory import Directory

if TYPE_CHECKING:
    from editor.gui.directory.window import DirectoryWindow
    from editor.gui.main_window import MainWindow


class DirectoryController(QObject):
    """Opens the directory over the main window's archive; what changes there (a new
    organisation, a merge) is read again by the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.directory = Directory(window.context.archive)
        self.widget: DirectoryWindow | None = None

    def show_directory(self) -> DirectoryWindow:
        from editor.gui.directory.window import DirectoryWindow

        if self.widget is None:
            self.widget = DirectoryWindow(self.directory, self._window)
            self.widget.directoryChanged.connect(self._on_directory_changed)
        else:
            self.widget.refresh()
        self.widget.show()
        self.widget.raise_()
        self.widget.activateWindow()
        self.widget.people.search.setFocus()
        return self.widget

    def _on_directory_changed(self) -> None:
        self._window.reload_organisations()
