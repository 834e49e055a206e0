"""Approval rounds through Word: export an item for the other side, read back what came.

:func:`export_for_approval` writes the file of :mod:`editor.render.approval_docx`.
:func:`read_round` compares a returned file with the stored item and lists numbered
:class:`Change` s (a text edited, a paragraph split, a block removed, a paragraph added,
a block moved) with the other side's comments; :func:`apply_changes` accepts the chosen
ones into the item. A file the application did not write has no anchors: it is compared
by aligning its paragraphs with the item's texts (``difflib``), and the round says so.
:class:`ApprovalRounds` does it on stored items through the normal, conflict-safe save.
"""

from __future__ import annotations

import copy
import dataclasses
import difflib
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from editor.core import anchors
from editor.core.errors import ConflictError, PressestelleError
from editor.core.model import Block, BlockKind, Bundle, PressItem, Translations, fingerprint
from editor.core.model import new_id as make_id
from editor.io.approval_docx import ReturnedFile, read_returned
from editor.io.atomic import write_bytes_atomic
from editor.render.approval_docx import approval_docx
from editor.services import approval

if TYPE_CHECKING:
    from editor.store import Archive

SAVE_ATTEMPTS = 3
DIFF_LIMIT = 4_000_000
"""Word pairs a diff may weigh (after the common start and end are taken off); a longer
middle is shown as one replacement, so a stranger's file cannot make the import hang."""
PAIRING_WINDOW = 200
"""Paragraphs of the returned file looked at for each text of the item (text alignment)."""
RATIO_WORDS = 300
"""Words at the start of each paragraph compared when texts are paired by similarity."""
ARCHIVE_CHANGED = "changed in the archive since the export; accepting replaces that"
DIFFERS = "differs from the archive"
ITEM_FIELDS = ("kicker", "headline", "subheadline")


class ApprovalRoundError(PressestelleError):
    """A round cannot be read or applied as asked."""


class BlockNumbers:
    """Blocks and quotes by the number a user sees in the editor (1 is the first block)."""

    def __init__(self, item: PressItem | None) -> None:
        blocks = item.blocks if item is not None else []
        self.rows = {b.id: n for n, b in enumerate(blocks, start=1)}
        self.quote_rows = {b.quote_id: n for n, b in enumerate(blocks, start=1) if b.quote_id}

    def block(self, block_id: str) -> str:
        return str(self.rows.get(block_id, "?"))

    def quote(self, quote_id: str) -> str:
        return str(self.quote_rows.get(quote_id, "?"))

    def place(self, field: str, record_id: str) -> str:
        """"block 3", "quote in block 2", "headline": the command line's names."""
        if field == "block":
            return f"block {self.block(record_id)}"
        if field == "quote":
            return f"quote in block {self.quote(record_id)}"
        return field


class _RecordIds(BlockNumbers):
    """Places named by their stable ids (no item at hand, or to compare two readings)."""

    def __init__(self) -> None:
        super().__init__(None)

    def block(self, block_id: str) -> str:
        return block_id

    def place(self, field: str, record_id: str) -> str:
        return f"{field} {record_id}".strip()


@dataclass
class Change:
    """One thing the other side changed; ``number`` is what the user accepts it by."""

    number: int
    kind: str
    """"text", "split", "remove", "insert" or "move"."""
    lang: str
    field: str
    """"kicker", "headline", "subheadline", "block" or "quote"."""
    record_id: str = ""
    old: str = ""
    new: str = ""
    parts: list[str] = dataclasses.field(default_factory=list)
    """The paragraphs of a split or of an insertion."""
    after_block: str = ""
    """Where a paragraph is inserted or a block moved to: after this block ("" first)."""
    authors: list[str] = dataclasses.field(default_factory=list)
    note: str = ""
    """A warning: :data:`ARCHIVE_CHANGED` or :data:`DIFFERS` (or "")."""

    def describe(self, numbers: BlockNumbers | None = None) -> str:
        numbers = numbers or _RecordIds()
        where = f"{numbers.place(self.field, self.record_id)} [{self.lang}]"
        after = numbers.block(self.after_block) if self.after_block else "(start)"
        if self.kind == "text":
            text = f"{where}: {word_diff(self.old, self.new)}"
        elif self.kind == "split":
            text = f"{where}: split into {len(self.parts)} paragraphs: " + " | ".join(
                f"„{_short(p, 40)}“" for p in self.parts)
        elif self.kind == "remove":
            text = f"{where}: removed („{_short(self.old)}“)"
        elif self.kind == "insert":
            text = f"new paragraph [{self.lang}] after block {after}: „{_short(self.new)}“"
        else:
            text = f"{where}: moved after block {after}"
        by = f" — {', '.join(self.authors)}" if self.authors else ""
        note = f" ({self.note})" if self.note else ""
        return f"{self.number}. {text}{by}{note}"


@dataclass
class RoundComment:
    author: str
    text: str
    field: str
    lang: str
    record_id: str
    quoted: str

    def describe(self, numbers: BlockNumbers | None = None) -> str:
        numbers = numbers or _RecordIds()
        where = (f"{numbers.place(self.field, self.record_id)} [{self.lang}]" if self.field
                 else "document")
        on = f" on „{_short(self.quoted, 50)}“" if self.quoted else ""
        return f"{self.author or 'unknown'} ({where}){on}: {' '.join(self.text.split())}"


@dataclass
class ApprovalRound:
    item_id: str
    file: str
    aligned: bool
    """True: the file carried no anchors and was compared by text alignment."""
    changes: list[Change]
    comments: list[RoundComment]
    quote_ids: list[str]
    """The quotes the file showed: those the returning party can approve in one step."""
    outside: list[str] = dataclasses.field(default_factory=list)
    invisible: tuple[int, str] = (0, "")
    """Invisible direction and format characters removed from the file's texts: how many,
    and the first (see :mod:`editor.core.invisible`)."""

    def invisible_line(self) -> str:
        """The English note on :attr:`invisible`, or "" when there were none."""
        count, first = self.invisible
        if not count:
            return ""
        return (f"removed {count:,} invisible direction or format character"
                f"{'s' if count != 1 else ''} (the first: U+{ord(first):04X}) from the file's "
                "texts; a change made of them alone is not listed")

    def lines(self, item: PressItem | None = None) -> list[str]:
        """The round as the command line prints it; with the item the round was read
        against, blocks are named by their numbers in the editor, else by their ids."""
        numbers = BlockNumbers(item) if item is not None else _RecordIds()
        head = (f"{self.file}: compared by text alignment (the file was not exported for "
                f"approval by Pressestelle, so blocks are matched by their words)"
                if self.aligned else f"{self.file}: exported for approval of {self.item_id}")
        out = [head]
        out += [c.describe(numbers) for c in self.changes] or ["no changes"]
        out += [f"comment: {c.describe(numbers)}" for c in self.comments]
        out += [f"not taken (the application writes these itself): {x}" for x in self.outside]
        if self.invisible[0]:
            out.append(f"note: {self.invisible_line()}")
        return out


Opcode = tuple[str, int, int, int, int]


def opcodes(a: list[str], b: list[str]) -> list[Opcode]:
    """``difflib`` opcodes turning ``a`` into ``b``, with the common start and end taken
    off first and a middle too large to weigh (see :data:`DIFF_LIMIT`) replaced whole."""
    start = 0
    while start < len(a) and start < len(b) and a[start] == b[start]:
        start += 1
    end = 0
    while end < len(a) - start and end < len(b) - start and a[-1 - end] == b[-1 - end]:
        end += 1
    mid_a, mid_b = a[start:len(a) - end], b[start:len(b) - end]
    ops: list[Opcode] = [("equal", 0, start, 0, start)] if start else []
    if len(mid_a) * len(mid_b) > DIFF_LIMIT:
        ops.append(("replace", start, start + len(mid_a), start, start + len(mid_b)))
    elif mid_a or mid_b:
        for op, a1, a2, b1, b2 in difflib.SequenceMatcher(
                None, mid_a, mid_b, autojunk=False).get_opcodes():
            ops.append((op, a1 + start, a2 + start, b1 + start, b2 + start))
    if end:
        ops.append(("equal", len(a) - end, len(a), len(b) - end, len(b)))
    return ops


def word_diff(old: str, new: str, context: int = 3) -> str:
    """What changed between two texts, word by word: "… vor [-alt-] {+neu+} nach …"."""
    a, b = old.split(), new.split()
    out: list[str] = []
    ops = opcodes(a, b)
    for i, (op, a1, a2, b1, b2) in enumerate(ops):
        if op == "equal":
            words = a[a1:a2]
            head = words[:context] if i > 0 else []
            tail = words[-context:] if i < len(ops) - 1 else []
            if len(head) + len(tail) < len(words):
                out += [*head, "…", *tail]
            else:
                out += words
            continue
        if a2 > a1:
            out.append("[-" + " ".join(a[a1:a2]) + "-]")
        if b2 > b1:
            out.append("{+" + " ".join(b[b1:b2]) + "+}")
    return " ".join(out)


def _short(text: str, limit: int = 70) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def export_for_approval(bundle: Bundle, item_id: str, target: Path,
                        languages: list[str] | None = None) -> Path:
    """Write the approval file of ``item_id`` to ``target`` (atomically)."""
    item = next((i for i in bundle.items if i.id == item_id), None)
    if item is None:
        raise ApprovalRoundError(f"No press item {item_id!r} to export.")
    langs = languages or item.languages
    unknown = [lang for lang in langs if lang not in item.languages]
    if unknown:
        raise ApprovalRoundError(f"Press item {item_id} is not written in {unknown[0]}; it "
                                 f"has {', '.join(item.languages)}.")
    write_bytes_atomic(target, approval_docx(bundle, item, langs))
    return target


def _texts_of(item: PressItem, anchor: anchors.Anchor) -> tuple[Translations, str] | None:
    """The translations an anchor stands for and the record id (None: not in the item)."""
    if anchor.field in ITEM_FIELDS:
        return getattr(item, anchor.field), ""
    records = item.blocks if anchor.field == "block" else item.quotes
    for record in records:
        if anchors.token(record.id) == anchor.token:
            return record.text, record.id
    return None


def read_round(item: PressItem, path: Path) -> ApprovalRound:
    """What the returned file at ``path`` changes and says about ``item``."""
    returned = read_returned(path)
    if returned.item_id and returned.item_id != item.id:
        raise ApprovalRoundError(f"{path.name} was exported for approval of press item "
                                 f"{returned.item_id}, not {item.id}; nothing was changed.")
    if not returned.anchored:
        return _aligned_round(item, returned)
    return _anchored_round(item, returned)


def _anchored_round(item: PressItem, returned: ReturnedFile) -> ApprovalRound:
    changes: list[Change] = []
    quote_ids: list[str] = []
    place: dict[str, tuple[str, str, str]] = {}
    removed: list[Change] = []
    for name in returned.anchor_order:
        mark = anchors.parse(name)
        assert mark is not None
        found = _texts_of(item, mark)
        if found is None:
            continue
        texts, record_id = found
        place[name] = (mark.field, mark.lang, record_id)
        if mark.field == "quote" and record_id not in quote_ids:
            quote_ids.append(record_id)
        current = texts.get(mark.lang)
        before = returned.texts(name, after=False)
        after = [p for p in returned.texts(name, after=True)]
        exported = returned.fingerprints.get(name)
        note = ""
        if exported is not None and exported != fingerprint(current):
            note = ARCHIVE_CHANGED
        elif exported is None and fingerprint("\n".join(before)) != fingerprint(current):
            note = DIFFERS
        joined_after = [p for p in after if p.strip()]
        authors = returned.authors(name)
        base = dict(lang=mark.lang, field=mark.field, record_id=record_id, old=current,
                    authors=authors, note=note)
        if mark.field == "block" and len(joined_after) > 1 and _block_kind(item, record_id) \
                != BlockKind.LIST:
            changes.append(Change(0, "split", parts=[p.strip() for p in joined_after],
                                  **base))  # type: ignore[arg-type]
            continue
        separator = "\n" if _block_kind(item, record_id) == BlockKind.LIST else " "
        new = separator.join(p.strip() for p in joined_after)
        if fingerprint(new) == fingerprint(current):
            continue
        if not new.strip() and mark.field in ("block", "quote"):
            change = Change(0, "remove", **base)  # type: ignore[arg-type]
            if mark.field == "block":
                removed.append(change)
            changes.append(change)
            continue
        changes.append(Change(0, "text", new=new, **base))  # type: ignore[arg-type]
    for before_name, _index, text in returned.loose(after=True):
        lang, after_block = _after_block(before_name, place, item)
        moved = next((c for c in removed if c.lang == lang
                      and _fold(c.old) == _fold(text)), None)
        if moved is not None:
            moved.kind, moved.after_block = "move", after_block
            continue
        changes.append(Change(0, "insert", lang, "block", new=text, parts=[text],
                              after_block=after_block))
    changes += _reordered(item, returned, {c.record_id for c in changes if c.kind != "text"})
    for number, change in enumerate(changes, start=1):
        change.number = number
    comments = []
    for c in returned.comments:
        where = place.get(c.anchor or "", ("", "", ""))
        comments.append(RoundComment(c.author, c.text, where[0], where[1], where[2], c.quoted))
    return ApprovalRound(item.id, returned.path.name, False, changes, comments, quote_ids,
                         returned.changes_outside(), returned.invisible)


def _block_kind(item: PressItem, block_id: str) -> BlockKind | None:
    return next((b.kind for b in item.blocks if b.id == block_id), None)


def _after_block(name: str | None, place: dict[str, tuple[str, str, str]],
                 item: PressItem) -> tuple[str, str]:
    """(language, block id) of the anchor ``name`` a loose paragraph follows."""
    if name is None or name not in place:
        mark = anchors.parse(name or "")
        return (mark.lang if mark else item.source_language), ""
    field_name, lang, record_id = place[name]
    if field_name == "block":
        return lang, record_id
    if field_name == "quote":
        block = next((b.id for b in item.blocks if b.quote_id == record_id), "")
        return lang, block
    return lang, ""


def _reordered(item: PressItem, returned: ReturnedFile, skip: set[str]) -> list[Change]:
    """Blocks whose anchors stand in another order than the item's (moved untracked)."""
    token_to_id = {anchors.token(b.id): b.id for b in item.blocks}
    quote_block = {anchors.token(b.quote_id): b.id for b in item.blocks if b.quote_id}
    for lang in item.languages:
        seen: list[str] = []
        for name in returned.anchor_order:
            mark = anchors.parse(name)
            if mark is None or mark.lang != lang or mark.field not in ("block", "quote"):
                continue
            block_id = (token_to_id if mark.field == "block" else quote_block).get(mark.token)
            if block_id and block_id not in seen:
                seen.append(block_id)
        expected = [b.id for b in item.blocks if b.id in seen]
        if seen == expected:
            continue
        keep = set()
        matcher = difflib.SequenceMatcher(None, expected, seen, autojunk=False)
        for block in matcher.get_matching_blocks():
            keep.update(expected[block.a:block.a + block.size])
        out = []
        for i, block_id in enumerate(seen):
            if block_id in keep or block_id in skip:
                continue
            out.append(Change(0, "move", lang, "block", block_id,
                              after_block=seen[i - 1] if i else ""))
        return out
    return []


# --- files the application did not write -------------------------------------------------

_MARK_CHARS = "„“”‚‘’\"«»"
_WORD = re.compile(r"\s+|[„“”‚‘’\"«»]|[^\s„“”‚‘’\"«»]+")


def _aligned_round(item: PressItem, returned: ReturnedFile) -> ApprovalRound:
    ours: list[tuple[str, str, str, str]] = []  # (field, lang, record id, text)
    quotes = {q.id: q for q in item.quotes}
    for lang in item.languages:
        for name in ITEM_FIELDS:
            texts: Translations = getattr(item, name)
            if texts.has(lang):
                ours.append((name, lang, "", texts.get(lang)))
        for block in item.blocks:
            if block.kind == BlockKind.QUOTE and block.quote_id in quotes:
                quote = quotes[block.quote_id]
                if quote.text.has(lang):
                    ours.append(("quote", lang, quote.id, quote.text.get(lang)))
            elif block.kind != BlockKind.PHOTO and block.text.has(lang):
                ours.append(("block", lang, block.id, block.text.get(lang)))
    theirs = [p for p in _all_paragraphs(returned) if p.strip()]
    left = [_fold(t[3]) for t in ours]
    right = [_fold(p) for p in theirs]
    left_words = [t.split()[:RATIO_WORDS] for t in left]
    right_words = [t.split()[:RATIO_WORDS] for t in right]
    changes: list[Change] = []
    found: set[int] = set()
    """Our texts the file holds (as they are, or edited): only its quotes were shown."""
    matcher = difflib.SequenceMatcher(None, left, right, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            found.update(range(a1, a2))
        if op != "replace":
            continue
        used = b1
        for a in range(a1, a2):
            best, best_ratio = None, 0.5
            for b in range(used, min(b2, used + PAIRING_WINDOW)):
                ratio = _similarity(left_words[a], right_words[b], best_ratio)
                if ratio > best_ratio:
                    best, best_ratio = b, ratio
            if best is None:
                continue
            used = best + 1
            found.add(a)
            name, lang, record_id, text = ours[a]
            new = _inner_edits(text, theirs[best])
            if fingerprint(new) != fingerprint(text):
                changes.append(Change(len(changes) + 1, "text", lang, name, record_id,
                                      old=text, new=new))
    quote_ids = [ours[a][2] for a in sorted(found) if ours[a][0] == "quote"]
    comments = [RoundComment(c.author, c.text, "", "", "", c.quoted) for c in returned.comments]
    return ApprovalRound(item.id, returned.path.name, True, changes, comments,
                         list(dict.fromkeys(quote_ids)), invisible=returned.invisible)


def _similarity(ours: list[str], theirs: list[str], floor: float) -> float:
    """How alike two paragraphs' words are (0–1), or ``floor`` when they cannot beat it."""
    matcher = difflib.SequenceMatcher(None, ours, theirs, autojunk=False)
    if matcher.real_quick_ratio() <= floor or matcher.quick_ratio() <= floor:
        return floor
    return matcher.ratio()


def _all_paragraphs(returned: ReturnedFile) -> list[str]:
    from editor.io.approval_docx import _markup

    return [_markup([s for _a, s in p.segments if s.state != "del"])
            for p in returned.paragraphs]


_STRAIGHT = str.maketrans({"„": '"', "“": '"', "”": '"', "«": '"', "»": '"', "‚": "'",
                           "‘": "'", "’": "'", "‹": "'", "›": "'"})
"""Typographic quotation marks as the archive stores them: the exports set them per
language, so a file showing „…“ where the item has "…" did not change the words."""


_ANY_MARK = str.maketrans({c: '"' for c in "„“”«»‚‘’‹›'"})
"""Every quotation mark as one: a nested quote is ‚…‘ in German where the item has "…"."""


_ANY_MARK_RE = re.compile("[„“”«»‚‘’‹›'*]")


def _fold(text: str) -> str:
    """The words of ``text`` to compare: marks as one, no emphasis, case and spacing
    ignored (a regular expression: ``str.translate`` is slow on long files)."""
    return " ".join(_ANY_MARK_RE.sub(lambda m: "" if m.group(0) == "*" else '"', text)
                    .split()).casefold()


def _inner_edits(ours: str, theirs: str) -> str:
    """``ours`` with the edits that turn it into ``theirs``, leaving out what ``theirs``
    only adds before or after it (a dateline, quotation marks, an attribution) and the
    typographic form of quotation marks."""
    a = _WORD.findall(ours)
    b = _WORD.findall(theirs)
    folded_a = [t.translate(_ANY_MARK) for t in a]
    folded_b = [t.translate(_ANY_MARK) for t in b]
    plain = ours == ours.translate(_STRAIGHT)
    ops = opcodes(folded_a, folded_b)
    while ops and ops[0][0] == "insert":
        ops = ops[1:]
    while ops and ops[-1][0] == "insert":
        ops = ops[:-1]
    out: list[str] = []
    for op, a1, a2, b1, b2 in ops:
        if op == "equal":
            out += a[a1:a2]
        elif op in ("replace", "insert"):
            piece = [t.translate(_STRAIGHT) for t in b[b1:b2]] if plain else b[b1:b2]
            if op == "replace" and a1 == 0 and "".join(a[a1:a2]).strip(_MARK_CHARS) == "":
                piece = [t for t in piece if t.strip(_MARK_CHARS)]
            out += piece
    return "".join(out).strip()


# --- accepting ---------------------------------------------------------------------------

def apply_changes(item: PressItem, round_: ApprovalRound, numbers: list[int]) -> list[int]:
    """Accept the changes ``numbers`` into ``item``; the numbers applied, in order."""
    wanted = {c.number: c for c in round_.changes}
    missing = [n for n in numbers if n not in wanted]
    if missing:
        raise ApprovalRoundError(f"The round has no change {missing[0]}; it has "
                                 f"{len(round_.changes)} (see the list).")
    chosen = [wanted[n] for n in sorted(set(numbers))]
    order = {"text": 0, "split": 1, "insert": 2, "move": 3, "remove": 4}
    # The source language first: a translation accepted in the same round is then
    # confirmed against the new source text, not marked stale by it.
    # New paragraphs go in last first: each is put right after its block, so several
    # after one block end up in the file's order.
    for change in sorted(chosen, key=lambda c: (order[c.kind], c.lang != item.source_language,
                                                -c.number if c.kind == "insert" else c.number)):
        _apply(item, change)
    return [c.number for c in chosen]


def _translations(item: PressItem, change: Change) -> Translations:
    if change.field in ITEM_FIELDS:
        texts: Translations = getattr(item, change.field)
        return texts
    records = item.blocks if change.field == "block" else item.quotes
    for record in records:
        if record.id == change.record_id:
            return record.text
    raise ApprovalRoundError(f"The item no longer has the {change.field} {change.record_id}.")


def _set(item: PressItem, texts: Translations, lang: str, value: str) -> None:
    if lang == item.source_language:
        texts.set_source(lang, value)
    else:
        texts.set_translation(lang, value, item.source_language)


def _index(item: PressItem, block_id: str) -> int:
    return next((i for i, b in enumerate(item.blocks) if b.id == block_id), -1)


def _apply(item: PressItem, change: Change) -> None:
    if change.kind == "text":
        _set(item, _translations(item, change), change.lang, change.new)
    elif change.kind == "split":
        texts = _translations(item, change)
        _set(item, texts, change.lang, change.parts[0])
        at = _index(item, change.record_id)
        kind = item.blocks[at].kind
        for offset, part in enumerate(change.parts[1:], start=1):
            block = Block(make_id(), kind)
            _set(item, block.text, change.lang, part)
            item.blocks.insert(at + offset, block)
    elif change.kind == "insert":
        at = _index(item, change.after_block) + 1 if change.after_block else 0
        block = Block(make_id(), BlockKind.PARAGRAPH)
        _set(item, block.text, change.lang, change.new)
        item.blocks.insert(at, block)
    elif change.kind == "move":
        at = _index(item, change.record_id)
        if at < 0:
            raise ApprovalRoundError(f"The item no longer has the block {change.record_id}.")
        block = item.blocks.pop(at)
        target = _index(item, change.after_block) + 1 if change.after_block else 0
        item.blocks.insert(target, block)
    elif change.kind == "remove" and change.field == "quote":
        _remove_quote(item, change)
    elif change.kind == "remove":
        at = _index(item, change.record_id)
        if at >= 0:
            block = item.blocks[at]
            others = [lang for lang in item.languages if lang != change.lang
                      and block.text.has(lang)]
            if others:
                _set(item, block.text, change.lang, "")
            else:
                item.blocks.pop(at)


def _remove_quote(item: PressItem, change: Change) -> None:
    """The quote's words in the language go; with no words left in any language, the
    quote and the blocks showing it go too."""
    try:
        quote = item.quote(change.record_id)
    except KeyError:
        raise ApprovalRoundError(f"The item no longer has the quote {change.record_id}.") \
            from None
    if any(quote.text.has(lang) for lang in item.languages if lang != change.lang):
        _set(item, quote.text, change.lang, "")
        return
    item.blocks = [b for b in item.blocks if b.quote_id != quote.id]
    item.quotes = [q for q in item.quotes if q.id != quote.id]


def approve_round_quotes(item: PressItem, round_: ApprovalRound, by: str, user: str,
                         at: datetime | None = None) -> list[str]:
    """Mark the quotes of the round approved by ``by``; a quote not yet sent is sent to
    ``by`` first (the file went to them). The quote ids approved."""
    done = []
    for quote_id in round_.quote_ids:
        try:
            quote = item.quote(quote_id)
        except KeyError:
            continue
        status = approval.approval_status(quote)
        if status in (approval.ApprovalStatus.APPROVED,):
            continue
        if status != approval.ApprovalStatus.SENT:
            approval.send(item, [quote_id], to=by, user=user, at=at)
        approval.approve(item, [quote_id], by=by, user=user, at=at)
        done.append(quote_id)
    return done


def parse_numbers(text: str) -> list[int]:
    """"1,3, 4-6" → [1, 3, 4, 5, 6]; a clear error for anything else."""
    numbers: list[int] = []
    for part in text.split(","):
        part = part.strip()
        if not part:
            continue
        bounds = part.split("-", 1)
        try:
            low, high = int(bounds[0]), int(bounds[-1])
        except ValueError:
            raise ApprovalRoundError(f"--accept expects change numbers such as 1,3,4-6; "
                                     f"{part!r} is not one.") from None
        if high < low or high - low > 10_000:
            raise ApprovalRoundError(f"--accept: {part!r} is not a range of change numbers.")
        numbers += range(low, high + 1)
    return numbers


@dataclass
class RoundResult:
    round: ApprovalRound
    accepted: list[int]
    approved: list[str]
    version: int


class ApprovalRounds:
    """Approval rounds on stored items: read, accept, approve, save (conflict-safe)."""

    def __init__(self, archive: Archive) -> None:
        self._archive = archive

    def export(self, item_id: str, target: Path, languages: list[str] | None = None) -> Path:
        return export_for_approval(self._archive.load_bundle([item_id]), item_id, target,
                                   languages)

    def read(self, item_id: str, path: Path) -> ApprovalRound:
        return read_round(self._archive.load_item(item_id), path)

    def accept(self, item_id: str, path: Path, numbers: list[int] | None, *,
               approve_by: str = "", user: str = "") -> RoundResult:
        """Accept ``numbers`` (None: all) and save; a save by someone else meanwhile
        makes the round read again against their version, and is refused when the
        changes are then no longer the same."""
        first: list[str] | None = None
        for attempt in range(SAVE_ATTEMPTS):
            item = self._archive.load_item(item_id)
            round_ = read_round(item, path)
            listing = [c.describe() for c in round_.changes]
            if first is not None and listing != first:
                raise ApprovalRoundError(
                    f"Press item {item_id} was saved by someone else while the round was "
                    f"applied and its changes now read differently; nothing was changed. "
                    f"Look at the list again and accept anew.")
            first = listing
            chosen = [c.number for c in round_.changes] if numbers is None else numbers
            trial = copy.deepcopy(item)
            accepted = apply_changes(trial, round_, chosen)
            approved = approve_round_quotes(trial, round_, approve_by, user or approve_by) \
                if approve_by.strip() else []
            if not accepted and not approved:
                return RoundResult(round_, [], [], item.version)
            try:
                saved = self._archive.save_item(trial)
                return RoundResult(round_, accepted, approved, saved.version)
            except ConflictError:
                if attempt == SAVE_ATTEMPTS - 1:
                    raise
        raise AssertionError("unreachable")
