"""`export --check`, a normal export refused on errors, `--draft`, and `settings`."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from editor.cli import main
from editor.store import Archive

SAMPLE = "2021-03-15-smart-country"


def run_cli(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out=out), out.getvalue()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "a.sqlite"
    assert run_cli("--db", str(path), "list")[0] == 0  # the sample is loaded
    return path


def _without_english_headline(db: Path) -> None:
    with Archive.open(db) as archive:
        item = archive.load_item(SAMPLE)
        item.headline.text.pop("en")
        archive.save_item(item)


def test_check_prints_the_findings_and_writes_nothing(
        db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_dir = tmp_path / "out"
    code, out = run_cli("--db", str(db), "export", SAMPLE, "--template", "bilingual",
                        "--lang", "de,en", "--out", str(out_dir), "--check")
    assert code == 0
    lines = out.splitlines()
    assert (f"warning: {SAMPLE}, headline (de): The headline has 96 characters; agencies "
            "take about 70.") in lines
    assert all(line.startswith(f"warning: {SAMPLE}, ") for line in lines)
    assert "0 errors, 4 warnings in 1 item" in capsys.readouterr().err
    assert not out_dir.exists()


def test_check_exits_non_zero_on_errors(db: Path, tmp_path: Path) -> None:
    _without_english_headline(db)
    code, out = run_cli("--db", str(db), "export", SAMPLE, "--template", "bilingual",
                        "--lang", "de,en", "--check")
    assert code == 1
    assert out.splitlines()[0] == (f"error: {SAMPLE}, headline (en): The en text is "
                                   "missing.")
    # the German template does not need the English headline
    assert run_cli("--db", str(db), "export", SAMPLE, "--template", "pressemitteilung",
                   "--check")[0] == 0


def test_a_normal_export_refuses_on_errors_and_a_draft_goes_out_marked(
        db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _without_english_headline(db)
    out_dir = tmp_path / "out"
    args = ["--db", str(db), "export", SAMPLE, "--template", "bilingual", "--lang", "de,en",
            "--out", str(out_dir)]
    code, out = run_cli(*args)
    (err,) = capsys.readouterr().err.splitlines()  # one line
    assert code == 1 and out == ""
    assert err == (f"error: nothing exported: {SAMPLE}, headline (en): The en text is "
                   "missing. Correct it, or export a draft for approval with --draft.")
    assert not out_dir.exists() or not any(out_dir.iterdir())

    code, out = run_cli(*args, "--draft")
    assert code == 0
    err = capsys.readouterr().err
    assert f"warning: {SAMPLE}, headline (en): The en text is missing." in err
    assert f"warning: {SAMPLE}, headline (de): The headline has 96 characters" in err
    html = next(Path(p) for p in out.splitlines() if p.endswith(".html"))
    page = html.read_text("utf-8")
    assert "ENTWURF – zur Freigabe" in page and "DRAFT – for approval" in page
    assert "[translation missing]" in page
    docx = next(Path(p) for p in out.splitlines() if p.endswith(".docx"))
    with zipfile.ZipFile(docx) as z:
        assert "ENTWURF – zur Freigabe" in z.read("word/document.xml").decode()


def test_final_exports_carry_no_editing_marks(db: Path, tmp_path: Path) -> None:
    with Archive.open(db) as archive:
        item = archive.load_item(SAMPLE)
        item.blocks[0].text.set_source("de", "Ein ganz neuer Vorspann.")  # English outdated
        archive.save_item(item)
    code, out = run_cli("--db", str(db), "export", SAMPLE, "--template", "side-by-side",
                        "--lang", "de,en", "--out", str(tmp_path / "o"))
    assert code == 0
    for path in map(Path, out.splitlines()):
        data = path.read_bytes()
        text = (data.decode("utf-8") if path.suffix == ".html" else
                zipfile.ZipFile(path).read("word/document.xml").decode("utf-8"))
        assert "Ein ganz neuer Vorspann." in text
        for mark in ("[translation outdated]", "[Übersetzung", "ENTWURF", "DRAFT"):
            assert mark not in text, (path.name, mark)


def test_the_gender_policy_is_an_archive_setting(
        db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli("--db", str(db), "settings") == (0, "gender-policy  none\n")
    with Archive.open(db) as archive:
        item = archive.load_item(SAMPLE)
        item.blocks[0].text.set_source("de", "Alle Bürger:innen und BürgerInnen kamen.")
        archive.save_item(item)
    check = ["--db", str(db), "export", SAMPLE, "--template", "pressemitteilung", "--check"]
    assert "gender-language" not in run_cli(*check)[1]
    assert run_cli("--db", str(db), "settings", "--gender-policy", "sternchen") == (
        0, "gender-policy  sternchen\n")
    code, out = run_cli(*check)
    assert code == 0
    block = f"{SAMPLE}, block block-2021-03-15-lead (de)"
    assert (f"warning: {block}: “Bürger:innen” does not follow the archive's "
            "gender-language policy (Sternchen): write “Bürger*innen”.") in out
    assert "“BürgerInnen” does not follow" in out
    with pytest.raises(SystemExit) as stop:
        main(["--db", str(db), "settings", "--gender-policy", "gendern"])
    assert stop.value.code == 2
    assert "invalid choice: 'gendern'" in capsys.readouterr().err
    assert run_cli("--db", str(db), "settings")[1] == "gender-policy  sternchen\n"


@pytest.mark.parametrize("fmt", ["txt", "pdf", "eml"])
def test_the_checks_hold_for_text_pdf_and_email(db: Path, tmp_path: Path, fmt: str,
                                                 capsys: pytest.CaptureFixture[str],
                                                 fake_soffice: Path) -> None:
    _without_english_headline(db)
    out_dir = tmp_path / "out"
    code, _ = run_cli("--db", str(db), "export", SAMPLE, "--template", "press-release",
                      "--lang", "en", "--format", fmt, "--out", str(out_dir))
    assert code != 0
    assert "nothing exported: " + SAMPLE + ", headline (en)" in capsys.readouterr().err
    assert not out_dir.exists()
    assert not fake_soffice.exists()  # refused before LibreOffice was started
