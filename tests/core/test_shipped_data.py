"""The built-in templates, sample and translations are found, or their absence is an error."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from editor.cli import main
from editor.core import paths
from editor.io.samples import sample_paths
from editor.render import list_templates


def _layout(monkeypatch: pytest.MonkeyPatch, package: Path, checkout: Path) -> None:
    monkeypatch.setattr(paths, "_package_dir", lambda: package)
    monkeypatch.setattr(paths, "project_root", lambda: checkout)


def test_a_source_checkout_finds_the_folders_beside_the_package() -> None:
    root = Path(__file__).resolve().parents[2]
    assert paths.builtin_templates_dir() == root / "templates"
    assert paths.resources_dir() == root / "resources"


def test_an_installed_package_finds_the_folders_inside_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "site-packages" / "editor"
    (package / "templates").mkdir(parents=True)
    (package / "resources").mkdir()
    (tmp_path / "site-packages" / "templates").mkdir()  # another distribution's folder
    _layout(monkeypatch, package, tmp_path / "site-packages")
    assert paths.builtin_templates_dir() == package / "templates"
    assert paths.resources_dir() == package / "resources"


def test_a_folder_beside_an_installed_package_is_not_taken_for_ours(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """site-packages/templates may belong to anyone; only a checkout has pyproject.toml."""
    site = tmp_path / "site-packages"
    (site / "editor").mkdir(parents=True)
    (site / "templates" / "alien").mkdir(parents=True)
    _layout(monkeypatch, site / "editor", site)
    with pytest.raises(paths.PackagedDataMissing, match=r"built-in templates .* missing"):
        paths.builtin_templates_dir()


@pytest.mark.parametrize(
    ("command", "what"),
    [("templates", "templates"), ("sample", "resources"), ("list", "resources")],
)
def test_missing_data_is_a_one_line_error_not_an_empty_listing(
    command: str, what: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _layout(monkeypatch, tmp_path / "editor", tmp_path)
    out = io.StringIO()
    code = main(["--db", str(tmp_path / "a.sqlite"), command], out=out)
    err = capsys.readouterr().err
    assert code != 0
    assert out.getvalue() == ""
    assert err.startswith(f"error: The built-in {what} of Pressestelle are missing: ")
    assert err.count("\n") == 1


def test_empty_data_folders_are_errors_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "editor"
    (package / "templates").mkdir(parents=True)
    (package / "resources" / "samples").mkdir(parents=True)
    _layout(monkeypatch, package, tmp_path)
    with pytest.raises(paths.PackagedDataMissing, match=r"templates .* holds none"):
        list_templates()
    with pytest.raises(paths.PackagedDataMissing, match=r"samples holds no \.json file"):
        sample_paths()
