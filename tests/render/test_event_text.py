"""In the plain text the event's facts are indented under the event's name, and start at
the margin when the event has no name (they hung indented under nothing)."""

from __future__ import annotations

from render_support import BundleFactory

from editor.core.model import ItemKind
from editor.render.catalogue import find_template
from editor.render.export import view_for
from editor.render.text import render_view


def _fact_lines(factory: BundleFactory, name: dict[str, str]) -> list[str]:
    bundle = factory()
    item = bundle.items[0]
    item.kind = ItemKind.EVENT_REPORT
    assert item.event is not None
    item.event.name = name
    text = render_view(view_for(bundle, "item-1", find_template("event-report"), ["de"]))
    return [line for line in text.splitlines() if "Teilnehmende" in line or
            line.lstrip().startswith("Veranstaltung:")]


def test_facts_hang_under_the_event_name(bundle_factory: BundleFactory) -> None:
    lines = _fact_lines(bundle_factory, {"de": "Smart Country Forum"})
    assert lines[0] == "Veranstaltung: Smart Country Forum"
    assert lines[1].startswith("  Teilnehmende")


def test_without_a_name_the_facts_start_at_the_margin(bundle_factory: BundleFactory) -> None:
    (line,) = _fact_lines(bundle_factory, {})
    assert line.startswith("Teilnehmende")
