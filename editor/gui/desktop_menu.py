"""Settings ▸ "Show in the applications menu": the same menu entry as
``pressestelle --install-desktop-entry`` / ``--uninstall-desktop-entry``."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from editor.core.errors import PressestelleError
from editor.gui.errors import show_error
from editor.io.desktop_entry import (
    APP_ID,
    data_home,
    install_desktop_entry,
    uninstall_desktop_entry,
)


def menu_entry_installed() -> bool:
    return (data_home() / "applications" / f"{APP_ID}.desktop").is_file()


def prepare_menu_entry_action(action: QAction) -> None:
    """Checked when the entry is installed; only where desktop menus read such entries."""
    action.setCheckable(True)
    action.setChecked(menu_entry_installed())
    action.setVisible(sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")))


def set_menu_entry(window: QMainWindow, action: QAction, wanted: bool) -> None:
    """Install or remove the entry; a failure is shown and the check mark set back."""
    try:
        if wanted:
            install_desktop_entry()
            message = QCoreApplication.translate(
                "DesktopMenu", "Pressestelle is in the applications menu now.")
        else:
            uninstall_desktop_entry()
            message = QCoreApplication.translate(
                "DesktopMenu", "Pressestelle is no longer in the applications menu.")
    except (OSError, PressestelleError) as exc:
        show_error(window, QCoreApplication.translate(
            "DesktopMenu", "The applications menu entry could not be changed."), exc)
        message = ""
    action.setChecked(menu_entry_installed())
    if message:
        window.statusBar().showMessage(message, 8000)
