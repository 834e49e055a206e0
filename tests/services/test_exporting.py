"""The export use case: checks first, then one run that writes every template or none."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.core.errors import PressestelleError
from editor.core.model import Approval
from editor.io.samples import load_sample_bundles
from editor.services.exporting import (
    check_export,
    refuse_unapproved,
    run_export,
    unapproved_by_language,
)


def test_checks_list_unapproved_quotes_and_refuse_them() -> None:
    bundle = next(iter(load_sample_bundles()))
    item = bundle.items[0]
    ids = [item.id]
    assert check_export(bundle, ids, "de").unapproved == []
    item.quotes[0].approval = Approval()
    checks = check_export(bundle, ids, "de")
    assert [entry.quote_id for entry in checks.unapproved] == [item.quotes[0].id]
    with pytest.raises(PressestelleError, match=r"nothing exported: .*not yet sent"):
        refuse_unapproved(checks)


def test_an_unknown_template_stops_the_run_before_any_file(tmp_path: Path) -> None:
    bundle = next(iter(load_sample_bundles()))
    out = tmp_path / "out"
    with pytest.raises(PressestelleError, match="no template called 'nope'"):
        run_export(bundle, [bundle.items[0].id], ["pressemitteilung", "nope"], ["de"],
                   ["html"], out)
    assert not out.exists() or not any(out.iterdir())


def test_checks_give_the_unapproved_quotes_per_language_of_the_items() -> None:
    bundle = next(iter(load_sample_bundles()))
    item = bundle.items[0]
    item.quotes[0].approval = Approval()
    checks = check_export(bundle, [item.id], "en")
    assert list(checks.by_language) == [lang for lang in ("de", "en")
                                        if lang in item.languages]
    for lang, quotes in checks.by_language.items():
        assert [q.quote_id for q in quotes] == [item.quotes[0].id], lang


def test_the_unapproved_quotes_are_given_in_the_languages_exported_only() -> None:
    bundle = next(iter(load_sample_bundles()))
    item = bundle.items[0]
    assert {"de", "en"} <= set(item.languages)
    item.quotes[0].approval = Approval()
    ids = [item.id]
    assert list(unapproved_by_language(bundle, ids, ["de"])) == ["de"]
    assert list(unapproved_by_language(bundle, ids, ["en"])) == ["en"]
    assert list(unapproved_by_language(bundle, ids, ["de", "en"])) == ["de", "en"]
    assert list(unapproved_by_language(bundle, ids)) == ["de", "en"]
    assert list(check_export(bundle, ids, "de", ["de"]).by_language) == ["de"]
