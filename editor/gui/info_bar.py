"""A slim bar above the editor that tells about the open item and offers what to do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget


class InfoBar(QFrame):
    """One message with buttons for actions; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("infoBar")
        self.setStyleSheet("QFrame#infoBar { background: #e8f0fe; border: 1px solid #aecbfa;"
                           " border-radius: 3px; }")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("infoBarMessage")
        self._buttons: list[QToolButton] = []
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Hide this message"))
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 4, 4)
        self._layout.addWidget(self.message, 1)
        self._layout.addWidget(self.close_button)
        self.close_button.clicked.connect(self.clear)
        self.hide()

    def show_message(self, text: str, actions: list[QAction]) -> None:
        """Show ``text`` with one button per action."""
        self.clear()
        self.message.setText(text)
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self._layout.insertWidget(self._layout.count() - 1, button)
            self._buttons.append(button)
        self.show()

    def clear(self) -> None:
        for button in self._buttons:
            self._layout.removeWidget(button)
            button.deleteLater()
        self._buttons = []
        self.message.clear()
        self.hide()

    def text(self) -> str:
        """The message shown; "" while hidden."""
        return "" if self.isHidden() else self.message.text()
