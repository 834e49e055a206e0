"""The settings dialog: for now, the language of the user interface."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from editor.gui.settings import SYSTEM_LANGUAGE


class SettingsDialog(QDialog):
    """Lets the user choose the UI language; the window switches at once."""

    def __init__(self, ui_language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        self.language.addItem(self.tr("Follow the system"), SYSTEM_LANGUAGE)
        self.language.addItem("Deutsch", "de")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(ui_language), 0))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("User interface &language:"), self.language)
        note = QLabel(self.tr("Texts of press releases are not affected."))
        note.setEnabled(False)
        layout.addRow("", note)
        layout.addRow(buttons)

    def chosen_language(self) -> str:
        return str(self.language.currentData())
