"""Translated names of the domain's enumerations and languages, as the user reads them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from editor.core.model import ApprovalState, BlockKind, ItemKind, ItemStatus, Organisation
from editor.core.quotes import ApprovalStatus
from editor.services.approval import APPROVAL_WORDS


def item_kind(kind: ItemKind) -> str:
    return {
        ItemKind.RELEASE: QCoreApplication.translate("Labels", "Press release"),
        ItemKind.EVENT_REPORT: QCoreApplication.translate("Labels", "Event report"),
        ItemKind.STATEMENT: QCoreApplication.translate("Labels", "Statement"),
    }[kind]


def item_status(status: ItemStatus) -> str:
    return {
        ItemStatus.DRAFT: QCoreApplication.translate("Labels", "Draft"),
        ItemStatus.IN_REVIEW: QCoreApplication.translate("Labels", "In review"),
        ItemStatus.APPROVED: QCoreApplication.translate("Labels", "Approved"),
        ItemStatus.PUBLISHED: QCoreApplication.translate("Labels", "Published"),
        ItemStatus.CORRECTED: QCoreApplication.translate("Labels", "Corrected"),
        ItemStatus.WITHDRAWN: QCoreApplication.translate("Labels", "Withdrawn"),
    }[status]


def block_kind(kind: BlockKind) -> str:
    return {
        BlockKind.PARAGRAPH: QCoreApplication.translate("Labels", "Paragraph"),
        BlockKind.SUBHEADING: QCoreApplication.translate("Labels", "Subheading"),
        BlockKind.LIST: QCoreApplication.translate("Labels", "List"),
        BlockKind.QUOTE: QCoreApplication.translate("Labels", "Quote"),
        BlockKind.PHOTO: QCoreApplication.translate("Labels", "Photo"),
    }[kind]


def ui_language() -> str:
    """The language the user interface speaks now ("de" or "en")."""
    return "de" if QLocale().language() == QLocale.Language.German else "en"


def organisation(org: Organisation) -> str:
    """Short and full name of an organisation, the full one in the interface's language."""
    return f"{org.short_name} – {org.display_name(ui_language())}"


STATUS_OF_STATE = {
    ApprovalState.DRAFTED: ApprovalStatus.NOT_SENT,
    ApprovalState.SENT: ApprovalStatus.SENT,
    ApprovalState.APPROVED: ApprovalStatus.APPROVED,
    ApprovalState.REJECTED: ApprovalStatus.REJECTED,
}
"""The status a stored state shows where the quote's text is not at hand (search hits)."""


def approval_state(state: ApprovalState) -> str:
    """A stored approval state in the UI's words (the same words as the status)."""
    return approval_status(STATUS_OF_STATE[state])


def approval_status(status: ApprovalStatus) -> str:
    """The approval status in the UI's words: the one wording of the approval service."""
    german, english = APPROVAL_WORDS[status]
    return german if ui_language() == "de" else english


def language(code: str) -> str:
    names = {
        "de": QCoreApplication.translate("Labels", "German"),
        "en": QCoreApplication.translate("Labels", "English"),
    }
    return names.get(code, code)


def languages(codes: list[str]) -> str:
    """ "German + English" for a bilingual choice."""
    return " + ".join(language(c) for c in codes)
