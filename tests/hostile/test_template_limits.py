"""A user template ends within its deadline and memory limit, whatever single call it makes.

The sandbox checks time every so many steps; one slow call (``urlize`` on megabytes, a
sort of millions of items, a format string that builds gigabytes, nesting past Python's
recursion) used to run to its end. User templates now run in a worker process that is
killed at the deadline. The deadline is set low here so the tests stay fast.
"""

from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import pytest
from render_support import BundleFactory, make_bundle

from editor.core import paths
from editor.render import TemplateError, export_items, render_docx, render_html, worker
from editor.render.catalogue import find_template
from editor.render.dossier import render_dossier

DEADLINE = 2.0
MEMORY = 1 << 30
LIMITS = worker.Limits(seconds=DEADLINE, memory=MEMORY)
SLACK = 3.0
"""Seconds a refusal may take beyond the deadline on a busy machine (kill and report)."""

SLOW = {
    "urlize": "{% set big = 'wort ' * 1200000 %}{% for i in range(50) %}"
              "{{ (big|urlize)|length }}{% endfor %}",
    "sort": "{% set big = 'qwertzuiopasdfghjklyxcvbnm' * 380000 %}{% for i in range(5) %}"
            "{{ (big|list|sort)|length }}{% endfor %}",
    "format": "{{ '{0:{1}}'.format('a', '1999999999')|length }}",
    "parentheses": "{{ " + "(" * 500 + "1" + ")" * 500 + " }}",
    "recursion": "{% macro r(n) %}{{ r(n + 1) }}{% endmacro %}{{ r(0) }}",
}
EXPECTED = {
    "urlize": "longer than 2 seconds",
    "sort": "longer than 2 seconds",
    "format": "memory",
    "parentheses": "nests too deeply",
    "recursion": "nests too deeply",
}


@pytest.fixture
def bundle_factory() -> BundleFactory:
    return make_bundle


def _user_template(name: str, html: str = "<p>{{ view.title }}</p>",
                   builtin: str = "pressemitteilung") -> Path:
    folder = paths.user_templates_dir() / name
    folder.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(paths.builtin_templates_dir() / builtin, folder)
    (folder / "template.html.j2").write_text(html, encoding="utf-8")
    return folder


def _docx_header(folder: Path, payload: str) -> None:
    """Put ``payload`` into the header of the folder's DOCX template."""
    file = folder / "template.docx"
    with zipfile.ZipFile(file) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    text = payload.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    parts["word/header1.xml"] = parts["word/header1.xml"].replace(
        b"</w:hdr>", f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:hdr>".encode())
    with zipfile.ZipFile(file, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def _peak_rss() -> int:
    """The largest resident size this process has had, in bytes."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


@pytest.mark.parametrize("case", list(SLOW))
def test_slow_single_calls_end_within_the_deadline(bundle_factory: BundleFactory,
                                                   case: str) -> None:
    _user_template("warm")
    _user_template(f"slow-{case}", SLOW[case])
    bundle = bundle_factory()
    peak = _peak_rss()
    with worker.session(LIMITS):
        render_html(bundle, "item-1", "warm", ["de"])  # the worker's start is not timed
        started = time.monotonic()
        with pytest.raises(TemplateError) as caught:
            render_html(bundle, "item-1", f"slow-{case}", ["de"])
        elapsed = time.monotonic() - started
        # the worker was replaced or kept: the next render works
        assert "<p>" in render_html(bundle, "item-1", "warm", ["de"])
    message = str(caught.value)
    assert elapsed < DEADLINE + SLACK, f"{case}: stopped only after {elapsed:.1f} s"
    assert f"slow-{case}" in message and "template.html.j2" in message, message
    assert EXPECTED[case] in message, message
    assert "\n" not in message and "Traceback" not in message
    assert _peak_rss() - peak < 512 << 20, "the exporting process itself grew by gigabytes"


def test_slow_call_in_a_docx_header_ends_within_the_deadline(bundle_factory: BundleFactory
                                                             ) -> None:
    _user_template("warm")
    folder = _user_template("slow-docx")
    _docx_header(folder, SLOW["sort"])
    with worker.session(LIMITS):
        render_docx(bundle_factory(), "item-1", "warm", ["de"])
        started = time.monotonic()
        with pytest.raises(TemplateError, match="longer than 2 seconds") as caught:
            render_docx(bundle_factory(), "item-1", "slow-docx", ["de"])
    assert time.monotonic() - started < DEADLINE + SLACK
    assert "slow-docx" in str(caught.value) and "template.docx" in str(caught.value)


def test_a_crashed_worker_is_a_template_error_and_is_replaced(bundle_factory: BundleFactory
                                                              ) -> None:
    _user_template("warm")
    _user_template("crash", SLOW["sort"])
    bundle = bundle_factory()
    with worker.session(worker.Limits(seconds=60, memory=MEMORY)) as running:
        render_html(bundle, "item-1", "warm", ["de"])
        pid = running.pid
        assert pid is not None and pid != os.getpid()
        killer = threading.Timer(0.5, os.kill, (pid, signal.SIGKILL))
        killer.start()
        with pytest.raises(TemplateError, match="stopped the separate process") as caught:
            render_html(bundle, "item-1", "crash", ["de"])
        killer.join()
        assert "crash" in str(caught.value)
        assert "<p>" in render_html(bundle, "item-1", "warm", ["de"])
        assert running.pid not in (None, pid)


def _count_starts(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    starts: list[int] = []
    original = worker.TemplateWorker._start

    def counted(self: worker.TemplateWorker, file: str) -> object:
        starts.append(1)
        return original(self, file)

    monkeypatch.setattr(worker.TemplateWorker, "_start", counted)
    return starts


def test_one_worker_serves_a_whole_export(bundle_factory: BundleFactory, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    _user_template("mine", "<!DOCTYPE html><title>x</title><p>{{ view.title }}</p>"
                   "{{ sections[0].release_line }}")
    bundle = bundle_factory()
    first = bundle.items[0]
    for n in range(2, 5):
        other = type(first)(**{**first.__dict__, "id": f"item-{n}"})
        bundle.items.append(other)
    starts = _count_starts(monkeypatch)
    written = export_items(bundle, [i.id for i in bundle.items], "mine", ["de"],
                           ["docx", "html"], tmp_path)
    assert len(written) == 8 and starts == [1]


def test_builtin_templates_render_here_but_a_user_override_does_not(
        bundle_factory: BundleFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    starts = _count_starts(monkeypatch)
    bundle = bundle_factory()
    render_docx(bundle, "item-1", "pressemitteilung", ["de"])
    render_html(bundle, "item-1", "pressemitteilung", ["de"])
    assert starts == []
    _user_template("pressemitteilung", "<p>MINE {{ view.title }}</p>")
    info = find_template("pressemitteilung")
    assert not info.builtin and not worker.is_trusted(info)
    assert "MINE" in render_html(bundle, "item-1", "pressemitteilung", ["de"])
    assert starts == [1, 1]  # the listing's syntax check, then the render: both in a worker


def test_a_user_dossier_template_runs_under_the_limits() -> None:
    from editor.io.samples import load_sample_bundles

    bundle = next(b for b in load_sample_bundles() if b.items and b.items[0].quotes)
    person_id = bundle.items[0].quotes[0].speakers[0].person_id
    folder = paths.user_templates_dir() / "slow-dossier"
    folder.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(paths.builtin_templates_dir() / "quote-dossier", folder)
    (folder / "template.html.j2").write_text(SLOW["sort"], encoding="utf-8")
    _docx_header(folder, SLOW["sort"])
    with worker.session(LIMITS):
        for fmt in ("html", "docx"):
            with pytest.raises(TemplateError, match="longer than 2 seconds"):
                render_dossier(bundle, person_id, ["de"], fmt, "slow-dossier")


def test_a_script_without_a_main_guard_can_render_user_templates(tmp_path: Path) -> None:
    """The worker does not import the caller's main module again (as multiprocessing's
    spawn would, failing in a script without ``if __name__ == "__main__"``)."""
    _user_template("mine", "<p>FROM THE WORKER {{ view.title }}</p>")
    tests = Path(__file__).resolve().parents[1]
    script = tmp_path / "export_script.py"
    script.write_text(
        "import sys\n"
        f"sys.path[:0] = {[str(tests.parent), str(tests / 'render')]!r}\n"
        "from render_support import make_bundle\n"
        "from editor.render import render_html\n"
        "print(render_html(make_bundle(), 'item-1', 'mine', ['de']))\n", encoding="utf-8")
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "FROM THE WORKER" in result.stdout


def test_the_worker_ends_itself_when_nobody_stops_it() -> None:
    """A worker whose parent cannot kill it (say, the parent died) ends at its own alarm."""
    running = worker.TemplateWorker(LIMITS)
    try:
        running._start("test")
        process = running._process
        assert process is not None and running._send is not None
        started = time.monotonic()
        running._send.send((time.sleep, (60,), 1.0))  # a job that would run a minute
        assert process.wait(timeout=20) == -signal.SIGALRM
        assert time.monotonic() - started < 10
    finally:
        running.close()
