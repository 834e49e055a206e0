"""Plain-text export in the convention of the wire services (news agencies).

One paragraph after another, lines wrapped at 72 characters, the typographic marks of
the language kept („…“, –, no-break spaces). The embargo line comes first; the
boilerplate ("Über …") and the press contact ("Rückfragen bitte an:" / "Press contact:")
close the text. With the wire dateline (``ots``) the lead opens "Potsdam (ots) – …"
instead of the template's dateline. A bilingual template writes its languages one after
the other, or only the first when its manifest says ``"text": {"languages": "first"}``.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable

from editor.render.inline import Run
from editor.render.viewmodel import BlockView, ContactView, ExportView, LanguageView

WIDTH = 72
"""The longest line of the text, in characters."""
SEPARATOR = "-" * WIDTH
"""Between the languages of a bilingual text."""
WIRE_WORDS: dict[str, dict[str, str]] = {
    "de": {"contact": "Rückfragen bitte an:", "photo": "Foto", "photos": "Fotos"},
    "en": {"contact": "Press contact:", "photo": "Photo", "photos": "Photos"},
}


def _words(lang: str) -> dict[str, str]:
    return WIRE_WORDS.get(lang.split("-")[0].split("_")[0], WIRE_WORDS["en"])


def wrap(text: str, width: int = WIDTH, indent: str = "", first: str = "") -> list[str]:
    """``text`` wrapped at ``width``: its own line breaks kept, words never split (a web
    address longer than a line stands on a line of its own), no-break spaces held."""
    wrapper = textwrap.TextWrapper(width=width, break_long_words=False,
                                   break_on_hyphens=False, initial_indent=first or indent,
                                   subsequent_indent=indent)
    lines: list[str] = []
    for n, line in enumerate(text.split("\n")):
        if n:
            wrapper.initial_indent = indent
        lines += wrapper.wrap(line) or [indent.rstrip()]
    return lines


def runs_text(runs: Iterable[Run]) -> str:
    """The text of ``runs``; a link shows its address after its words, "WFBB
    (https://wfbb.de)", unless the words are the address."""
    out: list[str] = []
    words: list[str] = []
    href = ""

    def close() -> None:
        label = "".join(words)
        out.append(label)
        target = href.removeprefix("mailto:").removeprefix("tel:")
        if href and target.strip() and target.strip() not in label:
            out.append(f" ({target})")

    for run in runs:
        if run.href != href and words:
            close()
            words = []
        href = run.href
        words.append(run.text)
    if words:
        close()
    return "".join(out).strip(" ")


def render_view(view: ExportView, *, ots: bool = False, languages: str = "all") -> str:
    """The text of ``view``; ``languages`` "first" keeps only its first language."""
    sections = view.sections[:1] if languages == "first" else view.sections
    parts = [_section(view, s, ots) for s in sections]
    return ("\n\n" + SEPARATOR + "\n\n").join(parts).rstrip() + "\n"


def _section(view: ExportView, s: LanguageView, ots: bool) -> str:
    paragraphs: list[list[str]] = []

    def add(text: str, indent: str = "", first: str = "") -> None:
        if text.strip():
            paragraphs.append(wrap(text, indent=indent, first=first))

    if s.embargoed:
        add(s.release_line)
    if view.draft_label:
        add(view.draft_label)
    if "release_line" in s.parts and not s.embargoed:
        add(s.release_line)
    if "correction" in s.parts:
        add(s.correction)
    head = [x for x in (s.headline_notice, s.kicker, s.headline, s.subheadline) if x]
    if head:
        paragraphs.append([line for x in head for line in wrap(x)])
    for block in s.blocks:
        paragraphs += _block(block, s, ots)
    if "end" in s.parts:
        add(s.labels["end"])
    if s.event is not None and "event" in s.parts:
        paragraphs.append(_event(s))
    for issuer in s.issuers:
        if issuer.boilerplate:
            about = [issuer.about, *wrap(runs_text(issuer.boilerplate))]
            if issuer.website_text:
                about.append(issuer.website_text)
            paragraphs.append(about)
    if s.contacts:
        contact_lines = [_words(s.lang)["contact"]]
        for n, contact in enumerate(s.contacts):
            if n:
                contact_lines.append("")
            contact_lines += _contact(contact, s)
        paragraphs.append(contact_lines)
    if s.credits:
        add(f"{_words(s.lang)['photos']}: {', '.join(s.credits)}")
    return "\n\n".join("\n".join(p) for p in paragraphs)


def _block(block: BlockView, s: LanguageView, ots: bool) -> list[list[str]]:
    out: list[list[str]] = []
    if block.notice:
        out.append(wrap(block.notice))
    if block.empty:
        return out
    if block.kind == "list":
        lines = [line for item in block.items
                 for line in wrap(runs_text(item), indent="  ", first="- ")]
        out.append(lines)
    elif block.kind == "photo" and block.photo is not None:
        photo = block.photo
        if not photo.available and not photo.missing_label:
            return out
        words = [photo.missing_label, runs_text(photo.caption), photo.credit]
        text = " ".join(w for w in words if w)
        out.append(wrap(f"[{_words(s.lang)['photo']}: {text}]" if text else ""))
    else:
        text = runs_text(block.runs)
        if block.lead:
            text = _opening(s, ots) + text
        if text.strip():
            out.append(wrap(text))
        if block.byline:
            out.append(wrap(runs_text(block.byline)))
        if block.after:
            out.append(wrap(runs_text(block.after)))
    return [p for p in out if any(line.strip() for line in p)]


def _opening(s: LanguageView, ots: bool) -> str:
    """What precedes the lead: "Potsdam (ots) – " on the wire, else the dateline."""
    if ots and s.places:
        return f"{s.places} (ots) – "
    return f"{s.dateline} " if s.dateline else ""


def _event(s: LanguageView) -> list[str]:
    event = s.event
    assert event is not None
    lines = wrap(f"{s.labels['event']}: {event.name}") if event.name else []
    under = "  " if lines else ""  # facts hang under the name; without one, at the margin
    for key, value in event.facts:
        lines += wrap(f"{s.labels[key]}: {value}", indent=under)
    if event.speakers:
        lines.append(f"{s.labels['speakers']}:")
        for speaker in event.speakers:
            lines += wrap(speaker.line, indent="  ", first="- ")
    return lines


def _contact(c: ContactView, s: LanguageView) -> list[str]:
    words = s.labels
    lines = [c.name, c.function, c.organisation, c.topics]
    if c.phone:
        lines.append(f"{words['phone']} {c.phone}")
    if c.email:
        lines.append(f"{words['email']} {c.email}")
    if c.website_text:
        lines.append(f"{words['web']} {c.website_text}")
    return [line for text in lines if text for line in wrap(text)]
