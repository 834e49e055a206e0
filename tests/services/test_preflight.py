"""The export checks: each finding with its severity, message and place."""

from __future__ import annotations

from datetime import datetime

import pytest

from editor.core.errors import PressestelleError
from editor.core.findings import Finding, GenderPolicy, Place, Severity
from editor.core.model import (
    ApprovalState,
    Block,
    BlockKind,
    Bundle,
    Embargo,
    Quote,
    QuoteLayout,
    Speaker,
    Translations,
)
from editor.io.samples import load_sample_bundles
from editor.services.exporting import ExportChecks, check_export, refuse_errors
from editor.services.preflight import gender_findings

SAMPLE = "2021-03-15-smart-country"


@pytest.fixture
def bundle() -> Bundle:
    (found,) = [b for b in load_sample_bundles() if b.items[0].id == SAMPLE]
    return found


def _checks(bundle: Bundle, languages: list[str] | None = None, **options: object
            ) -> ExportChecks:
    return check_export(bundle, [SAMPLE], "en", languages, **options)  # type: ignore[arg-type]


def _codes(findings: list[Finding]) -> list[str]:
    return [f.code for f in findings]


def test_the_sample_has_no_errors_only_style_warnings(bundle: Bundle) -> None:
    checks = _checks(bundle, ["de", "en"])
    assert checks.errors == []
    assert sorted(set(_codes(checks.warnings))) == ["headline_long", "verb_repeated"]
    long = next(f for f in checks.warnings if f.code == "headline_long")
    assert long.place == Place(field="headline", lang="de")
    assert long.values == {"count": "96", "limit": "70"}


def test_empty_headline_and_missing_translations_are_errors_with_their_place(
        bundle: Bundle) -> None:
    item = bundle.items[0]
    item.headline = Translations()
    body = item.blocks[3]
    body.text.text.pop("en")
    errors = _checks(bundle, ["de", "en"]).errors
    assert errors[0].code == "headline_empty"
    assert errors[0].place == Place(field="headline", lang="de")
    missing = [f for f in errors if f.code == "translation_missing"]
    assert [f.place for f in missing] == [Place(block_id=body.id, lang="en")]
    assert missing[0].line() == (f"error: {SAMPLE}, block {body.id} (en): The en text is "
                                 f"missing.")
    # a German export does not need the English text
    assert _codes(_checks(bundle, ["de"]).errors) == ["headline_empty"]


def test_an_outdated_translation_is_a_warning(bundle: Bundle) -> None:
    item = bundle.items[0]
    item.blocks[0].text.set_source("de", "Ein neuer Vorspann.")
    stale = [f for f in _checks(bundle, ["de", "en"]).findings
             if f.code == "translation_stale"]
    assert [(f.severity, f.place) for f in stale] == [
        (Severity.WARNING, Place(block_id=item.blocks[0].id, lang="en"))]


def test_quote_without_speaker_embargo_before_issue_and_missing_photo(bundle: Bundle) -> None:
    item = bundle.items[0]
    quote = item.quotes[0]
    quote.speakers = []
    item.embargo = Embargo(datetime(2021, 3, 14, 10, 0))
    photo_block = next(b for b in item.blocks if b.kind is BlockKind.PHOTO)
    bundle.photo_data.clear()
    errors = {f.code: f for f in _checks(bundle, ["de"]).errors}
    assert errors["quote_no_speaker"].place.quote_id == quote.id
    assert errors["embargo_before_issue"].message == (
        "The embargo ends on 2021-03-14 10:00, before the issue date 2021-03-15.")
    assert errors["photo_missing"].place == Place(block_id=photo_block.id,
                                                  photo_id=photo_block.photo_id or "")
    item.embargo = Embargo(datetime(2021, 3, 15, 10, 0))  # the morning of the issue date
    assert "embargo_before_issue" not in _codes(_checks(bundle, ["de"]).errors)


def test_unapproved_quotes_warn_and_are_errors_when_only_approved_may_go_out(
        bundle: Bundle) -> None:
    quote = bundle.items[0].quotes[1]
    quote.approval.state = ApprovalState.SENT
    (found,) = [f for f in _checks(bundle, ["de"]).findings if f.code == "quote_unapproved"]
    assert found.severity is Severity.WARNING and found.place.quote_id == quote.id
    assert "Willingmann" in found.message
    strict = _checks(bundle, ["de"], require_approval=True)
    assert _codes(strict.errors) == ["quote_unapproved"]
    with pytest.raises(PressestelleError, match=r"nothing exported: .*not approved"):
        refuse_errors(strict)


def _quote(qid: str, person: str, verb: str = "") -> Quote:
    return Quote(qid, [Speaker(person)], Translations.of("de", de="Wir sind froh."),
                 verb={"de": verb} if verb else {})


def test_agency_style_quotes_opening_and_verbs(bundle: Bundle) -> None:
    item = bundle.items[0]
    person = bundle.people[0].id
    extra = [_quote(f"q-x{i}", person) for i in range(3)]
    item.quotes += extra
    item.blocks = ([Block("b-x0", BlockKind.QUOTE, quote_id="q-x0")] + item.blocks
                   + [Block(f"b-x{i}", BlockKind.QUOTE, quote_id=f"q-x{i}") for i in (1, 2)])
    warnings = _checks(bundle, ["de"]).warnings
    codes = _codes(warnings)
    assert "opens_with_quote" in codes and "quotes_many" in codes
    shown = [b for b in item.blocks if b.kind is BlockKind.QUOTE]
    many = next(f for f in warnings if f.code == "quotes_many")
    assert many.values == {"count": str(len(shown)), "limit": "3"}
    assert many.place.block_id == shown[3].id  # the first one too many
    said = [q for q in item.quotes if q.verb.get("de", "sagte") == "sagte"]
    verbs = next(f for f in warnings if f.code == "verb_repeated")
    assert verbs.values == {"verb": "sagte", "count": str(len(said))}
    assert verbs.place.quote_id == shown[1].quote_id  # where it is used again
    # other verbs, or the byline layout, are no repetition
    for quote, verb in zip(item.quotes, ["betonte", "erklärte", "ergänzte", "fügte hinzu",
                                         "unterstrich"], strict=False):
        quote.verb["de"] = verb
    item.quotes[-1].layout = QuoteLayout.BYLINE
    assert "verb_repeated" not in _codes(_checks(bundle, ["de"]).warnings)


def test_long_subheadline_and_release(bundle: Bundle) -> None:
    item = bundle.items[0]
    item.subheadline = Translations.of("de", de="Wort " * 30)
    item.blocks.append(Block("b-long", text=Translations.of("de", de="Satz. " * 700)))
    codes = _codes(_checks(bundle, ["de"]).warnings)
    assert "subheadline_long" in codes and "release_long" in codes


@pytest.mark.parametrize(("policy", "text", "expected"), [
    (GenderPolicy.STERNCHEN, "Liebe Bürger:innen und BürgerInnen!",
     [("Bürger:innen", "Bürger*innen"), ("BürgerInnen", "Bürger*innen")]),
    (GenderPolicy.STERNCHEN, "Bürgerinnen und Bürger, Kolleg_in",
     [("Bürgerinnen und Bürger", "Bürger*innen"), ("Kolleg_in", "Kolleg*in")]),
    (GenderPolicy.PAARFORM, "Alle Bürger*innen und jede*r Teilnehmer:in",
     [("Bürger*innen", "Bürgerinnen und Bürger"), ("Teilnehmer:in", "Teilnehmerin oder "
                                                                     "Teilnehmer")]),
    (GenderPolicy.DOPPELPUNKT, "Bürger:innen fragen Unternehmer*innen",
     [("Unternehmer*innen", "Unternehmer:innen")]),
    (GenderPolicy.STERNCHEN, "Bürger*innen um 10:00, Bürgerinitiative, DIN-Norm", []),
    (GenderPolicy.NONE, "Bürger:innen, BürgerInnen, Bürger*innen", []),
])
def test_gender_policy_flags_the_other_spellings(policy: GenderPolicy, text: str,
                                                 expected: list[tuple[str, str]]) -> None:
    assert gender_findings(text, policy) == expected


def test_gender_findings_name_their_place(bundle: Bundle) -> None:
    item = bundle.items[0]
    item.blocks[0].text.set_source("de", "Die Bürger:innen kamen.")
    found = [f for f in _checks(bundle, ["de", "en"], gender_policy=GenderPolicy.STERNCHEN)
             .warnings if f.code == "gender_policy"]
    assert [(f.place, f.values["suggestion"]) for f in found] == [
        (Place(block_id=item.blocks[0].id, lang="de"), "Bürger*innen")]
    assert not [f for f in _checks(bundle, ["en"], gender_policy=GenderPolicy.STERNCHEN)
                .warnings if f.code == "gender_policy"]


def test_an_undated_item_reports_what_its_export_cannot_show(bundle: Bundle) -> None:
    item = bundle.items[0]
    item.issue_date = None
    item.places = []
    for quote in item.quotes:
        quote.date = None
        for speaker in quote.speakers:
            speaker.role_id = None
    codes = _codes(_checks(bundle, ["de"]).warnings)
    assert "no_dateline" in codes and "role_unknown" in codes


def test_errors_come_first_and_each_finding_once(bundle: Bundle) -> None:
    item = bundle.items[0]
    item.headline.text.pop("en")
    bundle.photo_data.clear()
    findings = _checks(bundle, ["de", "en"]).findings
    severities = [f.severity for f in findings]
    assert severities == sorted(severities, key=lambda s: s is Severity.WARNING)
    assert len(findings) == len(set(findings))
    assert {"translation_missing", "photo_missing"} <= set(_codes(findings))
