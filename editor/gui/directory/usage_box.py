"""Tell the user that a record cannot be deleted because items or quotes use it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from editor.services.directory import InUse, Usage

MAX_SHOWN = 12


def usage_words(usage: Usage) -> str:
    """What uses the record, in the UI language (no ids)."""
    words = {
        "quote": QCoreApplication.translate("DirectoryDelete", "a quote"),
        "draft_quote": QCoreApplication.translate(
            "DirectoryDelete", "a quote in the autosaved draft"),
        "issuer": QCoreApplication.translate("DirectoryDelete", "issuer"),
        "draft_issuer": QCoreApplication.translate(
            "DirectoryDelete", "issuer in the autosaved draft"),
        "event_speaker": QCoreApplication.translate("DirectoryDelete", "event speaker"),
        "draft_event_speaker": QCoreApplication.translate(
            "DirectoryDelete", "event speaker in the autosaved draft"),
        "event_organiser": QCoreApplication.translate("DirectoryDelete", "event organiser"),
        "draft_event_organiser": QCoreApplication.translate(
            "DirectoryDelete", "event organiser in the autosaved draft"),
        "press_contact": QCoreApplication.translate("DirectoryDelete", "press contact"),
        "draft_press_contact": QCoreApplication.translate(
            "DirectoryDelete", "press contact in the autosaved draft"),
        "role": QCoreApplication.translate("DirectoryDelete", "a role of %1"),
        "saved_contact": QCoreApplication.translate(
            "DirectoryDelete", "the saved press contact %1"),
    }
    return words.get(usage.kind, usage.where).replace("%1", usage.name)


def usage_lines(usages: list[Usage]) -> list[str]:
    """One line per item and kind of use, repeated uses counted ("a quote (3×)")."""
    counted: dict[tuple[str, str], list[Usage]] = {}
    for usage in usages:
        counted.setdefault((usage.item_id, usage.kind or usage.where), []).append(usage)
    lines = []
    for (item_id, _), group in counted.items():
        first = group[0]
        what = usage_words(first) + (f" ({len(group)}×)" if len(group) > 1 else "")
        if item_id:
            headline = " ".join(first.headline.split()) or QCoreApplication.translate(
                "DirectoryDelete", "(no headline)")
            lines.append(f"• „{headline}“ – {what}")
        else:
            lines.append(f"• {what}")
    return lines



def refuse_delete(parent: QWidget, what: str, exc: InUse, offer_merge: bool = False) -> bool:
    """Show where ``what`` is used; True when the user chose to merge instead."""
    box = QMessageBox(parent)
    box.setObjectName("directoryInUse")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("DirectoryDelete", "Cannot delete"))
    box.setText(QCoreApplication.translate(
        "DirectoryDelete", "%1 is still used and was not deleted:").replace("%1", what))
    lines = usage_lines(exc.usages)
    if len(lines) > MAX_SHOWN:
        hidden = len(lines) - MAX_SHOWN
        lines = [*lines[:MAX_SHOWN], QCoreApplication.translate(
            "DirectoryDelete", "… and %n more", "", hidden)]
    box.setInformativeText("\n".join(lines) or str(exc))
    merge = box.addButton(QCoreApplication.translate(
        "DirectoryDelete", "&Merge with another person…"),
        QMessageBox.ButtonRole.AcceptRole) if offer_merge else None
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    return merge is not None and box.clickedButton() is merge
