"""User templates are untrusted: known template-injection payloads error cleanly or do nothing.

Every payload is placed in a user template three times: in the HTML template, in the body
of a DOCX template and in its header. Each render runs in a worker process with a time
budget, so a hang fails the test (the worker is killed) instead of the suite. A render
must either raise a TemplateError naming the template's folder, or produce output that
holds no secret: a canary file must never be read, a marker file never created.
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import multiprocessing.connection
import shutil
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from render_support import BundleFactory

from editor.core import paths
from editor.core.model import Bundle
from editor.render import TemplateError, render_docx, render_html, worker
from editor.render.labels import LABELS

SECRET = "CANARY-SECRET-FILE-5e1f0c"
RENDER_SECONDS = 30.0
"""Time budget per render in the test (the renderer's own deadline is shorter)."""
MEMORY_LIMIT = 3 << 30

PAYLOADS: list[str] = [
    # Python internals through attribute chains
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ ''.__class__.__base__.__subclasses__() }}",
    "{{ ().__class__.__bases__[0].__subclasses__() }}",
    "{{ [].__class__.__base__.__subclasses__()[40]('SECRET_PATH').read() }}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__ == "
    "'catch_warnings' %}{{ c()._module.__builtins__['__import__']('os')"
    ".system('touch MARKER_PATH') }}{% endif %}{% endfor %}",
    "{{ self.__init__.__globals__.__builtins__ }}",
    "{{ self._TemplateReference__context }}",
    "{{ self._TemplateReference__context.cycler.__init__.__globals__.os"
    ".popen('cat SECRET_PATH').read() }}",
    "{{ cycler.__init__.__globals__.os.system('touch MARKER_PATH') }}",
    "{{ joiner.__init__.__globals__.os.popen('cat SECRET_PATH').read() }}",
    "{{ namespace.__init__.__globals__.os.system('touch MARKER_PATH') }}",
    "{{ lipsum.__globals__['os'].popen('cat SECRET_PATH').read() }}",
    "{{ lipsum.__globals__.__builtins__.open('SECRET_PATH').read() }}",
    "{{ range.__globals__.os }}",
    "{{ config.items() }}",
    "{{ request.application.__globals__.__builtins__.__import__('os')"
    ".popen('cat SECRET_PATH').read() }}",
    "{{ url_for.__globals__ }}",
    "{{ view.__dict__ }}",
    "{{ view.sections[0].__class__.__init__.__globals__ }}",
    "{{ view.__init__ }}",
    "{{ dict.mro() }}",
    "{{ (''|attr('__class__')).mro() }}",
    "{{ view|attr('__class__') }}",
    "{{ view|attr('\\x5f\\x5fclass\\x5f\\x5f') }}",
    "{{ ''.join.__self__ }}",
    # format strings
    "{{ '{0.__class__.__mro__}'.format(view) }}",
    "{{ '{0.__init__.__globals__}'.format(view) }}",
    "{{ '%s'|format(view.__class__) }}",
    "{{ '{0:>999999999}'.format(1) }}",
    "{{ '%0999999999d' % 1 }}",
    # files
    "{% include '/etc/passwd' %}",
    "{% include 'SECRET_PATH' %}",
    "{% include '../../../secret.txt' %}",
    "{% import '../../../../etc/passwd' as x %}",
    "{% from '../../secret.txt' import x %}",
    "{% extends 'SECRET_PATH' %}",
    "{% include 'leak.j2' %}",
    "{{ view.sections[0].blocks[-1].photo.path.read_text() }}",
    "{{ (view.sections[0].blocks[-1].photo.path / '../../secret.txt') }}",
    "{{ view.sections[0].blocks[-1].photo.path.parent }}",
    "{{ view.sections[0].blocks[-1].photo.path|attr('write_text') }}",
    "{{ 'SECRET_PATH'|photo_src }}",
    # mutating what later exports see
    "{{ labels.update({'embargo': ''}) }}",
    "{{ view.sections[0].labels.clear() }}",
    "{{ view.sections.pop() }}",
    # work and memory
    "{{ range(10**9)|list }}",
    "{% for i in range(10**9) %}x{% endfor %}",
    "{{ 'a'*10**9 }}",
    "{{ ['x']*10**9 }}",
    "{{ 7**99999999 }}",
    "{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}",
    "{% set l = [1,2,3,4,5,6,7,8,9,10] %}{% for a in l %}{% for b in l %}{% for c in l %}"
    "{% for d in l %}{% for e in l %}{% for f in l %}{% for g in l %}{% for h in l %}"
    "{% endfor %}{% endfor %}{% endfor %}{% endfor %}{% endfor %}{% endfor %}{% endfor %}"
    "{% endfor %}",
    "{% for i in range(100000) %}{{ 'x'*9000 }}{% endfor %}",
    "{% set ns = namespace(s='xx') %}{% for i in range(64) %}{% set ns.s = ns.s ~ ns.s %}"
    "{% endfor %}{{ ns.s|length }}",
    "{{ 'x'|center(10**9) }}",
    "{{ 'x'.ljust(999999999) }}",
    "{{ ('x'*100000)|replace('x', 'y'*1000) }}",
    "{{ range(100000)|join('x'*100000) }}",
    "{{ lipsum(10**6) }}",
    "{% macro r() %}{{ r() }}{% endmacro %}{{ r() }}",
    "{% macro f(n) %}{% if n %}{{ f(n-1) }}{{ f(n-1) }}{% endif %}{% endmacro %}{{ f(60) }}",
    # inert ones: they must render and show nothing secret
    "{% raw %}{{ 7*7 }}{% endraw %}",
    "{{ dict(__builtins__=1) }}",
    "{{ cycler }} {{ joiner }} {{ namespace }}",
    "{{ view.sections[0].blocks[-1].photo.source }}",
    "{% for i in range(1000) %}{{ view.title }}{% endfor %}",
]

KINDS = ("html", "docx-body", "docx-header")


def _xml_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _paragraph(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{_xml_text(text)}</w:t></w:r></w:p>'


def _make_templates(payloads: list[str], secret: Path, marker: Path) -> list[tuple[str, str]]:
    """One user template folder per payload and kind; returns (folder name, kind)."""
    builtin = paths.builtin_templates_dir() / "pressemitteilung"
    manifest = json.loads((builtin / "manifest.json").read_text(encoding="utf-8"))
    with zipfile.ZipFile(builtin / "template.docx") as z:
        parts = {n: z.read(n) for n in z.namelist()}
    root = paths.user_templates_dir()
    jobs = []
    for i, raw in enumerate(payloads):
        payload = raw.replace("SECRET_PATH", str(secret)).replace("MARKER_PATH", str(marker))
        for kind in KINDS:
            name = f"inj-{i:02d}-{kind}"
            folder = root / name
            folder.mkdir(parents=True)
            (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
            (folder / "leak.j2").symlink_to(secret)
            html = payload if kind == "html" else "<p>{{ view.title }}</p>"
            (folder / "template.html.j2").write_text(html, encoding="utf-8")
            changed = dict(parts)
            if kind == "docx-body":
                doc = parts["word/document.xml"].decode("utf-8")
                changed["word/document.xml"] = doc.replace(
                    "<w:sectPr", _paragraph(payload) + "<w:sectPr", 1).encode("utf-8")
            elif kind == "docx-header":
                hdr = parts["word/header1.xml"].decode("utf-8")
                changed["word/header1.xml"] = hdr.replace(
                    "</w:hdr>", _paragraph(payload) + "</w:hdr>").encode("utf-8")
            with zipfile.ZipFile(folder / "template.docx", "w", zipfile.ZIP_DEFLATED) as z:
                for part, data in changed.items():
                    z.writestr(part, data)
            jobs.append((name, kind))
    return jobs


def _worker(conn: multiprocessing.connection.Connection, bundle: Bundle) -> None:
    """Render the templates named on ``conn``; answer (outcome, text) for each."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    except (ImportError, ValueError, OSError):
        pass
    with worker.session():  # user templates: one render process for all jobs
        while True:
            job = conn.recv()
            if job is None:
                return
            name, kind = job
            try:
                if kind == "html":
                    data = render_html(bundle, "item-1", name, ["de"]).encode("utf-8")
                else:
                    data = render_docx(bundle, "item-1", name, ["de"])
                outcome, text = "inert", _readable(data)
            except TemplateError as exc:
                outcome, text = "blocked", str(exc)
            except BaseException as exc:  # anything else is a finding, reported to the test
                outcome, text = "crashed", f"{type(exc).__name__}: {exc}"
            conn.send((outcome, text))


def _readable(data: bytes) -> str:
    """The text of an HTML page, or of every part of a DOCX file."""
    if data[:2] != b"PK":
        return data.decode("utf-8", "replace")
    import io

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist()
                         if not n.startswith("word/media/"))


@dataclass
class _Slot:
    """One worker process and the job it is busy with."""

    process: Any
    conn: multiprocessing.connection.Connection
    job: tuple[str, str] | None = None
    started: float = 0.0


@dataclass
class _Results:
    outcomes: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)


def _run_all(jobs: list[tuple[str, str]], bundle: Bundle, workers: int) -> _Results:
    """Render every job in worker processes; a job over its time budget is a 'hang'."""
    context = multiprocessing.get_context("fork")

    def start() -> _Slot:
        parent, child = context.Pipe()
        process = context.Process(target=_worker, args=(child, bundle), daemon=True)
        process.start()
        child.close()
        return _Slot(process, parent)

    results = _Results()
    pending = list(jobs)
    slots = [start() for _ in range(workers)]
    try:
        while pending or any(s.job for s in slots):
            for slot in slots:
                if slot.job is None and pending:
                    slot.job = pending.pop(0)
                    slot.started = time.monotonic()
                    slot.conn.send(slot.job)
            busy = [s.conn for s in slots if s.job is not None]
            ready = multiprocessing.connection.wait(busy, timeout=0.5)
            for i, slot in enumerate(slots):
                if slot.job is None:
                    continue
                if slot.conn in ready:
                    try:
                        results.outcomes[slot.job] = slot.conn.recv()
                    except EOFError:  # the worker died (memory limit, crash)
                        results.outcomes[slot.job] = ("crashed", "the worker process died")
                        slot.process.kill()
                        slots[i] = start()
                        continue
                    slot.job = None
                elif time.monotonic() - slot.started > RENDER_SECONDS:
                    results.outcomes[slot.job] = ("hang", f"over {RENDER_SECONDS:g} s")
                    slot.process.kill()
                    slots[i] = start()
    finally:
        for slot in slots:
            with contextlib.suppress(OSError):
                slot.conn.send(None)
            slot.process.join(timeout=5)
            if slot.process.is_alive():
                slot.process.kill()
    return results


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(),
                    reason="the worker processes are forked")
def test_injection_payloads_are_blocked_or_inert(
    bundle_factory: BundleFactory, photo_file: Path, tmp_path: Path
) -> None:
    assert len(PAYLOADS) >= 30
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    marker = tmp_path / "MARKER"
    bundle = bundle_factory(photo_path=str(photo_file), embargo=True)
    jobs = _make_templates(PAYLOADS, secret, marker)
    results = _run_all(jobs, bundle, workers=4)

    problems = []
    counts = {"blocked": 0, "inert": 0}
    for (name, _kind), (outcome, text) in sorted(results.outcomes.items()):
        payload = PAYLOADS[int(name.split("-")[1])]
        if outcome not in counts:
            problems.append(f"{name}: {outcome}: {text[:200]} <- {payload}")
            continue
        counts[outcome] += 1
        if SECRET in text or "root:x:0:0" in text:
            problems.append(f"{name}: the secret file was read <- {payload}")
        if outcome == "blocked" and name not in text:
            problems.append(f"{name}: the error does not name the template: {text[:200]}")
        if outcome == "blocked" and "\n" in text.strip():
            problems.append(f"{name}: the error is not one line: {text[:200]}")
    assert not marker.exists(), "a payload ran a command"
    assert len(results.outcomes) == len(jobs)
    assert not problems, "\n".join(problems)
    print(f"\ntemplate injection: {len(PAYLOADS)} payloads x {len(KINDS)} places = "
          f"{len(jobs)} renders; blocked {counts['blocked']}, inert {counts['inert']}")
    # Everything that reaches Python internals, files or huge work must be blocked.
    inert_from = PAYLOADS.index("{% raw %}{{ 7*7 }}{% endraw %}")
    for (name, _kind), (outcome, _text) in results.outcomes.items():
        index = int(name.split("-")[1])
        if index < inert_from and PAYLOADS[index] != "{% include 'leak.j2' %}":
            assert outcome == "blocked", f"{name} rendered: {PAYLOADS[index]}"


def test_a_blocked_template_changes_nothing_for_the_next_export(bundle_factory: BundleFactory
                                                                 ) -> None:
    before = json.dumps(LABELS, sort_keys=True)
    folder = paths.user_templates_dir() / "mutator"
    builtin = paths.builtin_templates_dir() / "pressemitteilung"
    shutil.copytree(builtin, folder)
    (folder / "template.html.j2").write_text(
        "{{ view.sections[0].labels.update({'embargo': 'x'}) }}", encoding="utf-8")
    bundle = bundle_factory(embargo=True)
    with pytest.raises(TemplateError, match="unsafe"):
        render_html(bundle, "item-1", "mutator", ["de"])
    assert json.dumps(LABELS, sort_keys=True) == before
    assert "Sperrfrist" in render_html(bundle, "item-1", "pressemitteilung", ["de"])


def test_symlink_out_of_the_template_folder_is_refused(bundle_factory: BundleFactory,
                                                       tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    folder = paths.user_templates_dir() / "linked"
    shutil.copytree(paths.builtin_templates_dir() / "pressemitteilung", folder)
    (folder / "leak.j2").symlink_to(secret)
    (folder / "template.html.j2").write_text("{% include 'leak.j2' %}", encoding="utf-8")
    with pytest.raises(TemplateError, match="outside the template folders") as caught:
        render_html(bundle_factory(), "item-1", "linked", ["de"])
    assert SECRET not in str(caught.value)
