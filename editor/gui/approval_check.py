"""Before an export: warn about quotes that are not approved, or refuse them by setting."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from editor.core.model import ApprovalState, Bundle
from editor.core.quotes import unapproved_quotes


def state_name(state: ApprovalState) -> str:
    """The approval state in the user's words."""
    return {
        ApprovalState.DRAFTED: QCoreApplication.translate("ApprovalCheck", "drafted"),
        ApprovalState.SENT: QCoreApplication.translate("ApprovalCheck", "sent for approval"),
        ApprovalState.APPROVED: QCoreApplication.translate("ApprovalCheck", "approved"),
        ApprovalState.REJECTED: QCoreApplication.translate("ApprovalCheck", "rejected"),
    }[state]


def unapproved_lines(bundle: Bundle, item_ids: list[str]) -> list[str]:
    """"Speaker: state" for each quote the export of ``item_ids`` would show unapproved."""
    names = {p.id: p.full_name for p in bundle.people}
    wanted = set(item_ids)
    lines = []
    for item in bundle.items:
        if item.id not in wanted:
            continue
        for quote in unapproved_quotes(item):
            who = ", ".join(names.get(s.person_id, s.person_id) for s in quote.speakers)
            who = who or QCoreApplication.translate("ApprovalCheck", "(no speaker)")
            lines.append(f"{who}: {state_name(quote.approval.state)}")
    return lines


def confirm_unapproved(parent: QWidget, bundle: Bundle, item_ids: list[str],
                       only_approved: bool) -> bool:
    """True when the export may go on: every quote approved, or the user said so.

    With ``only_approved`` (the setting) unapproved quotes stop the export.
    """
    lines = unapproved_lines(bundle, item_ids)
    if not lines:
        return True
    box = QMessageBox(parent)
    box.setObjectName("unapprovedQuotes")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("ApprovalCheck", "Quotes not approved"))
    listing = "\n".join(f"• {line}" for line in lines)
    if only_approved:
        box.setText(QCoreApplication.translate(
            "ApprovalCheck", "%n quote(s) in this export are not approved, and only approved "
            "quotes may be exported (see Settings).", "", len(lines)))
        box.setInformativeText(listing)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()
        return False
    box.setText(QCoreApplication.translate(
        "ApprovalCheck", "%n quote(s) in this export are not approved yet.", "", len(lines)))
    box.setInformativeText(listing)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Yes).setText(
        QCoreApplication.translate("ApprovalCheck", "Export anyway"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes
