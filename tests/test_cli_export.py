"""Exporting from the command line: files, progress, and one-line errors."""

from __future__ import annotations

import copy
import io
import json
import zipfile
from pathlib import Path

import pytest

from editor.cli import main

SAMPLE_ID = "2021-03-15-smart-country"


def run_cli(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out=out), out.getvalue()


def test_export_writes_docx_and_html_named_from_date_and_headline(tmp_path: Path) -> None:
    db, out_dir = tmp_path / "a.sqlite", tmp_path / "exports"
    code, out = run_cli("--db", str(db), "export", SAMPLE_ID, "--template", "bilingual",
                        "--lang", "de,en", "--format", "docx,html", "--out", str(out_dir))
    assert code == 0
    written = [Path(line) for line in out.splitlines()]
    assert sorted(p.suffix for p in written) == [".docx", ".html"]
    assert all(p.name.startswith("2021-03-15_wirtschaftsfoerderer") for p in written)
    docx = next(p for p in written if p.suffix == ".docx")
    assert zipfile.is_zipfile(docx)
    html = next(p for p in written if p.suffix == ".html").read_text(encoding="utf-8")
    assert 'lang="de"' in html and 'lang="en"' in html
    assert sorted(out_dir.iterdir()) == sorted(written)  # no temporary files left behind


@pytest.mark.parametrize(("templates", "suffix"), [
    ("bilingual", ".de-en.html"), ("side-by-side", ".de-en.html"),
    ("pressemitteilung", ".de.html"), ("press-release", ".en.html"),
])
def test_without_lang_an_export_takes_the_languages_its_template_makes(
        tmp_path: Path, templates: str, suffix: str) -> None:
    """A bilingual template makes both languages and an English one English: asking
    for --lang only repeats what the template says."""
    db, out_dir = tmp_path / "a.sqlite", tmp_path / "exports"
    code, out = run_cli("--db", str(db), "export", SAMPLE_ID, "--template", templates,
                        "--format", "html", "--out", str(out_dir))
    assert code == 0, out
    (written,) = [Path(line) for line in out.splitlines()]
    assert written.name.endswith(suffix)


def test_without_lang_templates_that_share_no_language_say_so(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = run_cli("--db", str(tmp_path / "a.sqlite"), "export", SAMPLE_ID,
                      "--template", "bilingual,press-release", "--out", str(tmp_path / "x"))
    err = capsys.readouterr().err
    assert code != 0 and "Traceback" not in err and "bilingual" in err
    assert not (tmp_path / "x").exists()


def test_exporting_several_items_shows_progress(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "a.sqlite"
    code, dumped = run_cli("--db", str(db), "dump", SAMPLE_ID)
    assert code == 0
    second = json.loads(dumped)
    second["item"] = copy.deepcopy(second["item"]) | {"id": "second-release"}
    second["item"]["headline"]["de"] = "Zweite Meldung"
    second["item"]["blocks"] = [b for b in second["item"]["blocks"]  # its photo is not in
                                if b.get("kind") != "photo"]  # the dump: a checks error
    path = tmp_path / "second.json"
    path.write_text(json.dumps(second, ensure_ascii=False), encoding="utf-8")
    assert run_cli("--db", str(db), "import", str(path))[0] == 0
    capsys.readouterr()
    code, out = run_cli("--db", str(db), "export", SAMPLE_ID, "second-release",
                        "--template", "pressemitteilung", "--format", "html",
                        "--out", str(tmp_path / "x"))
    assert code == 0
    assert len(out.splitlines()) == 2
    err = capsys.readouterr().err
    assert "[1/2]" in err and "[2/2]" in err


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--template", "no-such-template"], "no-such-template"),
        (["--template", "pressemitteilung", "--lang", "en"], "en"),
    ],
)
def test_export_errors_are_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], expected: str
) -> None:
    code, _ = run_cli("--db", str(tmp_path / "a.sqlite"), "export", SAMPLE_ID,
                      "--out", str(tmp_path / "x"), *args)
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("error: ") and err.count("\n") == 1 and expected in err
    assert not (tmp_path / "x").exists() or not any((tmp_path / "x").iterdir())


def test_unknown_language_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["export", SAMPLE_ID, "--template", "bilingual", "--lang", "fr"])
    assert stop.value.code == 2


def test_export_writes_pdf_text_and_email(tmp_path: Path, fake_soffice: Path) -> None:
    import email
    from email import policy

    db, out_dir = tmp_path / "a.sqlite", tmp_path / "exports"
    code, out = run_cli("--db", str(db), "export", SAMPLE_ID, "--template", "pressemitteilung",
                        "--format", "pdf,txt,eml", "--ots", "--out", str(out_dir))
    assert code == 0
    written = [Path(line) for line in out.splitlines()]
    assert [p.suffix for p in written] == [".pdf", ".txt", ".eml"]  # in the order asked
    assert len(fake_soffice.read_text().splitlines()) == 1  # one LibreOffice call
    text = written[1].read_text("utf-8")
    assert "Potsdam/Magdeburg (ots) – Die Wirtschaftsfördergesellschaften" in text
    lines = text.splitlines()
    assert lines.index("Rückfragen bitte an:") > lines.index("Über IMG")
    assert lines[-1] == "Web https://img.example.org/presse"  # the contact closes it
    message = email.message_from_bytes(written[2].read_bytes(), policy=policy.default)
    assert str(message["Subject"]).startswith("Wirtschaftsförderer aus Brandenburg")
    assert [p.get_filename()[-4:] for p in message.iter_attachments()] == ["docx", ".pdf"]
    assert sorted(out_dir.iterdir()) == sorted(written)


def test_export_without_libreoffice_says_so_in_one_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from editor.render import pdf

    monkeypatch.delenv(pdf.SOFFICE_VARIABLE, raising=False)
    monkeypatch.setattr(pdf, "PROGRAM_NAMES", ("no-such-office-program",))
    monkeypatch.setattr(pdf, "KNOWN_PLACES", ())
    out_dir = tmp_path / "exports"
    code, out = run_cli("--db", str(tmp_path / "a.sqlite"), "export", SAMPLE_ID,
                        "--template", "pressemitteilung", "--format", "docx,pdf",
                        "--out", str(out_dir))
    err = capsys.readouterr().err
    assert code != 0 and out == ""
    assert "PDF export needs LibreOffice, which was not found" in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert not out_dir.exists() or not list(out_dir.iterdir())


def test_unknown_export_format_is_refused_by_name(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        run_cli("--db", str(tmp_path / "a.sqlite"), "export", SAMPLE_ID, "--template",
                "pressemitteilung", "--format", "txt,rtf")
    assert "unknown format 'rtf'; use any of docx, html, pdf, txt, eml" in capsys.readouterr().err
