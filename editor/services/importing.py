"""Importing interchange files: check everything first, then write all or nothing.

The desktop app and the command line both go through :func:`plan_import` (read and check
every file, compare the shared records with the archive; nothing is written) and
:func:`run_import` (write, with the user's choice for differing shared records).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from editor.core.errors import PressestelleError
from editor.core.invisible import Removed
from editor.core.model import Bundle
from editor.io.interchange import read_file
from editor.store.shared import (
    FieldDifference,
    R,
    SharedPolicy,
    differences,
    updated,
)

if TYPE_CHECKING:
    from editor.store.archive import Archive


@dataclass
class ImportPlan:
    """Checked files, and what importing them would meet in the archive."""

    bundle: Bundle
    differences: list[FieldDifference] = field(default_factory=list)
    """Fields of stored people, organisations and roles the files state otherwise."""
    merges: list[tuple[str, str]] = field(default_factory=list)
    """(person in the files, person kept) for people merged away in the archive earlier."""
    existing: list[str] = field(default_factory=list)
    """Ids of the items the archive already has (importing them needs replace)."""
    sources: dict[tuple[str, str], str] = field(default_factory=dict)
    """(kind, record id) → the file that first states the record."""
    removed: list[tuple[str, Removed]] = field(default_factory=list)
    """(file, what) for the invisible characters removed from the files' texts."""

    def difference_lines(self) -> list[str]:
        """Each difference on one line, starting with the file that states it."""
        lines = []
        for difference in self.differences:
            source = self.sources.get((difference.kind, difference.record_id))
            lines.append(f"{source}: {difference.line()}" if source else difference.line())
        return lines

    def text_lines(self) -> list[str]:
        """One line per text of the files that invisible characters were removed from."""
        return [f"{source}: {removed.line()}" for source, removed in self.removed]

    def photo_lines(self) -> list[str]:
        """One line per photo whose location and other metadata were removed on reading."""
        from editor.core.photo_metadata import describe

        lines = []
        for item in self.bundle.items:
            for photo in item.photos:
                data = self.bundle.photo_data.get(photo.blob) if photo.blob else None
                if data is not None and data.removed:
                    lines.append(f"photo {photo.id} of item {item.id}: "
                                 f"{describe(data.removed)} removed; exports never carry it")
        return lines

    def merge_lines(self) -> list[str]:
        return [f"person {old} was merged into {kept} in this archive: the file's "
                f"references to {old} are taken as {kept}" for old, kept in self.merges]


class FilesDisagree(PressestelleError):
    """Two files of one import state a shared record differently."""


def merge_bundles(bundles: Sequence[Bundle], names: Sequence[str] | None = None) -> Bundle:
    """One bundle of all items; each person, organisation and role once.

    Records repeated in several files are combined (what one file leaves out, another may
    state); two files stating one field differently raise :class:`FilesDisagree`.
    """
    names = list(names) if names is not None else [f"file {i + 1}" for i in range(len(bundles))]
    labelled = list(zip(names, bundles, strict=True))
    return Bundle(
        [item for bundle in bundles for item in bundle.items],
        _combined("person", [(name, b.people) for name, b in labelled]),
        _combined("organisation", [(name, b.organisations) for name, b in labelled]),
        _combined("role", [(name, b.roles) for name, b in labelled]),
        {key: data for bundle in bundles for key, data in bundle.photo_data.items()},
    )


def _combined(kind: str, lists: list[tuple[str, list[R]]]) -> list[R]:
    found: dict[str, R] = {}
    origin: dict[str, str] = {}
    for name, records in lists:
        for record in records:
            earlier = found.get(record.id)
            if earlier is None:
                found[record.id], origin[record.id] = record, name
                continue
            clash = differences(earlier, record, both_stated=True)
            if clash or getattr(earlier, "person_id", None) != getattr(record, "person_id", None):
                where = clash[0].field if clash else "person_id"
                raise FilesDisagree(
                    f"{origin[record.id]} and {name} state {kind} {record.id} differently "
                    f"({where}); nothing was imported. Import them one at a time to decide "
                    f"for each.")
            found[record.id] = updated(earlier, record)
    return list(found.values())


def plan_import(archive: Archive, files: Sequence[Path]) -> ImportPlan:
    """Read and check every file, then compare with the archive; writes nothing."""
    removed: list[tuple[str, Removed]] = []
    bundles = []
    for path in files:  # every file checked before anything else
        notes: list[Removed] = []
        bundles.append(read_file(path, notes))
        removed += [(str(path), note) for note in notes]
    bundle = merge_bundles(bundles, [str(path) for path in files])
    check = archive.check_shared(bundle)
    existing = [item.id for item in bundle.items if archive.has_item(item.id)]
    sources: dict[tuple[str, str], str] = {}
    for path, read in zip(files, bundles, strict=True):
        for kind, records in (("person", read.people), ("organisation", read.organisations),
                              ("role", read.roles)):
            for record in records:
                sources.setdefault((kind, record.id), str(path))
    return ImportPlan(bundle, check.differences, check.merges, existing, sources, removed)


def run_import(archive: Archive, plan: ImportPlan, *, shared: SharedPolicy,
               replace: bool = False, saved_by: str = "") -> list[str]:
    """Store the plan's items in one transaction; returns their ids.

    ``saved_by`` is recorded with each new version in the items' history.

    Differing shared records are refused, updated or kept as ``shared`` says; the archive
    compares again while writing, so a change made meanwhile is not missed.
    """
    return archive.save_bundle(plan.bundle, replace=replace, shared=shared,
                               saved_by=saved_by)
