"""Loads the UI translations (ours and Qt's own) for the chosen language."""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from editor.core.paths import cache_dir, resources_dir
from editor.io.atomic import FileWriteError, check_target, remove_stale_temp_files, temp_name

log = logging.getLogger(__name__)

UI_LANGUAGES = ("de", "en")
"""Languages the user interface is translated into."""


def system_language() -> str:
    """The UI language the system locale asks for: German or, otherwise, English."""
    for name in QLocale.system().uiLanguages():
        code = name.split("-")[0].split("_")[0].lower()
        if code in UI_LANGUAGES:
            return code
    return "en"


def resolve(preference: str) -> str:
    """The language to use for a stored preference ("" follows the system)."""
    return preference if preference in UI_LANGUAGES else system_language()


def lrelease() -> str | None:
    """The Qt translation compiler that comes with PySide6, if it can be found.

    The program itself in PySide6's folder comes first: the ``pyside6-lrelease`` command
    is a Python script that starts an interpreter only to run it (a tenth of a second of
    the first start, against a hundredth).
    """
    import PySide6

    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    binary = Path(PySide6.__file__).resolve().parent / name
    if binary.is_file() and os.access(binary, os.X_OK):
        return str(binary)
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside) if beside.exists() else shutil.which("pyside6-lrelease")


def compiled_translation(language: str) -> Path | None:
    """The .qm file of our translation, compiled from its .ts file once per content.

    Compiled files are build outputs: they live in the cache folder, not in the project.
    Their names carry a digest of the source, since one user's cache serves every
    installation (a source checkout, an older wheel): file times do not tell them apart.
    """
    source = resources_dir() / "i18n" / f"pressestelle_{language}.ts"
    if not source.exists():
        return None
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    target = cache_dir() / "i18n" / f"pressestelle_{language}-{digest}.qm"
    if target.exists():
        return target
    tool = lrelease()
    if tool is None:
        log.warning("pyside6-lrelease not found: the UI stays in English")
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temp_files(target.parent)
    partial = temp_name(target)  # two starting apps never share one temporary file
    result = subprocess.run([tool, "-silent", str(source), "-qm", str(partial)],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0 or not partial.exists():
        log.warning("Cannot compile %s: %s", source.name, result.stderr.strip())
        partial.unlink(missing_ok=True)
        return None
    try:
        check_target(target)
        partial.replace(target)
    except (OSError, FileWriteError) as exc:
        log.warning("Cannot store the compiled translation %s: %s", target, exc)
        partial.unlink(missing_ok=True)
        return None
    return target


_compiling: dict[str, threading.Thread] = {}
"""Compilations started ahead by :func:`compile_ahead`, by language."""


def compile_ahead(language: str) -> None:
    """Start compiling the translation of ``language`` in the background when its cache
    file is missing (a first start): the compiler runs while the window's modules load,
    and :meth:`Translators.install` waits for it instead of starting it then."""
    if language in _compiling:
        return
    worker = threading.Thread(target=compiled_translation, args=(language,),
                              name=f"compile-{language}-translation", daemon=True)
    _compiling[language] = worker
    worker.start()


def compile_user_language_ahead() -> None:
    """:func:`compile_ahead` for the UI language the user's settings ask for."""
    from editor.gui.settings import Settings

    compile_ahead(resolve(Settings().ui_language))


def _wait_for_compiling(language: str) -> None:
    worker = _compiling.pop(language, None)
    if worker is not None:
        worker.join()


class Translators:
    """The translators installed in the application; replaced when the language changes."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def install(self, language: str) -> None:
        self.remove()
        self.language = language
        QLocale.setDefault(QLocale(QLocale.Language.German if language == "de"
                                   else QLocale.Language.English,
                                   QLocale.Country.Germany if language == "de"
                                   else QLocale.Country.UnitedKingdom))
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        _wait_for_compiling(language)  # started ahead: then the file is there now
        compiled = compiled_translation(language)
        ours = (compiled.stem, str(compiled.parent)) if compiled else (
            f"pressestelle_{language}", str(resources_dir() / "i18n"))
        for name, folder in ((f"qtbase_{language}", qt_folder), ours):
            translator = QTranslator(self._app)
            if translator.load(name, folder):
                self._app.installTranslator(translator)
                self._installed.append(translator)
            elif language != "en" or name.startswith("pressestelle"):
                log.warning("UI translation %s not found in %s", name, folder)

    def remove(self) -> None:
        """Take the installed translators out of the application."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
