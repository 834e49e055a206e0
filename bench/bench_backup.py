"""Backups of a large archive: what the copy costs, what a writing command waits, disk used.

    .venv/bin/python bench/bench_backup.py --db ARCHIVE.sqlite [--days 3] [--manual 5]

``ARCHIVE`` is an archive made by ``bench/generate_archive.py`` (it is only read: the
benchmark works on a copy of it in a temporary folder, ``--scratch`` or the system's).
Printed, each beside its peer measured in the same run:

- the daily copy of a changed archive (SQLite's online backup in steps, from one
  snapshot, as the background process makes it) against ``cp`` of the same file;
- the daily copy of an unchanged archive (a hard link of the last copy);
- what the first writing command of a day waits: until the background copy holds its
  snapshot, against the whole copy it used to wait for (the synchronous copy above), and
  a save while the copy runs against the same save with no copy running;
- the disk a rotation takes: ``--days`` changed days and ``--manual`` manual copies of an
  unchanged archive, against the full copy per backup of earlier versions (7 daily and
  20 manual copies: 27 copies), and the budget that bounds all copies of an archive;
- a daily copy killed half-way (as when the machine is switched off): the partial file it
  leaves, whether the next start removes it and how long that takes, and the copy made
  again from the start, against the undisturbed copy.

Prints figures, asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from editor.io.atomic import TEMP_MARK  # noqa: E402
from editor.store import Archive  # noqa: E402
from editor.store.backup import (  # noqa: E402
    backups_of,
    disk_budget,
    disk_used,
    make_backup,
    remove_leftovers,
)
from editor.store.backup_worker import backup_running, start_daily_backup  # noqa: E402

MB = 1024**2


def _timed(action: object) -> float:
    started = time.perf_counter()
    action()  # type: ignore[operator]
    return time.perf_counter() - started


def _change(archive: Path, n: int) -> float:
    """Change one press item's headline; the seconds the save took."""
    with Archive.open(archive) as opened:
        items = opened.list_items()
        summary = items[n % min(10, len(items))]
        item = opened.load_item(summary.id)
        lang = next(iter(item.headline.text), "de")
        item.headline.set_source(lang, f"{item.headline.get(lang).split(' #')[0]} #{n}")
        started = time.perf_counter()
        opened.save_item(item)
        return time.perf_counter() - started


def _partials(folder: Path) -> list[Path]:
    """The temporary copies in ``folder`` (a copy under way, or one a killed copy left)."""
    return [p for p in folder.glob(f".*.{TEMP_MARK}.*") if p.is_file()]


def _kill_half_way(archive: Path, folder: Path) -> tuple[float, int]:
    """Start the daily copy and kill it half-way; its seconds and the partial bytes left."""
    size = archive.stat().st_size
    worker = start_daily_backup(archive, folder)
    started = time.perf_counter()
    while worker.running() and sum(p.stat().st_size for p in _partials(folder)) < size // 2:
        time.sleep(0.05)
    os.kill(worker.process.pid, signal.SIGKILL)
    worker.wait()
    return time.perf_counter() - started, sum(p.stat().st_size for p in _partials(folder))


def _killed_copy(archive: Path, folder: Path, full: float) -> None:
    """Kill the background copy half-way; what it leaves and what the next start does."""
    shutil.rmtree(folder, ignore_errors=True)
    _change(archive, 200)
    killed_after, left = _kill_half_way(archive, folder)
    removal = _timed(lambda: remove_leftovers(folder))  # what the writer used to wait for
    print(f"a copy killed after {killed_after:.1f} s left {left / MB:,.0f} MB of a partial "
          f"copy; removing it takes {removal * 1000:.0f} ms (before, the first writing "
          f"command waited for that, too)")
    killed_after, left = _kill_half_way(archive, folder)
    started = time.perf_counter()
    again = start_daily_backup(archive, folder)
    waited = time.perf_counter() - started
    again.wait()
    redone = time.perf_counter() - started
    daily = backups_of(archive, "daily", folder)
    print(f"killed again after {killed_after:.1f} s ({left / MB:,.0f} MB left): the next "
          f"writer waits {waited * 1000:.0f} ms for the snapshot (the copy removes the "
          f"partial after it); the copy made again from the start took {redone:.2f} s "
          f"(peer: an undisturbed copy, {full:.2f} s); daily copies now: {len(daily)}, "
          f"partial files: {len(_partials(folder))}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--days", type=int, default=3)
    parser.add_argument("--manual", type=int, default=5)
    parser.add_argument("--scratch", type=Path, default=None)
    args = parser.parse_args()
    source: Path = args.db
    with tempfile.TemporaryDirectory(dir=args.scratch, prefix="bench-backup-") as scratch:
        work = Path(scratch)
        archive = work / "archive.sqlite"
        for suffix in ("", "-wal"):
            if Path(f"{source}{suffix}").exists():
                subprocess.run(["cp", f"{source}{suffix}", f"{archive}{suffix}"], check=True)
        with Archive.open(archive) as opened:  # folds the write-ahead log in: one file
            quotes = opened.count_quotes()
        size = archive.stat().st_size
        print(f"archive: {size / MB:,.0f} MB"
              + (f", {quotes:,} quotes" if quotes else "") + f" ({source.name})")

        cp_seconds = _timed(lambda: subprocess.run(
            ["cp", str(archive), str(work / "cp-peer.sqlite")], check=True))
        (work / "cp-peer.sqlite").unlink()
        folder = work / "backups"
        _change(archive, 0)
        full = _timed(lambda: make_backup(archive, "daily", folder))
        linked = _timed(lambda: make_backup(archive, "daily", folder))
        print(f"daily copy, changed archive:   {full:7.2f} s   peer cp of the same file "
              f"{cp_seconds:.2f} s   ratio {full / cp_seconds:.2f}x")
        print(f"daily copy, unchanged archive: {linked * 1000:7.1f} ms  (a hard link of "
              f"the last copy; {full / linked:,.0f}x less than a copy)")

        quiet = [_change(archive, n) for n in range(1, 6)]
        shutil.rmtree(folder)
        _change(archive, 6)
        started = time.perf_counter()
        worker = start_daily_backup(archive, folder)
        waited = time.perf_counter() - started
        during = []
        while worker.running() and len(during) < 20:
            during.append(_change(archive, 7 + len(during)))
        worker.wait()
        background = time.perf_counter() - started
        bare = _timed(lambda: subprocess.run([sys.executable, "-S", "-c", "pass"], check=True))
        print(f"first writing command waits:   {waited * 1000:7.0f} ms  until the copy's "
              f"snapshot (said {worker.said}); before: the whole copy, {full:.2f} s "
              f"({full / waited:,.0f}x longer); peer: a bare Python start here takes "
              f"{bare * 1000:.0f} ms")
        print(f"background copy took:          {background:7.2f} s   (nice 10, a process "
              f"of its own)")
        if during:
            print(f"a save during the copy:        {statistics.median(during) * 1000:7.1f} "
                  f"ms median of {len(during)}   peer: with no copy running "
                  f"{statistics.median(quiet) * 1000:.1f} ms")

        data = work / "userdata"  # the command line's own backups folder
        command = [sys.executable, str(ROOT / "main.py"), "--db", str(archive), "sample"]
        env = {**os.environ, "PRESSESTELLE_DATA_DIR": str(data)}

        def writing_command() -> float:
            return _timed(lambda: subprocess.run(command, env=env, check=True,
                                                 capture_output=True))

        due = writing_command()  # the first of the day: starts the copy
        while backup_running(archive, data / "backups"):
            time.sleep(0.1)
        done = [writing_command() for _ in range(3)]  # today's copy exists
        print(f"a writing command as a process: {due:.2f} s with the daily copy due; peer, "
              f"the same command once it is made: {min(done):.2f}–{max(done):.2f} s "
              f"(the difference: {(due - min(done)) * 1000:.0f} ms; before: + the whole copy)")

        shutil.rmtree(folder)
        for day in range(args.days):
            _change(archive, 100 + day)
            make_backup(archive, "daily", folder)
        for _ in range(args.manual):
            make_backup(archive, "manual", folder)
        copies = backups_of(archive, None, folder)
        used = disk_used(copies)
        print(f"rotation: {args.days} changed days + {args.manual} manual copies = "
              f"{len(copies)} copies on {used / MB:,.0f} MB ({used / size:.1f}x the "
              f"archive); peer, a full copy each: {len(copies) * size / MB:,.0f} MB")
        print(f"bound: all copies of this archive stay under {disk_budget(archive) / MB:,.0f} "
              f"MB ({disk_budget(archive) / size:.1f}x the archive); earlier versions "
              f"kept up to 27 full copies ({27 * size / MB:,.0f} MB)")
        _killed_copy(archive, folder, full)


if __name__ == "__main__":
    main()
