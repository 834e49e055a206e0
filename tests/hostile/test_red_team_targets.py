"""Red team: a run that writes several files checks every target before the first write.

An export in two formats (or of two items) and a dossier in two languages used to write
file by file, so a refused second target (a link, a folder, a pipe) left the first file
behind although the run was reported as failed.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from render_support import make_bundle

from editor.io.atomic import NotARegularFile, check_targets
from editor.render import export_items
from editor.render.dossier import export_dossier
from editor.render.export import file_stem


def _blockers(tmp_path: Path) -> dict[str, object]:
    outside = tmp_path / "outside.txt"
    outside.write_text("kept", encoding="utf-8")
    return {
        "link": lambda target: target.symlink_to(outside),
        "folder": lambda target: target.mkdir(),
        "pipe": lambda target: os.mkfifo(target),
    }


@pytest.mark.parametrize("kind", ["link", "folder", "pipe"])
def test_an_export_refused_at_its_last_target_writes_nothing(tmp_path: Path,
                                                             kind: str) -> None:
    bundle = make_bundle()
    item_id = bundle.items[0].id
    out = tmp_path / "out"
    out.mkdir()
    last = out / f"{file_stem(bundle, item_id, ['de'], 'pressemitteilung')}.html"
    _blockers(tmp_path)[kind](last)  # type: ignore[operator]
    with pytest.raises(NotARegularFile, match="nothing was written") as caught:
        export_items(bundle, [item_id], "pressemitteilung", ["de"], ["docx", "html"], out)
    assert last.name in str(caught.value)
    assert sorted(p.name for p in out.iterdir()) == [last.name]
    assert (tmp_path / "outside.txt").read_text(encoding="utf-8") == "kept"


@pytest.mark.parametrize("kind", ["link", "folder", "pipe"])
def test_a_dossier_refused_at_its_last_target_writes_nothing(tmp_path: Path,
                                                             kind: str) -> None:
    bundle = make_bundle()
    out = tmp_path / "out"
    first = export_dossier(bundle, "p-anna", ["de", "en"], ["docx", "html"], tmp_path / "ok")
    for path in first:
        path.unlink()
    out.mkdir()
    last = out / first[-1].name
    _blockers(tmp_path)[kind](last)  # type: ignore[operator]
    with pytest.raises(NotARegularFile, match="nothing was written"):
        export_dossier(bundle, "p-anna", ["de", "en"], ["docx", "html"], out)
    assert sorted(p.name for p in out.iterdir()) == [last.name]


def test_check_targets_accepts_files_and_absent_names(tmp_path: Path) -> None:
    (tmp_path / "old.html").write_text("old", encoding="utf-8")
    check_targets([tmp_path / "old.html", tmp_path / "new.docx"])
