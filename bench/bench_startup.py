"""Start-up, memory and preview speed of the desktop app; prints figures, asserts nothing.

    .venv/bin/python bench/bench_startup.py --db /tmp/big.sqlite [--runs 5]

Each run starts a fresh process exactly as ``python main.py --db …`` does and reports,
from the moment before the process is created to the first paint of the main window
(list loaded, event loop running; taken when the paint event arrives, before any work
queued behind it): the time (and the CPU time the process used until
then, which a loaded machine changes less), the peak memory (RSS) then and after the
preview has been rendered 20 times, and the median preview update after an edit of the
headline, from the request to the page shown (the render runs in the panel's thread).
Peers measured in the same run: the same app on a new archive holding only the sample,
and a bare PySide6 window (the floor any Qt app pays); the three run in turn, ``--runs``
rounds, and the medians are printed with the load.
Processes run with Python's bytecode cache on, as an installed application has it.
The app writes when it starts (it claims the item it opens), so every run opens a fresh
copy of the large archive: one snapshot is taken with SQLite's backup API, and each run
gets a plain copy of that snapshot (which no process has open). Each run starts with a
new user data folder, so the daily backup copy is due in every run; the copy a run starts
is stopped once the run has its figures, so that it does not load the runs after it.
Make a large archive with ``bench/generate_archive.py``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PROBE = r"""
import json, os, resource, statistics, sys, time
T0 = float(os.environ["BENCH_T0"])
import editor.cli as cli

original_open = cli._open


def rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _open(db, *, desktop):
    # the probe hooks in once the app has loaded its modules, in the app's own order
    # (importing Qt first would make every later import slower: PySide6 inspects each one)
    context = original_open(db, desktop=desktop)
    import editor.gui.app as gui_app

    gui_app.start = probed(gui_app.start)
    return context


def probed(original_start):
    def start(context):
        from PySide6.QtCore import QEvent, QObject, QTimer

        app, keeper = original_start(context)

        class FirstPaint(QObject):
            done = False

            def eventFilter(self, obj, event):
                if (not self.done and event.type() == QEvent.Type.Paint
                        and getattr(obj, "window", None) and obj.window() is keeper.window):
                    self.done = True
                    ready = time.time() - T0, cpu_s()  # the paint itself, not what follows
                    QTimer.singleShot(0, lambda: report(app, keeper, *ready))
                return False

        probe = FirstPaint(app)
        app.installEventFilter(probe)
        app._bench_probe = probe
        return app, keeper
    return start


def cpu_s():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def report(app, keeper, ready, cpu):
    rss_ready = rss_mb()
    window = keeper.window
    preview = window.preview
    doc = preview._doc
    times = []
    if doc is not None:
        lang = doc.item.source_language
        original = doc.item.headline.get(lang)
        shown: list[float] = []
        preview.rendered.connect(shown.append)
        while preview.busy:  # the first render, queued behind the first paint
            app.processEvents()
        for i in range(20):
            doc.item.headline.text[lang] = f"{original} {i}"
            before = len(shown)
            started = time.perf_counter()
            preview.render_now()  # renders in the panel's thread: wait for the page shown
            while len(shown) == before and time.perf_counter() - started < 10:
                app.processEvents()
            if len(shown) > before:
                times.append((time.perf_counter() - started) * 1000)
    print("BENCH " + json.dumps({
        "ready_s": ready, "cpu_s": cpu, "rss_ready_mb": rss_ready, "rss_after_mb": rss_mb(),
        "preview_ms": statistics.median(times) if times else None,
        "items_listed": window.list_panel.model.rowCount()
        if hasattr(window, "list_panel") else None,
    }), flush=True)
    app.quit()


cli._open = _open
sys.exit(cli.main(sys.argv[1:]))
"""

BARE = r"""
import os, resource, time, json
T0 = float(os.environ["BENCH_T0"])
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication([])
window = QMainWindow(); window.setCentralWidget(QLabel("hello")); window.resize(1280, 800)
class FirstPaint(QObject):
    done = False
    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            usage = resource.getrusage(resource.RUSAGE_SELF)
            ready = time.time() - T0, usage.ru_utime + usage.ru_stime
            QTimer.singleShot(0, lambda: report(*ready))
        return False
def report(ready, cpu):
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print("BENCH " + json.dumps({"ready_s": ready, "cpu_s": cpu, "rss_ready_mb": rss,
                                  "rss_after_mb": rss, "preview_ms": None}), flush=True)
    app.quit()
probe = FirstPaint(app); app.installEventFilter(probe)
window.show(); app.exec()
"""


def measure(code: str, args: list[str], data_dir: Path) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               PRESSESTELLE_DATA_DIR=str(data_dir))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # bytecode cached, as for an installed app
    env["BENCH_T0"] = repr(time.time())
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True,
                            text=True, env=env, cwd=ROOT, timeout=300, check=False)
    for line in result.stdout.splitlines():
        if line.startswith("BENCH "):
            figures: dict[str, float] = json.loads(line[6:])
            return figures
    raise SystemExit(f"no figures from the probe:\n{result.stdout}\n{result.stderr}")


def stop_backups(data_dir: Path) -> None:
    """Stop the daily backup copy a run started (its worker names the run's folder)."""
    found = subprocess.run(["pgrep", "-f", f"editor.store.backup_worker .* {data_dir}/backups"],
                           capture_output=True, text=True, check=False).stdout.split()
    for pid in found:
        with contextlib.suppress(OSError, ValueError):
            os.kill(int(pid), 15)


def snapshot(source: Path, target: Path) -> None:
    """A consistent copy of the SQLite file ``source`` (its -wal file included)."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def summarise(name: str, runs: list[dict[str, float]]) -> dict[str, float]:
    def med(key: str) -> float:
        values = [r[key] for r in runs if r.get(key) is not None]
        return statistics.median(values) if values else float("nan")

    row = {k: med(k) for k in ("ready_s", "cpu_s", "rss_ready_mb", "rss_after_mb",
                               "preview_ms")}
    print(f"{name:<34} ready {row['ready_s']:6.2f} s (CPU {row['cpu_s']:5.2f} s)   "
          f"RSS {row['rss_ready_mb']:6.0f} MB "
          f"(after previews {row['rss_after_mb']:4.0f} MB)   preview {row['preview_ms']:6.1f} ms")
    return row


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, type=Path, help="the large archive")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not args.db.exists():
        raise SystemExit(f"{args.db} does not exist; make it with bench/generate_archive.py")
    with tempfile.TemporaryDirectory() as tmp:
        small_db = Path(tmp) / "sample.sqlite"
        measure(PROBE, ["--db", str(small_db)], Path(tmp) / "warm")  # creates it with the sample
        subjects = (("bare PySide6 window", BARE, None),
                    ("app, sample archive", PROBE, small_db),
                    (f"app, {args.db.name}", PROBE, args.db))
        large = Path(tmp) / "large-snapshot.sqlite"
        snapshot(args.db, large)
        work = Path(tmp) / args.db.name
        subjects = (subjects[0], subjects[1], (subjects[2][0], PROBE, work))
        runs: dict[str, list[dict[str, float]]] = {name: [] for name, _, _ in subjects}
        print(f"{args.runs} rounds, each process in turn; load average "
              f"{os.getloadavg()[0]:.2f}")
        for run in range(args.runs):  # in turn: a change of load falls on all alike
            for leftover in Path(tmp).glob(f"{args.db.name}*"):
                leftover.unlink()
            shutil.copyfile(large, work)
            os.sync()  # the copy's pages are on disk, not flushed by the run's first write
            for index, (name, code, db) in enumerate(subjects):
                argv = ["--db", str(db)] if db else []
                data_dir = Path(tmp) / f"data-{run}-{index}"
                runs[name].append(measure(code, argv, data_dir))
                stop_backups(data_dir)
        print(f"load average after: {os.getloadavg()[0]:.2f}")
        rows = {name: summarise(name, runs[name]) for name, _, _ in subjects}
    big, small, bare = (rows[f"app, {args.db.name}"], rows["app, sample archive"],
                        rows["bare PySide6 window"])
    print(f"\nlarge archive vs sample archive: start-up x{big['ready_s'] / small['ready_s']:.2f}, "
          f"memory x{big['rss_after_mb'] / small['rss_after_mb']:.2f}")
    print(f"large archive vs bare Qt window: start-up x{big['ready_s'] / bare['ready_s']:.2f}, "
          f"memory x{big['rss_after_mb'] / bare['rss_after_mb']:.2f}")
    print(f"sample archive vs bare Qt window: start-up x{small['ready_s'] / bare['ready_s']:.2f}")
    print("targets: start-up < 0.5 s on the sample archive and < 0.7 s at 1M quotes, "
          "memory < 300 MB, preview < 100 ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
