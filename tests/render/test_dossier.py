"""The quote dossier: every quote of a person, grouped by the role at the time, as DOCX and HTML."""

from __future__ import annotations

import copy
import io
from datetime import date, datetime
from pathlib import Path

import docx
import html5lib
import pytest

from editor.core.model import (
    Approval,
    ApprovalState,
    Block,
    BlockKind,
    Bundle,
    PressItem,
    Quote,
    Speaker,
    Translations,
)
from editor.core.quotes import ApprovalStatus, approval_word, step
from editor.render import RenderError, render_html
from editor.render.dossier import build_dossier_view, export_dossier, render_dossier

WILLINGMANN = "person-armin-willingmann"
CANARY = "CANARY-internal-7f3a"


def _with_later_quote(sample: Bundle) -> Bundle:
    """The sample plus an item of 2022 with a drafted quote of Willingmann (new ministry)."""
    bundle = copy.deepcopy(sample)
    quote = Quote(
        "q-later", speakers=[Speaker(WILLINGMANN)],
        text=Translations(text={"de": "Wasserstoff ist die Zukunft & <mehr>.",
                                "en": "Hydrogen is the future."}),
        date=date(2022, 5, 3),
        approval=Approval(ApprovalState.SENT, comment=f"{CANARY} comment"),
    )
    bundle.items.append(PressItem(
        id="item-later", issue_date=date(2022, 5, 3), languages=["de", "en"],
        headline=Translations(text={"de": "Energie für Sachsen-Anhalt",
                                    "en": "Energy for Saxony-Anhalt"}),
        blocks=[Block("b1", BlockKind.QUOTE, quote_id="q-later")], quotes=[quote],
        internal_note=f"{CANARY} note"))
    for person in bundle.people:
        person.note = f"{CANARY} person"
    for item in bundle.items:
        for q in item.quotes:
            q.approval.comment = f"{CANARY} approval"
    return bundle


def _strict(page: str) -> None:
    html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(page)


def test_roles_are_grouped_by_the_role_held_on_each_date(sample: Bundle) -> None:
    view = build_dossier_view(_with_later_quote(sample), WILLINGMANN, ["de"])
    groups = view.sections[0].groups
    assert [g.title.split(" für ")[1] for g in groups] == [
        "Wirtschaft, Wissenschaft und Digitalisierung",
        "Wissenschaft, Energie, Klimaschutz und Umwelt"]
    assert [len(g.quotes) for g in groups] == [1, 1]
    assert groups[0].quotes[0].date == "15. März 2021"
    assert groups[1].quotes[0].date == "3. Mai 2022"
    assert groups[1].quotes[0].approval_state == "sent"
    assert view.sections[0].subheadline == "2 Zitate, 2021–2022"


def test_docx_opens_and_holds_every_quote(sample: Bundle) -> None:
    bundle = _with_later_quote(sample)
    for lang in ("de", "en"):
        data = render_dossier(bundle, WILLINGMANN, [lang], "docx")
        text = "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
        for item in bundle.items:
            for quote in item.quotes:
                if any(s.person_id == WILLINGMANN for s in quote.speakers):
                    assert quote.text.get(lang).rstrip(".") in text
        assert "Energie" in text or "Energy" in text
        assert CANARY not in data.decode("latin-1")
    german = "\n".join(p.text for p in docx.Document(io.BytesIO(
        render_dossier(bundle, WILLINGMANN, ["de"], "docx"))).paragraphs)
    assert "zur Freigabe versandt" in german and "nicht freigegeben" not in german
    assert "freigegeben am 12. März 2021" in german
    assert "Wasserstoff ist die Zukunft & <mehr>." in german


def test_html_is_strict_html5_with_every_quote_and_no_internals(sample: Bundle) -> None:
    bundle = _with_later_quote(sample)
    page = render_dossier(bundle, WILLINGMANN, ["en"], "html").decode("utf-8")
    _strict(page)
    assert "Hydrogen is the future." in page
    assert "Together we are stronger." in page
    assert "Saxony-Anhalt Minister for Science, Energy" in page
    assert 'class="ps-approval ps-approval-sent"' in page
    assert CANARY not in page
    german = render_dossier(bundle, WILLINGMANN, ["de"], "html").decode("utf-8")
    _strict(german)
    assert "Zukunft &amp; &lt;mehr&gt;." in german


def test_export_writes_one_file_per_language_and_format(sample: Bundle, tmp_path: Path) -> None:
    files = export_dossier(_with_later_quote(sample), WILLINGMANN, ["de", "en"],
                           ["docx", "html"], tmp_path / "out")
    assert [f.name for f in files] == [
        "dossier_prof-dr-armin-willingmann.de.docx", "dossier_prof-dr-armin-willingmann.de.html",
        "dossier_prof-dr-armin-willingmann.en.docx", "dossier_prof-dr-armin-willingmann.en.html"]
    assert all(f.stat().st_size > 0 for f in files)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(f.name for f in files)


def test_templates_keep_to_their_kind(sample: Bundle) -> None:
    with pytest.raises(RenderError, match="quote dossiers, not press items"):
        render_html(sample, sample.items[0].id, "quote-dossier", ["de"])
    with pytest.raises(RenderError, match="not quote dossiers"):
        render_dossier(sample, WILLINGMANN, ["de"], "html", template="pressemitteilung")
    with pytest.raises(RenderError, match="not in the archive"):
        render_dossier(sample, "person-nobody", ["de"], "html")


def test_undated_and_untranslated_quote(sample: Bundle) -> None:
    bundle = _with_later_quote(sample)
    later = bundle.items[-1]
    later.quotes[0].text = Translations(text={"de": "Nur deutsch."})
    later.quotes[0].date = None
    later.issue_date = None
    later.quotes[0].approval = Approval(ApprovalState.APPROVED, by="Büro",
                                        at=datetime(2022, 5, 2, 9, 0))
    view = build_dossier_view(bundle, WILLINGMANN, ["en"])
    last = view.sections[0].groups[-1].quotes[-1]
    assert last.notice == "[translation missing]"
    assert last.approval == "approved on 2 May 2022"
    _strict(render_dossier(bundle, WILLINGMANN, ["en"], "html").decode("utf-8"))


def test_approval_states_read_as_in_the_app(sample: Bundle) -> None:
    bundle = _with_later_quote(sample)
    later = bundle.items[-1].quotes[0]
    step(later, ApprovalState.APPROVED, user="u", by="Büro", at=datetime(2022, 5, 2))
    later.text = Translations(text={"de": "Neue Worte.", "en": "New words."})
    for lang in ("de", "en"):
        [changed] = [q for g in build_dossier_view(bundle, WILLINGMANN, [lang]).sections[0]
                     .groups for q in g.quotes if "Neue" in "".join(r.text for r in q.runs)
                     or "New" in "".join(r.text for r in q.runs)]
        assert changed.approval == approval_word(ApprovalStatus.CHANGED, lang)
        assert changed.approval_state == "changed"
    later.approval = Approval(ApprovalState.DRAFTED)
    german = render_dossier(bundle, WILLINGMANN, ["de"], "html").decode("utf-8")
    assert approval_word(ApprovalStatus.NOT_SENT, "de") in german
    assert "Entwurf" not in german
