"""What the checks before an export find: severity, message and the place it is about.

A :class:`Finding` names its kind by ``code`` and carries the values of its message in
``params``; :data:`MESSAGES` holds the English wording (the command line), and the window
translates the same wording by code. ``place`` says where the editor should jump.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Severity(enum.StrEnum):
    ERROR = "error"
    """The export is refused (a draft for approval may still be made)."""
    WARNING = "warning"
    """Reported; the export goes on when the user says so."""


class GenderPolicy(enum.StrEnum):
    """How the archive's German texts name groups of people."""

    NONE = "none"
    """No policy: nothing is checked."""
    PAARFORM = "paarform"
    """ "Bürgerinnen und Bürger"."""
    DOPPELPUNKT = "doppelpunkt"
    """ "Bürger:innen"."""
    STERNCHEN = "sternchen"
    """ "Bürger*innen"."""


POLICY_NAMES = {
    GenderPolicy.NONE: "none",
    GenderPolicy.PAARFORM: "Paarform",
    GenderPolicy.DOPPELPUNKT: "Doppelpunkt",
    GenderPolicy.STERNCHEN: "Sternchen",
}


@dataclass(frozen=True)
class Place:
    """Where a finding is: an item field ("headline", "embargo" …), a block, a quote or a
    photo, in one language or none."""

    field: str = ""
    block_id: str = ""
    quote_id: str = ""
    photo_id: str = ""
    lang: str = ""

    def describe(self) -> str:
        """ "headline (en)", "block block-3 (de)", "quote q-1" — the English words."""
        if self.field:
            where = self.field
        elif self.quote_id:
            where = f"quote {self.quote_id}"
        elif self.photo_id:
            where = f"photo {self.photo_id}"
        elif self.block_id:
            where = f"block {self.block_id}"
        else:
            where = "item"
        return f"{where} ({self.lang})" if self.lang else where


MESSAGES: dict[str, str] = {
    "headline_empty": "The headline is empty.",
    "translation_missing": "The {lang} text is missing.",
    "translation_stale": "The {lang} translation is older than the source text.",
    "quote_no_speaker": "The quote has no speaker.",
    "embargo_before_issue": "The embargo ends on {embargo}, before the issue date {issued}.",
    "photo_missing": "Photo {photo} has no picture in the archive.",
    "quote_unapproved": "The quote of {speakers} is not approved ({status}).",
    "role_unknown": "The item has no date, so the role of {person} is not known and is "
                    "left out.",
    "no_dateline": "The item has neither a date nor places, so its lead has no dateline.",
    "headline_long": "The headline has {count} characters; agencies take about {limit}.",
    "subheadline_long": "The subheadline has {count} characters; agencies take about "
                        "{limit}.",
    "release_long": "The text has {count} characters; a release should stay under "
                    "{limit}.",
    "quotes_many": "The item has {count} quotes; agencies print {limit} at most.",
    "opens_with_quote": "The text opens with a quote; agencies want the news first.",
    "verb_repeated": "The attribution verb “{verb}” is used {count} times.",
    "gender_policy": "“{word}” does not follow the archive's gender-language policy "
                     "({policy}): write “{suggestion}”.",
}
"""The English message of each finding code; ``{name}`` are the finding's params."""


@dataclass(frozen=True)
class Finding:
    """One thing an export check found about one item."""

    code: str
    severity: Severity
    item_id: str
    place: Place = field(default_factory=Place)
    params: tuple[tuple[str, str], ...] = ()
    """The values of the message, as (name, value) pairs (a frozen dataclass)."""

    @property
    def values(self) -> dict[str, str]:
        return dict(self.params)

    @property
    def message(self) -> str:
        """The English message."""
        return MESSAGES[self.code].format(**self.values)

    def line(self) -> str:
        """ "error: item-1, headline (en): The en text is missing." in one line."""
        return (f"{self.severity.value}: {self.item_id}, {self.place.describe()}: "
                f"{' '.join(self.message.split())}")


def finding(code: str, severity: Severity, item_id: str, place: Place | None = None,
            **params: object) -> Finding:
    """A :class:`Finding` with its params given as keywords."""
    if code not in MESSAGES:
        raise KeyError(code)
    return Finding(code, severity, item_id, place or Place(),
                   tuple((name, str(value)) for name, value in params.items()))
