"""The settings dialog: the language of the user interface, the export rule for quotes and
the archive's gender-language policy."""

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

from editor.core.findings import GenderPolicy
from editor.gui.preflight_words import policy_name
from editor.gui.settings import SYSTEM_LANGUAGE


class SettingsDialog(QDialog):
    """Lets the user choose the UI language (the window switches at once) and whether only
    approved quotes may be exported; the gender-language policy is the archive's (shared by
    everyone who opens it)."""

    def __init__(self, ui_language: str, parent: QWidget | None = None,
                 only_approved: bool = False,
                 gender_policy: GenderPolicy = GenderPolicy.NONE) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        self.language.addItem(self.tr("Follow the system"), SYSTEM_LANGUAGE)
        self.language.addItem("Deutsch", "de")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(ui_language), 0))
        self.only_approved = QCheckBox(self.tr("Only export &approved quotes"))
        self.only_approved.setChecked(only_approved)
        self.gender_policy = QComboBox()
        self.gender_policy.setObjectName("genderPolicy")
        for policy in GenderPolicy:
            self.gender_policy.addItem(policy_name(policy), policy.value)
        self.gender_policy.setCurrentIndex(max(self.gender_policy.findData(gender_policy.value),
                                               0))
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
        layout.addRow(self.tr("&Gender-inclusive language:"), self.gender_policy)
        policy_note = QLabel(self.tr("For this archive: the checks before an export flag "
                                     "German spellings that break it."))
        policy_note.setWordWrap(True)
        policy_note.setEnabled(False)
        layout.addRow("", policy_note)
        layout.addRow(buttons)

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def only_approved_quotes(self) -> bool:
        return self.only_approved.isChecked()

    def chosen_policy(self) -> GenderPolicy:
        return GenderPolicy(str(self.gender_policy.currentData()))
