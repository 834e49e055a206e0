"""The database server restarts under a running client: a clear message while it is
away, a new connection on the next action, and never a half-saved item.

Needs control of the test server: ``scripts/test.sh`` exports its data folder and
``pg_ctl`` (``PRESSESTELLE_TEST_PG_DATA``, ``PRESSESTELLE_TEST_PG_CTL``).
"""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from datetime import date

import pytest
from store_records import rich_item, simple_item

from editor.core.errors import StoreError
from editor.store import Archive
from editor.store.errors import Trouble, trouble_of


def _pg_ctl(action: str) -> None:
    data = os.environ["PRESSESTELLE_TEST_PG_DATA"]
    command = [os.environ["PRESSESTELLE_TEST_PG_CTL"], "-D", data, "-w", "-m", "fast"]
    if action != "stop":  # the server's output goes to its log, not to this test
        command += ["-l", os.path.join(os.path.dirname(data), "server.log")]
    if os.geteuid() == 0:  # the server runs as the postgres user
        command = ["runuser", "-u", "postgres", "--", *command]
    subprocess.run([*command, action], check=True, stdin=subprocess.DEVNULL,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60)


@pytest.fixture
def server_control() -> Iterator[None]:
    if not (os.environ.get("PRESSESTELLE_TEST_PG_CTL")
            and os.environ.get("PRESSESTELLE_TEST_PG_DATA")):
        message = "the test server cannot be restarted (no PRESSESTELLE_TEST_PG_CTL)"
        if os.environ.get("CI", "").lower() == "true" and \
                os.environ.get("PRESSESTELLE_TEST_PG_URL"):
            pytest.fail(message)
        pytest.skip(message)
    yield
    with contextlib.suppress(subprocess.CalledProcessError):  # already running
        _pg_ctl("start")  # running again whatever the test did


@pytest.mark.slow
@pytest.mark.postgresql_only
def test_a_restart_is_survived_and_nothing_is_half_saved(
        archive_url: str, backend: str, server_control: None) -> None:
    with Archive.open(archive_url) as archive:
        item = archive.save_item(rich_item())
        _pg_ctl("restart")
        # the pooled connections died with the server: the next action connects again
        assert archive.load_item(item.id).version == 1
        _pg_ctl("stop")
        item.headline.text["de"] = "Während der Server fort ist"
        with pytest.raises(StoreError) as caught:
            archive.save_item(item)
        message = str(caught.value)
        assert trouble_of(caught.value) is Trouble.UNREACHABLE
        assert "\n" not in message and "Nothing was saved." in message
        assert "the next action connects again" in message
        assert item.version == 1  # the copy in hand is untouched: saving again works
        _pg_ctl("start")
        stored = archive.load_item(item.id)
        assert stored.version == 1 and stored.headline.text["de"] != item.headline.text["de"]
        assert len(stored.quotes) == len(item.quotes)  # nothing half written
        assert archive.save_item(item).version == 2
        assert archive.save_item(simple_item("after", "Danach", date(2026, 1, 5))).version == 1
