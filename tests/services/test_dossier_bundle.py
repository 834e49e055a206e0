"""The dossier's bundle: every item quoting the person, once, with what it refers to."""

from __future__ import annotations

from pathlib import Path

from editor.io.samples import load_sample_bundles
from editor.services.dossier import dossier_bundle
from editor.store.archive import Archive


def test_dossier_bundle_holds_each_item_quoting_the_person_once(tmp_path: Path) -> None:
    with Archive.open(tmp_path / "a.sqlite") as archive:
        for bundle in load_sample_bundles():
            archive.save_bundle(bundle)
        found = dossier_bundle(archive, "person-joerg-steinbach")
        assert found.items
        assert len({item.id for item in found.items}) == len(found.items)
        assert all(any(s.person_id == "person-joerg-steinbach" for q in item.quotes
                       for s in q.speakers) for item in found.items)
        assert "person-joerg-steinbach" in {p.id for p in found.people}
        assert dossier_bundle(archive, "nobody").items == []
