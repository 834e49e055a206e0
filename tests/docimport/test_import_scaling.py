"""Reading a document with thousands of paragraphs and quotes takes time in proportion to
its length: an attacker's file within the size limit cannot stall the import."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from editor.services.release_import import Registry, propose
from editor.store import Archive


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    opened = Archive.open(tmp_path / "archive.sqlite")
    yield opened
    opened.close()


def _release(path: Path, paragraphs: int) -> Path:
    lines = ["Eine lange Meldung", "Potsdam, 15.03.2021. Die Länder arbeiten zusammen."]
    for i in range(paragraphs):
        lines.append(f"„Wir bauen die Kooperation aus“, sagte Minister Max Mustermann{i}. "
                     f"„Das ist gut“, betonte Dr. Erika Beispiel{i}.")
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return path


def _cpu_seconds(archive: Archive, path: Path) -> float:
    start = time.process_time()
    proposal = propose(Registry(archive), path, today=date(2026, 1, 2))
    spent = time.process_time() - start
    assert len(proposal.item.quotes) >= 2 * (len(proposal.item.blocks) - 2)
    return spent


def test_eight_times_the_paragraphs_take_about_eight_times_as_long(
        tmp_path: Path, archive: Archive) -> None:
    small = _release(tmp_path / "small.txt", 250)
    large = _release(tmp_path / "large.txt", 2000)
    _cpu_seconds(archive, small)  # modules loaded, caches warm
    ratios = []
    for _ in range(3):
        ratios.append(_cpu_seconds(archive, large) / _cpu_seconds(archive, small))
    # linear work gives about 8; the quadratic search over every quote and role per
    # paragraph gave 25 and more
    assert sorted(ratios)[1] < 14, ratios
