"""German labels that read as German a press officer would write."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from editor.gui.i18n import compiled_translation

pytestmark = pytest.mark.gui


@pytest.fixture()
def german(qapp: QApplication) -> Iterator[None]:
    path = compiled_translation("de")
    assert path is not None
    translator = QTranslator()
    assert translator.load(str(path))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_role_start_label_in_new_person_dialog(german: None) -> None:
    """"Held since:" was "Inne seit:", which is not a German phrase."""
    label = QCoreApplication.translate("PersonDialog", "Held since:")
    assert label == "In der Funktion seit:"
