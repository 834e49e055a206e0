"""Embargo (Sperrfrist): the line is in every export; web pages before it ends need consent."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import docx
import html5lib
import pytest
from render_support import BundleFactory

from editor.cli import main
from editor.core.formatting import format_datetime, format_embargo
from editor.core.model import Bundle, Embargo
from editor.render import EmbargoError, export_items, list_templates, render_docx, render_html
from editor.render.export import under_embargo
from editor.render.labels import labels
from editor.store import Archive

FUTURE = datetime(2099, 3, 15, 10, 0)
CASES = [(t.name, langs) for t in list_templates() if t.builtin for langs in t.language_sets()]


def _flat(text: str) -> str:
    return " ".join(text.replace("\xa0", " ").replace("\u202f", " ").split())


def _docx_text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    parts += [c.text for t in document.tables for r in t.rows for c in r.cells]
    for section in document.sections:
        parts += [p.text for p in section.header.paragraphs]
    return "\n".join(parts)


def _html_text(page: str) -> str:
    tree = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(page)
    return "".join(tree.itertext())


def embargoed(factory: BundleFactory, until: datetime = FUTURE,
              zone: str = "Europe/Berlin") -> Bundle:
    bundle = factory()
    bundle.items[0].embargo = Embargo(until, zone)
    return bundle


@pytest.mark.parametrize(("template", "langs"), CASES)
@pytest.mark.parametrize("zone", ["Europe/Berlin", "America/New_York"])
def test_every_export_carries_the_embargo_line(template: str, langs: list[str], zone: str,
                                               bundle_factory: BundleFactory) -> None:
    bundle = embargoed(bundle_factory, zone=zone)
    texts = {"docx": _flat(_docx_text(render_docx(bundle, "item-1", template, langs))),
             "html": _flat(_html_text(render_html(bundle, "item-1", template, langs)))}
    for fmt, text in texts.items():
        for lang in langs:
            when = format_embargo(FUTURE, zone, lang)
            line = _flat(labels(lang)["embargo"].format(when=when))
            assert line in text, f"{template} {fmt} {lang}: {line!r} missing"
            assert "2099" in when and "10:00" in when
            clock = format_datetime(FUTURE, lang)  # date and time; the zone follows
            assert when.startswith(clock) and when[len(clock):].strip(), when


def test_export_items_refuses_web_pages_before_the_embargo(bundle_factory: BundleFactory,
                                                           tmp_path: Path) -> None:
    bundle = embargoed(bundle_factory)
    out = tmp_path / "out"
    with pytest.raises(EmbargoError) as caught:
        export_items(bundle, ["item-1"], "pressemitteilung", ["de"], ["docx", "html"], out)
    message = str(caught.value)
    assert "item-1" in message and "15. März 2099, 10:00 Uhr MEZ" in message
    assert "Europe/Berlin" in message and "Nothing was written" in message
    assert not out.exists()
    assert caught.value.item_id == "item-1"

    docx_only = export_items(bundle, ["item-1"], "pressemitteilung", ["de"], ["docx"], out)
    assert [p.suffix for p in docx_only] == [".docx"]
    both = export_items(bundle, ["item-1"], "pressemitteilung", ["de"], ["docx", "html"], out,
                        allow_before_embargo=True)
    assert sorted(p.suffix for p in both) == [".docx", ".html"]


def test_a_template_without_the_embargo_line_is_refused(bundle_factory: BundleFactory,
                                                        tmp_path: Path) -> None:
    import shutil

    from editor.core import paths
    from editor.render import RenderError

    folder = paths.user_templates_dir() / "no-line"
    shutil.copytree(paths.builtin_templates_dir() / "pressemitteilung", folder)
    (folder / "template.html.j2").write_text(
        "<!DOCTYPE html><title>x</title><p>{{ view.title }}</p>", encoding="utf-8")
    bundle = embargoed(bundle_factory)
    out = tmp_path / "out"
    with pytest.raises(RenderError, match="does not show the embargo line"):
        export_items(bundle, ["item-1"], "no-line", ["de"], ["html"], out,
                     allow_before_embargo=True)
    assert list(out.iterdir()) == []
    written = export_items(bundle, ["item-1"], "no-line", ["de"], ["docx"], out)
    assert len(written) == 1


def test_one_embargoed_item_stops_the_whole_export(bundle_factory: BundleFactory,
                                                   tmp_path: Path) -> None:
    import copy

    bundle = bundle_factory()
    second = copy.deepcopy(bundle.items[0])
    second.id, second.embargo = "item-2", Embargo(FUTURE)
    bundle.items.append(second)
    with pytest.raises(EmbargoError, match="item-2"):
        export_items(bundle, ["item-1", "item-2"], "pressemitteilung", ["de"], ["html"],
                     tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_an_ended_embargo_needs_no_confirmation(bundle_factory: BundleFactory,
                                                tmp_path: Path) -> None:
    bundle = embargoed(bundle_factory, datetime(2021, 3, 15, 10, 0))
    written = export_items(bundle, ["item-1"], "bilingual", ["de", "en"], ["html"], tmp_path)
    assert len(written) == 1
    text = _flat(_html_text(written[0].read_text(encoding="utf-8")))
    assert "Sperrfrist: 15. März 2021, 10:00 Uhr MEZ" in text


def test_the_embargo_ends_in_its_own_time_zone() -> None:
    from editor.core.model import PressItem

    item = PressItem("x", embargo=Embargo(datetime(2030, 1, 1, 9, 0), "Europe/Berlin"))
    assert under_embargo(item, datetime(2030, 1, 1, 7, 59, tzinfo=UTC))
    assert not under_embargo(item, datetime(2030, 1, 1, 8, 0, tzinfo=UTC))
    item.embargo = Embargo(datetime(2030, 1, 1, 9, 0), "America/New_York")
    assert under_embargo(item, datetime(2030, 1, 1, 13, 59, tzinfo=UTC))
    assert not under_embargo(item, datetime(2030, 1, 1, 14, 0, tzinfo=UTC))
    assert not under_embargo(PressItem("y"))


def _cli(*argv: str) -> int:
    return main(list(argv), out=io.StringIO())


def test_command_line_needs_the_flag(bundle_factory: BundleFactory, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    db, out = tmp_path / "a.sqlite", tmp_path / "out"
    with Archive.open(db) as archive:
        archive.save_bundle(embargoed(bundle_factory))
    capsys.readouterr()
    assert _cli("--db", str(db), "export", "item-1", "--template", "pressemitteilung",
                "--out", str(out)) == 1
    errors = [ln for ln in capsys.readouterr().err.splitlines() if ln.startswith("error:")]
    assert len(errors) == 1
    assert "item-1" in errors[0] and "15. März 2099, 10:00 Uhr MEZ" in errors[0]
    assert "--before-embargo" in errors[0]
    assert not out.exists()

    assert _cli("--db", str(db), "export", "item-1", "--template", "pressemitteilung",
                "--format", "docx", "--out", str(out)) == 0
    assert [p.suffix for p in out.iterdir()] == [".docx"]
    with zipfile.ZipFile(next(out.iterdir())) as z:
        assert "Sperrfrist" in z.read("word/document.xml").decode("utf-8")

    assert _cli("--db", str(db), "export", "item-1", "--template", "pressemitteilung",
                "--before-embargo", "--out", str(out)) == 0
    assert sorted(p.suffix for p in out.iterdir()) == [".docx", ".html"]
