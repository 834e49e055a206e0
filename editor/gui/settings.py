"""Typed access to the user's preferences, stored with QSettings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

ORGANISATION_NAME = "Pressestelle"
APPLICATION_NAME = "Pressestelle"

SYSTEM_LANGUAGE = ""
"""The stored UI language that means: follow the system locale."""


class Settings:
    """The preferences of this user; a thin layer over QSettings with fixed keys."""

    def __init__(self) -> None:
        self._qsettings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                                    ORGANISATION_NAME, APPLICATION_NAME)

    def _str(self, key: str, default: str = "") -> str:
        value = self._qsettings.value(key, default)
        return value if isinstance(value, str) else default

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._qsettings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def _list(self, key: str) -> list[str]:
        value = self._qsettings.value(key, [])
        if isinstance(value, str):
            return [value] if value else []
        return [str(v) for v in value] if isinstance(value, list) else []

    def sync(self) -> None:
        self._qsettings.sync()

    @property
    def ui_language(self) -> str:
        """"de", "en" or :data:`SYSTEM_LANGUAGE`."""
        return self._str("ui/language")

    @ui_language.setter
    def ui_language(self, value: str) -> None:
        self._qsettings.setValue("ui/language", value)

    @property
    def archive_location(self) -> str:
        """The archive the app opens: a file or a database address without password; ""
        for the default file. ``--db`` and ``PRESSESTELLE_DB`` come first."""
        return self._str("archive/location")

    @archive_location.setter
    def archive_location(self, value: str) -> None:
        self._qsettings.setValue("archive/location", value)

    def window_state(self, name: str) -> QByteArray | None:
        return self._bytes(f"window/{name}")

    def set_window_state(self, name: str, value: QByteArray) -> None:
        self._qsettings.setValue(f"window/{name}", value)

    def pane(self, name: str) -> str:
        """How the window left its pane ``name`` ("list", "preview"): "shown", "hidden",
        for the preview also "made-way" (hidden by a narrow window); "" when never stored."""
        return self._str(f"window/{name}Pane")

    def set_pane(self, name: str, value: str) -> None:
        self._qsettings.setValue(f"window/{name}Pane", value)

    @property
    def preview_template(self) -> str:
        return self._str("preview/template")

    @preview_template.setter
    def preview_template(self, value: str) -> None:
        self._qsettings.setValue("preview/template", value)

    @property
    def preview_languages(self) -> list[str]:
        return self._list("preview/languages")

    @preview_languages.setter
    def preview_languages(self, value: list[str]) -> None:
        self._qsettings.setValue("preview/languages", value)

    @property
    def export_template(self) -> str:
        return self._str("export/template")

    @export_template.setter
    def export_template(self, value: str) -> None:
        self._qsettings.setValue("export/template", value)

    def export_template_for(self, kind: str) -> str:
        """The template last chosen for items of ``kind`` ("" when none was)."""
        return self._str(f"export/templateByKind/{kind}")

    def set_export_template_for(self, kind: str, value: str) -> None:
        self._qsettings.setValue(f"export/templateByKind/{kind}", value)

    @property
    def export_languages(self) -> list[str]:
        return self._list("export/languages")

    @export_languages.setter
    def export_languages(self, value: list[str]) -> None:
        self._qsettings.setValue("export/languages", value)

    @property
    def export_formats(self) -> list[str]:
        return self._list("export/formats")

    @export_formats.setter
    def export_formats(self, value: list[str]) -> None:
        self._qsettings.setValue("export/formats", value)

    @property
    def export_folder(self) -> str:
        return self._str("export/folder")

    @export_folder.setter
    def export_folder(self, value: str) -> None:
        self._qsettings.setValue("export/folder", value)

    @property
    def import_folder(self) -> str:
        """The folder the last import read from (files or a folder of documents)."""
        return self._str("import/folder")

    @import_folder.setter
    def import_folder(self, value: str) -> None:
        self._qsettings.setValue("import/folder", value)

    def import_start_folder(self) -> str:
        """Where the import dialogs open: the folder of the last import while it is there,
        else the user's documents folder (else the home folder), never the folder the
        program happened to be started in."""
        return _start_folder(self.import_folder,
                             QStandardPaths.StandardLocation.DocumentsLocation)

    def remember_import(self, chosen: Path) -> None:
        """Open the next import where ``chosen`` (a file, or a folder) was found."""
        self.import_folder = str(chosen if chosen.is_dir() else chosen.parent)

    @property
    def photo_folder(self) -> str:
        """The folder photos were last added from."""
        return self._str("photos/folder")

    @photo_folder.setter
    def photo_folder(self, value: str) -> None:
        self._qsettings.setValue("photos/folder", value)

    def photo_start_folder(self) -> str:
        """Where Add photos opens: the folder photos last came from while it is there,
        else the user's pictures folder, else documents, else home."""
        return _start_folder(self.photo_folder,
                             QStandardPaths.StandardLocation.PicturesLocation,
                             QStandardPaths.StandardLocation.DocumentsLocation)

    def remember_photos(self, chosen: Path) -> None:
        """Open the next Add photos where ``chosen`` (a picked file) was."""
        self.photo_folder = str(chosen.parent)

    @property
    def only_approved_quotes(self) -> bool:
        """Refuse to export an item that shows a quote not approved (instead of warning)."""
        return self._str("export/onlyApprovedQuotes", "false") == "true"

    @only_approved_quotes.setter
    def only_approved_quotes(self, value: bool) -> None:
        self._qsettings.setValue("export/onlyApprovedQuotes", "true" if value else "false")

    @property
    def recent_items(self) -> list[str]:
        """Ids of the items opened last, newest first."""
        return self._list("items/recent")

    def add_recent_item(self, item_id: str, keep: int = 10) -> None:
        recent = [item_id] + [i for i in self.recent_items if i != item_id]
        self._qsettings.setValue("items/recent", recent[:keep])


def _start_folder(last: str, *locations: QStandardPaths.StandardLocation) -> str:
    """``last`` while it is a folder, else the first of the user's ``locations`` that is
    there, else the home folder."""
    if last and Path(last).is_dir():
        return last
    for location in locations:
        folder = QStandardPaths.writableLocation(location)
        if folder and Path(folder).is_dir():
            return folder
    return str(Path.home())
