"""The bundled sample: it loads, it is complete, and it encodes the reference text exactly.

``fixtures/reference_de.txt`` is the German reference release, one paragraph per line
(markup removed, whitespace normalised): the golden text the exports must reproduce.
The small renderer below follows the text contract documented in docs/interchange.md,
so a mistake in the sample data shows up here rather than in an export test.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from editor.core.model import (
    BlockKind,
    Bundle,
    Gender,
    PressItem,
    Quote,
    Role,
    role_on,
)
from editor.io.samples import load_sample_bundles, sample_paths

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAMPLE_NAME = "2021-03-15-smart-country.json"


def _sample() -> tuple[Bundle, PressItem]:
    (bundle,) = [b for b in load_sample_bundles() if b.items[0].id == "2021-03-15-smart-country"]
    return bundle, bundle.items[0]


def _marks(text: str, opening: str, closing: str) -> str:
    """Straight double quotes paired into typographic marks; bold markup removed."""
    out: list[str] = []
    is_open = False
    for ch in text.replace("**", ""):
        if ch == '"':
            out.append(closing if is_open else opening)
            is_open = not is_open
        else:
            out.append(ch)
    assert not is_open, f"unbalanced quotation marks in {text!r}"
    return "".join(out)


ARTICLE = {Gender.MASCULINE: "der", Gender.FEMININE: "die", Gender.NEUTRAL: "die"}


def _attribution_de(bundle: Bundle, quote: Quote) -> str:
    people = {p.id: p for p in bundle.people}
    roles: dict[str, Role] = {r.id: r for r in bundle.roles}
    speakers = [(people[s.person_id], roles[s.role_id or ""]) for s in quote.speakers]
    if len(speakers) == 1:
        person, role = speakers[0]
        return f"{quote.verb['de']} {ARTICLE[person.gender]} {role.title['de']}, {person.full_name}"
    (_, first), *_ = speakers
    shared = first.function["de"]
    assert all(r.title["de"].startswith(shared) for _, r in speakers)
    parts = [f"{r.title['de'][len(shared):].strip()}, {p.full_name}" for p, r in speakers]
    return f"{quote.verb['de']} die {first.function_plural['de']} " + ", und ".join(parts)


def _render_de(bundle: Bundle, item: PressItem) -> list[str]:
    assert item.issue_date is not None
    lines = [_marks(item.headline.get("de"), "„", "“")]
    dateline = f"{'/'.join(item.places)}, den {item.issue_date:%d.%m.%Y}. "
    for block in item.blocks:
        if block.kind is BlockKind.PARAGRAPH:
            lines.append(_marks(block.text.get("de"), "„", "“"))
        elif block.kind is BlockKind.QUOTE:
            quote = item.quote(block.quote_id or "")
            paragraph = (
                f"„{_marks(quote.text.get('de'), '‚', '‘')}“, {_attribution_de(bundle, quote)}."
            )
            if block.text.has("de"):
                paragraph += " " + _marks(block.text.get("de"), "„", "“")
            lines.append(paragraph)
    lines[1] = dateline + lines[1]
    return lines


def test_the_sample_file_is_found_and_loads() -> None:
    assert [p.name for p in sample_paths()] == [SAMPLE_NAME]
    _, item = _sample()
    assert item.issue_date == date(2021, 3, 15)
    assert item.places == ["Potsdam", "Magdeburg"]
    assert item.status.value == "published"
    assert item.kind.value == "release"
    assert item.languages == ["de", "en"]
    assert item.source_language == "de"


def test_the_sample_encodes_the_reference_release_verbatim() -> None:
    bundle, item = _sample()
    expected = (FIXTURES / "reference_de.txt").read_text(encoding="utf-8").splitlines()
    assert _render_de(bundle, item) == expected


def test_every_translation_of_the_sample_is_current() -> None:
    _, item = _sample()
    assert item.stale_translations() == []
    texts = [item.headline] + [b.text for b in item.blocks if b.text.text]
    texts += [q.text for q in item.quotes]
    for t in texts:
        assert t.has("de") and t.has("en")


def test_the_sample_has_three_quotes_one_joint_one_nested() -> None:
    _, item = _sample()
    assert [len(q.speakers) for q in item.quotes] == [1, 1, 2]
    assert [q.verb["de"] for q in item.quotes] == ["sagte", "sagte", "betonen"]
    assert '"Smart Country"' in item.quotes[2].text.get("de")
    assert all(q.approval.state.value == "approved" for q in item.quotes)
    quote_blocks = [b for b in item.blocks if b.kind is BlockKind.QUOTE]
    assert [b.quote_id for b in quote_blocks] == [q.id for q in item.quotes]


def test_the_sample_shows_a_role_change_over_time() -> None:
    bundle, _ = _sample()
    willingmann = next(p for p in bundle.people if p.family_name == "Willingmann")
    then = role_on(bundle.roles, willingmann.id, date(2021, 3, 15))
    later = role_on(bundle.roles, willingmann.id, date(2022, 1, 10))
    assert then is not None and later is not None
    assert "Wirtschaft, Wissenschaft und Digitalisierung" in then.title["de"]
    assert "Wissenschaft, Energie, Klimaschutz und Umwelt" in later.title["de"]


def test_the_sample_has_issuers_with_boilerplate_and_fictional_contacts() -> None:
    bundle, item = _sample()
    organisations = {o.id: o for o in bundle.organisations}
    issuers = [organisations[i] for i in item.issuer_ids]
    assert [o.short_name for o in issuers] == ["WFBB", "IMG"]
    for org in issuers:
        assert org.boilerplate["de"] and org.boilerplate["en"]
    assert len(item.contacts) == 2
    for contact in item.contacts:
        assert contact.email.endswith(".example.org")
        assert contact.phone.startswith("+49 ")
    assert {"Smart Country", "Strukturwandel"} <= set(item.topics)


def test_the_sample_photo_is_a_small_jpeg_beside_the_file() -> None:
    bundle, item = _sample()
    (photo,) = item.photos
    path = sample_paths()[0].parent / "2021-03-15-smart-country.jpg"
    data = path.read_bytes()
    assert bundle.photo_data[photo.blob].data == data
    assert data[:2] == b"\xff\xd8" and len(data) < 60_000
    assert photo.caption["de"] and photo.caption["en"] and photo.credit


def _strings(node: object) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for v in node.values() for s in _strings(v)]
    if isinstance(node, list):
        return [s for v in node for s in _strings(v)]
    return []


def test_every_text_of_the_sample_pairs_its_quotation_marks() -> None:
    document = json.loads(sample_paths()[0].read_text(encoding="utf-8"))
    for text in _strings(document):
        assert text.count('"') % 2 == 0, text
        assert text.count("**") % 2 == 0, text
        assert text == text.strip() and "  " not in text, text
