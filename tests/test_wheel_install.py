"""The wheel is a complete program: built, installed into a fresh virtual environment
and run from a folder outside the source tree, it lists, loads and exports."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A venv holding only the wheel; the dependencies come from this interpreter's
    site-packages through a path entry (not a site folder, so no editable install there
    can reach the source tree)."""
    base = tmp_path_factory.mktemp("wheel")
    source = base / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache", "out"))
    wheels = base / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "-q",
                    "-w", str(wheels)], check=True, capture_output=True, timeout=300)
    shutil.rmtree(source)  # nothing can read the copy it was built from
    (wheel,) = wheels.glob("pressestelle-*.whl")
    venv = base / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    purelib = subprocess.run([str(python), "-c", "import sysconfig; "
                              "print(sysconfig.get_paths()['purelib'])"],
                             capture_output=True, text=True, check=True).stdout.strip()
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    Path(purelib, "zz_dependencies.pth").write_text("\n".join(sorted(ours)) + "\n")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q",
                    "--no-deps", "--no-index", str(wheel)], check=True, capture_output=True,
                   timeout=120)
    return venv


def _run(venv: Path, cwd: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env["PRESSESTELLE_DATA_DIR"] = str(cwd / "userdata")
    return subprocess.run([str(a) for a in argv], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=120)


def test_the_wheel_carries_data_and_no_other_top_level_name(installed: Path) -> None:
    python = installed / "bin" / "python"
    record = next(installed.glob("lib/python*/site-packages/pressestelle-*.dist-info/RECORD"))
    names = [line.split(",")[0] for line in record.read_text().splitlines()]
    inside = [n for n in names if not n.startswith("../")]  # scripts in bin/
    assert {n.split("/")[0] for n in inside} == {"editor", record.parent.name}
    for needed in ("editor/templates/pressemitteilung/template.docx",
                   "editor/templates/_shared/base.html.j2",
                   "editor/resources/samples/2021-03-15-smart-country.json",
                   "editor/resources/samples/2021-03-15-smart-country.jpg",
                   "editor/resources/i18n/pressestelle_de.ts",
                   "editor/resources/icons/pressestelle.svg",
                   "editor/resources/desktop/org.pressestelle.Pressestelle.desktop",
                   "editor/resources/desktop/org.pressestelle.Pressestelle.metainfo.xml",
                   "editor/resources/desktop/hicolor/48x48/apps/org.pressestelle.Pressestelle.png"):
        assert needed in names
    assert not [n for n in names if n.startswith("editor/templates/") and n.endswith(".py")]
    assert python.exists()


def test_the_installed_command_works_outside_the_source_tree(
    installed: Path, tmp_path: Path
) -> None:
    command = installed / "bin" / "pressestelle"
    where = _run(installed, tmp_path, installed / "bin" / "python", "-c",
                 "import editor.core.paths as p; print(p.resources_dir())")
    assert Path(where.stdout.strip()).is_relative_to(installed)

    templates = _run(installed, tmp_path, command, "templates")
    assert templates.returncode == 0, templates.stderr
    assert "pressemitteilung" in templates.stdout and "side-by-side" in templates.stdout
    sample = _run(installed, tmp_path, command, "sample")
    assert sample.returncode == 0, sample.stderr
    assert "2021-03-15-smart-country" in sample.stdout
    listing = _run(installed, tmp_path, installed / "bin" / "python", "-m", "editor", "list")
    assert listing.returncode == 0, listing.stderr
    assert listing.stdout.startswith("2021-03-15-smart-country  2021-03-15  published")
    export = _run(installed, tmp_path, command, "export", "2021-03-15-smart-country",
                  "--template", "pressemitteilung", "--format", "docx,html", "--out", "out")
    assert export.returncode == 0, export.stderr
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert [Path(n).suffix for n in written] == [".docx", ".html"]
    with zipfile.ZipFile(next((tmp_path / "out").glob("*.docx"))) as docx:
        assert "Wirtschaftsförderer" in docx.read("word/document.xml").decode()


def test_an_installation_missing_its_templates_says_so(installed: Path, tmp_path: Path) -> None:
    broken = tmp_path / "venv"
    shutil.copytree(installed, broken, symlinks=True)
    (templates,) = broken.glob("lib/python*/site-packages/editor/templates")
    shutil.rmtree(templates)
    result = _run(broken, tmp_path, broken / "bin" / "python", "-m", "editor", "templates")
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith("error: The built-in templates of Pressestelle are missing")
    assert result.stderr.count("\n") == 1


def test_the_installed_command_adds_a_menu_entry_that_starts_it(
    installed: Path, tmp_path: Path
) -> None:
    env_home = tmp_path / "xdg"
    result = subprocess.run(
        [str(installed / "bin" / "pressestelle"), "--install-desktop-entry"], cwd=tmp_path,
        env={**os.environ, "XDG_DATA_HOME": str(env_home), "PYTHONPATH": ""},
        capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    (entry,) = (env_home / "applications").glob("*.desktop")
    exec_line = next(line for line in entry.read_text().splitlines()
                     if line.startswith("Exec="))
    assert exec_line == f"Exec={installed / 'bin' / 'python'} -m editor"
    assert len(list((env_home / "icons" / "hicolor").glob("*/apps/*"))) >= 9
