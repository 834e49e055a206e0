"""Nothing internal leaks: canaries in every internal field never reach any export."""

from __future__ import annotations

import copy
import io
import zipfile
from pathlib import Path

from render_support import (
    CANARY_APPROVAL,
    CANARY_NOTE,
    CANARY_PERSON,
    BundleFactory,
    plant_canaries,
)

from editor.core.model import Approval, ApprovalState, Quote, Speaker, Translations
from editor.render import export_items, list_templates, render_html


def _blobs(path: Path) -> list[bytes]:
    """The file's bytes and, for a DOCX, every part decompressed."""
    raw = path.read_bytes()
    if path.suffix != ".docx":
        return [raw]
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        return [raw, *(z.read(name) for name in z.namelist())]


def test_no_canary_in_any_template_language_or_format(bundle_factory: BundleFactory,
                                                      photo_file: Path,
                                                      tmp_path: Path) -> None:
    bundle = bundle_factory(photo_path=str(photo_file), embargo=True)
    item = bundle.items[0]
    for i, state in enumerate(ApprovalState):  # one more quote per state, all shown
        quote = Quote(f"q-extra-{i}", [Speaker("p-mike", "r-mike")],
                      Translations.of("de", de=f"Zitat {i}", en=f"Quote {i}"),
                      approval=Approval(state, by="Büro", comment=""))
        item.quotes.append(quote)
        item.blocks.append(copy.deepcopy(item.blocks[1]))
        item.blocks[-1].id, item.blocks[-1].quote_id = f"b-extra-{i}", quote.id
    canaries = [*plant_canaries(bundle), CANARY_NOTE, CANARY_APPROVAL, CANARY_PERSON]
    assert len(canaries) >= 3 + 6 + 4
    combinations = 0
    for info in list_templates():
        for langs in info.language_sets():
            out = tmp_path / info.name / "-".join(langs)
            files = export_items(bundle, [item.id], info.name, langs, list(info.formats), out,
                                 allow_before_embargo=True)
            fragment = out / "fragment.html"
            fragment.write_text(render_html(bundle, item.id, info.name, langs, fragment=True),
                                encoding="utf-8")
            for path in [*files, fragment]:
                combinations += 1
                for blob in _blobs(path):
                    for canary in canaries:
                        assert canary.encode() not in blob, f"{canary} in {path}"
                        assert canary.encode("utf-16-le") not in blob, f"{canary} in {path}"
    assert combinations >= 5 * 2  # every built-in template, both formats
    print(f"\ncanaries: {len(canaries)} canaries x {combinations} files "
          f"({combinations * len(canaries)} checks)")
