"""Translated names of the domain's enumerations and languages, as the user reads them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from editor.core.model import ApprovalState, BlockKind, ItemKind, ItemStatus


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


def approval_state(state: ApprovalState) -> str:
    return {
        ApprovalState.DRAFTED: QCoreApplication.translate("Labels", "Not yet sent"),
        ApprovalState.SENT: QCoreApplication.translate("Labels", "Sent for approval"),
        ApprovalState.APPROVED: QCoreApplication.translate("Labels", "Approved"),
        ApprovalState.REJECTED: QCoreApplication.translate("Labels", "Rejected"),
    }[state]


def language(code: str) -> str:
    names = {
        "de": QCoreApplication.translate("Labels", "German"),
        "en": QCoreApplication.translate("Labels", "English"),
    }
    return names.get(code, code)


def languages(codes: list[str]) -> str:
    """ "German + English" for a bilingual choice."""
    return " + ".join(language(c) for c in codes)
