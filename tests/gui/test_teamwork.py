"""Working together in the window: colleagues who have the item open are named, and
their saves appear without pressing refresh."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from editor.context import AppContext
from editor.core.model import Translations
from editor.gui.main_window import MainWindow
from editor.store.archive import Archive, Claim

pytestmark = pytest.mark.gui


def test_a_colleague_with_the_item_open_is_named(qtbot: QtBot, window: MainWindow,
                                                 context: AppContext) -> None:
    window.open_newest_item()
    doc = window.document
    assert doc is not None
    label = window.teamwork.label
    assert label.isHidden()
    own = context.archive.claims(doc.item.id)
    assert [c.holder for c in own] == [window.teamwork.holder]  # this window's claim
    context.archive.claim_item(doc.item.id, "laptop-anna:4242", "Anna")
    window.teamwork.renew()
    assert not label.isHidden()
    assert label.text().startswith("Being edited by: Anna, since ")
    window.teamwork.item_closed()
    assert context.archive.claims(doc.item.id, besides="laptop-anna:4242") == []


def test_claims_are_released_when_the_item_is_closed(qtbot: QtBot, window: MainWindow,
                                                     context: AppContext) -> None:
    window.open_newest_item()
    assert context.archive.claims()
    window.close()
    assert context.archive.claims() == []


def test_a_colleagues_save_appears_without_refresh(qtbot: QtBot, window: MainWindow,
                                                   context: AppContext) -> None:
    window.open_newest_item()
    doc = window.document
    assert doc is not None
    assert window.teamwork.poll() is False  # nothing changed yet
    assert context.archive.path is not None
    with Archive.open(context.archive.path) as other:
        item = other.load_item(doc.item.id)
        item.headline = Translations.of("de", de="Von nebenan", en=item.headline.get("en"))
        version = other.save_item(item).version
    qtbot.waitUntil(lambda: window.document is not None
                    and window.document.item.version == version, timeout=10_000)
    assert window.editor.headline_form.fields[("headline", "de")].text() == "Von nebenan"


def test_own_saves_are_not_taken_for_a_colleagues(qtbot: QtBot, window: MainWindow) -> None:
    window.open_newest_item()
    window.editor.metadata_form.internal_note.setPlainText("Meine Notiz")
    assert window.save()
    assert window.teamwork.poll() is False


def test_the_label_names_every_colleague(qtbot: QtBot, window: MainWindow) -> None:
    from datetime import UTC, datetime

    since = datetime(2026, 3, 2, 9, 42, tzinfo=UTC)
    later = since + timedelta(minutes=5)
    window.teamwork.show_claims([Claim("x", "a:1", "Anna", since, later),
                                 Claim("x", "b:2", "Ben", later, later)])
    text = window.teamwork.label.text()
    assert "Anna, since " in text and ", Ben, since " in text
