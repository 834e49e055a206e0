"""Working together on one archive: who has the open item open, and colleagues' saves.

While an item is open, this program claims it (a soft lock, renewed every minute) and
shows colleagues who have the same item open: "In Bearbeitung: Anna, seit 10:42". Claims
never block saving; a crashed program's claim expires. When a colleague saves, adds or
deletes an item, the window refreshes its list (and the open item when it has no changes
here) without a click: on PostgreSQL the server notifies at once (LISTEN/NOTIFY), on
SQLite the archive's change mark is read every few seconds.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel

from editor.gui.autosave import this_program
from editor.services.approval import current_user
from editor.store.deferred import still_deferred

if TYPE_CHECKING:
    from editor.gui.main_window import MainWindow
    from editor.store.archive import Claim
    from editor.store.embargo_list import ChangeMark

log = logging.getLogger(__name__)

CLAIM_RENEW_MS = 60_000
"""How often a claim is renewed (claims expire after three minutes)."""
CHANGE_POLL_MS = 4_000
"""How often the archive is asked whether a colleague saved something (SQLite)."""
LISTENING_POLL_MS = 30_000
"""The same on PostgreSQL, where notifications come at once; polling is the safety net."""


class Teamwork(QObject):
    """Claims the open item, shows other claims, refreshes the window on others' saves."""

    changeNotified = Signal(str)
    """A colleague saved or deleted the item with this id (PostgreSQL notification)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._archive = window.context.archive
        self.holder = this_program()
        self._item_id: str | None = None
        self._mark: ChangeMark | None = None
        self.label = QLabel()
        self.label.setObjectName("claimLabel")
        self.label.setStyleSheet(
            "QLabel { background: #fff3c4; color: #5a4500; padding: 1px 6px; "
            "border-radius: 3px; }")
        self.label.hide()
        self._renew = QTimer(self)
        self._renew.setInterval(CLAIM_RENEW_MS)
        self._renew.timeout.connect(self.renew)
        self._poll = QTimer(self)
        self._poll.setInterval(CHANGE_POLL_MS)
        self._poll.timeout.connect(self.poll)
        self._mark = self._read_mark()
        self.changeNotified.connect(lambda _item_id: self.poll())
        self.listener = None
        try:  # the signal crosses from the listener's thread into the window's
            self.listener = self._archive.listen_for_changes(self.changeNotified.emit)
        except Exception as exc:  # polling still works
            log.info("Cannot listen for colleagues' saves: %s", exc)
        if self.listener is not None:
            self._poll.setInterval(LISTENING_POLL_MS)
        self._poll.start()

    def _name(self) -> str:
        try:
            return current_user(self._archive)
        except Exception:  # the archive setting could not be read: the login name
            return current_user()

    def item_opened(self, item_id: str | None) -> None:
        """The window shows ``item_id`` now (``None``: nothing, or a new unsaved item)."""
        if item_id == self._item_id:
            return
        self.item_closed()
        self._item_id = item_id
        if item_id is not None:
            self._renew.start()
            if still_deferred(self._archive):  # a write: once the archive is open
                self._window.firstPainted.connect(
                    self.renew, Qt.ConnectionType.SingleShotConnection)
            else:
                self.renew()

    def item_closed(self) -> None:
        """Give up the claim of the item shown until now."""
        old, self._item_id = self._item_id, None
        self._renew.stop()
        self.label.hide()
        if old is not None:
            try:
                self._archive.release_item(old, self.holder)
            except Exception as exc:  # expires by itself
                log.info("Could not release the claim of %s: %s", old, exc)

    def renew(self) -> None:
        """Claim the open item again and show who else has it open."""
        if self._item_id is None:
            return
        try:
            self._archive.claim_item(self._item_id, self.holder, self._name())
            others = self._archive.claims(self._item_id, besides=self.holder)
        except Exception as exc:  # a busy or unreachable archive: next time
            log.info("Could not renew the claim of %s: %s", self._item_id, exc)
            return
        self.show_claims(others)

    def show_claims(self, others: list[Claim]) -> None:
        if not others:
            self.label.hide()
            return
        people = ", ".join(
            self.tr("%1, since %2").replace("%1", claim.name).replace(
                "%2", claim.since.astimezone().strftime("%H:%M"))
            for claim in others)
        self.label.setText(self.tr("Being edited by: %1").replace("%1", people))
        self.label.setToolTip(self.tr(
            "Colleagues have this item open. You can still save: if they saved first, "
            "saving shows both versions."))
        self.label.show()

    def _read_mark(self) -> ChangeMark | None:
        try:
            return self._archive.change_mark()
        except Exception as exc:  # a busy or unreachable archive: next time
            log.info("Could not read the archive's change mark: %s", exc)
            return None

    def poll(self) -> bool:
        """Refresh the window when the archive changed since the last look; True then."""
        mark = self._read_mark()
        if mark is None or mark == self._mark:
            return False
        changed = self._mark is not None
        self._mark = mark
        if changed:
            self._window.refresh()
            if self._item_id is not None:
                self.renew()
        return changed

    def noticed_own_save(self) -> None:
        """This window saved: not a colleague's change."""
        self._mark = self._read_mark()

    def stop(self) -> None:
        self._poll.stop()
        if self.listener is not None:
            self.listener.stop()
            self.listener = None
        self.item_closed()
