"""A network that drops without closing the connection is noticed by TCP's own checks
(keep-alive probes, a timeout for unacknowledged statements) on every connection to the
server: the archive's and the one that listens for colleagues' saves. A dead line itself
cannot be made on the loopback address without the system's packet filter; these tests
check that the settings reach the server connections, and that the URL's own win."""

from __future__ import annotations

import threading

import pytest

from editor.store import Archive
from editor.store.engine import DEAD_LINE_CHECKS
from editor.store.notify import ChangeListener

pytestmark = pytest.mark.postgresql_only


def _parameters(archive: Archive) -> dict[str, str]:
    with archive._engine.connect() as conn:
        driver = conn.connection.driver_connection
        assert driver is not None
        return dict(driver.info.get_parameters())


def test_every_archive_connection_notices_a_dead_network(archive_url: str) -> None:
    with Archive.open(archive_url) as archive:
        used = _parameters(archive)
        listener = ChangeListener(archive._engine, lambda _item: None)
        listening = listener._connect()
        try:
            heard = dict(listening.info.get_parameters())
        finally:
            listening.close()
    for name, value in DEAD_LINE_CHECKS.items():
        assert used.get(name) == str(value), name
        assert heard.get(name) == str(value), name


def test_the_address_may_set_its_own(archive_url: str) -> None:
    separator = "&" if "?" in archive_url else "?"
    with Archive.open(f"{archive_url}{separator}keepalives_idle=7&tcp_user_timeout=9000") \
            as archive:
        used = _parameters(archive)
        stop = threading.Event()
        listener = ChangeListener(archive._engine, lambda _item: stop.set())
        listening = listener._connect()
        try:
            heard = dict(listening.info.get_parameters())
        finally:
            listening.close()
    assert (used["keepalives_idle"], used["tcp_user_timeout"]) == ("7", "9000")
    assert (heard["keepalives_idle"], heard["tcp_user_timeout"]) == ("7", "9000")
    assert used["keepalives_count"] == str(DEAD_LINE_CHECKS["keepalives_count"])
