"""The exports of every built-in template match the golden files in tests/golden/.

After an intended change of the output, regenerate them with
``python scripts/update_golden.py`` and review ``git diff tests/golden``.
"""

from __future__ import annotations

import difflib
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("update_golden",
                                                  ROOT / "scripts" / "update_golden.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("update_golden", module)
    spec.loader.exec_module(module)
    return module


golden = _script()


@pytest.fixture(scope="module")
def fresh() -> dict[str, str]:
    return golden.outputs()


def test_every_template_and_both_items_have_golden_files(fresh: dict[str, str]) -> None:
    from editor.render import list_templates

    builtin = {t.name for t in list_templates() if t.builtin} | {"quote-dossier"}
    for folder in ("sample", "hard"):
        shown = {name.split("/")[1].split(".")[0] for name in fresh
                 if name.startswith(f"{folder}/")}
        expected = builtin if folder == "sample" else builtin - {"quote-dossier"}
        assert shown == expected, folder
    assert any(name.endswith(".document.xml") for name in fresh)
    assert any(".header" in name for name in fresh)


def test_exports_match_the_golden_files(fresh: dict[str, str]) -> None:
    stored = golden.stored()
    changed = golden.differences(fresh, stored)
    report = []
    for name in changed[:3]:
        diff = difflib.unified_diff(stored.get(name, "").splitlines(),
                                    fresh.get(name, "").splitlines(),
                                    f"golden/{name}", "now", lineterm="", n=1)
        report.append("\n".join(list(diff)[:40]))
    assert not changed, (f"{len(changed)} golden file(s) differ; if intended, run "
                         f"`python scripts/update_golden.py`:\n" + "\n".join(report))


def test_the_harder_item_goes_out_without_editing_marks(fresh: dict[str, str]) -> None:
    final = {name: text for name, text in fresh.items()
             if name.startswith("hard/") and ".draft." not in name}
    assert final
    for name, text in final.items():
        for mark in ("[Übersetzung", "[translation", "ENTWURF", "DRAFT"):
            assert mark not in text, (name, mark)
    de = fresh["hard/pressemitteilung.de.html"]
    assert "Bürger*innen reden beim Strukturwandel mit" in de
    assert "eine englische Fassung folgt" in de
    assert "eine englische Fassung folgt" not in fresh["hard/press-release.en.html"]
    draft = fresh["hard/bilingual.de-en.draft.html"]
    assert "ENTWURF – zur Freigabe" in draft and "[translation missing]" in draft
    assert "[translation outdated]" in draft


def test_normalising_hides_only_what_varies() -> None:
    page = '<img src="data:image/png;base64,QUJD">'
    assert golden.normalise_html(page) == golden.normalise_html(page)
    assert "QUJD" not in golden.normalise_html(page)
    assert golden.normalise_html(page) != golden.normalise_html(page.replace("QUJD", "QUJE"))
    xml = golden.normalise_xml(b"<a><b>x</b></a>")
    assert xml == "<a>\n <b>x</b>\n</a>\n"
