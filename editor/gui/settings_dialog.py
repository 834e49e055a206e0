"""The settings dialog: the language of the user interface and the export rule for quotes."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from editor.gui.settings import SYSTEM_LANGUAGE


class SettingsDialog(QDialog):
    """Lets the user choose the UI language (the window switches at once) and whether only
    approved quotes may be exported."""

    def __init__(self, ui_language: str, parent: QWidget | None = None,
                 only_approved: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        self.language.addItem(self.tr("Follow the system"), SYSTEM_LANGUAGE)
        self.language.addItem("Deutsch", "de")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(ui_language), 0))
        self.only_approved = QCheckBox(self.tr("Only export &approved quotes"))
        self.only_approved.setChecked(only_approved)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("User interface &language:"), self.language)
        note = QLabel(self.tr("Texts of press releases are not affected."))
        note.setEnabled(False)
        layout.addRow("", note)
        layout.addRow(self.tr("Export:"), self.only_approved)
        rule = QLabel(self.tr("Otherwise exporting an item with quotes that are not approved "
                              "asks first."))
        rule.setWordWrap(True)
        rule.setEnabled(False)
        layout.addRow("", rule)
        layout.addRow(buttons)

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def only_approved_quotes(self) -> bool:
        return self.only_approved.isChecked()
