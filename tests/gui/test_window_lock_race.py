"""Two programs opening the same archive at the same instant: exactly one of them finds
the archive free, the other finds the first one's mark (checking and marking are one
step under an exclusive lock)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

CHILD = textwrap.dedent("""
    import json, os, sys, time
    from pathlib import Path
    from editor.gui import window_lock

    slow = window_lock.write_bytes_atomic
    def slow_write(path, data):  # a slow disk widens the window between check and mark
        time.sleep(0.4)
        slow(path, data)
    window_lock.write_bytes_atomic = slow_write

    data_dir, go = Path(sys.argv[1]), Path(sys.argv[2])
    lock = window_lock.ArchiveWindowLock(data_dir, "sqlite:////archive.sqlite")
    while not go.exists():
        time.sleep(0.001)
    other = lock.claim()
    print(json.dumps({"pid": os.getpid(), "other": other.pid if other else None}),
          flush=True)
    time.sleep(1.5)  # still running while the other one looks
""")


@pytest.mark.parametrize("round_", range(3))
def test_two_windows_starting_together_do_not_both_miss_the_mark(
        tmp_path: Path, round_: int) -> None:
    go = tmp_path / "go"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    children = [subprocess.Popen([sys.executable, "-c", CHILD, str(tmp_path / "data"),
                                  str(go)], stdout=subprocess.PIPE, env=env)
                for _ in range(2)]
    time.sleep(1.0)  # both have loaded their modules and wait for the start
    go.touch()
    results = []
    for child in children:
        out, _ = child.communicate(timeout=60)
        assert child.returncode == 0
        results.append(json.loads(out))
    free = [r for r in results if r["other"] is None]
    assert len(free) == 1, results
    marked = [r for r in results if r["other"] is not None]
    assert marked[0]["other"] == free[0]["pid"]
