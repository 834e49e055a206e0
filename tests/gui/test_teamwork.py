"""Working together in the window: colleagues who have the item open are named, and
their saves appear without pressing refresh."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from editor.context import AppContext
from editor.core.model import Translations
from editor.gui.main_window import MainWindow
from editor.io.samples import load_sample_bundles
from editor.store.archive import Archive, Claim
from tests.gui.conftest import make_window

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


@pytest.mark.postgresql_only
def test_on_the_server_a_save_arrives_by_notification(qtbot: QtBot, archive_url: str,
                                                      backend: str, tmp_path: Path) -> None:
    archive = Archive.open(archive_url)
    for bundle in load_sample_bundles():
        archive.save_bundle(bundle)
    context = AppContext(archive=archive, data_dir=tmp_path / "userdata")
    try:
        window = make_window(qtbot, context, "en")
        listener = window.teamwork.listener
        assert listener is not None and listener.listening.wait(10)
        window.open_newest_item()
        doc = window.document
        assert doc is not None
        with Archive.open(archive_url) as other:
            item = other.load_item(doc.item.id)
            item.headline = Translations.of("de", de="Vom Server", en=item.headline.get("en"))
            version = other.save_item(item).version
        # well before the 30 s safety poll: the notification brought it
        qtbot.waitUntil(lambda: window.document is not None
                        and window.document.item.version == version, timeout=8_000)
        window.close()
    finally:
        context.close()
