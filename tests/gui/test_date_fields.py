"""Dates: impossible ones are refused where typed, undated items stay undated, embargo."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from editor.core.model import Embargo
from editor.gui.date_field import DateError, DateField, parse_date
from editor.gui.fields import date_format, display_date
from editor.gui.main_window import MainWindow

if TYPE_CHECKING:
    from editor.gui.document import ItemDocument
    from editor.gui.metadata_form import MetadataForm

pytestmark = pytest.mark.gui


def typed(day: int, month: int, year: int) -> str:
    """A date as the user types it in the UI locale's order (impossible ones too)."""
    fmt = date_format()
    for pattern, value in (("dd", f"{day:02d}"), ("d", str(day)), ("MM", f"{month:02d}"),
                           ("M", str(month)), ("yyyy", str(year))):
        fmt = fmt.replace(pattern, value, 1) if pattern in fmt else fmt
    return fmt


def test_parse_refuses_impossible_dates_and_names_the_reason() -> None:
    german = "dd.MM.yyyy"
    assert parse_date("28.02.2026", german) == date(2026, 2, 28)
    assert parse_date("2026-03-01", german) == date(2026, 3, 1)
    assert parse_date("1.3.26", german) == date(2026, 3, 1)
    with pytest.raises(DateError, match="28"):
        parse_date("31.02.2026", german)
    with pytest.raises(DateError, match="13"):
        parse_date("01.13.2026", german)
    with pytest.raises(DateError):
        parse_date("morgen")
    assert parse_date("31/12/2026", "dd/MM/yyyy") == date(2026, 12, 31)
    assert parse_date("12/31/2026", "M/d/yyyy") == date(2026, 12, 31)


def _type_date(qtbot: QtBot, field: DateField, text: str) -> None:
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClick(field.edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(field.edit, text)
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)


def _new_item_details(window: MainWindow) -> tuple[ItemDocument, MetadataForm]:
    """A new item in ``window``, with its Details tab shown: its document and the tab's form."""
    window.new_item()
    doc = window.document
    assert doc is not None
    window.editor.tabs.setCurrentIndex(1)
    return doc, window.editor.metadata_form


def test_issue_date_31_february_is_refused_and_the_item_keeps_its_date(
        qtbot: QtBot, window: MainWindow, sample_id: str) -> None:
    window.open_item(sample_id)
    doc = window.document
    assert doc is not None
    before = doc.item.issue_date
    form = window.editor.metadata_form
    window.editor.tabs.setCurrentIndex(1)
    _type_date(qtbot, form.issue_date, typed(31, 2, 2026))
    assert doc.item.issue_date == before
    assert form.issue_date.edit.text() == typed(31, 2, 2026)  # the text stays to be fixed
    assert "28" in form.issue_date.error() and form.issue_date.message.isVisible()
    _type_date(qtbot, form.issue_date, typed(27, 2, 2026))
    assert doc.item.issue_date == date(2026, 2, 27)
    assert form.issue_date.error() == ""
    window.window_actions.undo.trigger()
    assert doc.item.issue_date == before
    assert form.issue_date.edit.text() == display_date(before)


def test_an_undated_item_shows_no_date(qtbot: QtBot, window: MainWindow) -> None:
    item = window.new_item()
    doc = window.document
    assert doc is not None
    form = window.editor.metadata_form
    _type_date(qtbot, form.issue_date, "")
    assert doc.item.issue_date is None
    window.editor.set_document(None)
    window.editor.set_document(doc)
    assert form.issue_date.edit.text() == ""
    assert item.issue_date is None


def test_embargo_defaults_to_the_issue_date_and_warns_when_set_before_it(
        qtbot: QtBot, window: MainWindow) -> None:
    doc, form = _new_item_details(window)
    _type_date(qtbot, form.issue_date, typed(20, 6, 2030))
    form.embargo.setChecked(True)
    assert doc.item.embargo is not None
    assert doc.item.embargo.until == datetime(2030, 6, 20, 10, 0)
    assert form.embargo_warning.isHidden()
    _type_date(qtbot, form.embargo_day, typed(19, 6, 2030))
    assert doc.item.embargo.until == datetime(2030, 6, 19, 10, 0)
    assert not form.embargo_warning.isHidden()
    assert display_date(date(2030, 6, 20)) in form.embargo_warning.text()
    _type_date(qtbot, form.embargo_day, typed(30, 2, 2030))
    assert doc.item.embargo == Embargo(until=datetime(2030, 6, 19, 10, 0),
                                       timezone=doc.item.embargo.timezone)
    assert typed(30, 2, 2030) in form.embargo_day.error()


def test_item_filter_refuses_31_february_and_keeps_no_limit(qtbot: QtBot) -> None:
    from editor.gui.item_filter_bar import ItemFilterBar

    bar = ItemFilterBar([])
    qtbot.addWidget(bar)
    bar.toggle.setChecked(True)
    bar.show()
    assert bar.current_filter().date_from is None and bar.current_filter().date_to is None
    with qtbot.assertNotEmitted(bar.filterChanged):
        _type_date(qtbot, bar.date_from, typed(31, 2, 2026))
    assert bar.date_from.edit.text() == typed(31, 2, 2026)  # not moved to 3 March
    assert "28" in bar.date_from.error() and bar.date_from.message.isVisible()
    assert bar.current_filter().date_from is None
    with qtbot.waitSignal(bar.filterChanged, timeout=1000) as changed:
        _type_date(qtbot, bar.date_from, typed(28, 2, 2026))
    assert changed.args[0].date_from == date(2026, 2, 28)
    assert bar.date_from.error() == ""
    with qtbot.waitSignal(bar.filterChanged, timeout=1000) as changed:
        _type_date(qtbot, bar.date_to, typed(1, 3, 2026))
    assert changed.args[0].date_to == date(2026, 3, 1)
    with qtbot.waitSignal(bar.filterChanged, timeout=1000) as changed:
        _type_date(qtbot, bar.date_from, "")
    assert changed.args[0].date_from is None  # an emptied field is no limit again
    assert changed.args[0].date_to == date(2026, 3, 1)


def test_quote_archive_refuses_31_february(qtbot: QtBot, window: MainWindow) -> None:
    from editor.gui.quote_archive_widget import QuoteArchiveWidget

    widget = QuoteArchiveWidget(window.context.archive)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.query().date_from is None and widget.query().date_to is None
    _type_date(qtbot, widget.until_edit, typed(31, 2, 2026))
    assert widget.until_edit.edit.text() == typed(31, 2, 2026)
    assert "28" in widget.until_edit.error() and widget.until_edit.message.isVisible()
    assert widget.query().date_to is None
    _type_date(qtbot, widget.until_edit, typed(28, 2, 2026))
    assert widget.query().date_to == date(2026, 2, 28)
    assert widget.until_edit.error() == ""


def test_calendar_button_shows_only_its_ellipsis_and_still_opens(qtbot: QtBot) -> None:
    """No menu arrow glued to the "…" (it read "…,"); a click opens the calendar."""
    field = DateField(allow_empty=True)
    qtbot.addWidget(field)
    field.show()
    image = field.button.grab().toImage()

    def dark_pixels(x0: int, x1: int) -> int:
        return sum(1 for x in range(x0, x1) for y in range(image.height())
                   if image.pixelColor(x, y).lightness() < 110)

    half = image.width() // 2
    left, right = dark_pixels(0, half), dark_pixels(half, image.width())
    assert left > 0 and abs(left - right) <= 1, (left, right)
    chosen: list[object] = []
    field.dateEdited.connect(chosen.append)
    qtbot.mouseClick(field.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(field.calendar_menu.isVisible)
    field.calendar.clicked.emit(field.calendar.selectedDate().addDays(1))
    assert not field.calendar_menu.isVisible()
    assert chosen and chosen[-1] == field.date()


def test_a_new_embargo_never_starts_out_in_the_past() -> None:
    from datetime import UTC

    from editor.gui.metadata_form import default_embargo_end

    berlin = "Europe/Berlin"
    morning = datetime(2026, 12, 3, 8, 0, tzinfo=UTC)  # 09:00 in Berlin
    noon = datetime(2026, 12, 3, 11, 0, tzinfo=UTC)  # 12:00 in Berlin
    assert default_embargo_end(date(2026, 12, 3), berlin, morning) == datetime(2026, 12, 3, 10)
    assert default_embargo_end(date(2026, 12, 3), berlin, noon) == datetime(2026, 12, 4, 10)
    assert default_embargo_end(date(2021, 3, 15), berlin, noon) == datetime(2026, 12, 4, 10)
    assert default_embargo_end(None, berlin, morning) == datetime(2026, 12, 3, 10)
    assert default_embargo_end(date(2030, 6, 20), berlin, noon) == datetime(2030, 6, 20, 10)


def test_embargo_of_a_past_issue_date_starts_in_the_future_and_a_past_one_warns(
        qtbot: QtBot, window: MainWindow) -> None:
    doc, form = _new_item_details(window)
    _type_date(qtbot, form.issue_date, typed(15, 3, 2021))
    form.embargo.setChecked(True)
    assert doc.item.embargo is not None
    assert doc.item.embargo.in_force()
    assert doc.item.embargo.until.hour == 10
    assert form.embargo_warning.isHidden()
    _type_date(qtbot, form.embargo_day, typed(16, 3, 2021))
    assert doc.item.embargo.until == datetime(2021, 3, 16, 10, 0)
    assert not form.embargo_warning.isHidden()
    assert "ended" in form.embargo_warning.text()
    assert display_date(date(2021, 3, 16)) in form.embargo_warning.text()


def test_participants_show_for_event_reports_and_survive_a_kind_switch(
        qtbot: QtBot, window: MainWindow) -> None:
    from editor.core.model import ItemKind

    doc, form = _new_item_details(window)
    assert doc.item.kind is ItemKind.RELEASE
    assert form.event_box.isHidden()

    def choose(kind: ItemKind) -> None:
        index = form.kind.findData(kind.value)
        form.kind.setCurrentIndex(index)
        form.kind.activated.emit(index)

    choose(ItemKind.EVENT_REPORT)
    assert not form.event_box.isHidden()
    form.participants.setValue(120)
    choose(ItemKind.RELEASE)
    assert doc.item.event is not None and doc.item.event.participants == 120
    assert not form.event_box.isHidden()  # exported figures are never out of sight
    form.participants.setValue(0)
    choose(ItemKind.STATEMENT)
    assert form.event_box.isHidden()
    choose(ItemKind.EVENT_REPORT)
    assert not form.event_box.isHidden()
