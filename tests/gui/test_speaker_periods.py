"""The speaker view gives a role's period as one date when all its quotes are of one day
("15.03.2021", not "15.03.2021 – 15.03.2021"), else from first to last."""

from __future__ import annotations

from datetime import date

import pytest

from editor.context import AppContext
from editor.core.model import PressItem, Quote, Speaker, Translations
from editor.gui.fields import display_date
from editor.gui.quote_speaker_model import QuoteSpeakerModel

pytestmark = pytest.mark.gui

WILLINGMANN = "person-armin-willingmann"


def _period(context: AppContext) -> str:
    model = QuoteSpeakerModel()
    model.show_person(WILLINGMANN, context.archive.quotes_of_person(WILLINGMANN))
    return str(model.index(0, 2).data())


def test_one_day_is_one_date_and_more_days_a_span(context: AppContext) -> None:
    assert _period(context) == display_date(date(2021, 3, 15))  # the sample: one quote
    context.archive.save_item(PressItem(
        id="item-later", issue_date=date(2021, 3, 20),
        headline=Translations.of("de", de="Später"),
        quotes=[Quote("q-later", speakers=[Speaker(WILLINGMANN)], date=date(2021, 3, 20),
                      text=Translations.of("de", de="Noch ein Satz."))]))
    assert _period(context) == (
        f"{display_date(date(2021, 3, 15))} – {display_date(date(2021, 3, 20))}")
