"""On a server the total of a quote search is counted in the background: the first page
shows at once, the total follows, and the count of a search replaced meanwhile is
dropped."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from typing import Any

import pytest

from editor.context import AppContext
from editor.core.errors import StoreError
from editor.core.model import PressItem, Quote, Speaker, Translations
from editor.gui.quote_archive_widget import QuoteArchiveWidget
from editor.gui.quote_search_model import QuoteQuery, QuoteSearchModel
from editor.store import Archive

pytestmark = pytest.mark.gui


class _SlowCounter:
    """The archive the model opens again for counting: it counts through the real one,
    once allowed to, and records the thread it counted in."""

    def __init__(self, archive: Archive) -> None:
        self.archive = archive
        self.allowed = threading.Event()
        self.counted: list[tuple[str, str]] = []
        self.failure: str | None = None
        self.closed = False

    def count_quotes(self, query: str, **kwargs: Any) -> int:
        assert self.allowed.wait(10)
        self.counted.append((query, threading.current_thread().name))
        if self.failure is not None:
            raise StoreError(self.failure)
        return self.archive.count_quotes(query, **kwargs)

    def close(self) -> None:
        self.closed = True


@pytest.fixture
def server(context: AppContext, monkeypatch: pytest.MonkeyPatch) -> _SlowCounter:
    """The context's archive taken for a server's; what counts for it is slow."""
    archive = context.archive
    archive.save_item(PressItem(
        id="item-many", issue_date=date(2022, 1, 1),
        headline=Translations(text={"de": "Viele Zitate"}),
        quotes=[Quote(f"q-{n:03d}", speakers=[Speaker("person-joerg-steinbach")],
                      text=Translations(text={"de": f"Die Förderung, Teil {n}."
                                              if n % 2 else f"Der Strukturwandel, Teil {n}."}),
                      date=date(2022, 1, 1) + timedelta(days=n)) for n in range(30)]))
    counter = _SlowCounter(archive)
    monkeypatch.setattr(Archive, "is_server", property(lambda self: True))
    monkeypatch.setattr(Archive, "opened_again", lambda self: counter)
    return counter


def test_the_first_page_shows_before_the_total_is_counted(qtbot, server: _SlowCounter) -> None:
    model = QuoteSearchModel(server.archive, page_size=5)
    totals: list[int] = []
    model.totalChanged.connect(totals.append)
    with qtbot.waitSignal(model.countStarted, timeout=1000):
        model.set_query(QuoteQuery(text="Strukturwandel", order="date"))
    assert model.rowCount() == 5 and totals == []  # the page is there, the count is not
    with qtbot.waitSignal(model.totalChanged, timeout=5000):
        server.allowed.set()
    assert totals == [15] and model.total == 15
    assert server.counted == [("Strukturwandel", "quote-count")]


def test_a_count_of_a_search_replaced_meanwhile_is_dropped(qtbot, server: _SlowCounter) -> None:
    model = QuoteSearchModel(server.archive, page_size=5)
    totals: list[int] = []
    model.totalChanged.connect(totals.append)
    model.set_query(QuoteQuery(text="Strukturwandel", order="date"))
    model.set_query(QuoteQuery(text="Förderung", order="date"))
    model.set_query(QuoteQuery(text="Teil", order="date"))
    with qtbot.waitSignal(model.totalChanged, timeout=5000):
        server.allowed.set()
    qtbot.wait(200)  # the others would have come by now
    assert totals == [30]
    # the first had begun (it waited to be allowed), the second never ran
    assert [query for query, _ in server.counted] in (["Teil"], ["Strukturwandel", "Teil"])


def test_a_page_that_holds_every_hit_needs_no_count(qtbot, server: _SlowCounter) -> None:
    model = QuoteSearchModel(server.archive, page_size=50)
    with qtbot.waitSignal(model.totalChanged, timeout=1000) as total:
        model.set_query(QuoteQuery(text="Strukturwandel", order="date"))
    assert total.args == [15] and server.counted == []


def test_a_count_that_fails_says_why_in_the_window(qtbot, context: AppContext,
                                                   server: _SlowCounter) -> None:
    widget = QuoteArchiveWidget(context.archive, "en")
    qtbot.addWidget(widget)
    widget.model._page_size = 5
    widget.search_field.setText("Strukturwandel")
    widget.search_now()
    assert widget.status_label.text() == "Counting the quotes found …"
    assert widget.model.rowCount() >= 5
    server.failure = "The server went away; nothing was changed."
    with qtbot.waitSignal(widget.model.searchFailed, timeout=5000):
        server.allowed.set()
    assert widget.status_label.text() == "The server went away; nothing was changed."
    assert widget.model.rowCount() >= 5  # the hits found stay (the view fetched more)
    widget.model.close()
    assert server.closed
