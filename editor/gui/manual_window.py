"""The user manual in a window of its own (Help ▸ Manual, F1)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from editor.gui.actions import app_icon
from editor.io.manual import manual_path, manual_text


class ManualWindow(QWidget):
    """Shows the manual of ``language``; links to web pages open in the browser."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("manualWindow")
        self.setWindowTitle(self.tr("Pressestelle manual"))
        self.setWindowIcon(app_icon())
        self.language = language
        self.browser = QTextBrowser()
        self.browser.setObjectName("manualBrowser")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._on_link)
        self.browser.setSearchPaths([str(manual_path(language).parent)])
        self.browser.setMarkdown(manual_text(language))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        close = QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self)
        close.activated.connect(self.close)
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(760, int(screen.width() * 0.7)), min(820, int(screen.height() * 0.9)))

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        elif url.hasFragment():
            self.browser.scrollToAnchor(url.fragment())
