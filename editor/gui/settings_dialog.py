"""The settings dialog: the language of the user interface, the user's name recorded with
approval steps, the export rule for quotes, the archive's gender-language policy and
the archive the app opens (a file or a database server's address)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from editor.core.errors import StoreError
from editor.core.findings import GenderPolicy
from editor.gui.preflight_words import policy_name
from editor.gui.service_messages import worded
from editor.gui.settings import SYSTEM_LANGUAGE
from editor.services.approval import UserNameError, checked_user_name
from editor.store.location import check_storable


class SettingsDialog(QDialog):
    """Lets the user choose the UI language (the window switches at once), the name
    recorded with their approval steps, and whether only approved quotes may be exported;
    the gender-language policy is the archive's (shared by everyone who opens it)."""

    def __init__(self, ui_language: str, parent: QWidget | None = None,
                 only_approved: bool = False, user_name: str = "",
                 login_name: str = "",
                 gender_policy: GenderPolicy = GenderPolicy.NONE,
                 archive_location: str = "", open_archive: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        self.language.addItem(self.tr("Follow the system"), SYSTEM_LANGUAGE)
        self.language.addItem("Deutsch", "de")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(ui_language), 0))
        self.user_name = QLineEdit(user_name)
        self.user_name.setObjectName("userName")
        self.user_name.setPlaceholderText(login_name)
        self.user_name.setToolTip(self.tr("Recorded with each approval step you take; "
                                          "empty: your login name"))
        self.user_problem = QLabel()
        self.user_problem.setObjectName("problem_user_name")
        self.user_problem.setWordWrap(True)
        self.user_problem.setStyleSheet("color: #b91c1c;")
        self.user_problem.hide()
        self.user_name.textChanged.connect(self.user_problem.hide)
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
        layout.addRow(self.tr("Your &name:"), self.user_name)
        layout.addRow("", self.user_problem)
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
        self.archive = QLineEdit(archive_location)
        self.archive.setObjectName("archiveLocation")
        self.archive.setPlaceholderText(self.tr("archive.sqlite in the user data folder"))
        self.archive.setClearButtonEnabled(True)
        self.archive.setMinimumWidth(420)
        layout.addRow(self.tr("&Archive:"), self.archive)
        archive_note = QLabel(self.tr(
            "An archive file, or a team archive on a PostgreSQL server: "
            "postgresql+psycopg://name@server:5432/database. Passwords are not saved "
            "here: put them in ~/.pgpass or PGPASSWORD. Takes effect at the next start."))
        archive_note.setWordWrap(True)
        archive_note.setEnabled(False)
        layout.addRow("", archive_note)
        if open_archive:
            now_open = QLabel(self.tr("Open now: %1").replace("%1", open_archive))
            now_open.setObjectName("openArchive")
            now_open.setWordWrap(True)
            now_open.setEnabled(False)
            layout.addRow("", now_open)
        self.archive_problem = QLabel()
        self.archive_problem.setObjectName("archiveProblem")
        self.archive_problem.setWordWrap(True)
        self.archive_problem.setStyleSheet("color: #b91c1c;")
        self.archive_problem.hide()
        layout.addRow("", self.archive_problem)
        layout.addRow(buttons)

    def accept(self) -> None:
        """Keep the dialog open with the problem shown when the name or the archive's
        address cannot be used."""
        try:
            checked_user_name(self.user_name.text())
        except UserNameError as exc:
            self.user_problem.setText(worded(exc))
            self.user_problem.show()
            self.user_name.setFocus()
            return
        try:
            self._location = check_storable(self.archive.text())
        except StoreError as exc:
            self.archive_problem.setText(str(exc))
            self.archive_problem.show()
            self.archive.setFocus()
            return
        super().accept()

    def archive_location(self) -> str:
        """The archive address to save ("" for the default file); checked by accept."""
        return getattr(self, "_location", self.archive.text().strip())

    def chosen_user_name(self) -> str:
        """The name as it will be stored ("" for the login name)."""
        return checked_user_name(self.user_name.text())

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def only_approved_quotes(self) -> bool:
        return self.only_approved.isChecked()

    def chosen_policy(self) -> GenderPolicy:
        return GenderPolicy(str(self.gender_policy.currentData()))
