"""The quote archive view: model checks, search, open, insert, speaker view, copy."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication

from editor.context import AppContext
from editor.core.model import (
    ApprovalState,
    PressItem,
    Quote,
    Speaker,
    Translations,
)
from editor.gui.hit_delegate import SPANS_ROLE, HitDelegate, fit_spans
from editor.gui.quote_archive_widget import QuoteArchiveWidget, simple_attribution
from editor.gui.quote_search_model import QuoteQuery, QuoteSearchModel
from editor.gui.quote_speaker_model import QuoteSpeakerModel

pytestmark = pytest.mark.gui

SAMPLE_ITEM = "2021-03-15-smart-country"
STEINBACH = "quote-2021-03-15-steinbach"


def _many(context: AppContext, count: int) -> None:
    quotes = [
        Quote(f"q-{n:03d}", speakers=[Speaker("person-joerg-steinbach")],
              text=Translations(text={"de": f"Der Strukturwandel, Teil {n}."}),
              date=date(2022, 1, 1) + timedelta(days=n))
        for n in range(count)
    ]
    context.archive.save_item(PressItem(id="item-many", issue_date=date(2022, 1, 1),
                                        headline=Translations(text={"de": "Viele Zitate"}),
                                        quotes=quotes))


def test_search_model_fetches_in_pages(context: AppContext) -> None:
    _many(context, 120)
    model = QuoteSearchModel(context.archive, page_size=50)
    assert model.rowCount() == 0 and not model.canFetchMore()
    model.set_query(QuoteQuery(text="wandel", order="date"))
    assert model.rowCount() == 50 and model.total == 120
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 120 and not model.canFetchMore()
    first = model.index(0, QuoteSearchModel.TEXT_COLUMN)
    assert "Strukturwandel" in first.data() and "«" not in first.data()
    spans = first.data(SPANS_ROLE)
    assert ("Strukturwandel", True) in spans
    assert "".join(text for text, _ in spans) == first.data()
    assert model.index(0, QuoteSearchModel.DATE_COLUMN).data()
    assert model.index(0, QuoteSearchModel.SPEAKER_COLUMN).data() == (
        "Prof. Dr.-Ing. Jörg Steinbach")
    assert model.index(0, QuoteSearchModel.ROLE_COLUMN).data().startswith("Brandenburger")
    assert model.index(0, QuoteSearchModel.ITEM_COLUMN).data() == "Viele Zitate"
    assert first.data(QuoteSearchModel.ItemIdRole) == "item-many"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Speaker"
    model.set_query(None)
    assert model.rowCount() == 0 and not model.canFetchMore()


def test_search_model_passes_the_model_tester(qtmodeltester, context: AppContext) -> None:
    _many(context, 120)
    empty = QuoteSearchModel(context.archive, page_size=50)
    qtmodeltester.check(empty)
    model = QuoteSearchModel(context.archive, page_size=50)
    model.set_query(QuoteQuery(text="wandel", order="date"))
    qtmodeltester.check(model)  # the tester fetches every page
    assert model.rowCount() == 120


def test_speaker_model_groups_by_role(qtmodeltester, context: AppContext) -> None:
    _many(context, 3)
    model = QuoteSpeakerModel()
    hits = context.archive.quotes_of_person("person-joerg-steinbach")
    model.show_person("person-joerg-steinbach", hits, "de")
    qtmodeltester.check(model)
    assert model.rowCount() == 1  # one role: minister since 2019
    group = model.index(0, 0)
    assert model.data(group).startswith("Brandenburger Minister")
    assert model.rowCount(group) == 4
    child = model.index(0, 1, group)
    assert child.data(QuoteSpeakerModel.QuoteIdRole) == STEINBACH


def test_search_then_double_click_opens_the_item(qtbot, context: AppContext) -> None:
    widget = QuoteArchiveWidget(context.archive)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.keyClicks(widget.search_field, "foerder")
    qtbot.waitUntil(lambda: widget.model.rowCount() == 2, timeout=3000)
    assert widget.status_label.text().startswith("2 quote")  # "2 quote(s)" untranslated
    index = widget.model.index(0, QuoteSearchModel.TEXT_COLUMN)
    rect = widget.results.visualRect(index)
    with qtbot.waitSignal(widget.itemOpenRequested, timeout=1000) as opened:
        qtbot.mouseClick(widget.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(widget.results.viewport(), Qt.MouseButton.LeftButton,
                          pos=rect.center())
    assert opened.args == [SAMPLE_ITEM]


def test_insert_request_carries_quote_and_item(qtbot, context: AppContext) -> None:
    widget = QuoteArchiveWidget(context.archive)
    qtbot.addWidget(widget)
    widget.speaker_field.setText("Steinbach")
    widget.search_now()
    assert widget.model.rowCount() == 1
    assert not widget.insert_action.isEnabled()
    widget.results.setCurrentIndex(widget.model.index(0, 0))
    assert widget.insert_action.isEnabled()
    with qtbot.waitSignal(widget.quoteInsertRequested, timeout=1000) as inserted:
        widget.insert_action.trigger()
    assert inserted.args == [STEINBACH, SAMPLE_ITEM]


def test_filters_reach_the_search(qtbot, context: AppContext) -> None:
    widget = QuoteArchiveWidget(context.archive)
    qtbot.addWidget(widget)
    widget.approval_box.setCurrentIndex(widget.approval_box.findData("sent"))
    widget.search_now()
    assert widget.model.rowCount() == 0
    widget.approval_box.setCurrentIndex(0)
    widget.organisation_field.setText("WFBB")
    widget.search_now()
    assert widget.model.rowCount() == 1
    widget.organisation_field.clear()
    assert widget.query().date_from is None and widget.query().date_to is None
    widget.from_edit.set_date(date(2021, 3, 16))
    widget.search_now()
    assert widget.query().date_from == date(2021, 3, 16)
    assert widget.model.rowCount() == 0
    widget.from_edit.set_date(None)
    widget.topic_field.setText("CoWorking")
    widget.search_now()
    assert widget.model.rowCount() == 1


def test_the_approved_filter_leaves_out_quotes_changed_since_approval(
        qtbot, context: AppContext) -> None:
    from editor.services.approval import QuoteApprovals

    archive = context.archive
    item = archive.load_item(SAMPLE_ITEM)
    item.quote(STEINBACH).approval.state = ApprovalState.DRAFTED
    archive.save_item(item)
    QuoteApprovals(archive).send(STEINBACH, "Büro", "anna")
    QuoteApprovals(archive).approve(STEINBACH, "Frau Schulz", "anna")
    item = archive.load_item(SAMPLE_ITEM)
    item.quote(STEINBACH).text.set_source("de", "Ganz andere Worte.")
    archive.save_item(item)
    widget = QuoteArchiveWidget(archive)
    qtbot.addWidget(widget)
    widget.speaker_field.setText("Steinbach")
    widget.search_now()
    assert widget.model.rowCount() == 1
    shown = widget.model.index(0, QuoteSearchModel.APPROVAL_COLUMN).data()
    assert shown == "changed since approval"
    for data, rows in (("approved", 0), ("changed", 1)):
        box = widget.approval_box
        box.setCurrentIndex(box.findData(data))
        assert box.currentText() == shown if rows else box.currentText() == "approved"
        widget.search_now()
        assert widget.model.rowCount() == rows, data
    widget.results.setCurrentIndex(widget.model.index(0, 0))
    widget.speaker_action.trigger()
    group = widget.speaker_model.index(0, 0)
    assert widget.speaker_model.index(0, 3, group).data() == shown


def test_speaker_completer_offers_names(qtbot, context: AppContext) -> None:
    widget = QuoteArchiveWidget(context.archive)
    qtbot.addWidget(widget)
    widget.speaker_field.textEdited.emit("willing")
    assert widget._speaker_names.stringList() == ["Prof. Dr. Armin Willingmann"]


def test_speaker_view_then_insert(qtbot, context: AppContext) -> None:
    widget = QuoteArchiveWidget(context.archive)
    qtbot.addWidget(widget)
    widget.show()
    widget.search_field.setText("Kooperationsvereinbarung")
    widget.search_now()
    widget.results.setCurrentIndex(widget.model.index(0, 0))
    speaker = widget.model.hit(0).speakers[0].full_name
    widget.speaker_action.trigger()
    assert widget.tabs.currentIndex() == 1
    model = widget.speaker_model
    assert model.rowCount() == 1
    assert widget.speaker_title.text().startswith(f"{speaker}: 1 quote")
    group = model.index(0, 0)
    widget.speaker_view.setCurrentIndex(model.index(0, 0, group))
    with qtbot.waitSignal(widget.quoteInsertRequested, timeout=1000) as inserted:
        widget.insert_action.trigger()
    assert inserted.args[1] == SAMPLE_ITEM
    with qtbot.waitSignal(widget.itemOpenRequested, timeout=1000):
        widget.speaker_view.doubleClicked.emit(model.index(0, 0, group))


def test_copy_with_attribution(qtbot, context: AppContext) -> None:
    widget = QuoteArchiveWidget(context.archive)
    qtbot.addWidget(widget)
    widget.speaker_field.setText("person-joerg-steinbach")
    widget.search_now()
    widget.results.setCurrentIndex(widget.model.index(0, 0))
    german = widget.copy_with_attribution("de")
    assert german.startswith("„Das westliche Brandenburg")
    assert "Jörg Steinbach" in german and "Minister" in german
    assert QGuiApplication.clipboard().text() == german
    english = widget.copy_with_attribution("en")
    assert english.startswith("“Western Brandenburg")
    assert "Jörg Steinbach" in english


def test_simple_attribution() -> None:
    from editor.store.search import HitSpeaker, QuoteHit

    hit = QuoteHit("q", "i", {}, None, {"de": "Ja."}, (), "de",
                   (HitSpeaker("p", "Anna Muster", {"de": "Ministerin"}),),
                   ApprovalState.APPROVED)
    assert simple_attribution(hit, "de") == "„Ja.“, Anna Muster (Ministerin)"
    assert simple_attribution(hit, "en") == "“Ja.”, Anna Muster (Ministerin)"


def test_failed_search_is_shown(qtbot, context: AppContext) -> None:
    widget = QuoteArchiveWidget(context.archive)
    qtbot.addWidget(widget)
    context.archive.close()
    with qtbot.waitSignal(widget.statusChanged, timeout=1000) as status:
        widget.search_now()
    assert "closed" in status.args[0]
    assert widget.model.rowCount() == 0 and widget.model.index(0, 0) == QModelIndex()


def test_hits_are_drawn_in_bold_and_elided(qtbot, context: AppContext) -> None:
    from PySide6.QtGui import QFont, QFontMetrics

    plain_font = QFont()
    bold_font = QFont(plain_font)
    bold_font.setBold(True)
    plain, bold = QFontMetrics(plain_font), QFontMetrics(bold_font)
    spans = [("Der ", False), ("Strukturwandel", True), (" braucht Zeit und Geduld.", False)]
    whole = fit_spans(spans, 10_000, plain, bold)
    assert [(t, h) for t, h, _ in whole] == spans
    assert whole[1][2] == plain.horizontalAdvance("Der ")
    assert whole[2][2] == whole[1][2] + bold.horizontalAdvance("Strukturwandel")
    cut = fit_spans(spans, whole[2][2] + plain.horizontalAdvance(" braucht"), plain, bold)
    assert cut[-1][0].endswith("…") and len(cut) == 3
    assert fit_spans(spans, 0, plain, bold) == []

    # a hit beyond the cell's width: the text before it is cut from the left instead
    late = [("Das Rathaus gehört allen ", False), ("Bürgerinnen", True),
            (" und Bürgern.", False)]
    width = plain.horizontalAdvance("Das Rathaus gehört allen B")
    shown = fit_spans(late, width, plain, bold)
    assert ("Bürgerinnen", True) in [(t, h) for t, h, _ in shown]
    assert shown[0][0].startswith("…") and shown[0][0].endswith("allen ")
    assert all(x + (bold if h else plain).horizontalAdvance(t) <= width for t, h, x in shown)
    assert [(t, h) for t, h, _ in fit_spans(late, 10_000, plain, bold)] == late

    widget = QuoteArchiveWidget(context.archive)
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    qtbot.keyClicks(widget.search_field, "foerder")
    qtbot.waitUntil(lambda: widget.model.rowCount() == 2, timeout=3000)
    delegate = widget.results.itemDelegateForColumn(QuoteSearchModel.TEXT_COLUMN)
    assert isinstance(delegate, HitDelegate)
    widget.results.selectRow(0)
    image = widget.results.grab().toImage()  # paints both the selected and a plain row
    assert not image.isNull()


def test_a_table_snippet_starts_shortly_before_its_first_hit() -> None:
    from editor.gui.quote_search_model import LEAD_IN_CHARS, _one_line

    long_lead = ("…Das westliche Brandenburg und das östliche Sachsen-Anhalt verzeichnen "
                 "eine positive\n wirtschaftliche ")
    spans = _one_line([(long_lead, False), ("Entwicklung", True), (". Ende.", False)])
    assert spans[0][0].startswith("…") and len(spans[0][0]) <= LEAD_IN_CHARS + 1
    assert spans[0][0].endswith("positive wirtschaftliche ")
    assert spans[1:] == [("Entwicklung", True), (". Ende.", False)]
    short = [("Der ", False), ("Strukturwandel", True)]
    assert _one_line(short) == short
    assert _one_line([("Kein Treffer  hier", False)]) == [("Kein Treffer hier", False)]


def test_a_quote_without_words_in_the_language_falls_back_to_another() -> None:
    from editor.store.search import HitSpeaker, QuoteHit

    hit = QuoteHit("q1", "i1", {}, None, {"de": "", "en": "Words."}, (), "en",
                   (HitSpeaker("p1", "Anna Beispiel", {"de": "", "en": "Minister"}),),
                   ApprovalState.APPROVED)
    assert simple_attribution(hit, "de") == "„Words.“, Anna Beispiel (Minister)"


def test_quotes_under_embargo_are_hidden_until_asked_for_then_marked(
        qtbot, context: AppContext) -> None:
    from datetime import datetime

    from editor.core.model import Embargo
    from editor.gui.quote_search_model import EMBARGO_COLOUR

    _many(context, 3)
    item = context.archive.load_item("item-many")
    item.embargo = Embargo(datetime(2099, 1, 1, 10, 0))
    context.archive.save_item(item)
    widget = QuoteArchiveWidget(context.archive)
    qtbot.addWidget(widget)
    widget.search_field.setText("wandel")
    widget.search_now()
    model = widget.model
    assert model.rowCount() == model.total == 0
    assert not widget.embargo_box.isChecked()
    widget.embargo_box.setChecked(True)
    widget.search_now()
    assert [model.hit(row).item_id for row in range(model.rowCount())] == ["item-many"] * 3
    assert model.total == 3
    cell = model.index(0, QuoteSearchModel.ITEM_COLUMN)
    assert cell.data().startswith("Under embargo until ")
    assert "2099" in cell.data() and cell.data().endswith(": Viele Zitate")
    assert cell.data(Qt.ItemDataRole.ForegroundRole).color() == EMBARGO_COLOUR
    item.embargo = Embargo(datetime(2020, 1, 1, 10, 0))  # ended: found, not marked
    context.archive.save_item(item)
    widget.embargo_box.setChecked(False)
    widget.search_now()
    assert model.rowCount() == model.total == 3
    plain = model.index(0, QuoteSearchModel.ITEM_COLUMN)
    assert plain.data() == "Viele Zitate"
    assert plain.data(Qt.ItemDataRole.ForegroundRole) is None


def test_the_speaker_tab_marks_quotes_under_embargo_as_the_search_does(
        qtbot, context: AppContext) -> None:
    from datetime import datetime

    from editor.core.model import Embargo
    from editor.gui.quote_search_model import EMBARGO_COLOUR

    _many(context, 2)
    item = context.archive.load_item("item-many")
    item.embargo = Embargo(datetime(2099, 1, 1, 10, 0))
    context.archive.save_item(item)
    widget = QuoteArchiveWidget(context.archive)
    qtbot.addWidget(widget)
    widget.show_speaker("person-joerg-steinbach")
    model = widget.speaker_model
    group = model.index(0, 0)
    rows = {model.index(row, 0, group).data(QuoteSpeakerModel.ItemIdRole): row
            for row in range(model.rowCount(group))}
    assert set(rows) == {SAMPLE_ITEM, "item-many"}
    marked = model.index(rows["item-many"], 2, group)
    assert marked.data().startswith("Under embargo until ")
    assert "2099" in marked.data() and marked.data().endswith(": Viele Zitate")
    for column in range(4):
        cell = model.index(rows["item-many"], column, group)
        assert cell.data(Qt.ItemDataRole.ForegroundRole).color() == EMBARGO_COLOUR
    widget.embargo_box.setChecked(True)  # the search shows the same words
    widget.search_field.setText("wandel")
    widget.search_now()
    assert widget.model.index(0, QuoteSearchModel.ITEM_COLUMN).data() == marked.data()
    plain = model.index(rows[SAMPLE_ITEM], 2, group)
    assert not plain.data().startswith("Under embargo")
    assert plain.data(Qt.ItemDataRole.ForegroundRole) is None


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_heading_fits_its_column(qtbot, context: AppContext, language: str) -> None:
    from PySide6.QtCore import QCoreApplication, QLocale

    from editor.gui.i18n import Translators

    locale = QLocale()
    translators = Translators(QCoreApplication.instance())
    translators.install(language)
    try:
        widget = QuoteArchiveWidget(context.archive)
        qtbot.addWidget(widget)
        widget.resize(700, 500)
        widget.show()
        header = widget.results.horizontalHeader()
        for column in range(widget.model.columnCount()):
            if column == QuoteSearchModel.TEXT_COLUMN:
                continue  # takes the room that is left
            heading = widget.model.headerData(column, Qt.Orientation.Horizontal)
            assert header.sectionSize(column) >= header.sectionSizeHint(column), heading
    finally:
        translators.remove()
        QLocale.setDefault(locale)


def test_speaker_column_fits_the_names_found(qtbot, context: AppContext) -> None:
    widget = QuoteArchiveWidget(context.archive)
    qtbot.addWidget(widget)
    widget.resize(1100, 500)
    widget.show()
    widget.search_field.setText("foerder")
    widget.search_now()
    assert widget.model.rowCount() >= 1
    metrics = widget.results.fontMetrics()
    header = widget.results.horizontalHeader()
    column = QuoteSearchModel.SPEAKER_COLUMN
    texts = [str(widget.model.index(row, column).data())
             for row in range(widget.model.rowCount())]
    needed = max(metrics.horizontalAdvance(text) for text in texts)
    assert header.sectionSize(column) >= min(needed, widget.results.viewport().width() // 4), texts
    # the quote itself keeps most of the table
    assert header.sectionSize(QuoteSearchModel.TEXT_COLUMN) >= 300


def test_block_column_fits_the_longest_kind_in_german(qtbot, context: AppContext) -> None:
    """When the item has one (the column fits what the item shows, see
    test_block_column_width)."""
    from editor.core.model import BlockKind
    from tests.gui.conftest import make_window

    german = make_window(qtbot, context, "de")
    try:
        german.open_item(context.archive.list_items()[0].id)
        german.editor.add_block(BlockKind.SUBHEADING)
        qtbot.wait(20)
        table = german.editor.block_table
        width = table.horizontalHeader().sectionSize(0)
        assert width >= table.fontMetrics().horizontalAdvance("Zwischenüberschrift") + 8
    finally:
        german._test_translators.install("en")
