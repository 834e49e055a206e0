"""`quotes dossier` and `export --require-approval` on the command line."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from editor.cli import main
from editor.core.model import ApprovalState
from editor.store.archive import Archive

SAMPLE_ITEM = "2021-03-15-smart-country"


def run_cli(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "archive.sqlite"
    code, _ = run_cli("--db", str(path), "list")  # a new archive gets the sample
    assert code == 0
    return path


def test_dossier_by_name_writes_docx_and_html(db: Path, tmp_path: Path) -> None:
    out_dir = tmp_path / "out"
    code, out = run_cli("--db", str(db), "quotes", "dossier", "Willingmann", "--lang", "en",
                        "--format", "docx,html", "--out", str(out_dir))
    assert code == 0
    paths = [Path(line) for line in out.splitlines()]
    assert [p.suffix for p in paths] == [".docx", ".html"]
    text = "\n".join(p.text for p in docx.Document(str(paths[0])).paragraphs)
    assert "Together we are stronger." in text
    assert "Saxony-Anhalt Minister for Economic Affairs" in text


def test_dossier_by_id_in_german(db: Path, tmp_path: Path) -> None:
    code, out = run_cli("--db", str(db), "quotes", "dossier", "person-joerg-steinbach",
                        "--lang", "de", "--format", "html", "--out", str(tmp_path))
    assert code == 0
    page = Path(out.strip()).read_text(encoding="utf-8")
    assert "Brandenburger Minister für Wirtschaft" in page


@pytest.mark.parametrize(("person", "message"), [
    ("nobody", "error: No person called 'nobody' is in the archive"),
    ("Dr.", "error: 'Dr.' matches 3 people: "),
])
def test_dossier_errors_are_one_line(db: Path, tmp_path: Path, person: str, message: str,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run_cli("--db", str(db), "quotes", "dossier", person, "--out",
                        str(tmp_path / "out"))
    err = capsys.readouterr().err
    assert code == 1 and out == ""
    assert err.startswith(message)
    assert err.count("\n") == 1
    assert not (tmp_path / "out").exists()


def test_require_approval_refuses_and_writes_nothing(db: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    with Archive.open(db) as archive:
        item = archive.load_item(SAMPLE_ITEM)
        item.quote("quote-2021-03-15-willingmann").approval.state = ApprovalState.DRAFTED
        archive.save_item(item)
    out_dir = tmp_path / "out"
    code, out = run_cli("--db", str(db), "export", SAMPLE_ITEM, "--template", "pressemitteilung",
                        "--out", str(out_dir), "--require-approval")
    err = capsys.readouterr().err
    assert code == 1 and out == ""
    assert err.startswith("error: nothing exported: Prof. Dr. Armin Willingmann: ")
    assert f"– not yet sent ({SAMPLE_ITEM}, quote-2021-03-15-willingmann)." in err
    assert err.count("\n") == 1
    assert not out_dir.exists()


def test_require_approval_exports_approved_items(db: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run_cli("--db", str(db), "export", SAMPLE_ITEM, "--template", "pressemitteilung",
                        "--format", "html", "--out", str(tmp_path), "--require-approval")
    assert code == 0 and out.strip().endswith(".html")
    assert "not approved" not in capsys.readouterr().err
