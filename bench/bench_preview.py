"""How long the window stops while the live preview updates (a benchmark, not a test).

    python bench/bench_preview.py [--keys 50] [--rounds 3] [--template bilingual]

Opens the sample release in the main window and types ``--keys`` characters into a block
cell of the block table, as a user does: a key every 140 ms inside a word and a pause of
260 to 290 ms after each space, long enough for the preview's delay (250 ms) to run out,
so the preview updates while the user goes on typing (the next key comes 10 to 40 ms
into the update). A 1 ms timer drives the typing and probes
the event loop at the same time; it reports

* the keystroke latency: from the moment a key was due until the window had handled it
  (a key that arrives while the window is busy waits for it);
* the longest stall of the event loop (the longest gap between two ticks of the timer);
* how many preview pages were shown, and what the ``rendered`` signal reported.

Two ways of updating the preview run in turn, ``--rounds`` times each, with the same
typing: the app's own (the page is rendered and laid out in the preview's thread), and
the peer, the same render done in the window's thread as the preview did before (the
render, then ``setHtml`` into the browser). The peer's render time alone is printed too.
The figures are wall-clock times on a shared machine: compare the two columns of one run.
Runs offscreen unless QT_QPA_PLATFORM says otherwise.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QWidget

from editor import render
from editor.context import AppContext
from editor.io.samples import load_sample_bundles
from editor.store.archive import Archive

TYPED = "neue foerderrichtlinie fuer betriebe im land brandenburg und sachsen anhalt "
IN_WORD_MS = 140
AFTER_SPACE_MS = (260, 270, 280, 290)


def _key(widget: QWidget, char: str) -> None:
    key = Qt.Key.Key_Space if char == " " else Qt.Key(ord(char.upper()))
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QCoreApplication.sendEvent(
            widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


def render_in_window_thread(panel: object) -> None:
    """The preview's update as it was done in the window's thread: the peer."""
    from editor.render import worker

    panel._timer.stop()  # type: ignore[attr-defined]
    doc = panel._doc  # type: ignore[attr-defined]
    template = panel.template.currentData()  # type: ignore[attr-defined]
    if doc is None or not template:
        return
    started = time.perf_counter()
    bundle = doc.bundle()
    with worker.using(panel._worker):  # type: ignore[attr-defined]
        html = render.render_html(bundle, doc.item.id, str(template),
                                  panel.chosen_languages(), fragment=False)  # type: ignore[attr-defined]
    browser = panel.browser  # type: ignore[attr-defined]
    scroll = browser.verticalScrollBar().value()
    browser.set_photos(bundle.photo_data)
    browser.show_page(html)
    browser.verticalScrollBar().setValue(scroll)
    panel.last_render_ms = (time.perf_counter() - started) * 1000  # type: ignore[attr-defined]
    panel.rendered.emit(panel.last_render_ms)  # type: ignore[attr-defined]


def type_and_probe(app: QApplication, editor: QWidget, keys: str) -> dict[str, float]:
    """Type ``keys`` on the schedule of the module, probing the event loop every 1 ms."""
    due: list[float] = []
    at = time.perf_counter() + 0.3
    for n, char in enumerate(keys):
        due.append(at)
        pause = AFTER_SPACE_MS[n % len(AFTER_SPACE_MS)] if char == " " else IN_WORD_MS
        at += pause / 1000
    end = at + 0.6  # the last update included
    latencies: list[float] = []
    gaps: list[float] = []
    state = {"next": 0, "last": time.perf_counter()}
    loop = QEventLoop()

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - state["last"]) * 1000)
        n = int(state["next"])
        if n < len(keys) and now >= due[n]:
            _key(editor, keys[n])
            latencies.append((time.perf_counter() - due[n]) * 1000)
            state["next"] = n + 1
        if now >= end:
            loop.quit()
        state["last"] = time.perf_counter()

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(1)
    timer.timeout.connect(tick)
    timer.start()
    loop.exec()
    timer.stop()
    ordered = sorted(latencies)
    return {"median": statistics.median(ordered),
            "p95": ordered[max(0, int(len(ordered) * 0.95) - 1)],
            "max": ordered[-1], "stall": max(gaps)}


def one_round(app: QApplication, context: AppContext, item_id: str, keys: str,
              template: str, peer: bool) -> dict[str, float]:
    from editor.gui.block_table_model import BlockTableModel
    from editor.gui.fields import TextField
    from editor.gui.main_window import MainWindow
    from editor.gui.settings import Settings

    window = MainWindow(context, Settings(), "en")
    window.resize(1280, 800)
    window.show()
    preview = window.preview
    if peer:
        preview.render_now = lambda: render_in_window_thread(preview)  # type: ignore[method-assign]
        preview._timer.timeout.disconnect()
        preview._timer.timeout.connect(preview.render_now)
    index = preview.template.findData(template)
    if index >= 0:
        preview.template.setCurrentIndex(index)
    reported: list[float] = []
    preview.rendered.connect(reported.append)
    window.open_item(item_id)
    deadline = time.perf_counter() + 20
    while not reported and time.perf_counter() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    table = window.editor.block_table
    row = 1
    cell = window.editor.block_model.index(row, BlockTableModel.column_of("de"))
    table.setCurrentIndex(cell)
    table.edit(cell)
    app.processEvents()
    editor = table.viewport().findChild(TextField, "blockTextEditor")
    assert isinstance(editor, TextField), "no cell editor opened"
    editor.moveCursor(QTextCursor.MoveOperation.End)
    reported.clear()
    figures = type_and_probe(app, editor, keys)
    figures["pages"] = len(reported)
    figures["reported"] = statistics.median(reported) if reported else 0.0
    if peer:  # the render alone, in the window's thread, for the state typed
        doc = preview._doc
        assert doc is not None
        times = []
        for _ in range(5):
            started = time.perf_counter()
            render.render_html(doc.bundle(), doc.item.id, template,
                               preview.chosen_languages(), fragment=False)
            times.append((time.perf_counter() - started) * 1000)
        figures["render"] = statistics.median(times)
    window.detach_document()
    window.close()
    window.deleteLater()
    app.processEvents()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keys", type=int, default=50, help="characters typed per round")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of each way")
    parser.add_argument("--template", default="bilingual", help="the preview's template")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    tmp = Path(tempfile.mkdtemp(prefix="bench-preview-"))
    os.environ.setdefault("PRESSESTELLE_DATA_DIR", str(tmp / "data"))
    archive = Archive.open(tmp / "a.sqlite")
    for bundle in load_sample_bundles():
        archive.save_bundle(bundle)
    context = AppContext(archive=archive, data_dir=tmp / "userdata")
    item_id = archive.list_items()[0].id
    keys = (TYPED * (args.keys // len(TYPED) + 1))[:args.keys]
    results: dict[bool, list[dict[str, float]]] = {False: [], True: []}
    for _ in range(args.rounds):
        for peer in (False, True):
            results[peer].append(one_round(app, context, item_id, keys, args.template, peer))
    archive.close()
    print(f"typing {args.keys} characters into a block cell of the sample release "
          f"(template {args.template}), {args.rounds} rounds each, load "
          f"{os.getloadavg()[0]:.2f}")
    print(f"{'':34}{'render thread':>16}{'window thread (peer)':>24}")
    rows = [("keystroke latency, median (ms)", "median"), ("keystroke latency, p95 (ms)", "p95"),
            ("keystroke latency, max (ms)", "max"), ("longest event-loop stall (ms)", "stall"),
            ("pages shown", "pages"), ("'rendered' reports, median (ms)", "reported")]
    for title, key in rows:
        ours = [r[key] for r in results[False]]
        theirs = [r[key] for r in results[True]]
        print(f"{title:34}{statistics.median(ours):>16.1f}{statistics.median(theirs):>24.1f}"
              f"   (rounds: {' '.join(f'{v:.1f}' for v in ours)} | "
              f"{' '.join(f'{v:.1f}' for v in theirs)})")
    render_ms = statistics.median(r["render"] for r in results[True])
    print(f"peer: the render alone in the window's thread takes {render_ms:.1f} ms (median), "
          "then setHtml and the layout come on top")
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
