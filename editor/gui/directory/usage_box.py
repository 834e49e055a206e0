"""Tell the user that a record cannot be deleted because items or quotes use it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from editor.services.directory import InUse

MAX_SHOWN = 12



def refuse_delete(parent: QWidget, what: str, exc: InUse, offer_merge: bool = False) -> bool:
    """Show where ``what`` is used; True when the user chose to merge instead."""
    box = QMessageBox(parent)
    box.setObjectName("directoryInUse")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("DirectoryDelete", "Cannot delete"))
    box.setText(QCoreApplication.translate(
        "DirectoryDelete", "%1 is still used and was not deleted:").replace("%1", what))
    lines = [f"• {u.headline or u.item_id} – {u.where}" if u.item_id else f"• {u.where}"
             for u in exc.usages[:MAX_SHOWN]]
    if len(exc.usages) > MAX_SHOWN:
        lines.append(QCoreApplication.translate(
            "DirectoryDelete", "… and %n more", "", len(exc.usages) - MAX_SHOWN))
    box.setInformativeText("\n".join(lines) or str(exc))
    merge = box.addButton(QCoreApplication.translate(
        "DirectoryDelete", "&Merge with another person…"),
        QMessageBox.ButtonRole.AcceptRole) if offer_merge else None
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    return merge is not None and box.clickedButton() is merge
