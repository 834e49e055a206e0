"""Finding direct quotes and who said them in the plain text of an old release.

A direct quote is a text between quotation marks („…“, “…”, »…«, «…», "…") that a person
said: it has an attribution after it ("…“, sagte die Ministerin, Dr. Anna Beispiel.",
"…”, Smith said."), a colon before it ("Steinbach: „…“"), or it stands as a whole
paragraph (a pull quote, with the speaker in the line under it). Short marked texts
without any of these are names, titles or scare quotes ("das Projekt „Coconat“") and are
not quotes; so is one capitalised noun in marks that the clause does not judge by ("die
Modelle „Sonnenblick“", but "nannte es einen „Rückschritt“") and a gloss in brackets
after a name in marks ("„Clean River“ („sauberer Fluss“)"). Offsets are in code points
into the text given.

Who said it: the attribution after the quote ("so X", "sagte X", "wird X zitiert", "heißt es
in X", "…, wie X sagte", at the end of the sentence); else the subject of the quote's clause
in German verb-second order ("Dabei betonte die Ministerin X: „…“", "Die Pläne kritisierte
er als „…“", "Laut X …", "X zufolge …"); else the subject of the sentence before. Of several
sources in a clause the one nearest to the quote counts, and the subject of a plain speech
verb beside a source ("sagte X Y zufolge") said the words; the agent of a passive ("wird von
X als „…“ bezeichnet"), the holder of words said ("der Vorwurf der X, es handle sich um
„…“"), "seiner Ansicht nach" and the document words stand in ("In der Vereinszeitung fand sich …")
are read as well, and so are the opinion holder ("Für die Ministerin ist der Plan „…“"), a
text of law ("Nach § 4 der Satzung …") and the medium of a passive of naming ("In der
Fachpresse war es als „…“ bezeichnet worden"). A clause in the subjunctive about a thing
("Die Mittel seien „…“") or about a person ("Der Mieter sei „…“") goes on with the speaker
named before, passing over sentences that only go on with the report. A phrase put first
is the object when it is words said ("Die Vorschläge der Ministerin nannte X …") or when a
singular verb does not agree with it ("Die jungen Sportler beschrieb die Zeitung als …").
Joint quotes name every speaker with the role written before each name. A pronoun stays as
written and refers to the last person named before it; a family name alone refers to where
the name was first given in full, and a description ("der Minister", "die Zeitung") to the
fuller mention before it ("Innenminister X"). A later clause of the sentence may name its
own speaker ("A nannte es „…“, B bezeichnete es als „…“"), and words that cannot name
anyone ("Warum", "Im Mai", "an jedem Eingang") are never taken for a speaker.

English has its own orders: the speaker before the verb at the end ("…,” Jane Doe, Minister
for Energy, said.", "…,” the minister said."), the role after each name of a joint quote
("said John Roe, CEO of X, and Jane Doe, Minister for Energy"), "according to" as a source
before or after the quote, and "the minister" taking up "Energy Minister Jane Doe" or "Jane
Doe, Minister for Energy". "So-called", "dubbed" and the like before marks name a thing. A
pull quote's byline may give the role on the line under the name, in either language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

OPENERS: dict[str, str] = {"„": "“”\"", "“": "”", "»": "«", "«": "»", '"': '"', "”": "”"}
"""Each opening mark and the marks that may close it."""
NESTED = str.maketrans({"‚": '"', "‘": '"', "’": '"', "‹": '"', "›": '"', "„": '"',
                        "“": '"'})
"""Inner marks become the app's own straight-quote markup (rendered as the nested pair)."""

VERBS_DE = (
    "sagte", "sagt", "sagten", "sagen", "so", "betonte", "betont", "betonten", "betonen",
    "erklärte", "erklärt", "erklärten", "erklären", "meinte", "meint", "ergänzte", "ergänzt",
    "fügte", "unterstrich", "unterstreicht", "unterstrichen", "hob", "kommentierte",
    "kommentiert", "schrieb", "schreibt", "teilte", "warnte", "warnt", "kritisierte",
    "kritisiert", "forderte", "fordert", "berichtete", "berichtet", "versprach", "verspricht",
    "bekräftigte", "bekräftigt", "freute", "freut", "zeigte", "äußerte", "äußert",
    "erläuterte", "erläutert", "resümierte", "bilanzierte", "lobte", "lobt", "verkündete",
    "antwortete", "antwortet", "fragte", "fragt", "rief", "mahnte", "mahnt", "stellte",
    "räumte", "erwiderte", "behauptete", "behauptet", "sprach", "ergänzten", "bestätigte",
    "bestätigt", "heißt", "hieß", "zitierte", "zitiert", "wird", "wurde", "twitterte",
    "schrieben", "sagte", "kündigte", "gab", "sieht", "sah", "glaubt", "glaubte", "hofft",
    "hoffte", "findet", "fand", "argumentierte", "argumentiert", "appellierte", "verwies",
    "bekannte", "gestand", "beklagte", "beklagt", "bemerkte", "bemerkt", "drohte",
    "entgegnete", "folgerte", "jubelte", "konstatierte", "prognostizierte", "präzisierte",
    "urteilte", "vermutete", "versicherte", "versichert", "verteidigte", "wiederholte",
    "zeigen", "zeigten", "freuen", "freuten", "ergänzen", "sagen", "meinen", "berichten",
    "begründet", "begründete", "meldet", "meldete", "verlautete", "nannte", "nennt",
    "resümiert", "bilanziert", "kommentieren", "urteilt", "warnen", "fordern", "kritisieren",
    "betont", "ergänzte", "schloss", "sagt", "erzählte", "erzählt", "beteuerte", "beteuert",
    "bekundete", "unterstreichen", "mahnen", "hoffen", "glauben", "schreiben", "rät", "riet",
    "würdigte", "würdigt", "führte", "führt", "strich", "streicht", "ließ", "lässt",
    "erinnerte", "erinnert", "schilderte", "schildert", "beschrieb", "beschreibt",
    "rechtfertigte", "beurteilte", "verlangte", "verlangt", "verglich", "wies", "weist",
    "hielt", "hält", "warf", "prangerte", "prangerten", "veröffentlichte", "fragen",
)
VERBS_EN = (
    "said", "says", "added", "adds", "explained", "explains", "stressed", "stresses",
    "emphasised", "emphasized", "emphasises", "emphasizes", "noted", "notes", "commented",
    "stated", "states", "declared", "told", "remarked", "underlined", "concluded", "asked",
    "replied", "wrote", "writes", "announced", "argued", "insisted", "warned", "continued",
    "according",
)
VERBS = frozenset(VERBS_DE + VERBS_EN)
_STRONG_VERBS = frozenset({
    "sagte", "sagt", "sagten", "erklärte", "erklärt", "betonte", "betont", "so", "fragte",
    "fragen", "fragt", "meinte", "ergänzte", "fügte", "schrieb", "schreibt", "wird", "wurde",
    "zitiert", "zitierte", "heißt", "hieß", "urteilte", "kommentierte", "erläuterte",
    "antwortete", "bemerkte", "warnte", "unterstrich", "resümierte", "bilanzierte",
    "said", "says", "added", "wrote", "asked", "explained",
})
PRONOUNS = frozenset({"er", "sie", "he", "she", "they", "es", "man", "beide", "both"})

HONORIFIC = r"(?:(?:Prof|Dr|Dipl|Mag|Ing|h\.\s?c|mult|Priv|Doz|apl|Mr|Mrs|Ms|Sir|Dame|Hon)" \
    r"\.(?:-?[A-ZÄÖÜa-zäöü]+\.)*\s*)"
_HONORIFIC_RE = re.compile(rf"^(?:{HONORIFIC})+")
_WORD = r"[A-ZÄÖÜ][\w'’-]*"
_PARTICLE = r"(?:von|vom|van|de|der|zu|zur|di|da|del|le|la|ten|ter|op)"
_NAME_RE = re.compile(
    rf"^(?:{HONORIFIC})*(?:{_WORD}\.?\s+)?(?:{_PARTICLE}\s+)*{_WORD}(?:\s+{_WORD})?$")
_ROLE_WORD = re.compile(
    r"^(?:[A-ZÄÖÜ][\w-]*(?:minister|präsident|meister|leiter|führer|sprecher|direktor|chef|rat|"
    r"vorsitzende|vorsitzender|beauftragte|beauftragter|referent|manager|ministerin|"
    r"präsidentin|meisterin|leiterin|führerin|sprecherin|direktorin|chefin|rätin|"
    r"referentin|managerin|senator|senatorin|kanzler|kanzlerin|vorstand|gründer|gründerin|"
    r"professor|professorin|landrat|landrätin|dezernent|dezernentin|inhaber|inhaberin|"
    r"koordinator|koordinatorin|experte|expertin|trainer|trainerin|richter|richterin|anwalt|"
    r"anwältin|verteidiger|verteidigerin|pfarrer|pfarrerin|bischof|bischöfin|abgeordnete|"
    r"abgeordneter|politiker|politikerin|forscher|forscherin|ökonom|ökonomin|vorsitzender|"
    r"vorsitzende|intendant|intendantin|kommissar|kommissarin|botschafter|botschafterin)|Minister|Ministerin|Präsident|Präsidentin|"
    r"Geschäftsführer|Geschäftsführerin|Bürgermeister|Bürgermeisterin|Chef|Chefin|CEO|"
    r"Director|Minister|Mayor|President|Spokesperson|Spokesman|Spokeswoman|Head|Chair|"
    r"Landrat|Landrätin|Staatssekretär|Staatssekretärin|Regierungssprecher|Sprecher|"
    r"Sprecherin|Vorstand|Vorsitzender|Vorsitzende|Gründer|Gründerin|Ex-\w+)$")
_ROLE_ENDINGS = (
    "minister", "ministerin", "präsident", "präsidentin", "meister", "meisterin", "leiter",
    "leiterin", "sprecher", "sprecherin", "direktor", "direktorin", "trainer", "trainerin",
    "richter", "richterin", "anwalt", "anwältin", "verteidiger", "verteidigerin", "pfarrer",
    "pfarrerin", "bischof", "bischöfin", "forscher", "forscherin", "vorsitzender",
    "vorsitzende", "kommissar", "kommissarin", "botschafter", "botschafterin", "chef",
    "chefin", "experte", "expertin", "senator", "senatorin", "kanzler", "kanzlerin",
    "planer", "planerin", "berater", "beraterin", "vertreter", "vertreterin", "ingenieur",
    "ingenieurin", "architekt", "architektin", "sekretär", "sekretärin", "beigeordnete",
    "beigeordneter", "dezernent", "dezernentin", "referent", "referentin",
)


def _is_role_word(word: str) -> bool:
    """A function title written before a name: "Trainer", "Bürgermeisterin", "CEO"."""
    return _ROLE_WORD.match(word) is not None or (
        word[:1].isupper() and word.lower().endswith(_ROLE_ENDINGS))


_PLURAL_ENDINGS: tuple[tuple[str, str, str], ...] = (
    # plural ending, masculine singular, feminine singular
    ("innen", "in", "in"),  # Präsidentinnen: women only
    ("enden", "ender", "ende"),  # Vorsitzenden (adjectival nouns)
    ("ordneten", "ordneter", "ordnete"),  # Abgeordneten, Beigeordneten
    ("tragten", "tragter", "tragte"),  # Beauftragten
    ("experten", "experte", "expertin"),
    ("enten", "ent", "entin"),  # Präsidenten, Dezernenten, Referenten
    ("anten", "ant", "antin"),  # Intendanten
    ("oren", "or", "orin"),  # Direktoren, Professoren
    ("äre", "är", "ärin"),  # Staatssekretäre
)
"""Plurals of German function nouns the singular can be told from."""


_COUNTED = frozenset({"beiden", "beide", "zwei", "drei", "vier"})


def _role_head(role: str) -> tuple[int, str, str]:
    """The function noun of a German role ("die beiden Präsidenten der Kammer"): its index
    among the words, the word, and the article before it (lower case, or "")."""
    words = role.split()
    article = words[0].lower() if words and words[0].lower() in (
        "der", "die", "das", "den", "dem", "des") else ""
    index = 1 if article else 0
    while index < len(words) - 1 and words[index][:1].islower():
        index += 1  # "die beiden", "die neuen"
    return (index, words[index], article) if index < len(words) else (-1, "", article)


def plural_role(role: str) -> bool:
    """A German role written in the plural before joint names ("die Präsidentinnen",
    "die Geschäftsführer"): a plural ending, or "die" before a masculine function noun."""
    index, head, article = _role_head(role)
    if index < 0 or not head[:1].isupper():
        return False
    lowered = head.lower()
    if any(lowered.endswith(ending) and len(lowered) > len(ending) + 2
           for ending, _, _ in _PLURAL_ENDINGS):
        return True
    return article == "die" and _is_role_word(head) and lowered.endswith(("er", "or"))


def singular_role(role: str, *, woman: bool = False) -> str:
    """One speaker's role from a German role written in the plural for several
    ("Präsidentinnen der Kammer" → "Präsidentin der Kammer"); unchanged otherwise.

    "-innen" names women only. A masculine plural ("Präsidenten", "Geschäftsführer") is
    also the generic one for a mixed group, so it gives the masculine singular unless
    ``woman`` says the speaker is a woman (the caller knows it from the document; a given
    name alone is no reliable sign), then the feminine one ("Präsidentin")."""
    index, head, _ = _role_head(role)
    if index < 0 or not head[:1].isupper():
        return role
    words = role.split()
    while index and words[index - 1].lower() in _COUNTED:
        del words[index - 1]  # "beiden Präsidenten": one of them is no "beiden"
        index -= 1
    lowered = head.lower()
    for ending, masculine, feminine in _PLURAL_ENDINGS:
        if lowered.endswith(ending) and len(lowered) > len(ending) + 2:
            words[index] = head[:-len(ending)] + (feminine if woman else masculine)
            return " ".join(words)
    if woman and _is_role_word(head) and lowered.endswith(("er", "or")):
        words[index] = head + "in"  # Geschäftsführer → Geschäftsführerin
    return " ".join(words)


_ABBREVIATIONS = frozenset({
    "dr", "prof", "dipl", "ing", "mag", "st", "nr", "bzw", "ca", "vgl", "z", "b", "u", "a",
    "jr", "mr", "mrs", "ms", "inc", "co", "mio", "mrd", "str", "abs", "evtl", "ggf", "usw",
    "etc", "hrsg", "bspw", "inkl", "dt", "gen", "sen", "jun", "h", "c", "e", "v", "mult",
})


@dataclass
class Mention:
    """A speaker as written in the text, with its offsets and the role written with it."""

    text: str
    start: int
    end: int
    role_text: str = ""
    refers_to: str = ""
    """For a pronoun ("er", "sie"): the last person named before it, as written."""
    refers_start: int = -1
    """Offset of that person's mention (``refers_to``) in the text; -1 when none."""
    refers_end: int = -1
    source: bool = False
    """Named as the source ("laut X", "X zufolge", "heißt es in X"): a person or a paper."""


@dataclass
class FoundQuote:
    """A direct quote: its words (without the outer marks) and its attribution."""

    start: int
    """Offset of the first character inside the marks."""
    end: int
    """Offset just after the last character inside the marks."""
    text: str
    """The words, inner marks as straight quotes; several marked parts joined by " "."""
    mentions: list[Mention] = field(default_factory=list)
    verb: str = ""
    attribution_end: int = 0
    """Offset just after the attribution sentence (or the quote's closing mark)."""
    pull_quote: bool = False
    """The quote is a whole paragraph; the speaker, if any, is in the line under it."""

    @property
    def role_text(self) -> str:
        """The roles written, each once (joint speakers may share one)."""
        return "; ".join(dict.fromkeys(m.role_text for m in self.mentions if m.role_text))


@dataclass
class _Span:
    open_at: int
    close_at: int
    """Offset of the closing mark."""


def marked_spans(text: str) -> list[_Span]:
    """Every text between a pair of quotation marks, outermost pairs only, in order.

    A pair never crosses a paragraph break (a blank line); a mark with no partner is
    skipped. A straight or English mark right after a letter is an apostrophe or a
    closing mark, not an opener.
    """
    spans: list[_Span] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        closers = OPENERS.get(ch)
        if closers is None or (ch in "\"”" and i > 0 and (text[i - 1].isalnum())):
            i += 1
            continue
        if ch == "”" and (i + 1 >= n or not text[i + 1].isupper()):
            i += 1  # ” opens only in some Nordic styles: when a capital follows
            continue
        end = _closing(text, i + 1, closers)
        if ch == "„" and end is not None and "„" in text[i + 1:end]:
            end = _nested_closing(text, i + 1) or end  # „… „Wort“ …“: a pair inside
        if end is None:
            i += 1
            continue
        if end > i + 1:
            spans.append(_Span(i, end))
        i = end + 1
    return spans


def _closing(text: str, start: int, closers: str) -> int | None:
    limit = text.find("\n\n", start)
    limit = len(text) if limit < 0 else limit
    j = start
    while j < limit:
        if text[j] in closers:
            if text[j] == '"' and j + 1 < len(text) and text[j + 1].isalnum() \
                    and text[j - 1] not in ".,!?;:…":
                j += 1  # "…"Wort: an opening mark of a next quote, not this one's end
                continue
            return j
        j += 1
    return None


def _nested_closing(text: str, start: int) -> int | None:
    """The closing mark of a German „ whose quote holds pairs of the same marks; None
    when the marks do not balance before the paragraph ends."""
    limit = text.find("\n\n", start)
    limit = len(text) if limit < 0 else limit
    depth = 0
    for j in range(start, limit):
        if text[j] == "„":
            depth += 1
        elif text[j] in "“”":
            if depth == 0:
                return j
            depth -= 1
    return None


def _sentence_end(text: str, start: int) -> int:
    """Offset just after the sentence that goes on at ``start`` (not after abbreviations)."""
    n = len(text)
    depth = 0
    j = start
    while j < n:
        ch = text[j]
        if ch == "\n":
            return j
        if ch in "„“»«":
            depth += 1
        elif ch in ".!?" and depth % 2 == 0:
            word = re.search(r"([\w-]+)$", text[start:j])
            before = word.group(1).lower() if word else ""
            last = before.rsplit("-", 1)[-1]
            if ch == "." and (last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha())
                              or _ordinal_date(text, j, last)):
                j += 1
                continue
            if j + 1 >= n or text[j + 1] in " \n\t\xa0\"“”»«)":
                return j + 1
            if ch == "." and text[j + 1].isupper() and re.search(
                    r"[a-zäöüß]{3}$", text[max(start, j - 4):j]):
                return j + 1  # "sagte Merkel.Als …": a missing space
        j += 1
    return n


def _sentence_start(text: str, end: int) -> int:
    """Offset where the sentence that ends at ``end`` begins."""
    j = end - 1
    while j > 0:
        ch = text[j]
        if ch == "\n":
            return j + 1
        if ch in "“”\"»«)" and text[j - 1] in ".!?" and j + 1 < len(text) \
                and text[j + 1] in " \t\xa0":
            return j + 1
        if ch == "." and j + 1 < len(text) and text[j + 1].isupper() and \
                re.search(r"[a-zäöüß]{3}$", text[max(0, j - 4):j]):
            return j + 1  # "sagte Merkel.Als …": a missing space
        if ch in ".!?" and j + 1 < len(text) and text[j + 1] in " \t\xa0":
            word = re.search(r"([\w-]+)$", text[max(0, j - 20):j])
            last = word.group(1).lower().rsplit("-", 1)[-1] if word else ""
            if not (ch == "." and (last in _ABBREVIATIONS or len(last) == 1
                                   or _ordinal_date(text, j, last))) or \
                    _number_ends_sentence(text, j, last):
                return j + 1
        j -= 1
    return 0


_VERB_TAIL = re.compile(
    r"^\s*[,–—-]?\s*(?:(?:wie|as)\s+)?"
    r"(?P<verb>[a-zäöüß]+)\b(?P<rest>[^\n]*)", re.UNICODE)
_NAME_THEN_VERB = re.compile(
    rf"^\s*,\s*(?P<who>(?:{HONORIFIC})*(?:(?:the|der|die|{_WORD})\s+){{0,5}}?{_WORD}|he|she|they)"
    r"\s+(?P<verb>[a-zäöüß]+)\b")
_EN_ONLY_VERBS = frozenset(VERBS_EN) - frozenset(VERBS_DE)
_EN_SUBJECT_VERB = re.compile(
    r"^\s*,\s*(?P<who>(?:the\s+[a-z]|[A-Z])[^„“”\"»«\n;:]{0,160}?),?\s+(?P<verb>[a-z]+)"
    r"(?:\s+(?:on|in|at|during|after|before|yesterday|today|last|this)\b[^,„“”\"»«\n;:]*)?"
    r"\s*[.!?]?\s*$")
"""English: the speaker before the verb at the end of the sentence ("…,” Jane Doe, Minister
for Energy, said.", "…,” the minister said.", "…,” Jane Doe and John Roe said.")."""
_FILLERS = re.compile(
    r"^(?:\s+(?:sich|dazu|weiter|weiterhin|hinzu|zudem|außerdem|auch|ebenfalls|noch|"
    r"jetzt|nun|heute|gestern|am\s+\w+|mit|überzeugt|erfreut|zufrieden|zuversichtlich|"
    r"besorgt|es|in\s+der\s+\w+|in\s+einer\s+\w+|in\s+einem\s+\w+|bei\s+der\s+\w+|"
    r"gegenüber\s+\S+(?:\s+\S+)?|laut|also|later|further|on\s+\w+|in\s+a\s+\w+|"
    r"at\s+the\s+\w+|of|to\s+\w+))+\b")
_COLON_BEFORE = re.compile(
    rf"(?<![\w-])(?P<who>(?:{HONORIFIC})*{_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_WORD}){{0,2}}|er|sie|he|she)"
    r"(?:\s+(?:[a-zäöüß]+))?(?:\s+(?:[a-zäöüß]+))?\s*:\s*$")


_JOINED = r"\s*(?:,\s*)?(?:und|oder|sowie|bzw\.)\s*"
"""What joins two marked parts into one list of words said ("„…“ und „…“")."""


def find_quotes(text: str) -> list[FoundQuote]:
    """The direct quotes of ``text`` with their speakers as written, in text order."""
    found: list[FoundQuote] = []
    spans = marked_spans(text)
    for index, span in enumerate(spans):
        inner = text[span.open_at + 1:span.close_at]
        quote = _classify(text, span, inner)
        if quote is None and found and index and found[-1].end == spans[index - 1].close_at \
                and re.fullmatch(_JOINED, text[spans[index - 1].close_at + 1:span.open_at]) and \
                not _named(text, span, inner, _words(inner), False):
            # "als „aggressiv“ und „herausfordernd“": words joined to a quote are one too
            quote = FoundQuote(span.open_at + 1, span.close_at, _clean(inner),
                               attribution_end=span.close_at + 1)
        if quote is None:
            continue
        if found and _continues(text, found[-1], span, spans, index):
            last = found[-1]  # „…“, sagte X. „…“ — the second part belongs to X too
            if not quote.mentions and not quote.verb:
                quote.mentions = [Mention(m.text, m.start, m.end, m.role_text)
                                  for m in last.mentions]
                quote.verb = quote.verb or last.verb
        found.append(quote)
    _speakers_from_context(text, found)
    _nearest_mentions(text, found, spans)
    _resolve_pronouns(text, found)
    for quote in found:
        if not quote.verb and quote.mentions:
            quote.verb = _verb_before(text, quote)
    return found


_VERB_BEFORE_COLON = re.compile(r"(?:,[^,:;\n„“”\"]{1,80},)?\s*,?\s+(?P<verb>[a-z]+)"
                                r"(?:\s+[a-z]+){0,2}\s*:\s*$")


def _verb_before(text: str, quote: FoundQuote) -> str:
    """The English verb of an attribution before the quote, as written: "Jane Doe said:
    “…”" (said), "According to Jane Doe, “…”" (according to); else empty."""
    mention = quote.mentions[-1]
    if mention.end > quote.start or quote.start - mention.end > 40:
        return ""
    if mention.source and re.search(r"\b[Aa]ccording\s+to\s+$",
                                    text[max(0, mention.start - 20):mention.start]):
        return "according to"
    said = _VERB_BEFORE_COLON.match(text, mention.end, quote.start - 1)
    return said.group("verb") if said and said.group("verb") in _EN_ONLY_VERBS else ""


def _nearest_mentions(text: str, quotes: list[FoundQuote], spans: list[_Span]) -> None:
    """A speaker named in an earlier sentence is given by the mention nearest to the
    quote: "Jan Muster sagte …. Später nannte Muster …. Es sei „…“" names "Muster",
    the family name written last before the quote (outside quotation marks)."""
    for quote in quotes:
        if quote.pull_quote or not quote.mentions:
            continue
        sentence_at = _sentence_start(text, quote.start - 1)
        for index, mention in enumerate(quote.mentions):
            words = re.sub(r"\s*\([^()]*\)$", "", mention.text).split()
            if mention.end > sentence_at or len(words) < 2 or mention.source or \
                    words[0].lower() in _DETERMINERS or not _personal([mention]):
                continue
            surname = words[-1]
            if len(surname) < 3 or not surname[:1].isupper() or _is_role_word(surname):
                continue
            pattern = re.compile(rf"(?<![\w-]){re.escape(surname)}(?![\w-])")
            nearest = None
            for match in pattern.finditer(text, mention.end, quote.start - 1):
                if not any(s.open_at < match.start() < s.close_at for s in spans):
                    nearest = match
            if nearest is not None:
                quote.mentions[index] = Mention(nearest.group(0), nearest.start(),
                                                nearest.end(), mention.role_text)


def _resolve_pronouns(text: str, quotes: list[FoundQuote]) -> None:
    """A pronoun speaker stands for the last speaker named before it: of a quote before,
    or a person's name in the two sentences before the pronoun."""
    last: Mention | None = None
    for quote in quotes:
        for mention in quote.mentions:
            if mention.text.lower() in _SUBJECT_PRONOUNS | _DEMONSTRATIVES | _POSSESSIVES:
                named = _name_before(text, mention.start)
                if named is None or (last is not None and named.start <= last.start):
                    named = last
                if named is not None:
                    mention.refers_to = named.text
                    mention.refers_start, mention.refers_end = named.start, named.end
            elif mention.text.split()[0].lower() in ("der", "die", "das", "the"):
                named = _described_before(text, mention) if mention.text[:3] != "the" \
                    else _described_before_en(text, mention)
                if named is not None:  # "die Zeitung" after "laut Süddeutscher Zeitung"
                    mention.refers_to = named.text
                    mention.refers_start, mention.refers_end = named.start, named.end
                if _personal([mention]):
                    last = mention
            elif _personal([mention]) and mention.text[:1].isupper():
                full = _full_name(text, mention)
                if full is not None:
                    mention.refers_to = full.text
                    mention.refers_start, mention.refers_end = full.start, full.end
                last = mention


def _full_name(text: str, mention: Mention) -> Mention | None:
    """Where a family name alone ("Muster") was first given in full ("Jan Muster")."""
    surname = mention.text.strip()
    if " " in surname or _is_role_word(surname) or not surname[:1].isupper():
        return None
    for match in _NAME_RUN.finditer(text, 0, mention.start):
        words = match.group(0).split()
        if words[-1] != surname or len(words) < 2:
            continue
        found = _first_name(match.group(0), match.start())
        if found is not None and found.text.split()[-1] == surname:
            return found
    return None


def _described_before(text: str, mention: Mention) -> Mention | None:
    """What a definite description ("die Zeitung", "der Minister", "die Fraktion") takes up:
    the nearest fuller mention before it with the same head noun, as a compound or with
    words of its name ("Süddeutsche Zeitung", "Innenminister Jan Muster",
    "SPD-Landtagsfraktion", "Universität Bayreuth")."""
    words = mention.text.split()
    head = words[-1]
    if len(words) > 3 or len(head) < 4 or not head[:1].isupper() or not head.isalpha() or \
            any(w[:1].isupper() for w in words[1:-1]):
        return None
    pattern = re.compile(rf"(?<![\w-])(?:(?P<compound>[A-ZÄÖÜ][\w-]*(?:{re.escape(head.lower())}|"
                         rf"-{re.escape(head)}))|(?P<before>(?:[A-ZÄÖÜ][\w-]*\s+){{0,2}})"
                         rf"{re.escape(head)})(?![\w-])")
    not_names = _DETERMINERS | _PREPOSITIONS | _FRONT_ADVERBS | _SUBORDINATORS
    best = None
    for match in pattern.finditer(text, 0, mention.start):
        start, end = match.start(), match.end()
        if match.group("compound") is None:
            before, offset = match.group("before"), 0
            for word in before.split():  # "Laut Süddeutscher Zeitung": not "Laut"
                if word.lower() not in not_names:
                    break
                offset = before.index(word, offset) + len(word)
            start += offset
            while start < end and text[start] == " ":
                start += 1
        tail = _NAME_RUN.match(text, end + 1) if text[end:end + 1] == " " else None
        if tail is not None and tail.group(0).split()[0].lower() in not_names:
            tail = None
        alone = start == end - len(head)
        if tail is not None and (alone or match.group("compound") is not None):
            # "Innenminister Jan Muster": the person's name, the role written with it
            best = Mention(tail.group(0), tail.start(), tail.end(), text[start:end])
            continue
        if alone:
            after = re.match(r" ([A-ZÄÖÜ][\w-]+)\b", text[end:end + 40])
            if after is None or after.group(1).lower() in not_names or \
                    not _NAME_WORD.fullmatch(after.group(1)):
                continue  # the head alone, no name after it
            end += after.end()  # "Universität Halle"
        best = Mention(text[start:end], start, end)
    return best


_EN_APPOSITION = re.compile(
    rf"(?P<name>(?:{HONORIFIC})*{_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_WORD}){{1,2}}),\s+"
    r"(?P<role>(?:the\s+)?[A-Z][^,;:.!?„“”\"»«\n]{0,80}?)(?=[,;:.!?\n]|\s+[a-z]+s?\b)")
"""English: a name with its role after it ("Jane Doe, Minister for Energy, …")."""


_EN_PERSON_NOUNS = frozenset({
    "minister", "mayor", "president", "spokesperson", "spokesman", "spokeswoman", "chair",
    "chairman", "chairwoman", "chairperson", "director", "executive", "ceo", "head",
    "manager", "secretary", "commissioner", "governor", "senator", "professor", "founder",
    "chief", "officer", "premier", "chancellor", "ambassador", "councillor", "leader",
    "researcher", "scientist", "economist", "expert", "author", "coach", "judge", "lawyer",
})
"""Heads of English descriptions that take up a person ("the minister", "the chief
executive"), not an organisation ("the ministry")."""
_DESCRIBED_WINDOW = 3000
"""How far back (in characters) an English description looks for the person it takes up."""


def _described_before_en(text: str, mention: Mention) -> Mention | None:
    """What an English description ("the minister", "the chief executive") takes up: the
    nearest person before it whose role, written before the name ("Energy Minister Jane
    Doe") or after it ("Jane Doe, Minister for Energy"), holds the description's words."""
    words = [w.lower() for w in mention.text.split()[1:]]
    if not words or len(words) > 2 or words[-1] not in _EN_PERSON_NOUNS:
        return None  # "the ministry", "the company": not a person
    window = max(0, mention.start - _DESCRIBED_WINDOW)
    chunk = text[window:mention.start].lower()
    head = words[-1]
    at = chunk.rfind(head)
    while at >= 0:  # the places that hold the head word, nearest first
        pos = window + at
        at = chunk.rfind(head, 0, at) if at else -1
        if pos + len(head) < len(text) and text[pos + len(head)].isalpha():
            continue
        word_start = pos
        while word_start > window and (text[word_start - 1].isalpha()
                                       or text[word_start - 1] == "-"):
            word_start -= 1
        after = _EN_ROLE_THEN_NAME.match(text, word_start, mention.start)
        found = _first_name(after.group("name"), after.start("name")) if after else None
        if after is not None and found is not None:  # "Energy Minister Jane Doe"
            return Mention(found.text, found.start, found.end,
                           text[word_start:after.start("name")].strip())
        line_start = max(window, text.rfind("\n", window, pos) + 1, pos - 120)
        for match in _EN_APPOSITION.finditer(text, line_start, min(mention.start, pos + 100)):
            role = match.group("role")
            if match.start("role") <= pos < match.end("role") and all(
                    re.search(rf"\b{re.escape(w)}\b", role.lower()) for w in words):
                return Mention(match.group("name"), match.start("name"), match.end("name"),
                               role)  # "Jane Doe, Minister for Energy"
    return None


def _name_before(text: str, at: int) -> Mention | None:
    """The person a pronoun at ``at`` refers to: a name before it in its sentence, else
    the subject of a sentence before (a person, not a pronoun), else a name in it; up to
    three sentences back, not across a paragraph break."""
    start = _sentence_start(text, at)
    for _ in range(3):
        if at < start:
            break
        subject = _subject_mentions(text, start, at)
        if subject and subject[0].text.lower() not in _SUBJECT_PRONOUNS | _DEMONSTRATIVES \
                and _personal(subject[:1]) and subject[0].text[:1].isupper() and (
                    " " in subject[0].text or _surname(text, subject[0].text)):
            return subject[0]
        found = None
        for match in _NAME_RUN.finditer(text, start, at):
            candidate = _first_name(match.group(0), match.start())
            if candidate is not None and _plain_name(text, candidate):
                found = candidate
        if found is not None:
            return found
        if start <= 0 or "\n\n" in text[max(0, start - 3):start]:
            break
        at = start
        while at > 0 and text[at - 1] in " \t\xa0\n":
            at -= 1
        start = _sentence_start(text, max(0, at - 1))
    return None


def _surname(text: str, word: str) -> bool:
    """A single capitalised word is a person's family name when the text also gives it
    with a first name or a role ("Jan Muster" … "Muster"), not a noun ("Bedingungen")."""
    for match in re.finditer(rf"(\S+)\s+{re.escape(word)}(?![\w-])", text):
        before = match.group(1)
        if before[:1].isupper() and before.lower() not in _DETERMINERS | _PREPOSITIONS \
                | _FRONT_ADVERBS | _SUBORDINATORS:
            return True
    return False


def _plain_name(text: str, mention: Mention) -> bool:
    """A run of capitalised words that names a person, not a noun with its article or
    an attribute ("die Eignung Merkels", "der Philosophischen Fakultät", "Im Jahr")."""
    if mention.text.split()[0].lower() in _PREPOSITIONS | _DETERMINERS:
        return False
    before = re.findall(r"[\w-]+", text[max(0, mention.start - 30):mention.start])
    return not before or before[-1].lower() not in _DETERMINERS | _PREPOSITIONS - {
        "von", "vom"} or _is_role_word(before[-1])


def _continues(text: str, last: FoundQuote, span: _Span, spans: list[_Span], index: int) -> bool:
    between = text[last.attribution_end:span.open_at]
    return "\n" not in between and len(between.strip()) < 3


def _words(inner: str) -> int:
    return len(inner.split())


def _classify(text: str, span: _Span, inner: str) -> FoundQuote | None:
    text[span.close_at + 1:]
    start, end = span.open_at + 1, span.close_at
    quote = FoundQuote(start, end, _clean(inner), attribution_end=span.close_at + 1)
    words = _words(inner)
    stripped = inner.rstrip()
    sentence_like = bool(stripped) and stripped[-1] in ".!?…,:;" and not inner[:1].islower()
    if _named(text, span, inner, words, sentence_like):
        return None
    # attribution after the closing mark
    tail_end = _sentence_end(text, span.close_at + 1)
    tail = text[span.close_at + 1:tail_end]
    cue = _attribution_after(text, span.close_at + 1, tail, quote)
    if cue and (words >= 2 or sentence_like):
        quote.attribution_end = tail_end
        return quote
    # a colon (and a speaker) right before the opening mark
    line_start = text.rfind("\n", 0, span.open_at) + 1
    before = text[max(line_start, span.open_at - 160):span.open_at]
    colon = _COLON_BEFORE.search(before)
    if colon and words >= 2:
        who = colon.group("who")
        offset = span.open_at - len(before) + colon.start("who")
        source = re.match(r"(?:Laut|Gemäß|According\s+to)\s+(?=\S)", who)
        if source:  # "Laut Anna Beispiel: „…“": the preposition names a source, no name
            who, offset = who[source.end():], offset + source.end()
        at = _sentence_start(text, span.open_at)
        preceding = re.findall(r"[\w-]+", text[at:offset])
        if who.lower() in PRONOUNS or (who.lower() not in VERBS | _FRONT_ADVERBS and (
                not preceding or preceding[-1].lower() in VERBS)):
            named = _name_part(who) if who.lower() not in PRONOUNS else None
            if named is not None and named[2] and who.endswith(named[0]):
                # "Stadtplanerin Claudia Beispiel: „…“": the role before the name
                start = offset + len(who) - len(named[0])
                quote.mentions = [Mention(named[0], start, start + len(named[0]),
                                          role_text=named[2], source=bool(source))]
            else:
                quote.mentions = [Mention(who, offset, offset + len(who),
                                          source=bool(source))]
        else:
            quote.mentions = _subject_mentions(text, at, span.open_at) or [
                m for m in _sentence_speaker(text, at, span.open_at)
                if m.text.lower() not in _FRONT_ADVERBS]
        return quote
    closes_sentence = re.match(r"^(?:[.!?]|\s*$|\s*\n)", text[span.close_at + 1:span.close_at + 3])
    if before.rstrip().endswith(":") and words >= 3 and (sentence_like or (
            inner[:1].isupper() and closes_sentence is not None)):
        return quote  # "Er sagte damals dazu: „…“."
    # a whole paragraph in marks: a pull quote
    para_start = line_start
    para_end = text.find("\n", span.close_at)
    para_end = len(text) if para_end < 0 else para_end
    if not text[para_start:span.open_at].strip() and not text[span.close_at + 1:para_end].strip() \
            and words >= 4:
        quote.pull_quote = True
        _byline(text, para_end, quote)
        return quote
    if sentence_like and words >= 6 and stripped[-1] in ".!?…":
        return quote  # a quoted sentence whose speaker is named around it
    sentence_at = _sentence_start(text, span.open_at)
    if words >= 4 and inner[:1].isupper() and not text[sentence_at:span.open_at].strip() \
            and re.match(r"^\s*(?:[.!?]|$)", text[span.close_at + 1:span.close_at + 3]):
        return quote  # a sentence of its own in marks: „Wir kommen wieder“.
    if words >= 4 and inner[:1].isupper() and re.search(
            r"\b(?:der|die|das|den|dem|seine[rnm]?|ihre[rnm]?)\s+(?:\w+e[nrs]?\s+)?"
            r"(?:Feststellung|Aussage|Behauptung|Antwort|Frage|Erklärung|Forderung|Botschaft|"
            r"Warnung|Mahnung|Bitte|Aufforderung|Einschätzung|Mitteilung)\s*$",
            text[max(sentence_at, span.open_at - 60):span.open_at]):
        return quote  # "die Feststellung „Ab Herbst fährt …“": words said, in marks
    if words >= 2 and re.search(r"(?:\b(?:mit\s+den\s+Worten|mit\s+dem\s+Satz|Worte|Sätze|"
                                r"Sätzen|\w*[Ss]prüche|\w*[Ss]prüchen|\w*[Pp]arolen?|Rufe|Rufen|"
                                r"Aufschrift)\s+(?:in\s+\w+\s+)?(?:wie\s+(?:zum\s+Beispiel\s+|"
                                r"etwa\s+)?)?|"
                                r"\b(?:skandierten|skandierte|riefen|rief)\s+(?:\w+\s+)?)$",
                                text[max(sentence_at, span.open_at - 50):span.open_at]):
        return quote  # "mit den Worten „…“", "Sprüche wie „…“"
    if words >= 4 and inner[:1].isupper() and _any_verb_after(text, span.close_at + 1):
        quote.attribution_end = _sentence_end(text, span.close_at + 1)
        tokens = _tokens(text[span.close_at + 1:quote.attribution_end], span.close_at + 1)
        worded = re.match(r"^,\s+mit\s+(?:den|diesen|folgenden|solchen)\s+Worten\s+",
                          text[span.close_at + 1:quote.attribution_end])
        if worded and len(tokens) > 5:  # "„…“, mit diesen Worten begrüßte er die Gäste"
            quote.mentions = _after_verb(text, tokens, 4)
        elif len(tokens) > 2:
            quote.mentions = _phrase_mentions(text, tokens, 2, _noun_phrase(tokens, 2))
        return quote  # „…“, beschreibt ein Reporter: a speech verb the lists do not know
    sentence_end = _sentence_end(text, span.close_at + 1)
    if _reported(text, sentence_at, sentence_end, span, inner):
        quote.mentions = _tail_speaker(text, quote) or \
            _subject_mentions(text, sentence_at, span.open_at)
        if not quote.mentions:  # „…“ sprach der Politiker X: the speaker after the quote
            rest = text[span.close_at + 1:sentence_end]
            verb = re.match(r"^\s*,?\s*([a-zäöüß]+)\b", rest)
            if verb and verb.group(1) in VERBS | {"sprach", "nannte", "zitiert"}:
                quote.mentions = _speakers_in_phrase(
                    rest[verb.end():].rstrip(" .!?"), span.close_at + 1 + verb.end())
        return quote
    return None


_TITLE_NOUNS = frozenset({
    "thema", "projekt", "projekts", "projektes", "motto", "titel", "programm", "programms",
    "initiative", "zeitung", "magazin", "film", "films", "buch", "buches", "aktion",
    "kampagne", "marke", "slogan", "netzwerk", "netzwerks", "verein", "vereins", "festival",
    "festivals", "album", "albums", "lied", "song", "serie", "sendung", "show", "studie",
    "operation", "reihe", "name", "namen", "namens", "genannte",
    "genannten", "sogenannte", "sogenannten", "wettbewerb", "wettbewerbs", "preis",
    "begriff", "begriffs", "bezeichnung", "stichwort", "schlagwort", "codename", "codenamen",
    "bereich", "kategorie", "rubrik", "modelle", "magazins", "magazines", "zeitschrift",
    "zeitschriften", "sendungen", "filme", "bücher", "alben", "lieder", "marken",
    "award", "ausstellung", "konferenz", "kongress", "veranstaltung", "zentrum", "unternehmen",
    "firma", "gruppe", "band", "stiftung", "schiff", "hotel", "restaurant", "spiel",
    "plattform", "portal", "app", "label", "modell", "modells", "roman", "stück", "oper",
    "project", "programme", "program", "campaign", "called", "titled", "named", "brand",
    "magazine", "newspaper", "series", "book",
})
_REPORTED = re.compile(
    r"\b(?:sei|seien|habe|hätte|hätten|werde|würde|würden|könne|könnten|müsse|"
    r"müssten|solle|sollten|gebe|wolle|wollten|dürfe|nannte|nennt|nannten|bezeichnete|"
    r"bezeichnet|bezeichneten|sprach|spricht|sprachen|riet|rät|warb|kritisierte|kritisiert|"
    r"begründete|begründet|zurückgewiesen|zurückwies|attackierte|bemühte|lobte|lobt|"
    r"warnte|warnt|warnten|forderte|fordert|forderten|zugesichert|versicherte|erklärte|"
    r"erklärt|sagte|sagt|sagten|meinte|meint|betonte|betont|beklagte|beklagt|befürchtet|"
    r"befürchtete|bestätigte|bekräftigt|bekräftigte|äußerten|äußerte|verwies|mahnte|"
    r"räumte|zufolge|laut|hieß|heißt|konstatierte|konstatiert|würdigte|würdigt|beschrieb|"
    r"beschreibt|attestierte|attestiert|hoffte|hofft|glaubte|glaubt|fürchtete|fürchtet|"
    r"said|says|called|described|told|urged|warned|"
    r"according)\b")


_SO_TAIL = re.compile(r",\s+so\s+(?:der|die|das|ein|eine|[A-ZÄÖÜ])[^,;:„“”\"»«]*[.!?]?\s*$")
"""", so ein Sprecher." closing the sentence: who said what the sentence reports."""
_AS_A_LABEL = re.compile(
    r"\b(?:gilt|galt|gelten|galten|dient|diente|dienen|dienten|bekannt|bekannte|bekannten|"
    r"ausgezeichnet|präsentiert|präsentierte|fungiert|fungierte|eingestuft|sich\s+als|"
    r"bezeichnet\s+(?:wird|wurde|werden|wurden))\b")
"""A label given as what a thing is known or counts as, not words someone said."""


def _reported(text: str, sentence_at: int, sentence_end: int, span: _Span, inner: str) -> bool:
    """A marked part of a sentence that reports speech: "nannte den Bericht eine „Ente“"."""
    words = inner.split()
    if not words or len(words) > 60:
        return False
    before_words = re.findall(r"[\w-]+", text[max(sentence_at, span.open_at - 40):span.open_at])
    if before_words and before_words[-1].lower() in _TITLE_NOUNS:
        return False
    if len(words) == 1 and words[0][:1].isupper() and before_words and before_words[-1] \
            .lower() in ("der", "des", "dem", "den", "die", "das", "im", "vom", "beim",
                            "zum", "zur", "am", "the", "of"):
        return False  # "der „Deutschlandfunk“": a name; "eine „Zeitungsente“" stays
    if len(words) >= 2 and all(w[:1].isupper() or not w[:1].isalpha() for w in words) \
            and inner.rstrip()[-1:] not in ".!?":
        return False  # „New York Times“, „Smart Country“: a name
    if len(words) == 1 and words[0][:1].isupper() and not _judged_as(
            text, _clause_at(text, sentence_at, span.open_at), span, sentence_end):
        return False  # "die Modelle „Sonnenblick“", "ihre „Partner“": a name or a term
    if text[span.close_at + 1:span.close_at + 2].isalpha() or \
            re.match(r"^-\w", text[span.close_at + 1:span.close_at + 3]):
        return False  # „Eins zu Eins“-Begegnung: part of a compound
    if len(words) <= 6 and re.search(r"\b(?:nennt|nannte|nennen|nannten)\s+(?:sie\s+|er\s+|es\s+)?"
                                     r"sich(?:\s+selbst)?\s*$|\bsich\s+(?:selbst\s+)?$",
                                     text[sentence_at:span.open_at]) and (
            re.search(r"\b(?:nennt|nannte|nennen|nannten)\b", text[sentence_at:sentence_end])):
        return False  # "nennt sich „…“", "das sich selbst „…“ nennt": a name
    if words and len(words) <= 3 and re.search(r"\b(?:nennt|nannte)\s*$",
                                               text[sentence_at:span.open_at]) and \
            inner.rstrip()[-1:] not in ".!?":
        return False  # "Der Bericht nennt „Twitter“ …"
    if re.search(r"\bbedeutet(?:e)?\b(?:\s+\w+){0,4}\s*$", text[sentence_at:span.open_at]):
        return False  # "Der Name bedeutet etwa „Menschlichkeit“": a translation
        return False
    sentence = text[sentence_at:span.open_at] + " " + text[span.close_at + 1:sentence_end]
    if re.search(r"\bals(?:\s+(?:ein|eine|einen|einer|einem))?\s*$",
                 text[sentence_at:span.open_at]) and _AS_A_LABEL.search(sentence) and not \
            re.search(r"\b(?:von|vom)\s+(?:[\w-]+\s+){1,4}als\s*$",
                      text[sentence_at:span.open_at]):
        return False  # "gilt als „…“", "als „…“ bekannt", "als „…“ bezeichnet wird"
    if _opinion_holder(text, _tokens(text[sentence_at:span.open_at], sentence_at), 0):
        return True  # "Für die Ministerin ist der Plan „mutig“": her opinion
    if _REPORTED.search(sentence) or _SO_TAIL.search(text[span.close_at + 1:sentence_end]):
        return True  # "… sagte X", "…“ ausgefallen, so ein Sprecher.": speech reported
    said = [w.lower() for w in re.findall(r"[\w-]+", sentence)]
    if any(w in _SAYING for w in said) and any(_subjunctive(w) for w in said):
        return True  # "Die Gäste sagen, der Plan trage die „volle Verantwortung“"
    clause = re.findall(r"[\w-]+", text[_clause_at(text, sentence_at, span.open_at):span.open_at])
    if len(clause) > 1 and (clause[0][:1].isupper() or clause[0] in (
            "er", "sie", "es", "man", "dies", "das", "dieser", "diese")) and any(
            w.islower() and _subjunctive(w) and w not in _ADJECTIVE_E for w in clause[1:3]):
        return True  # "Dieser bestehe aus „repressiven“ Maßnahmen": reported speech
    if re.search(r"\bals(?:\s+(?:ein|eine|einen|einer|einem))?\s*$",
                 text[sentence_at:span.open_at]):
        return True  # "wies die Vorwürfe als „haltlos“ zurück"
    # a fragment of speech („weit hinter der normalen Zone“): lower case, several words
    return len(words) >= 3 and inner[:1].islower()


_JUDGING_VERBS = re.compile(
    r"\b(?:nennt|nannte|nennen|nannten|bezeichnet|bezeichnete|bezeichnen|bezeichneten|"
    r"wirft|warf|werfen|warfen|vorgeworfen|sprach|spricht|sprechen|sprachen|kritisiert|"
    r"kritisierte|schimpft|schimpfte|beschimpft|beschimpfte|tituliert|titulierte)\b")
"""Verbs whose object may be one noun said ("nannte es einen „Rückschritt“")."""


def _judged_as(text: str, clause_at: int, span: _Span, sentence_end: int) -> bool:
    """One capitalised word in marks is words said when the clause judges something by it:
    "als „Zumutung“", "nannte es einen „Rückschritt“", "warfen ihr „Verrat“ vor", "nur ein
    „Strohfeuer“", "Sie sagte, „…“ sei das falsche Wort"; not after a possessive or an
    adjective ("ihre „Partner“", "neue „Modelle“")."""
    before = text[clause_at:span.open_at]
    if re.search(r"\bals(?:\s+(?:ein|eine|einen|einer|einem|der|die|das|den|dem))?\s*$",
                 before) or re.search(r"\b(?:ein|eine|einen|einem|einer|eines)\s*$", before):
        return True  # "als „…“", "zu einer „Geisterstadt“ werden": a judgement
    if clause_at > 0 and re.search(r"\b(?:sagte|sagt|erklärte|erklärt|betonte|betont|meinte|"
                                   r"meint|said|says)\s*,\s*$",
                                   text[max(0, clause_at - 30):clause_at]) and \
            not before.strip():
        return True
    clause = before + " " + text[span.close_at + 1:sentence_end]
    return _JUDGING_VERBS.search(clause) is not None


_ADVERBIAL = frozenset({
    "in", "im", "am", "auf", "nach", "laut", "mit", "bei", "demnach", "dabei", "demgegenüber",
    "auch", "doch", "dann", "zudem", "außerdem", "so", "damit", "daraufhin", "danach",
    "gestern", "heute", "vor", "seit", "für", "gegenüber", "zuvor", "später", "anschließend",
    "allerdings", "jedoch", "trotzdem", "dennoch", "bereits", "schon", "noch", "zum", "zur",
    "von", "aus", "über", "unter", "als", "wie", "weil", "da", "wenn", "und", "aber", "es",
    "dies", "das", "diese", "dieser", "ihre", "ihrer", "seine", "seiner", "ein", "eine",
    "the", "on", "at", "after", "before", "yesterday", "today", "but", "and",
})
_SUBJECT_AFTER = re.compile(
    rf"^\s+((?:(?:der|die|das|den|dem)\s+)?(?:[a-zäöü]+e[nrs]?\s+)?(?:{HONORIFIC})*"
    rf"{_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_WORD}){{0,3}})")


def _subject_of_cue(before: str, offset: int) -> Mention | None:
    """Who a speech verb in the sentence names: the phrase before it ("Der Staatsanwalt
    sagte, …") or, after a fronted adverbial, the phrase after it ("Dagegen betonte
    Vereinschefin Paula Probe …")."""
    cue = _REPORTED.search(before)
    if cue is None:
        return None
    pre = before[:cue.start()]
    stripped = pre.strip().rstrip(",").strip()
    words = stripped.split()
    if words and len(words) <= 8 and words[0][:1].isupper() and \
            words[0].lower() not in _ADVERBIAL - {"das"} and "," not in stripped:
        at = offset + pre.find(stripped)
        role = _role(stripped) if words[0].lower() in ("der", "die", "das") else ""
        return Mention(stripped, at, at + len(stripped), role)
    after = _SUBJECT_AFTER.match(before[cue.end():])
    if after is not None and after.group(1).split()[0].lower() not in _ADVERBIAL - {
            "das"}:
        at = offset + cue.end() + after.start(1)
        return Mention(after.group(1), at, at + len(after.group(1)))
    return None


def _sentence_speaker(text: str, sentence_at: int, quote_at: int) -> list[Mention]:
    """The subject named before the quote in its sentence: a name, a role or a pronoun."""
    before = text[sentence_at:quote_at]
    by_verb = _subject_of_cue(before, sentence_at)
    if by_verb is not None:
        return [by_verb]
    found = _first_name(before, sentence_at)
    if found is not None:
        return [found]
    pronoun = re.match(r"\s*(Er|Sie|He|She|They|Dieser|Diese)\b", before)
    if pronoun:
        return [Mention(pronoun.group(1), sentence_at + pronoun.start(1),
                        sentence_at + pronoun.end(1))]
    role = re.match(rf"\s*((?:Der|Die|The)\s+(?:[a-zäöü]+\s+)?{_WORD}(?:\s+{_WORD})?)", before)
    if role:
        return [Mention(role.group(1), sentence_at + role.start(1), sentence_at + role.end(1),
                        _role(role.group(1)))]
    return []


def _clean(inner: str) -> str:
    kept = re.sub(r"(?<=\w)[’'](?=\w)", "\x00", inner)  # apostrophes: Germany’s, geht’s
    words = " ".join(kept.translate(NESTED).replace("\x00", "’").split())
    return words[:-1].rstrip() if words.endswith(",") else words  # English: ,” said …


def _attribution_after(text: str, offset: int, tail: str, quote: FoundQuote) -> bool:
    """Read "…“, sagte X, Rolle." or "…”, Smith said." after a closing mark."""
    comma_inside = text[offset - 2:offset - 1] in (",", "!", "?")
    if comma_inside and text[offset - 1] in "“»«" and text[offset - 2] in "!?" and \
            re.match(r"^\s+[A-ZÄÖÜ]", tail):
        comma_inside = False  # German „…?“ Die Firma fordert …: a new sentence, no attribution
    if comma_inside and tail[:1] == " ":
        tail = "," + tail[1:]  # English: the comma inside the marks (,” said Smith)
    english = _EN_SUBJECT_VERB.match(tail)
    if english and english.group("verb") in _EN_ONLY_VERBS:
        found = _speakers_in_phrase(english.group("who"), offset + english.start("who"))
        if found:
            quote.verb = english.group("verb")
            quote.mentions = found
            return True
    named = _NAME_THEN_VERB.match(tail)
    if named and named.group("verb").lower() in VERBS:
        who = named.group("who")
        who_start = offset + named.start("who")
        quote.verb = named.group("verb")
        rest_at = named.end("verb")
        role = tail[rest_at:].strip(" ,.;")
        mention = _mention_in(who, who_start)
        if mention is not None:
            if role and quote.verb != "told" and \
                    not re.match(r"^(?:on|in|at|to|yesterday|today|last|this)\b", role):
                mention.role_text = role
            quote.mentions = [mention]
            return True
    match = _VERB_TAIL.match(tail)
    if match is None:
        return False
    verb = match.group("verb")
    closed = text[offset - 2:offset - 1] in (".", "!", "?", "…")
    passive = verb in ("wird", "wurde") and re.search(r"\bzitiert\b", tail) is not None
    it_says = verb in ("heißt", "hieß") and re.match(r"^\s+es\b", match.group("rest"))
    if tail.lstrip()[:1] not in ",–—-" and not (tail[:1] == " " and (
            verb in ("so", "said") or passive or it_says
            or (closed and verb in _STRONG_VERBS))):
        return False
    if verb.lower() not in VERBS:
        return False
    rest = match.group("rest")
    marked_name = re.match(r"^(\s*(?:der\s+|die\s+|das\s+)?„[^„“”\"\n]{1,40}[“”])", rest)
    rest = marked_name.group(1) if marked_name else \
        re.split(r"[„“”\"»«]", rest, maxsplit=1)[0]  # "schrieb „Der Heimatbote“ in einem Nachruf"
    rest = re.sub(r",\s+(?:seien|sei|habe|hätten|werde|würden)\b.*$", "", rest)
    rest_at = offset + match.start("rest")
    if verb in ("wird", "wurde", "werden"):
        full = match.group("rest")  # "wird der Trainer in der „Zeitung“ zitiert"
        if not re.search(r"\bzitiert\b", full):
            return False
        quote.verb = "zitiert"
        quote.mentions = _subject_mentions(text, rest_at, rest_at + full.find("zitiert"))
        return True
    if verb in ("zitiert", "zitierte"):
        quote.verb = verb
        tokens = _tokens(rest, rest_at)
        first = 1 if tokens and tokens[0][0] == "man" else 0
        end = _noun_phrase(tokens, first)
        quoted = _noun_phrase(tokens, end) if end else 0
        quote.mentions = _phrase_mentions(text, tokens, end, quoted) if quoted else \
            _phrase_mentions(text, tokens, first, end)
        return True
    so_it_says = re.match(r"^\s+(heißt|hieß)(?=\s+es\b)", rest) if verb == "so" else None
    if so_it_says:  # "…“, so heißt es in der Erklärung X."
        verb = so_it_says.group(1)
        rest_at += so_it_says.end()
        rest = rest[so_it_says.end():]
    if verb == "heißt" or verb == "hieß":
        quote.verb = verb
        source = re.match(r"^\s+es\s+(?:(?:dazu|weiter|darin|außerdem|auch|zudem|etwa|"
                          r"unter anderem)\s+)*(?:in|im|auf|bei|beim|von|vom|aus|seitens)\s+",
                          rest)
        if source:
            tokens = _tokens(rest[source.end():], rest_at + source.end())
            quote.mentions = _phrase_mentions(text, tokens, 0, _noun_phrase(tokens, 0))
            for mention in quote.mentions:
                mention.source = True
        return True
    according = verb == "according"
    if according:  # "…”, according to the ministry.": a source, not a speech verb
        to = re.match(r"^\s+to\b", rest)
        if not to:
            return False
        rest_at += to.end()
        rest = rest[to.end():]
        verb = "according to"
    filler = _FILLERS.match(rest) if not according else None
    if filler:
        rest_at += filler.end()
        rest = rest[filler.end():]
    quote.verb = verb
    phrase = rest.rstrip()
    phrase = re.sub(r"[\s.!?]+$", "", phrase)
    # separable verbs and adverbs: "fügte Kempthorne hinzu", "so Guttenberg wörtlich"
    phrase = re.sub(r"(?<=[\w)])(?:\s+(?:hinzu|an|zu|fest|mit|ein|aus|vor|fort|hervor|weiter|"
                    r"wörtlich|abschließend|dazu|damals|gestern|heute|später|zufolge|heraus|"
                    r"hin|zurück|entgegen|verlauten|kurz|knapp|erneut|zuvor|nochmals|"
                    r"erfreut|zufrieden|überzeugt|zuversichtlich|besorgt|enttäuscht|"
                    r"optimistisch|skeptisch|erleichtert|begeistert|beeindruckt|froh|"
                    r"dankbar|kämpferisch|selbstbewusst|gelassen|überrascht))+$", "",
                    phrase)  # "zeigte sich X erfreut"
    phrase = _without_recipient(_without_adverbial(phrase))
    if verb in _EN_ONLY_VERBS:  # "said Doe, adding that …": the clause after goes
        phrase = re.sub(r",\s+(?:adding|saying|noting|explaining|stressing|pointing|"
                        r"referring|calling|describing|warning)\b.*$", "", phrase)
    tokens = _tokens(phrase, 0)
    subject_end = _noun_phrase(tokens, 0)
    if 0 < subject_end < len(tokens) and tokens[subject_end][0].lower() in _DETERMINERS:
        phrase = phrase[:tokens[subject_end - 1][2]]  # "würdigte Eva Test die Arbeit"
    quote.mentions = _speakers_in_phrase(phrase, rest_at)
    for mention in quote.mentions:
        mention.source = according
    return True


def _without_recipient(phrase: str) -> str:
    """"Max Muster der Zeitung „Tagesblatt“", "Eva Test dem Sender": the one told after
    a person's name goes (a name takes no genitive; a role does: "Sprecher der Stadt")."""
    for match in re.finditer(r"\s+(?:der|dem)\s+(?=[A-ZÄÖÜ„]|[a-zäöü]+e[nr]?\s+[A-ZÄÖÜ])",
                             phrase):
        before = phrase[:match.start()].split()
        if len(before) >= 2 and all(w[:1].isupper() for w in before[-2:]) and not \
                _is_role_word(before[-1]) and not before[-1].endswith((",", ")")) and \
                before[-2].lower() not in _DETERMINERS:
            return phrase[:match.start()]
    return phrase


def _without_adverbial(phrase: str) -> str:
    """"der Landrat Jan Muster in der Sitzung", "Eva Test zur Zeitung": the adverbials
    after a name go."""
    while True:
        tail = re.search(r"\s+(?:in|an|auf|mit|zu|zur|zum|im|am|über|unter|bei|gegenüber|vor|"
                         r"nach)\s+(?:(?:der|die|das|dem|den|einer|einem|einen)\s+)?"
                         r"[A-ZÄÖÜ][\w-]*$", phrase)
        head = phrase[:tail.start()] if tail else ""
        if tail is None or not (_NAME_RUN.search(head) or re.fullmatch(_WORD, head.strip())):
            return phrase
        phrase = phrase[:tail.start()]


def _mention_in(who: str, start: int) -> Mention | None:
    words = who.split()
    if not words:
        return None
    if words[0].lower() in ("der", "die", "the", "das"):
        return Mention(who, start, start + len(who), who)
    return Mention(who, start, start + len(who))


_SEGMENT_SPLIT = re.compile(
    r",\s*(?:(?:und|and|sowie|as well as)\s+)?(?:(?:of|von)\s+)?|(?<!-)\s+(?:und|and|sowie|&)\s+")


def _speakers_in_phrase(phrase: str, offset: int) -> list[Mention]:
    """Split "der Minister …, Prof. Dr. Jörg Steinbach" into names and the roles before them."""
    lead = len(phrase) - len(phrase.lstrip())
    phrase_start = offset + lead
    phrase = phrase.strip()
    if not phrase:
        return []
    if re.fullmatch(r"(?:(?:der|die|das)\s+)?„[^„“”]+[“”]", phrase):
        return [Mention(phrase, phrase_start, phrase_start + len(phrase))]  # „Die Woche“
    cut = re.search(r"\s+(?:gegenüber|bei|auf|im|in|am|zu|zum|zur|während|vor|nach|laut|on|at|"
                    r"during|in|to|after|before|when|while|weil|da|als|wenn|dass|that|who|"
                    r"der\s+\w+\s+(?:sagte|hat))\s+[a-zäöüß]|"
                    r"\s+(?:unter|mit)\s+(?:Berufung|Verweis|Bezug)\s+auf\b", phrase)
    first = phrase.split(maxsplit=1)[0]
    if first.lower() in PRONOUNS or (phrase.lower() in _DEMONSTRATIVES):
        return [Mention(first, phrase_start, phrase_start + len(first))]
    if cut is not None and cut.start() > 0:
        phrase = phrase[:cut.start()]
    for joined in re.finditer(r"\s+(?:und|and)\s+([a-zäöüß]+)\b(?:\s+(\S+))?", phrase):
        word, after = joined.group(1), joined.group(2) or ""
        if word not in _DETERMINERS and not after[:1].isupper():
            phrase = phrase[:joined.start()]  # "die Anwohner und forderten …": a verb
            break
    relative = re.search(r",\s*(?:der|die|das|dem|den|deren|dessen|who|which)\s+[^,]*?"
                         r"\s[a-zäöüß]+$", phrase)
    if relative is not None and relative.start() > 0:
        phrase = phrase[:relative.start()]  # "Beispiel, die seit 2010 im Amt ist"
    segments: list[tuple[str, int]] = []
    joined_by_and: set[int] = set()
    """Segments that "and" joins to the one before ("…, CEO of X, and Jane Doe")."""
    joined_by_und: set[int] = set()
    """Segments that "und" alone joins to the one before ("… Anna Beispiel und Bernd …")."""
    pos = 0
    for sep in _SEGMENT_SPLIT.finditer(phrase):
        segments.append((phrase[pos:sep.start()], pos))
        if re.search(r"\band\b", sep.group(0)):
            joined_by_and.add(len(segments))
        if re.fullmatch(r"\s+(?:und|sowie)\s+", sep.group(0)):
            joined_by_und.add(len(segments))
        pos = sep.end()
    segments.append((phrase[pos:], pos))
    mentions: list[Mention] = []
    role_span: list[int] = []
    """Start and end in ``phrase`` of the role parts before the next name."""

    def role_written() -> str:
        return _role(phrase[role_span[0]:role_span[1]]) if role_span else ""

    first_role = ""
    """The role written before the first name, as written (with its article)."""
    several = len(segments) > 1
    surnames = several and len(segments) <= 4 and all(
        re.fullmatch(_WORD, seg.strip()) and not _is_role_word(seg.strip())
        for seg, _ in segments)  # "Muster und Test": family names only
    for number, (segment, at) in enumerate(segments):
        segment_text = segment.strip()
        if segment_text.startswith("(") and segment_text.endswith(")"):
            segment_text = segment_text[1:-1]
        if not segment_text:
            continue
        at += segment.find(segment_text)
        name = _name_part(segment_text, joined=number == 0 and 1 in joined_by_und)
        following = segments[number + 1][0].split()[:2] if number + 1 < len(segments) else []
        apposition = number == 0 and len(following) == 2 and following[0] in (
            "der", "die", "ein", "eine") and _is_role_word(following[1])
        if name is not None and several and " " not in name[0].strip() and not \
                _HONORIFIC_RE.match(segment_text) and not apposition and not surnames:
            name = None  # "…, Arbeit und Energie": one capitalised word among several parts
        if name is None:
            if mentions and not role_span and not mentions[-1].role_text and \
                    number + 1 in joined_by_and:
                # English: "John Roe, CEO of Example Ltd, and Jane Doe": the role after
                # a name, before "and", is that name's
                mentions[-1].role_text = _role(segment_text)
                continue
            role_span[:] = [role_span[0] if role_span else at, at + len(segment_text)]
            continue
        name_text, name_at, role_prefix = name
        if role_prefix:
            role_span[:] = [role_span[0] if role_span else at, at + len(role_prefix)]
        role = role_written()
        if not mentions and role_span:
            first_role = phrase[role_span[0]:role_span[1]]
        start = phrase_start + at + name_at
        mentions.append(Mention(name_text, start, start + len(name_text), role))
        role_span.clear()
    if role_span and mentions:
        trailing = role_written()
        if trailing and not mentions[-1].role_text:
            mentions[-1].role_text = trailing
        elif trailing:
            mentions[-1].role_text += ", " + trailing
    if len(mentions) > 1 and mentions[0].role_text and plural_role(first_role) and \
            not any(m.role_text for m in mentions[1:]):
        for mention in mentions[1:]:  # "die Präsidentinnen X und Y": the role of each
            mention.role_text = mentions[0].role_text
    if not mentions:
        words = phrase.split()
        if words and (words[0].lower() in ("der", "die", "das", "the", "ein", "eine", "a",
                                              "an")
                      or _is_role_word(words[0])):
            # a speaker named only by role: "sagte der Sprecher des Ministeriums"
            mentions.append(Mention(phrase, phrase_start, phrase_start + len(phrase),
                                    _role(phrase)))
    return mentions


def _role(text: str) -> str:
    text = " ".join(text.split()).strip(" ,;")
    return re.sub(r"^(?:der|die|des|dem|den|the|ein|eine|a|an)\s+", "", text)


def _name_part(segment: str, joined: bool = False) -> tuple[str, int, str] | None:
    """The person's name in a segment, its offset, and a role written before it;
    ``joined``: "und" joins the next name to the segment (so a plural role's genitive may
    end in the first name)."""
    bracket = re.search(r"\s*\([^()]*\)$", segment)
    if bracket is not None and bracket.start() > 0:  # "Otto Beispiel (SPD)": with the party
        found = _name_part(segment[:bracket.start()])
        if found is not None and segment[:bracket.start()].endswith(found[0]):
            return found[0] + segment[bracket.start():], found[1], found[2]
        return found
    words = segment.split()
    joint = joined and plural_role(segment)
    for index, word in enumerate(words[1:], 1):
        if word in ("der", "des", "die", "den", "dem") and words[index - 1].lower() not in (
                "von", "van", "de") and not (joint and 1 < index <= len(words) - 4):
            # "Pläne der Regierung": a noun with its genitive, not a name; a plural role's
            # genitive may end in the first of the names ("die Präsidenten der Kammer
            # Anna Beispiel und …")
            return None
    if not words or not all(w[:1].isupper() or re.fullmatch(_PARTICLE, w) for w in words) \
            or words[0].lower() in ("der", "die", "das", "dem", "den", "des", "the"):
        # lowercase words: a role, unless it ends in a name ("die Ministerin Anna Beispiel")
        match = re.search(rf"((?:{HONORIFIC})*{_WORD}\s+(?:{_PARTICLE}\s+)?{_WORD})$", segment)
        head = segment[:match.start()].split() if match else []
        if match and head and (_is_role_word(head[-1]) or head[-1][:1].isupper()):
            return match.group(1), match.start(1), segment[:match.start()].strip()
        return None
    honorific = _HONORIFIC_RE.match(segment)
    body_at = honorific.end() if honorific else 0
    body = segment[body_at:].split()
    if not body:
        return None
    prefix = ""
    while len(body) > 1 and (_is_role_word(body[0]) or (
            len(body) > 2 and body[0].endswith("s") and _is_role_word(body[1]))):
        prefix = (prefix + " " + body.pop(0)).strip()  # "Hessens Präsident", "Trainer"
    name_at = segment.find(body[0], body_at) if prefix else body_at
    late = _HONORIFIC_RE.match(segment[name_at:]) if prefix and not honorific else None
    if late is not None:  # "Wirtschaftsminister Prof. Dr. Hans Beispiel": titles after the role
        body = segment[name_at + late.end():].split()
        if not body:
            return None
    if prefix and len(body) > 1 and re.fullmatch(_PARTICLE, body[0]) and \
            not re.fullmatch(_PARTICLE, body[1]):
        return None  # "Geschäftsführer von Beispielnetz": a role and its organisation
    if len(body) > 3:
        return None
    if len(body) == 1 and not honorific and len(words) > 1 and not prefix:
        return None
    if any(w.lower() in VERBS or (w.isupper() and len(w) > 1) for w in body):
        return None
    if prefix:
        at = name_at
        name = (segment[:body_at] + segment[at:]).strip() if honorific else segment[at:]
        return (segment[at:], at, prefix) if not honorific else (name, 0, prefix)
    return segment, 0, ""


def _byline(text: str, para_end: int, quote: FoundQuote) -> None:
    """The speaker of a pull quote in the line under it: "Anna Beispiel, Ministerin …"."""
    if para_end >= len(text):
        return
    nxt = para_end
    while nxt < len(text) and text[nxt] == "\n":
        nxt += 1
    line_end = text.find("\n", nxt)
    line_end = len(text) if line_end < 0 else line_end
    line = text[nxt:line_end]
    if not line.strip() or len(line) > 200 or line.strip()[-1:] in ".!?“”\"":
        return
    name, _, role = re.split(r"\s*[,|–—]\s*", line.strip(), maxsplit=1)[0], "", ""
    parts = re.split(r"\s*[,|–—]\s*", line.strip(), maxsplit=1)
    name = parts[0].strip()
    role = parts[1].strip() if len(parts) > 1 else ""
    if _name_part(name) is None:
        return
    at = nxt + line.find(name)
    if not role:  # the role on the line under the name: "Jane Doe\nMinister for Energy"
        role, line_end = _role_line(text, line_end) or (role, line_end)
    quote.mentions = [Mention(name, at, at + len(name), role)]
    quote.attribution_end = line_end


def _role_line(text: str, at: int) -> tuple[str, int] | None:
    """The line after ``at`` (across one blank line) when it holds a role: short, no
    sentence, with a function title ("Minister for Energy", "Geschäftsführerin der IMG");
    the role and the offset after it."""
    start = at
    while start < len(text) and text[start] == "\n" and start - at < 2:
        start += 1
    if start == at:
        return None
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    line = text[start:end].strip()
    words = re.findall(r"[\w-]+", line)
    if not line or len(words) > 12 or line[-1:] in ".!?:“”\"" or not any(
            _is_role_word(w) for w in words):
        return None
    return line, end


_NAME_WORD = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?")
"""A word that may be a name after a noun ("Universität Halle"), not "SPD" or "Gästen"."""
_NAME_RUN = re.compile(rf"(?:{HONORIFIC})*{_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_WORD}){{1,3}}")
_EN_ROLE_THEN_NAME = re.compile(rf"[A-Za-z-]+\s+(?P<name>{_NAME_RUN.pattern})")
"""English: a function title right before a name ("Energy Minister Jane Doe")."""


def _first_name(text: str, offset: int) -> Mention | None:
    """The first run of two or more capitalised words that looks like a person's name,
    without a function word before it ("Bürgermeisterin Anna Beispiel" → "Anna Beispiel")."""
    for match in _NAME_RUN.finditer(text):
        words = match.group(0).split()
        skip = 0
        while skip < len(words) and (_is_role_word(words[skip]) or words[skip].lower()
                                     in ("der", "die", "das", "the", "dem", "den")):
            skip += 1
        rest = words[skip:]
        if len(rest) < 2 or rest[0].lower() in VERBS:
            continue
        rest = rest[-2:] if not _HONORIFIC_RE.match(" ".join(rest)) else rest
        if not all(w[:1].isupper() for w in rest):
            continue  # "Meer der Ruhe": a particle is no first name
        name = " ".join(rest)
        at = match.group(0).rfind(name)
        if at < 0:
            continue
        start = offset + match.start() + at
        return Mention(name, start, start + len(name))
    return None


def _speakers_from_context(text: str, quotes: list[FoundQuote]) -> None:
    """A quote without attribution: the subject of its sentence ("Dabei betonte sie: „…“"),
    else of the sentence before it, else the speakers of the quote just before. A mention
    that cannot name anyone ("Warum", "Im Mai") is dropped and the next rule tried."""
    for index, quote in enumerate(quotes):
        previous = quotes[index - 1] if index else None
        if previous is not None and previous.mentions and not quote.verb and \
                re.fullmatch(_JOINED, text[previous.end + 1:quote.start - 1]):
            quote.mentions = _copy(previous.mentions)  # „…“ und „…“: one speaker
            continue
        quote.mentions = _plausible(quote.mentions)
        _context_speakers(text, quote, previous)
        quote.mentions = _plausible(quote.mentions)
        sentence_at = _sentence_start(text, quote.start - 1)
        if not quote.mentions and not quote.verb and (
                _reported_clause(text, sentence_at, quote.start - 1)
                or _subjunctive_after(text, sentence_at, quote)):
            quote.mentions = _plausible(_reporter(text, sentence_at, previous))
        after = _named_after(text, quote) or _spoken_of_in(text, quote) or \
            _named_in(text, quote)
        if after:
            quote.mentions = after
        nearer = _clause_speaker(text, quote)
        if nearer and not any(m.start < n.end and n.start < m.end
                              for m in quote.mentions for n in nearer):
            quote.mentions = nearer
        if not quote.mentions and previous is not None and previous.mentions and \
                quote.start - previous.end < 600:
            quote.mentions = _copy(previous.mentions)


_CLAUSE_OPENERS = frozenset({
    "während", "zumal", "weil", "da", "als", "nachdem", "obwohl", "wobei", "dass", "und",
    "aber", "doch", "sondern", "wonach", "demzufolge",
})
"""Words that open a clause whose subject may be the speaker ("…, zumal X betont hatte, …")."""
_CONTENT_OPENERS = frozenset({"wonach", "demzufolge"})
"""Clause openers that introduce what the subject said without a speech verb."""


def _clause_speaker(text: str, quote: FoundQuote) -> list[Mention]:
    """The speaker named in a later clause of the quote's sentence, nearer to the quote
    than its main subject: "A nannte es „…“, B bezeichnete es als „…“" (B), "…, zumal
    Bauexperte X betont hatte, das Gründach sei „…“" (X), "X kritisierte das Regelwerk:
    Es bremse die Vereine …" (X). Clauses in the subjunctive are what was said and are
    passed over. Empty when the quote has its own attribution or no such clause exists."""
    if quote.verb or quote.pull_quote:
        return []
    sentence_at = _sentence_start(text, quote.start - 1)
    tokens = _tokens(text[sentence_at:quote.start - 1], sentence_at)
    bounds = [i + 1 for i, t in enumerate(tokens) if t[0] in (",", ":", ";")]
    tail = _tail_speaker(text, quote) if bounds else []
    if not bounds or (tail and ":" not in text[quote.end:tail[0].start]):
        return []  # "…“, so X." names the speaker; after a colon, only of what follows
    skipped_content = after_quote = False
    ends = [*bounds, len(tokens) + 1]
    for index, k in reversed(list(enumerate([0, *bounds]))):
        seg = tokens[k:]
        if not seg or seg[0][0] in "„“”\"»«":
            continue
        own = tokens[k:ends[index] - 1]
        lead = 1 if own and own[0][0].lower() in _NP_PREPOSITIONS else 0
        if k and len(own) > lead + 2 and own[lead][0].lower() in _RELATIVES and \
                own[-1][0][:1].islower() and not _capital(own[lead + 1][0]):
            continue  # ", der die Bücher führt,", ", in dem kaum Plätze frei sind,": a relative
        first = seg[0][0].lower()
        j = 1 if first in _CLAUSE_OPENERS else 0
        if first == "wie" and k and len(own) > 2 and own[-1][0].lower() in VERBS | \
                _KNOWN_VERBS_AFTER_WIE | {"ausdrückte", "formulierte", "feststellte"}:
            j = 2 if own[1][0] == "sich" else 1  # "…, wie sich X ausdrückte, „…“"
        if j and first in ("und", "aber", "doch", "sondern") and len(seg) > 1 and \
                seg[1][0].lower() in _CLAUSE_OPENERS:
            j = 2
        np_end = _noun_phrase(seg, j)
        verb = _finite_verb(seg, np_end) if np_end else len(seg)
        if not np_end and j + 1 < len(seg) and seg[j][0].lower() in _NOT_SUBJECTS | \
                _SUBJECT_PRONOUNS and _subjunctive(seg[j + 1][0].lower()):
            skipped_content = True  # "Es beschränke den Handel …": what was said
            continue
        before_colon = ends[index] == len(tokens) and tokens[-1][0] == ":"
        own_speech = (bool(j) or before_colon) and \
            any(t[0].lower() in _PARTICIPLES for t in own[np_end:])  # "X habe gesagt: „…“"
        if np_end and verb < len(seg) and _subjunctive(seg[verb][0].lower()) and \
                not own_speech:
            skipped_content = True  # "der Angeklagte sei „…“": what was said
            continue
        if not np_end or seg[j][0].lower() in _NOT_SUBJECTS | _SUBJECT_PRONOUNS | \
                _DEMONSTRATIVES:
            if k == 0 or len(seg) > 2:
                return []
            continue  # ", erklärte:": the subject is the apposition before it
        speech = (seg[j - 1][0].lower() in _CONTENT_OPENERS or first == "wie") if j else False
        if j and not speech:  # verb-final: a speech verb anywhere after the subject
            # "würde", "sei": the mood of what was said, not a verb of saying
            speech = any(t[0].lower() in VERBS | _PARTICIPLES or (_REPORTED.fullmatch(
                t[0].lower()) and not _subjunctive(t[0].lower())) for t in seg[np_end:])
            if not speech and index == len(bounds):  # or after the quote, to the clause end
                # "…, weil die Regierung das Land als „…“ bezeichnet hat."
                speech = after_quote = _speech_verb_in(_clause_after(text, quote.end + 1))
        elif not j:  # verb-second: the speech verb right after the subject
            at = np_end + (np_end < len(seg) and seg[np_end][0] == ",")
            speech = at < len(seg) and (seg[at][0].lower() in VERBS - {"so", "wird", "wurde"}
                                        or _REPORTED.fullmatch(seg[at][0].lower()) is not None)
        if not speech and not (before_colon and own_speech):
            return []
        if k == 0 and not skipped_content:
            return []  # the sentence's own subject: the other rules have read it
        found = _plausible(_phrase_mentions(text, seg, j, np_end))
        bare = [Mention(re.sub(r"\s*\([^)]*\)$", "", m.text), m.start, m.end) for m in found]
        return found if found and (found[0].text[:1].isupper() or (
            found[0].text.split()[0] in _DETERMINERS and after_quote)) and (
            _personal(bare) or _is_role_word(bare[0].text.split()[-1]) or after_quote) else []
    return []


def _clause_after(text: str, at: int) -> list[tuple[str, int, int]]:
    """The words from ``at`` to the next comma, colon or sentence end."""
    end = _sentence_end(text, at)
    cut = re.search(r"[,;:„“”\"»«]", text[at:end])
    return _tokens(text[at:at + cut.start() if cut else end], at)


_THAT_VERBS = frozenset({"musste", "mussten", "wollte", "konnte", "hat", "hatte", "haben",
                         "hatten", "schrieb", "twitterte", "postete", "rief"})


def _named_after(text: str, quote: FoundQuote) -> list[Mention]:
    """A quote that is a sentence of its own, taken up by the next one: "„…“ Das sagte
    die Ministerin X am Abend." or "„…“. Dies musste der Minister einräumen."."""
    if quote.verb or quote.pull_quote:
        return []
    match = re.match(r"^[.!?]?\s+(?:Das|Dies|So)\s+([a-zäöüß]+)\b", text[quote.end + 1:
                                                                     quote.end + 60])
    if match is None or not (text[quote.end - 1] in ".!?…" or text[quote.end + 1] in ".!?"):
        return []
    verb = match.group(1)
    if verb not in VERBS - {"so", "wird", "wurde", "heißt", "hieß"} | _THAT_VERBS:
        return []
    at = quote.end + 1 + match.start(1)
    tokens = _tokens(text[at:_sentence_end(text, at)], at)
    found = _plausible(_after_verb(text, tokens, 0))
    if found and not _personal(found):
        head = re.match(r"(?:[A-ZÄÖÜ][\w.-]*\s+)*[A-ZÄÖÜ][\w.-]*", found[0].text)
        found = _plausible(_speakers_in_phrase(head.group(0), found[0].start)) if head \
            else []  # "Minister X zu Beginn der Debatte": the capitalised words first
    return found if found and _personal(found) and found[0].text[:1].isupper() else []


def _spoken_of_in(text: str, quote: FoundQuote) -> list[Mention]:
    """"In dem Schreiben war von einem „…“ die Rede": the document the sentence opens with."""
    if quote.verb or not re.match(r"^\s+die\s+Rede\b", text[quote.end + 1:quote.end + 12]):
        return []
    sentence_at = _sentence_start(text, quote.start - 1)
    tokens = _tokens(text[sentence_at:quote.start - 1], sentence_at)
    if len(tokens) < 3 or tokens[0][0].lower() not in ("in", "im", "auf", "bei", "beim"):
        return []
    found = _phrase_mentions(text, tokens, 1, _noun_phrase(tokens, 1))
    for mention in found:
        mention.source = True
    return found


_PASSIVE_NAMING = re.compile(r"^\s+(?:[a-zäöüß]+\s+){0,2}?(?:bezeichnet|genannt|beschrieben|"
                             r"gewertet|kritisiert|gelobt)(?:\s+(?:worden|werden|wird|wurde|"
                             r"wurden))?\s*[.!?,;]")
"""A passive of naming closing the clause after the quote ("… als „…“ bezeichnet worden.")."""


def _named_in(text: str, quote: FoundQuote) -> list[Mention]:
    """"In der Fachpresse war das Vorhaben als „…“ bezeichnet worden", "In der Studie wird
    das Ergebnis „…“ genannt": the passive's subject is what is named; the medium or the
    document the sentence opens with is the source of the words."""
    if quote.verb or not _PASSIVE_NAMING.match(text[quote.end + 1:quote.end + 50]):
        return []
    sentence_at = _sentence_start(text, quote.start - 1)
    tokens = _tokens(text[sentence_at:quote.start - 1], sentence_at)
    if len(tokens) < 4 or tokens[0][0].lower() not in ("in", "im"):
        return []
    end = _noun_phrase(tokens, 1)
    if not end or end >= len(tokens) or tokens[end][0].lower() not in (
            "war", "wird", "wurde", "werden", "wurden", "ist", "sind", "waren"):
        return []
    found = _phrase_mentions(text, tokens, 1, end)
    for mention in found:
        mention.source = True
    return found


def _lone_noun(text: str, mentions: list[Mention]) -> bool:
    """One capitalised word that the text never gives as a person's family name: a thing
    or a place ("Daten seien …", "Queensland sei …"), not "Muster" after "Jan Muster"."""
    if len(mentions) != 1 or " " in mentions[0].text.strip():
        return False
    word = mentions[0].text.strip()
    return word[:1].isupper() and word.lower() not in _SUBJECT_PRONOUNS | _DEMONSTRATIVES \
        and not _is_role_word(word) and not word.isupper() and not any(
            match.group(1).lower() not in _DETERMINERS | _PREPOSITIONS | _FRONT_ADVERBS
            for match in re.finditer(rf"\b([A-ZÄÖÜ][\w-]+) {re.escape(word)}\b", text))


def _acronym(phrase: str) -> bool:
    """A word in capitals in the phrase ("die SPD", "der DGB"): an organisation's name."""
    return any(len(w) > 1 and w.isupper() and w.isalpha() for w in phrase.split())


def _speech_verb_in(tokens: list[tuple[str, int, int]]) -> bool:
    """A verb, participle or noun of saying among ``tokens`` ("sagte", "gesagt", "die
    Kritik"), not a subjunctive ("sei")."""
    return any(t[0].lower() in VERBS | _PARTICIPLES | _NAMING_VERBS | _WORDS_SAID
               or _REPORTED.fullmatch(t[0].lower()) for t in tokens
               if not _subjunctive(t[0].lower()))


def _topic_of_report(text: str, sentence_at: int, quote: FoundQuote) -> bool:
    """"Der Mieter sei „stets freundlich“": a person named in a clause of reported speech
    without a speech verb is what the report is about, not who reports it."""
    if any(m.text.lower() in _SUBJECT_PRONOUNS | _DEMONSTRATIVES for m in quote.mentions):
        return False  # "Er sei „sehr zufrieden“": the speaker may speak of himself
    return not _speech_verb_in(_tokens(text[sentence_at:quote.start - 1], sentence_at)
                               + _clause_after(text, quote.end + 1))


def _context_speakers(text: str, quote: FoundQuote, previous: FoundQuote | None) -> None:
    """Set or keep ``quote.mentions`` by the first rule of the context that applies."""
    sentence_at = _sentence_start(text, quote.start - 1)
    before = text[sentence_at:quote.start - 1]
    reported = not quote.verb and (_reported_clause(text, sentence_at, quote.start - 1)
                                   or _subjunctive_after(text, sentence_at, quote))
    plural = reported and len(quote.mentions) == 1 and quote.mentions[0].text in (
        "sie", "Sie") and re.search(r"\b(?:seien|hätten|würden|könnten|müssten|sollten|"
                                    r"wären)\b", before) is not None
    if previous is not None and previous.mentions and previous.start > sentence_at and \
            not quote.verb and all(previous.end < m.start < quote.start
                                   for m in previous.mentions):
        # "„…“ über das Geschehen, sagte X, ihre „…“": one attribution for both parts
        quote.mentions = _copy(previous.mentions)
        return
    if previous is not None and previous.mentions and previous.start > sentence_at and \
            not quote.verb and not previous.verb and ":" not in text[
                previous.end:quote.start] and not _speech_verb_in(
                _tokens(text[previous.end + 1:quote.start - 1], previous.end + 1)):
        # "dass X gefragt habe, wann sie „…“ hätten und ob sie „…“ würden": no one else
        # speaks between two parts of one sentence
        quote.mentions = _copy(previous.mentions)
        return
    if quote.mentions and not _personal(quote.mentions) and not quote.verb and \
            not any(_names_someone(m.text) for m in quote.mentions) and \
            not any(m.source for m in quote.mentions) and previous is not None and \
            previous.mentions and _personal(previous.mentions) and \
            text[:quote.start - 1].rstrip().endswith(":") and \
            quote.start - previous.end < 300 and \
            "\n" not in text[previous.end:quote.start]:
        # "„…“ Ihre Hoffnung stützt sich auf …: „…“": the speaker goes on
        quote.mentions = _copy(previous.mentions)
        return
    if quote.mentions and (all(m.source for m in quote.mentions) or not (reported and (
            plural or not _personal(quote.mentions) or _lone_noun(text, quote.mentions)
            or _topic_of_report(text, sentence_at, quote)))):
        return  # a source named in the clause ("Der Polizei zufolge …") stays
    quote.mentions = _tail_speaker(text, quote)
    if quote.mentions:
        return
    if reported:
        quote.mentions = _reporter(text, sentence_at, previous)
    elif before.strip(" \t\xa0–—-,:"):
        quote.mentions = _subject_mentions(text, sentence_at, quote.start - 1) or \
            _subject_after_quote(text, sentence_at, quote)
    else:
        prev_end = sentence_at - 1
        while prev_end > 0 and text[prev_end - 1] in " \t\xa0":
            prev_end -= 1
        if "\n\n" in text[prev_end - 1:sentence_at] and not text[:prev_end].rstrip() \
                .endswith(":"):
            prev_end = -1  # a new paragraph starts with the quote
        if prev_end > 0:
            prev_at = _sentence_start(text, prev_end)
            if previous is not None and previous.mentions and \
                    previous.end > prev_at:
                quote.mentions = _copy(previous.mentions)
            else:
                quote.mentions = _subject_mentions(text, prev_at, prev_end)
                if not _personal(quote.mentions) and _reported_clause(text, prev_at,
                                                                      prev_end):
                    # "Die Gefahr sei real. „…“": the reporter of that sentence
                    quote.mentions = _reporter(text, prev_at, previous) or \
                        quote.mentions
                elif not _personal(quote.mentions) and not _names_someone(
                        " ".join(m.text for m in quote.mentions)) and not any(
                        m.source or _acronym(m.text) for m in quote.mentions) and \
                        not _speech_verb_in(
                        _tokens(text[prev_at:prev_end], prev_at)) and \
                        previous is not None and previous.mentions and \
                        quote.start - previous.end < 600:
                    # "„…“ Das Stadion bekommt ein neues Dach. „…“": no one spoke in the
                    # sentence between, so the speaker before goes on
                    quote.mentions = _copy(previous.mentions)
    if not quote.mentions and previous is not None and previous.mentions and \
            quote.start - previous.end < 600:
        quote.mentions = _copy(previous.mentions)


def _plausible(mentions: list[Mention]) -> list[Mention]:
    """The mentions that can name a speaker: not a clause's first word ("Warum", "Kämen",
    "Daraus") or a date ("Mai", "Dezember 2010", "Juli 1969")."""
    kept = []
    for mention in mentions:
        words = mention.text.split()
        first = words[0].lower() if words else ""
        if not words or (len(words) == 1 and first in _NO_SPEAKER_WORDS) or (
                first in _MONTHS and (len(words) == 1 or words[1][:1].isdigit()
                                      or words[1][:1].islower())):
            continue
        if not mention.source and first in _DETERMINERS and \
                words[-1].lower() in _WORDS_SAID:
            continue  # "die Feststellung", "das Motiv": what was said, not who said it
        if not mention.source and len(words) > 1 and first in _PREPOSITIONS - _NAME_PARTICLES:
            continue  # "an jedem Eingang", "in der Sitzung": a place or a time
        kept.append(mention)
    return kept


_NAME_PARTICLES = frozenset({"von", "vom", "zu", "zur", "laut", "aus"})
"""Prepositions that may open a name ("von der Leyen") or a source ("laut X", "aus X")."""
_WORDS_SAID = frozenset({
    "feststellung", "aussage", "meinung", "behauptung", "motiv", "parole", "worte",
    "frage", "antwort", "vorwurf", "vorwürfe", "forderung", "warnung", "botschaft",
    "einschätzung", "auffassung", "ansicht", "kritik", "losung", "devise", "aufschrift",
})
"""Nouns for words said: never the speaker of a quote ("die Feststellung „…“")."""
_NAMING_VERBS = frozenset({"bezeichnet", "bezeichnete", "bezeichnen", "bezeichneten", "spricht",
                           "sprach", "sprechen", "sprachen", "nennt", "nannte", "nennen",
                           "nannten"})


def _names_someone(phrase: str) -> bool:
    """A name ("Renate Schmidt") or a role ("die Ministerin") in a phrase, not only a thing
    ("Seine Zuversicht")."""
    words = phrase.split()
    if any(_is_role_word(w) for w in words):
        return True
    rest = words[1:] if words and words[0].lower() in _DETERMINERS else words
    return _NAME_RUN.search(" ".join(rest)) is not None


def _subjunctive_after(text: str, sentence_at: int, quote: FoundQuote) -> bool:
    """"Eine „…“ sei der Grund": no verb before the quote, a subjunctive right after it."""
    before = _tokens(text[sentence_at:quote.start - 1], sentence_at)
    if len(before) > 3 or any(not (w[0].lower() in _DETERMINERS | _PREPOSITIONS
                                   or _ADJECTIVE.match(w[0])) for w in before):
        return False
    after = re.match(r"^\s+([a-zäöüß]+)\b", text[quote.end + 1:quote.end + 40])
    return after is not None and _subjunctive(after.group(1))


def _subject_after_quote(text: str, sentence_at: int, quote: FoundQuote) -> list[Mention]:
    """"Als „…“ bezeichnet die Forscherin X den Fund", "Von einem „…“ spricht der Bericht":
    only a preposition or article before the quote; the subject follows its verb."""
    words = _tokens(text[sentence_at:quote.start - 1], sentence_at)
    if not words or len(words) > 3 or any(
            w[0].lower() not in _PREPOSITIONS | _DETERMINERS | {"als"} for w in words):
        return []
    at = quote.end + 1
    tokens = _tokens(text[at:_sentence_end(text, at)], at)
    if not tokens or tokens[0][0] not in VERBS | _NAMING_VERBS:
        return []  # a speech verb, not "sei der Grund"
    return _after_verb(text, tokens, 0)


def _copy(mentions: list[Mention]) -> list[Mention]:
    return [Mention(m.text, m.start, m.end, m.role_text, m.refers_to, m.refers_start,
                    m.refers_end, m.source) for m in mentions]


# -- the subject of a clause (German verb-second order, English subject-verb) ----------

_DETERMINERS = frozenset({
    "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem",
    "einen", "sein", "seine", "seiner", "seines", "seinem", "seinen", "ihr", "ihre", "ihrer",
    "ihres", "ihrem", "ihren", "unser", "unsere", "dieser", "diese", "dieses", "diesem",
    "diesen", "jener", "jene", "alle", "beide", "viele", "mehrere", "einige", "zwei", "drei",
    "einigen", "vielen", "mehreren", "allen", "beiden", "anderen", "andere",
    "vier", "fünf", "the", "a", "an", "its", "his", "her", "their", "deren", "dessen",
    "solche", "solcher", "solchen", "solches", "jeder", "jede", "jedes", "jeden", "jedem",
    "keine", "keiner", "keinen", "manche", "mancher", "manchen",
})
_NP_PREPOSITIONS = frozenset({
    "von", "vom", "für", "im", "in", "aus", "bei", "beim", "an", "am", "zu", "zur", "zum",
    "mit", "auf", "über", "unter", "gegen", "of", "for", "at", "from", "de", "van", "der",
    "und", "sowie", "oder", "&", "and", "a.d.", "e.v.",
})
_FRONT_ADVERBS = frozenset({
    "dazu", "hierzu", "dabei", "daher", "deshalb", "deswegen", "darum", "damit", "danach",
    "daraufhin", "dann", "doch", "dennoch", "denn", "jedoch", "allerdings", "außerdem",
    "zudem", "ferner", "weiter", "weiterhin", "später", "zuvor", "vorher", "bereits",
    "schon", "gestern", "heute", "morgen", "jetzt", "nun", "damals", "inzwischen",
    "mittlerweile", "zuletzt", "schließlich", "anschließend", "zunächst", "erst",
    "ursprünglich", "gleichzeitig", "zugleich", "zusammen", "gemeinsam", "ebenso",
    "ebenfalls", "so", "hier", "dort",
    "da", "immerhin", "trotzdem", "sinngemäß", "wörtlich", "insbesondere", "offenbar",
    "demnach", "demgegenüber", "indes", "indessen", "unterdessen", "derweil", "zwar", "aber",
    "und", "oder", "sonst", "kurz", "ähnlich", "konkret", "abschließend", "zusätzlich",
    "erneut", "wieder", "wiederholt", "also", "vielmehr", "stattdessen", "jüngst",
    "kürzlich", "zuerst", "bisher", "seitdem", "seither", "daneben", "darüber", "darin",
    "dafür", "dagegen", "davon", "gerade", "vor", "gegenüber", "laut", "gemäß",
    "in", "im", "am", "an", "auf", "aus", "bei", "beim", "mit", "nach", "seit", "von", "vom",
    "während", "wegen", "zu", "zum", "zur", "über", "unter", "gegen", "für", "ohne", "um",
    "durch", "trotz", "angesichts", "anlässlich", "bezüglich", "hinsichtlich", "neben",
    "hinter", "zwischen", "innerhalb", "außerhalb", "entgegen", "infolge", "aufgrund",
    "dank", "per", "ab", "bis", "als", "wie", "mitte", "anfang", "ende", "letztlich",
    "ebenda", "vorige", "vergangene", "vergangenen", "letzte", "letzten", "nächste",
    "besonders", "vermutlich", "möglicherweise", "angeblich", "offensichtlich", "tatsächlich",
    "on", "at", "after", "before", "yesterday", "today", "later", "earlier", "then",
    "speaking", "however", "meanwhile", "still", "last", "this", "when", "while",
    "during", "following", "asked", "according",
})
_SUBORDINATORS = frozenset({
    "als", "wenn", "nachdem", "weil", "obwohl", "bevor", "sobald", "während", "da", "dass",
    "ob", "seit", "seitdem", "indem", "falls", "sofern", "solange", "damit", "wie",
    "warum", "weshalb", "wieso", "weswegen",
    "when", "after", "while", "as", "because", "since", "although", "if", "before",
})
_FOCUS = frozenset({"auch", "selbst", "sogar", "nur", "gerade", "vor", "allem", "besonders",
                    "insbesondere", "also", "even", "only"})
_MIDFIELD_SKIP = frozenset({
    "sich", "auch", "nun", "bereits", "damals", "noch", "jedoch", "allerdings", "zudem",
    "außerdem", "dazu", "dann", "heute", "gestern", "erneut", "ebenfalls", "selbst",
    "wörtlich", "immer", "wieder", "schon", "nämlich", "offenbar", "zuvor", "später",
    "deshalb", "daher", "jetzt", "weiter", "weiterhin", "gegenüber", "es", "ja", "doch",
    "dabei", "hierzu", "hier", "inzwischen", "mittlerweile", "zunächst", "zuletzt",
    "schließlich", "anschließend", "ebenso", "gleichzeitig", "zugleich", "sogar", "nur",
    "wie", "folgt", "so", "einmal", "mal", "bei", "also",
})
_POSSESSIVES = frozenset({"seiner", "ihrer", "seinen", "ihren", "seinem", "ihrem", "his",
                          "her", "their"})
"""Possessives that name a speaker in "seiner Ansicht nach": a pronoun for a person."""
_SUBJECT_PRONOUNS = frozenset({"er", "sie", "he", "she", "they", "wir", "ich", "we", "i"})
_NOT_SUBJECTS = frozenset({"es", "man", "das", "dies", "dieses", "it", "this", "there",
                           "was", "wer", "wo", "welche", "welcher"})
_DEMONSTRATIVES = frozenset({"dieser", "diese", "letzterer", "letztere", "ersterer",
                             "erstere", "jener", "jene"})
_SOURCE_PREPOSITIONS = frozenset({"laut", "gemäß", "lt."})
_TOKEN = re.compile(r"\(.*?\)|„[^“”„\n.!?,]{1,40}[“”]|[\w§](?:(?:[\w'’/-]|\.(?=[a-z0-9]))*[\w])?\.?"
                    r"|[,:;–—„“”\"»«]")
_ADJECTIVE = re.compile(r"^(?:\d+[.-]\w*|[a-zäöüß][\w-]*(?:e|en|er|es|em|ste|sten))$")


def _tokens(text: str, offset: int) -> list[tuple[str, int, int]]:
    return [(m.group(0), offset + m.start(), offset + m.end())
            for m in _TOKEN.finditer(text)]


_DOMAIN = re.compile(r"^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:de|com|net|org|at|ch|eu|info|fr|"
                     r"uk|it|es|nl)$")


def _capital(word: str) -> bool:
    """A word that can stand in a name: capitalised, a number, a part in brackets, a name
    in marks or a web address ("ndr.de")."""
    return word[:1].isupper() or word[:1].isdigit() or word[:1] == "(" or \
        re.match(r"^[a-zäöü]+-[A-ZÄÖÜ]", word) is not None or \
        (len(word) > 2 and word[:1] == "„") or _DOMAIN.match(word) is not None


def _noun_phrase(tokens: list[tuple[str, int, int]], at: int) -> int:
    """The index just after the noun phrase that starts at ``at`` (0 when there is none):
    determiners, adjectives, capitalised words, attached "des …", "von …", appositions
    between commas and a part in brackets."""
    i, n = at, len(tokens)
    last = ""  # kind of the previous token: det, adj, noun, prep
    nouns = 0
    while i < n:
        word = tokens[i][0]
        low = word.lower()
        if word == ",":
            # an apposition: ", Name," or ", ein Experte …," / ", Präsident des …"
            j = i + 1
            if j < n and nouns and (_capital(tokens[j][0]) or tokens[j][0].lower() in (
                    "ein", "eine", "der", "die", "das", "the", "a", "an")):
                end = _noun_phrase(tokens, j)
                if end and (end >= n or tokens[end][0] in (",", ":")):
                    i = end + 1 if end < n and tokens[end][0] == "," else end
                    last = "noun"
                    continue
            break
        if word.startswith("("):
            if not nouns:
                break
            i += 1
            continue
        if (low in _DETERMINERS and last != "noun") or (low in ("des", "der") \
                and last == "noun"):
            last = "det"
        elif low in _NP_PREPOSITIONS and nouns and last == "noun":
            last = "prep"
        elif word[:1] == "„" and len(word) > 2 and (
                last == "det" or last == "prep" or (word.count(" ") < 1 and nouns)):
            last = "noun"  # a name in marks: "der „Netzeitung“", "von „con energy“"
            nouns += 1
        elif _capital(word) and word[:1] != "„" and word not in "„“”\"»«:;–—":
            if low in _NOT_SUBJECTS and not nouns:
                return 0
            last = "noun"
            nouns += 1
        elif last in ("det", "adj") and i + 2 < n and _ADJECTIVE.match(tokens[i + 1][0]) \
                and word.lower() not in _DETERMINERS and (_capital(tokens[i + 2][0])
                                                          or _ADJECTIVE.match(tokens[i + 2][0])):
            last = "adj"  # an adverb before an adjective: "einer gestern verbreiteten …"
        elif (last in ("det", "adj", "prep") or word[:1].isdigit()) and _ADJECTIVE.match(word) \
                and i + 1 < n \
                and tokens[i + 1][0].lower() not in _DETERMINERS \
                and (_capital(tokens[i + 1][0]) or _ADJECTIVE.match(tokens[i + 1][0])):
            last = "adj"
        else:
            break
        i += 1
    while i > at and tokens[i - 1][0].lower() in _NP_PREPOSITIONS | _DETERMINERS:
        i -= 1
    return i if nouns else 0


_RELATIVES = frozenset({"der", "die", "das", "dem", "den", "deren", "dessen", "denen",
                        "welche", "welcher", "welches", "welchem", "welchen"})


def _finite_verb(tokens: list[tuple[str, int, int]], at: int) -> int:
    """Index of the first word from ``at`` that is neither in a noun phrase nor a comma."""
    i = at
    while i < len(tokens):
        end = _noun_phrase(tokens, i)
        if end:
            i = end
            continue
        word = tokens[i][0]
        if word == "," and i + 1 < len(tokens) and tokens[i + 1][0].lower() in _RELATIVES:
            close = next((j for j in range(i + 2, len(tokens)) if tokens[j][0] == ","), -1)
            if close > 0:  # "In einem Bericht, der … veröffentlicht wurde, rechtfertigte …"
                i = close + 1
                continue
        following = tokens[i + 1][0] if i + 1 < len(tokens) else ""
        if word[:1].islower() and word.lower() not in _NP_PREPOSITIONS | _DETERMINERS \
                | _FRONT_ADVERBS and not (_ADJECTIVE.match(word) and _capital(following)
                                          and i and tokens[i - 1][0].lower() in
                                          _PREPOSITIONS | _DETERMINERS):
            return i
        i += 1
    return len(tokens)


def _subject_mentions(text: str, start: int, end: int) -> list[Mention]:
    """The subject of the main clause in ``text[start:end]``: "Die Ministerin Anna Beispiel
    sagte …", "Dabei betonte sie …", "Laut dem Sprecher …", "Wie X sagte, …"."""
    tokens = _tokens(text[start:end], start)
    while tokens and tokens[0][0] in "–—„“”\"»«,:;":
        tokens = tokens[1:]
    if not tokens:
        return []
    for i in range(len(tokens) - 2, 0, -1):
        if tokens[i][0] == ":" and _capital(tokens[i + 1][0]):
            tokens = tokens[i + 1:]  # "Europapolitik: Die Partei will …"
            break
    tokens = _without_participle_insert(tokens)
    cue = _source_cue(text, tokens)
    if cue:
        return _speaker_beside_source(text, tokens, cue) or cue
    second = _second_clause_subject(text, tokens)
    if second:
        return second
    front = _noun_phrase(tokens, 0)
    personal_front = bool(front) and _personal(_phrase_mentions(text, tokens, 0, front))
    for i in range(1, len(tokens) - 2):
        if not personal_front and tokens[i][0] == "," and (
                tokens[i + 1][0] in VERBS or _REPORTED.fullmatch(tokens[i + 1][0])) and \
                tokens[i + 2][0] in ("er", "sie"):
            word, s, e = tokens[i + 2]  # "Die Pläne, …, bezeichnete er als „…“"
            return [Mention(word, s, e)]
    first = tokens[0][0].lower()
    while first in _FOCUS and len(tokens) > 1 and (
            _capital(tokens[1][0]) or tokens[1][0].lower() in _DETERMINERS | _FOCUS):
        if first == "vor" and tokens[1][0].lower() != "allem":
            break
        tokens = tokens[1:]
        first = tokens[0][0].lower()
    if first in _SOURCE_PREPOSITIONS or (first == "according" and len(tokens) > 2):
        skip = 2 if first == "according" else 1
        source = _phrase_mentions(text, tokens, skip, _noun_phrase(tokens, skip))
        for mention in source if first == "according" else ():
            mention.source = True  # "According to Jane Doe, “…”": a source
        if source:
            return source
    if first in ("nach", "gemäß") and len(tokens) > 2 and tokens[1][0] == "Angaben":
        return _phrase_mentions(text, tokens, 2, _noun_phrase(tokens, 2))
    if first in _SUBORDINATORS | {"um", "ohne", "statt", "anstatt"}:
        np_end = _noun_phrase(tokens, 1)
        if np_end and np_end + 2 < len(tokens) and tokens[np_end][0] == "," and \
                tokens[np_end + 1][0].lower() in _RELATIVES and (
                    tokens[np_end + 1][0].lower() not in ("die", "das")
                    or not _capital(tokens[np_end + 2][0])):
            close = next((j for j in range(np_end + 2, len(tokens)) if tokens[j][0] == ","),
                         -1)
            if close > 0:  # "Wie X, der dabei war, dazu feststellt, …": the relative goes
                tokens = tokens[:np_end] + tokens[close + 1:]
        verb_at = np_end
        while verb_at and verb_at < len(tokens) - 1 and tokens[verb_at][0].lower() in \
                _MIDFIELD_SKIP | {"heute", "gestern", "nun", "kürzlich", "zuletzt"}:
            verb_at += 1  # "Wie X heute mitteilte, …"
        if verb_at > np_end:
            tokens = tokens[:np_end] + tokens[verb_at:]
        if np_end and np_end + 1 < len(tokens) and tokens[np_end + 1][0] == "," and (
                tokens[np_end][0].lower() in VERBS | _KNOWN_VERBS_AFTER_WIE
                or _REPORTED.match(tokens[np_end][0])
                or (first == "wie" and tokens[np_end][0][:1].islower())):
            main = np_end + 2  # "Wie X berichtete, soll Y gesagt haben: „…“": Y speaks
            subject = _after_verb(text, tokens, main) if main < len(tokens) else []
            if subject and _personal(subject) and subject[0].text[:1].isupper() and any(
                    t[0].lower() in _PARTICIPLES | {"sagte", "sagen", "erklärte"}
                    for t in tokens[main + 1:]):
                return subject
            return _phrase_mentions(text, tokens, 1, np_end)  # "Wie X sagte, …"
        for comma, token in enumerate(tokens[:-1]):
            after = tokens[comma + 1][0]
            if token[0] == "," and after[:1].islower() and after.lower() not in (
                    _DETERMINERS | _SUBORDINATORS | _NP_PREPOSITIONS | _NOT_SUBJECTS
                    | _SUBJECT_PRONOUNS | {"der", "die", "das", "welche", "welcher", "wo"}):
                return _after_verb(text, tokens, comma + 1)  # "Als …, sagte er: „…“"
    if first in _SUBJECT_PRONOUNS:
        word, s, e = tokens[0]
        return [Mention(word, s, e)]
    if first == "von" and len(tokens) > 3 and tokens[1][0] in ("der", "dem") and \
            tokens[2][0][:1].isupper() and (tokens[3][0] in VERBS or _REPORTED.fullmatch(
                tokens[3][0])):
        return _phrase_mentions(text, tokens, 0, 3)  # "Von der Leyen betonte, …"
    if first in _FRONT_ADVERBS or _adverb_like(tokens) or tokens[0][0][:1].isdigit() or (
            len(tokens) > 1 and first.endswith(("end", "weise", "ermaßen"))
            and tokens[1][0][:1].islower()):
        verb = _finite_verb(tokens, 1)
        zufolge = next((i for i in range(1, min(verb + 1, len(tokens)))
                        if tokens[i][0].lower() == "zufolge"), -1)
        if zufolge > 0:
            return _phrase_mentions(text, tokens, 0, zufolge)
        return _after_verb(text, tokens, verb)
    if first in _NOT_SUBJECTS and (len(tokens) < 2 or (not _capital(tokens[1][0])
                                   and not _ADJECTIVE.match(tokens[1][0]))):
        return []
    np_end = _noun_phrase(tokens, 0)
    if not np_end and first in ("dem", "den", "einem", "einen"):
        # an object with a participle phrase first: "Den noch 300 in der Halle wartenden
        # Gästen sicherte der Bürgermeister zu, …": the subject follows the verb
        for k in range(1, min(len(tokens) - 2, 14)):
            if tokens[k][0] in (",", ":", ";"):
                break
            if _ADJECTIVE.match(tokens[k][0]) and tokens[k][0] not in _DETERMINERS | \
                    _PREPOSITIONS and _capital(tokens[k + 1][0]) and \
                    tokens[k + 1][0].lower() not in _DETERMINERS and \
                    tokens[k + 2][0][:1].islower() and \
                    tokens[k + 2][0] not in _DETERMINERS | _PREPOSITIONS:
                return _after_verb(text, tokens, k + 2)
    if not np_end:
        return []
    if np_end < len(tokens) and tokens[np_end][0].lower() == "zufolge":
        return _phrase_mentions(text, tokens, 0, np_end)
    if first in ("dem", "den") and np_end < len(tokens):
        return _after_verb(text, tokens, np_end)  # an object first: the subject follows
    quoted = _quoted_object(text, tokens, np_end)
    if quoted:
        return quoted
    fronted = _phrase_mentions(text, tokens, 0, np_end)
    thing = _thing_head(tokens, np_end) or (not _personal(fronted) and not any(
        _is_role_word(w) for w in text[tokens[0][1]:tokens[np_end - 1][2]].split()))
    if np_end < len(tokens):
        # "Die Pläne kritisierte er scharf", "Deren Haltung zur Partei nannte er …"
        verb = _finite_verb(tokens, np_end)
        subject = _after_verb(text, tokens, verb)
        if subject and ((thing and (subject[0].text.lower() in ("er", "ich", "wir")
                                    or _personal(subject)))
                        or _number_clash(tokens, np_end, verb, subject[0].text)):
            return subject  # "Die Pläne kritisierte er", "… kritisierte die Ministerin"
    return fronted


def _number_clash(tokens: list[tuple[str, int, int]], np_end: int, verb: int,
                  after: str) -> bool:
    """"Die jungen Sportler beschrieb die Zeitung als „…“": a plural put first does not
    agree with a verb in the singular, so the singular phrase after the verb is the
    subject."""
    if verb >= len(tokens) or tokens[0][0].lower() != "die" or np_end < 3:
        return False
    plural = _ADJECTIVE.match(tokens[1][0]) is not None and tokens[1][0].endswith("en") and \
        tokens[2][0][:1].isupper()  # "die neuen Regeln": a weak adjective in -en
    word = tokens[verb][0]
    singular = word.islower() and word.endswith(("te", "t", "b", "ieb", "and", "ief")) and \
        not word.endswith(("en", "ten"))
    return plural and singular and after.split()[0].lower() in ("der", "die", "das", "ein", "eine")


def _thing_head(tokens: list[tuple[str, int, int]], end: int) -> bool:
    """The noun phrase ``tokens[:end]`` has an article and words said as its head, whoever
    its genitive names ("Die Vorschläge der Ministerin", "Die Pläne Müllers"): an object
    put first, not the speaker (a document may speak: "Der Bericht nennt …")."""
    if not tokens or tokens[0][0].lower() not in _DETERMINERS:
        return False
    head = next((t[0] for t in tokens[1:end] if t[0][:1].isupper()), "")
    return head.lower() in _WORDS_SAID | _STATEMENTS


_STATEMENTS = frozenset({
    "äußerung", "äußerungen", "aussagen", "vorschlag", "vorschläge", "pläne", "forderungen",
    "angebot", "thesen", "vorwürfe", "warnungen", "zahlen", "ergebnisse", "entscheidung",
})
"""Plural and other forms of words said that ``_WORDS_SAID`` does not hold."""


def _without_participle_insert(tokens: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """"Spöttisch, auf die Berichte reagierend, schrieb die Vorsitzende": the phrase of a
    present participle between commas after the first word goes, the verb follows."""
    if len(tokens) < 5 or tokens[1][0] != "," or not tokens[0][0][:1].isupper():
        return tokens
    for k in range(3, min(len(tokens) - 1, 12)):
        if tokens[k][0] in (";", ":"):
            break
        if tokens[k][0] == ",":
            if re.fullmatch(r"[a-zäöüß]{3,}end", tokens[k - 1][0]) and \
                    tokens[k + 1][0][:1].islower():
                return tokens[:1] + tokens[k + 1:]
            break
    return tokens


_PLAIN_SPEECH = frozenset({"sagte", "sagt", "sagten", "erklärte", "erklärt", "erklärten",
                           "betonte", "betont", "meinte", "meint", "schrieb", "schreibt"})
"""Speech verbs whose subject says the words even when a source reports it."""


def _speaker_beside_source(text: str, tokens: list[tuple[str, int, int]],
                           cue: list[Mention]) -> list[Mention]:
    """"Im Vorstand sagte die Präsidentin einigen Mitgliedern zufolge: „…“": the subject of the
    speech verb said the words; the source only reports them."""
    at = next((i for i, t in enumerate(tokens) if t[1] >= cue[0].start), len(tokens))
    for verb in range(1, at - 1):
        if tokens[verb][0].lower() not in _PLAIN_SPEECH:
            continue
        if _noun_phrase(tokens, 0) == verb and tokens[0][0].lower() not in _PREPOSITIONS | \
                _FRONT_ADVERBS:  # "Der Täter sagte laut Polizei: „…“"
            found = _phrase_mentions(text, tokens, 0, verb)
        else:  # "Im Vorstand sagte die Präsidentin einigen Mitgliedern zufolge: „…“"
            end = _noun_phrase(tokens[:at], verb + 1)
            found = _phrase_mentions(text, tokens, verb + 1, end) if end else []
        if found and _personal(found) and not any(
                m.start < c.end and c.start < m.end for m in found for c in cue):
            return found
        return []
    return []


def _second_clause_subject(text: str, tokens: list[tuple[str, int, int]]) -> list[Mention]:
    """"X wies das zurück, die Sprecherin Y erklärte:": the clause right before the colon
    has a subject of its own."""
    if len(tokens) < 5 or tokens[-1][0] != ":":
        return []
    verb = len(tokens) - 2
    if tokens[verb][0] in _PARTICIPLES and tokens[verb - 1][0] in (
            "habe", "hat", "hatte", "hätte", "haben", "hätten"):
        verb -= 1  # "Der Sender berichtete, X habe gesagt:"
    elif tokens[verb][0] not in VERBS:
        return []
    for k in range(1, verb - 1):
        if tokens[k - 1][0] != "," or not (_capital(tokens[k][0])
                                           or tokens[k][0].lower() in _DETERMINERS):
            continue
        end = _noun_phrase(tokens, k)
        if end == verb or (end == verb - 1 and tokens[end][0] == ","):
            if _noun_phrase(tokens, 0) == k - 1 and all(
                    _capital(t[0]) or t[0] in (",", "und") for t in tokens[:end]):
                k = 0  # "A, B und C erklärten:": one list of names, no clause before
            found = _phrase_mentions(text, tokens, k, end)
            if found and _personal(found):
                return found
    return []


def _quoted_object(text: str, tokens: list[tuple[str, int, int]], verb: int) -> list[Mention]:
    """"Die Zeitung zitiert dazu den Minister mit den Worten": the one quoted speaks."""
    if verb >= len(tokens) or tokens[verb][0].lower() not in ("zitiert", "zitierte",
                                                                  "zitieren", "quoted"):
        return []
    i = verb + 1
    while i < len(tokens) and tokens[i][0].lower() in _MIDFIELD_SKIP:
        i += 1
    end = _noun_phrase(tokens, i)
    return _phrase_mentions(text, tokens, i, end) if end else []


def _after_verb(text: str, tokens: list[tuple[str, int, int]], verb: int) -> list[Mention]:
    """The subject right after the finite verb: "Dabei griff sie …", "So sagte X: …"."""
    quoted = _quoted_object(text, tokens, verb)
    if quoted:
        return quoted
    i = verb + 1
    while i < len(tokens) and tokens[i][0].lower() in _MIDFIELD_SKIP:
        i += 1
    if i >= len(tokens):
        return []
    word, s, e = tokens[i]
    following = tokens[i + 1][0] if i + 1 < len(tokens) else ""
    if word.lower() in _SUBJECT_PRONOUNS or (word.lower() in _DEMONSTRATIVES and not (
            _capital(following) or _ADJECTIVE.match(following))):
        return [Mention(word, s, e)]
    if word.lower() in _NOT_SUBJECTS and not (_capital(following)
                                              or _ADJECTIVE.match(following)):
        return []
    end = _noun_phrase(tokens, i)
    return _phrase_mentions(text, tokens, i, end) if end else []


def _phrase_mentions(text: str, tokens: list[tuple[str, int, int]], at: int,
                     end: int) -> list[Mention]:
    if not end or end <= at:
        return []
    start, stop = tokens[at][1], tokens[end - 1][2]
    phrase = text[start:stop]
    words = re.search(r"\s+mit\s+(?:den|folgenden|diesen)\s+Worten$", phrase)
    if words:  # "zitiert den Forscher X mit den Worten"
        phrase = phrase[:words.start()]
    last = phrase.rsplit(None, 1)[-1]
    if last.endswith(".") and len(last) > 4 and last[:-1].lower() not in _ABBREVIATIONS:
        phrase = phrase[:-1]  # the sentence's full stop, not an abbreviation
    phrase = _without_adverbial(phrase)  # "der Landrat Jan Muster in Frage"
    stop = start + len(phrase)
    mentions = _speakers_in_phrase(phrase, start)
    if not mentions:
        return [Mention(phrase, start, stop, _role(phrase))]
    kept = [mentions[0]]
    for mention in mentions[1:]:
        if mention.text.split()[0] in _DETERMINERS:  # "X, Geschäftsführer der Y GmbH"
            role = text[kept[-1].end:mention.end].strip(" ,")
            kept[-1].role_text = kept[-1].role_text or role
            continue
        kept.append(mention)
    return kept


_PARTICIPLES = frozenset({
    "gesagt", "erklärt", "betont", "gefordert", "gewarnt", "kritisiert", "angekündigt",
    "geschrieben", "gemeint", "unterstrichen", "bekräftigt", "versichert", "hinzugefügt",
    "geäußert", "formuliert", "mitgeteilt", "bekannt", "verkündet", "erläutert",
    "gefragt", "behauptet", "beklagt", "bestätigt", "zugesichert", "versprochen",
})
_SOURCE_NOUNS = frozenset({
    "angaben", "ansicht", "auffassung", "meinung", "worten", "einschätzung", "darstellung",
    "aussage", "aussagen", "informationen", "berichten", "überzeugung", "schätzung",
    "schätzungen", "erkenntnissen", "beobachtungen", "idee", "vorstellung", "vorstellungen",
    "plänen", "willen", "wunsch", "sicht", "lesart", "darstellungen", "bewertung",
    "bewertungen", "ansichten", "auffassungen", "einschätzungen",
})


_LAW_NOUNS = frozenset({"artikel", "paragraf", "paragraph", "paragrafen", "paragraphen",
                        "gesetz", "grundgesetz", "verfassung", "satzung", "verordnung",
                        "richtlinie", "geschäftsordnung", "vertrag", "vereinbarung"})
"""Heads of a text of law that "nach" names as the source of its words ("Nach Artikel 5")."""
_WRITTEN_VERBS = frozenset({"steht", "stand", "stehe", "fand", "findet"})
"""Verbs of words standing in a document ("In der Erklärung steht: „…“")."""
_DOCUMENTS = ("zeitung", "entwurf", "bericht", "erklärung", "mitteilung", "schreiben", "brief",
              "papier", "text", "artikel", "vertrag", "urteil", "antrag", "studie", "beschluss",
              "programm", "gesetz", "verordnung", "protokoll", "gutachten", "blatt", "magazin",
              "meldung", "stellungnahme", "interview", "buch", "dokument")
"""Head nouns of documents, also in compounds ("Gesetzentwurf", "Pressemitteilung")."""


def _document_noun(word: str) -> bool:
    low = word.lower().rstrip(".")
    return any(low.endswith((d, d + "s", d + "es", d + "en")) for d in _DOCUMENTS)


_OPINION_VERBS = frozenset({"ist", "sei", "war", "wäre", "sind", "seien", "waren", "bleibt",
                            "bleibe", "hält", "bedeutet", "bedeute", "steht", "stehe"})


def _source_cue(text: str, tokens: list[tuple[str, int, int]]) -> list[Mention]:
    """A source named in the clause: "laut X", "X zufolge", "nach Angaben X", "heißt es
    in X"."""
    found = _source_mentions(text, tokens)
    said = bool(found) and _SAID_BY.search(text[max(0, found[0].start - 80):
                                                      found[0].start]) is not None
    for mention in found:
        mention.source = not said
    return found


_SAID_BY = re.compile(r"(?:,\s*so\s+|\b(?:wird|werden|wurde|wurden)\s+(?:[^\s,;:„“]+\s+)?"
                      r"vo[nm]\s+(?:[^\s,;:„“]+\s+){0,3}|(?<![Nn]ach )(?i:\b(?:"
                      + "|".join(sorted(_WORDS_SAID)) +
                      r"))\s+(?:(?:von|vom)\s+)?(?:[^\s,;:„“]+\s+){0,3})$")
"""What names the one who said the words, not a source: ", so X", "wird von X",
"der Vorwurf der X" (but "nach Einschätzung der X" names a source)."""


def _source_mentions(text: str, tokens: list[tuple[str, int, int]]) -> list[Mention]:
    """The source cue nearest to the quote: "laut Zeugen …, nach Aussagen eines Gutachters
    „…“" names the Gutachter, whose words the quote gives."""
    for i in range(len(tokens) - 1, -1, -1):
        found = _source_at(text, tokens, i)
        if found:
            return found
    return []


def _opinion_holder(text: str, tokens: list[tuple[str, int, int]], i: int) -> list[Mention]:
    """"Für Senator Jan Muster ist der Plan „…“": the person "für" names at the sentence's
    start holds the opinion the quote gives."""
    if i or len(tokens) < 3 or tokens[0][0].lower() != "für":
        return []
    end = _noun_phrase(tokens, 1)
    if not end or end >= len(tokens) or tokens[end][0].lower() not in _OPINION_VERBS:
        return []
    found = _phrase_mentions(text, tokens, 1, end)
    if found and _personal(found) and (
            " " in found[0].text or _is_role_word(found[0].text.split()[0])):
        return found
    return []


def _source_at(text: str, tokens: list[tuple[str, int, int]], i: int) -> list[Mention]:
    """The source named by a cue at token ``i``, if one is there."""
    word = tokens[i][0]
    low = word.lower()
    if low in _POSSESSIVES and i + 1 < len(tokens) and \
            tokens[i + 1][0].lower() in _SOURCE_NOUNS and (
                (i and tokens[i - 1][0].lower() == "nach")
                or (i + 2 < len(tokens) and tokens[i + 2][0].lower() == "nach")) and not (
                    i and tokens[i - 1][0].lower() in _DETERMINERS):
        # "Seiner Ansicht nach …", "nach ihrer Einschätzung …"; not inside a noun phrase
        # ("die ihrer Meinung nach falschen Pläne"), where the clause has its own subject
        _, s, e = tokens[i]
        return [Mention(word, s, e)]
    if low in ("kommt", "kam", "kommen", "kamen") and i + 2 < len(tokens) and \
            tokens[i + 1][0].lower() in ("von", "vom", "aus") and i == 1:
        end = _noun_phrase(tokens, i + 2)  # "Kritik kommt vom Verband X"
        if end:
            return _phrase_mentions(text, tokens, i + 2, end)
    if low == "für":
        found = _opinion_holder(text, tokens, i)
        if found:
            return found
    if low == "so" and i and tokens[i - 1][0] == "," and i + 1 < len(tokens):
        end = _noun_phrase(tokens, i + 1)  # "Sie solle sich, so Jan Muster, …"
        if end:
            found = _phrase_mentions(text, tokens, i + 1, end)
            if found and _personal(found):
                return found
    if low in _WORDS_SAID and i + 1 < len(tokens) and tokens[i + 1][0] in ("der", "des", "von",
                                                                            "vom"):
        j = i + 1 + (tokens[i + 1][0] in ("von", "vom"))
        end = _noun_phrase(tokens, j)  # "der Vorwurf der Opposition, es handle sich um „…“"
        said = end + 1 if end and end + 2 < len(tokens) and tokens[end][0] == "," else 0
        subject = said + 1 if said and tokens[said][0].lower() in _NOT_SUBJECTS | \
            _SUBJECT_PRONOUNS else _noun_phrase(tokens, said) if said else 0
        if said and (tokens[said][0] == "dass" or (
                subject and subject < len(tokens)
                and _subjunctive(tokens[subject][0].lower()))):
            found = _plausible(_phrase_mentions(text, tokens, j, end))
            if found:
                return found
    if low in ("wird", "werden", "wurde", "wurden") and i:
        j = i + 1
        while j < len(tokens) and tokens[j][0].lower() in _MIDFIELD_SKIP:
            j += 1
        if j + 1 < len(tokens) and tokens[j][0].lower() in ("von", "vom"):
            end = _noun_phrase(tokens, j + 1)  # "Der Plan wird von Fachleuten als „…“"
            if end:
                found = _plausible(_phrase_mentions(text, tokens, j + 1, end))
                if found:
                    return found
    if low in ("laut", "lt.") and i + 1 < len(tokens):
        end = _noun_phrase(tokens, i + 1)
        if end:
            return _phrase_mentions(text, tokens, i + 1, end)
    if low == "zufolge" and i:
        begin = i - 1
        while begin > 0 and tokens[begin][0].lower() not in _DETERMINERS and (
                tokens[begin - 1][0].lower() in _DETERMINERS | {"des"}
                or _capital(tokens[begin - 1][0])
                or (tokens[begin - 1][0] in ("und", "sowie") and begin > 1
                    and _capital(tokens[begin - 2][0]))  # "A und B zufolge"
                or (_ADJECTIVE.match(tokens[begin - 1][0]) and begin > 1
                    and tokens[begin - 2][0].lower() in _DETERMINERS)):
            begin -= 1
        while begin < i - 1 and tokens[begin][0].lower() not in _DETERMINERS and \
                not _capital(tokens[begin][0]):
            begin += 1
        if _noun_phrase(tokens, begin):
            return _phrase_mentions(text, tokens, begin, i)
    if low == "nach" and i + 2 < len(tokens) and tokens[i + 1][0].endswith("s") and \
            tokens[i + 1][0][:1].isupper() and tokens[i + 2][0].lower() in _SOURCE_NOUNS:
        return _phrase_mentions(text, tokens, i + 1, i + 3)  # "Nach Schäubles Idee"
    if low in ("nach", "gemäß") and i + 2 < len(tokens) and (
            tokens[i + 1][0].lower() in ("dem", "der", "den") or tokens[i + 1][0] == "§"):
        j = i + 1 + (tokens[i + 1][0].lower() in ("dem", "der", "den"))
        # "Nach dem Paragrafen 4 der Satzung muss …", "Nach § 4 der Satzung muss …"
        end = _noun_phrase(tokens, j + (tokens[j][0] == "§"))
        if end and (tokens[j][0] == "§" or tokens[j][0].lower() in _LAW_NOUNS):
            found = _phrase_mentions(text, tokens, i + 1, end)
            for mention in found:
                mention.source = True
            return found
    if low == "nach" and i + 1 < len(tokens):
        j = i + 1 + (tokens[i + 1][0].lower() in ("den", "dem"))
        if j < len(tokens) and tokens[j][0].lower() in _SOURCE_NOUNS:
            j += 1
            if j < len(tokens) and tokens[j][0].lower() in ("von", "vom"):
                j += 1
            end = _noun_phrase(tokens, j)
            if end:
                return _phrase_mentions(text, tokens, j, end)
    if low in _WRITTEN_VERBS and (low not in ("fand", "findet") or (
            i + 1 < len(tokens) and tokens[i + 1][0] == "sich")):
        # "In der Vereinszeitung fand sich die Feststellung „…“", "Im Entwurf steht der Satz:",
        # "Bislang steht in dem Entwurf der Passus:": the document the words stand in
        k = 1 if tokens[0][0].lower() in ("in", "im") and i < 5 else next((
            j + 1 for j in range(i + 1, min(i + 4, len(tokens)))
            if tokens[j][0].lower() in ("in", "im")), 0)
        end = _noun_phrase(tokens, k) if k else 0
        if end and _document_noun(tokens[end - 1][0]):
            found = _phrase_mentions(text, tokens, k, end)
            for mention in found:
                mention.source = True
            return found
    if (low in ("geheißen", "rede") and i > 2 and tokens[i - 1][0].lower() in (
            "es", "die")) and tokens[0][0].lower() in ("in", "im", "auf"):
        end = _noun_phrase(tokens, 1)  # "In der Erklärung hatte es geheißen", "war … die Rede"
        if end:
            return _phrase_mentions(text, tokens, 1, end)
    if low in ("heißt", "hieß") and i + 2 < len(tokens) and tokens[i + 1][0] == "es":
        j = i + 2
        while j < len(tokens) and tokens[j][0].lower() in _MIDFIELD_SKIP:
            j += 1
        if j < len(tokens) and tokens[j][0].lower() in ("in", "im", "auf", "bei",
                                                            "beim", "von", "vom"):
            end = _noun_phrase(tokens, j + 1)
            if end:
                return _phrase_mentions(text, tokens, j + 1, end)
        if i and tokens[0][0].lower() in ("in", "im", "auf", "bei", "beim"):
            end = _noun_phrase(tokens, 1)
            if not end and _ADJECTIVE.match(tokens[1][0]) and _noun_phrase(tokens, 2):
                end = _noun_phrase(tokens, 2)  # "Im zweiten Absatz der Satzung heißt es"
            if end:
                return _phrase_mentions(text, tokens, 1, end)
    return []


_TAIL_CUE = re.compile(
    r",\s*(?:(?P<so>so)|(?P<wie>wie)|(?P<verb>[a-zäöüß]+))\s+(?P<rest>[^,„“”\"»«]+?)"
    r"\s*[.!?]?\s*$")


def _tail_speaker(text: str, quote: FoundQuote) -> list[Mention]:
    """An attribution at the end of the quote's sentence: "…“ beenden, so Rice.",
    "…“, da …, sagte X.", "…“, wie X sagte." and "„…“ laut X"."""
    end = _sentence_end(text, quote.end + 1)
    at = quote.end + 1
    rest = text[at:end]
    last_mark = max(rest.rfind(mark) for mark in "„“”\"»«")
    if last_mark < 0:
        return _tail_cue(text, at, rest)
    # "„…“ hätten „…“, so X.": the end names both
    found = _tail_cue(text, at + last_mark + 1, rest[last_mark + 1:])
    if found:
        return found
    # "„…“ über das Geschehen, sagte X, ihre „…“", "„…“ laut X „…“": before the next part
    between = rest[:min(rest.find(m) for m in "„“”\"»«" if m in rest)]
    comma = between.rfind(",")
    if comma > 0 and len(between[comma + 1:].split()) <= 3 and not re.match(
            r"^\s*(?:laut|lt\.)\s", between):
        between = between[:comma]
    return _tail_cue(text, at, between)


def _tail_cue(text: str, at: int, rest: str) -> list[Mention]:
    tokens = _tokens(rest, at)
    if len(tokens) > 1 and tokens[0][0].lower() in ("laut", "lt."):
        np_end = _noun_phrase(tokens, 1)
        if np_end:
            found = _phrase_mentions(text, tokens, 1, np_end)
            for mention in found:
                mention.source = True
            return found
    for match in _TAIL_CUE.finditer(rest):
        verb = match.group("verb")
        if verb is not None and verb not in _STRONG_VERBS | {"hatte", "hat", "habe", "hätte"}:
            continue
        inner = _tokens(match.group("rest"), at + match.start("rest"))
        if match.group("wie"):
            np_end = _noun_phrase(inner, 0)
            if np_end and np_end < len(inner) and inner[-1][0].lower() in VERBS | {
                    "zitiert", "wird", "ausdrückte", "formulierte", "sagte", "erklärte"}:
                return _phrase_mentions(text, inner, 0, np_end)
            continue
        if match.group("so") and len(inner) > 3 and inner[0][0] in ("heißt", "hieß") and \
                inner[1][0] == "es" and inner[2][0].lower() in ("in", "im", "auf", "bei"):
            found = _phrase_mentions(text, inner, 3, _noun_phrase(inner, 3))
            for mention in found:  # "…“ sinken, so heißt es in der Erklärung X."
                mention.source = True
            if found:
                return found
        if match.group("so") and inner and inner[0][0][:1].islower() and \
                inner[0][0].lower() not in _DETERMINERS:
            inner = inner[1:]  # ", so urteilte X", ", so beschrieb ihn X"
            while inner and inner[0][0] in ("ihn", "sie", "es", "ihm", "ihr", "das", "dies"):
                inner = inner[1:]
        if verb in ("hatte", "hat", "habe", "hätte"):
            np_end = _noun_phrase(inner, 0)
            after = np_end
            while np_end and after < len(inner) and inner[after][0].lower() in \
                    _MIDFIELD_SKIP | {"damals", "bereits", "zuvor", "selbst"}:
                after += 1
            if np_end and (inner[-1][0].lower() in _PARTICIPLES or (
                    after < len(inner) and inner[after][0].lower() in _PARTICIPLES)):
                return _phrase_mentions(text, inner, 0, np_end)  # "hatte X damals gesagt und"
            continue
        np_end = _noun_phrase(inner, 0)
        if np_end and (np_end >= len(inner) - 3 or match.group("so")):
            return _phrase_mentions(text, inner, 0, np_end)
    return []


_NAME_INTRODUCERS = frozenset({
    "der", "des", "dem", "den", "die", "das", "im", "vom", "beim", "zum", "zur", "am",
    "laut", "von", "bei", "für", "mit", "the", "of",
})
_SPEECH_BEFORE_VON = frozenset({
    "sprach", "sprachen", "spricht", "sprechen", "redete", "redeten", "redet", "warnte",
    "warnten", "warnt", "berichtete", "berichteten", "berichtet", "schwärmte", "spoke",
})
_TITLE_BEFORE_COLON = (r"(?:motto|titel|überschrift|slogan|werk|werks|name|namen|thema|"
                       r"leitspruch|devise|aufschrift|schlagzeile|buch|roman|film|album|lied|"
                       r"song|stück|parole|title|headline)$")
_NAMING_TAIL = re.compile(
    r"^\s*,?\s*(?:so\s+)?(?:heißt|hieß|hießen|lautet|lautete|nennt|nannte|nennen|genannt|"
    r"getauft|called|named)\b(?!\s+es\b)")


_EN_NAMING_WORDS = frozenset({"so-called", "called", "dubbed", "named", "titled", "entitled",
                              "nicknamed", "labelled", "labeled", "branded", "termed"})
"""English words that name what follows in marks, however it is written (lowercase too)."""
_SELF_NAMED = re.compile(r"^\s*(?:,\s*wie\s+sich\s+(?:[\w-]+\s+){1,4}(?:selbst\s+)?)?"
                         r"(?:nennt|nannte|nennen|nannten|bezeichnet|bezeichnete|bezeichnen|"
                         r"bezeichneten)\b")
"""A name one gives oneself: "die sich selbst „…“ nennt", "„…“, wie sich die Gruppe nennt"."""
_CLAUSE_VERB = re.compile(r"\s(?:ist|sind|war|waren|hat|haben|hatte|hatten|wird|werden|"
                          r"wurde|wurden|sei|seien|kann|können|muss|müssen|soll|sollen|"
                          r"will|wollen|gibt|gab)\b")
"""A finite verb inside the marks: words said, not a name or a title."""


def _named(text: str, span: _Span, inner: str, words: int, sentence_like: bool) -> bool:
    """A name or title in marks, not a quote: „Reporter ohne Grenzen“ after "die
    Organisation", „Power8“ after "Sparprogramm", "laut „Tagesspiegel“", „X“, so heißt …"""
    line_start = text.rfind("\n", 0, span.open_at) + 1
    if re.search(r"[“”\"«»]\s*\(\s*$", text[max(0, span.open_at - 4):span.open_at]) and \
            text[span.close_at + 1:span.close_at + 2] == ")":
        return True  # "die Aktion „Clean River“ („sauberer Fluss“)": a gloss of a name
    before = re.findall(r"[\w.-]+|[,:;(–]", text[max(line_start, span.open_at - 60):span.open_at])
    if words == 1 and before and before[-1].lower() in ("laut", "von", "vom", "bei") and (
            before[-1].lower() == "laut" or not _SPEECH_BEFORE_VON & {
                w.lower() for w in before}):
        return True  # "laut „tagesschau.de“", "von „Omni-Sport“"
    says = [i for i, w in enumerate(before) if w.lower() in ("lautet", "lautete")]
    if says and says[-1] >= len(before) - 2 and says[-1] > 0 and \
            before[says[-1] - 1].lower() in _TITLE_NOUNS and all(
                w.islower() for w in before[says[-1] + 1:]):
        return True  # "der Name lautet also „…“"
    if before and before[-1].lower() in ("motto", "titel", "slogan", "leitspruch",
                                         "überschrift", "title", "headline"):
        return True  # "unter dem Motto „…“", "mit dem Titel „…“": a title, however long
    named = _SELF_NAMED.match(text[span.close_at + 1:span.close_at + 80])
    if not sentence_like and named and (named.group(0).lstrip().startswith(",") or (
            before and before[-1].lower() == "selbst" and "sich" in before[-3:-1])):
        return True  # "die sich selbst „…“ nennt", "„…“, wie sich die Junta selbst nennt"
    if not sentence_like and before and before[-1].lower() in _EN_NAMING_WORDS:
        return True  # "a so-called “digital twin”", "the project dubbed “Gridlock”"
    if sentence_like or words > 6 or (not inner[:1].isupper() and not inner[:1].isdigit()):
        return False
    if _NAMING_TAIL.match(text[span.close_at + 1:span.close_at + 40]):
        return True
    if words == 1 and (not before or before[-1].endswith(".")) and \
            re.match(r"^\s+[a-zäöüß]", text[span.close_at + 1:span.close_at + 3]):
        return True  # „Landser“ habe …: a name as the subject of its sentence
    if len(before) > 1 and before[-1] == ":" and re.search(_TITLE_BEFORE_COLON,
                                                           before[-2].lower()):
        return True  # "Motto: „…“", "sein Erstwerk: „…“"
    if len(before) > 1 and before[-1] == ":" and any(
            w.lower() in _TITLE_NOUNS | _WORK_NOUNS for w in before[:-1]) and \
            _closes_sentence(text, span.close_at):
        return True  # "Den Namen der Sendung gab das ZDF bekannt: „…“."
    if not before or before[-1] in (",", ":", ";", "(", "–"):
        return False
    last = before[-1]
    if last.lower() in ("auch", "kurz", "alias", "bzw.", "sogenannte", "sogenannten",
                           "genannt", "genannte", "genannten", "also", "aka"):
        return True  # an alias: "die Biennale – auch „…“ –"
    if last.lower() in _NAME_INTRODUCERS and words > 2 and _CLAUSE_VERB.search(inner) and \
            not _TITLE_NOUNS & {w.lower() for w in before[-3:]}:
        return False  # "dass der „Geist wach ist und …“": a clause said, not a name
    if last.lower() in _NAME_INTRODUCERS:
        spoken = bool(_SPEECH_BEFORE_VON & {w.lower() for w in before})
        return words > 1 or (last.lower() in ("laut", "von", "bei", "für", "mit")
                             and not spoken)
    if re.search(r"(?:parole|parolen|aufschrift|sprüche|sprüchen)$", last.lower()) or (
            last == "Beispiel" and before[-2:-1] == ["zum"]):
        return False  # "mit der Parole „…“", "Parolen wie zum Beispiel „…“": words said
    # "die Operation „Cast Lead“", "Sparprogramms „Power8“"
    return last[:1].isupper() and len(before) > 1 and before[-2] not in (".", ":") and \
        last.lower() not in _SUBJECT_PRONOUNS | {"sagte", "so"} and not (
            last.endswith(".") and last[:-1].lower() not in _ABBREVIATIONS)


def _any_verb_after(text: str, offset: int) -> bool:
    """", <finite verb> <subject>." right after the closing mark, the sentence ending soon."""
    end = _sentence_end(text, offset)
    tail = text[offset:end]
    match = re.match(r"^,\s+([a-zäöüß]+(?:t|te|ten|en))\s+((?:der|die|das|ein|eine|"
                     r"[A-ZÄÖÜ])\S*)", tail)
    worded = re.match(r"^,\s+mit\s+(?:den|diesen|folgenden|solchen)\s+Worten\s+[a-zäöüß]+\s",
                      tail)
    if match is not None and match.group(1) in _PREPOSITIONS and worded is None:
        return False  # ", mit dem …": no verb
    return match is not None and len(tail.split()) <= 14 and not any(
        mark in tail for mark in "„“”\"»«")


_PREPOSITIONS = frozenset({
    "am", "im", "vom", "zum", "zur", "beim", "in", "an", "auf", "nach", "vor", "seit", "mit",
    "bei", "aus", "von", "für", "über", "unter", "gegen", "ohne", "durch", "um", "während",
    "wegen", "trotz", "laut", "gegenüber", "zwischen", "hinter", "neben", "ab", "bis",
})
_KNOWN_VERBS_AFTER_WIE = frozenset({"mitteilte", "ausdrückte", "formulierte", "betonte",
                                    "erklärte", "sagte", "berichtete", "meldete"})
_KONJUNKTIV = frozenset({
    "sei", "seien", "habe", "werde", "könne", "müsse", "solle", "gebe", "wolle", "dürfe",
    "stehe", "liege", "gehe", "bleibe", "fehle", "handle", "brauche", "komme", "zeige",
    "gelte", "trage", "lasse", "mache", "wäre", "wären", "hätte", "hätten", "würde",
    "würden", "könnten", "müssten", "sollten", "seist", "gäbe",
})


def _reported_clause(text: str, start: int, end: int) -> bool:
    """The clause before the quote is reported speech: its verb is in the subjunctive
    ("Die Mittel seien „völlig unrealistisch“")."""
    tokens = _tokens(text[start:end], start)
    if not tokens:
        return False
    first = tokens[0][0].lower()
    verb = _finite_verb(tokens, 1 if first in _FRONT_ADVERBS or _adverb_like(tokens) else 0)
    return verb < len(tokens) and _subjunctive(tokens[verb][0].lower())


def _subjunctive(word: str) -> bool:
    """A finite verb in the subjunctive of reported speech: "sei", "habe", "bestehe"
    (a third person ending in -e that is no past tense in -te or -de)."""
    return word in _KONJUNKTIV or (
        re.fullmatch(r"[a-zäöüß]{4,}e", word) is not None
        and not word.endswith(("te", "de", "ige", "che", "ere", "ene", "ste"))
        and word not in _NOT_SUBJUNCTIVE)


_NOT_SUBJUNCTIVE = frozenset({
    "ohne", "heute", "gerne", "gerade", "alle", "solche", "welche", "manche", "jede",
    "diese", "keine", "eine", "seine", "ihre", "meine", "unsere", "beide", "viele",
    "wenige", "einige", "andere", "große", "kleine", "neue", "alte", "ganze", "lange",
    "hohe", "gute", "ferne", "nahe", "halbe", "volle", "freie", "dabei",
})
_ADVERB_ENDINGS = ("lich", "ig", "isch", "mals", "weise", "ell", "iv", "ens", "ings",
                   "wärts", "falls", "dings")


def _adverb_like(tokens: list[tuple[str, int, int]]) -> bool:
    """A sentence that starts with an adverb written with a capital only for its place
    ("Aktuell bestehe …", "Erstmals sei …", "Höhnisch veröffentlichte …")."""
    if len(tokens) < 2 or not tokens[0][0][:1].isupper():
        return False
    word = tokens[0][0].lower()
    following = tokens[1][0]
    return word.endswith(_ADVERB_ENDINGS) and len(word) > 4 and (
        following[:1].islower() or following == ",") and \
        following.lower() not in _DETERMINERS | _NP_PREPOSITIONS


def _personal(mentions: list[Mention]) -> bool:
    """The mentions name people (or refer to one), not things."""
    for mention in mentions:
        words = re.sub(r"\s*\([^()]*\)$", "", mention.text).split()  # "X (SPD)"
        if not words:
            return False
        if words[0].lower() in _SUBJECT_PRONOUNS or (
                len(words) == 1 and words[0].lower() in _DEMONSTRATIVES):
            continue  # "er", "dieser" alone; "diese Gefahr" is a thing
        if words[0].lower() in _DETERMINERS and len(words) > 1 and re.search(
                r"(?:er|erin|in|ent|entin|ist|istin|or|orin|ant|antin|jährige|jähriger|"
                r"ende|ender)$", words[-1].lower()) and (words[-1][:1].isupper()
                                                         or words[-1][:1].isdigit()):
            continue  # "Der 58-Jährige", "die Anwältin"
        if words[0].lower() in _DETERMINERS or words[0][:1].islower() or (
                _name_part(" ".join(words)) is None and not _is_role_word(words[-1])):
            return False
    return True


def _reporter(text: str, sentence_at: int, previous: FoundQuote | None) -> list[Mention]:
    """Who reports the speech a subjunctive clause goes on with: the speaker of the quote
    just before, else the subject of a sentence before with a speech verb."""
    last_end = sentence_at - 1
    while last_end > 0 and text[last_end - 1] in " \t\xa0":
        last_end -= 1
    last_at = _sentence_start(text, last_end) if last_end > 0 else 0
    if previous is not None and previous.mentions and previous.end < last_at and \
            "\n" not in text[last_at:sentence_at].strip() and not _reported_clause(
                text, last_at, last_end):
        tokens = _tokens(text[last_at:last_end], last_at)
        verb = _finite_verb(tokens, _noun_phrase(tokens, 0))
        if verb < len(tokens) and tokens[verb][0] in VERBS - {"so", "wird", "wurde"}:
            subject = _plausible(_subject_mentions(text, last_at, last_end))
            if subject and _personal(subject) and " " in subject[-1].text:
                return subject  # "Die Politikerin X kritisierte die Pläne. Hier seien …"
    if previous is not None and previous.mentions and "\n" in text[previous.end:last_at] and \
            "\n" not in text[last_at:sentence_at].strip():
        subject = _plausible(_subject_mentions(text, last_at, last_end))
        if subject and _personal(subject) and " " in subject[-1].text and \
                subject[-1].text[:1].isupper():
            return subject  # a new paragraph names who goes on: "… nahm X Stellung. Es sei …"
    if previous is not None and previous.mentions and sentence_at - previous.end < 500:
        return _copy(previous.mentions)
    end = sentence_at
    for _ in range(3):
        end -= 1
        while end > 0 and text[end - 1] in " \t\xa0\n":
            end -= 1
        if end <= 0:
            break
        at = _sentence_start(text, end)
        sentence = text[at:end]
        tail = re.search(r",\s+([a-zäöüß]+)\s+((?:der|die|das|[A-ZÄÖÜ])[^,;:]*?)[.!?]?$",
                         sentence)
        if tail and (tail.group(1) in VERBS or _REPORTED.fullmatch(tail.group(1))):
            tokens = _tokens(tail.group(2), at + tail.start(2))  # "…, schreibt der Verband."
            mentions = _phrase_mentions(text, tokens, 0, _noun_phrase(tokens, 0))
            if mentions:
                return mentions
        if _reported_clause(text, at, end) and not _speech_verb_in(
                _tokens(sentence, at)):
            end = at  # "Rentnern werde kein Rabatt gewährt": more of the report, not its
            # source
            continue
        if _REPORTED.search(sentence) or any(w in VERBS for w in sentence.lower().split()):
            mentions = _subject_mentions(text, at, end)
            if (mentions and _personal(mentions)) or (mentions and not _reported_clause(
                    text, at, end)):
                return mentions
        end = at
    return []


_MONTHS = frozenset({
    "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august",
    "september", "oktober", "november", "dezember", "january", "february", "march", "june",
    "july", "october", "december",
})
_NO_SPEAKER_WORDS = frozenset({
    "warum", "weshalb", "wieso", "weswegen", "wann", "wo", "wohin", "woher", "wer", "was",
    "wie", "ob", "indem", "nur", "auch", "daraus", "derzeit", "darunter", "hierbei",
    "hingegen", "jedenfalls", "zumal", "sodass", "obgleich", "wobei", "wonach", "womit",
    "kämen", "käme", "ginge", "gingen", "stünde", "stünden", "bliebe", "blieben",
}) | _KONJUNKTIV | _FRONT_ADVERBS | _SUBORDINATORS
"""Words that start a clause or mark a time, never a speaker on their own."""
_SAYING = frozenset({
    "sagen", "sagten", "sagt", "sagte", "erklären", "erklärten", "meinen", "meinten",
    "betonen", "betonten", "berichten", "berichteten", "mitteilte", "mitteilten", "teilte",
    "teilten", "behaupten", "behauptete", "behaupteten", "versichern", "fordern",
    "kritisieren", "warnen",
})
"""Speech verbs that, with a subjunctive in the same sentence, make it reported speech."""
_ADJECTIVE_E = frozenset({
    "starke", "schwache", "breite", "weite", "enge", "feste", "leise", "laute", "harte",
    "weiche", "dicke", "dünne", "kurze", "späte", "frühe", "offene", "gleiche", "letzte",
    "erste", "zweite", "dritte", "nächste", "beste", "meiste", "einzige", "übrige",
})
"""Adjectives in -e that the subjunctive test would take for a verb."""


def _clause_at(text: str, sentence_at: int, at: int) -> int:
    """Where the clause that runs up to ``at`` begins: after the last comma, colon or
    dash before it in its sentence, else at the sentence's start."""
    cut = max(text.rfind(mark, sentence_at, at) for mark in (",", ":", ";", " – "))
    if cut < 0:
        return sentence_at
    return cut + (3 if text.startswith(" – ", cut) else 1)
_WORK_NOUNS = frozenset({
    "werk", "cd", "dvd", "single", "platte", "sendung", "fernsehsendung", "titel",
    "untertitel", "buchtitel", "filmtitel", "überschrift", "schlagzeile", "aufschrift",
})
"""Nouns for a named work: what follows them after a colon is its title."""


def _closes_sentence(text: str, close_at: int) -> bool:
    """The closing mark at ``close_at`` ends its sentence or line."""
    return re.match(r"^(?:[.!?]|\s*$|\s*\n)", text[close_at + 1:close_at + 3]) is not None


def _number_ends_sentence(text: str, dot: int, word: str) -> bool:
    """"von Halle 3. Ein Sprecher …": a number's full stop before an article or a
    pronoun ends the sentence (an ordinal comes before a noun: "der 3. Platz")."""
    if not (word.isdigit() and text[dot] == "."):
        return False
    after = re.match(r"\s+([A-ZÄÖÜ][a-zäöüß]*)\b", text[dot + 1:dot + 12])
    return after is not None and after.group(1).lower() in _DETERMINERS | _SUBJECT_PRONOUNS


def _ordinal_date(text: str, dot: int, word: str) -> bool:
    """"am 20. August 2007": the full stop of a day before a month ends no sentence."""
    if not (word.isdigit() and len(word) <= 2):
        return False
    after = re.match(r"\s+([A-Za-zÄÖÜäöü]+)", text[dot + 1:dot + 16])
    return after is not None and after.group(1).lower() in _MONTHS
