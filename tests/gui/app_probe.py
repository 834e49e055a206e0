"""Run a probe script in a fresh process that opens a sample archive as the desktop app
does (offscreen), and read the JSON it prints on its line starting with ``FOUND ``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from editor.io.samples import load_sample_bundles
from editor.store.archive import Archive


def run_app_probe(tmp_path: Path, probe: str, *args: str) -> dict[str, Any]:
    """``probe`` run with the sample archive's path and ``args`` as its arguments."""
    db = tmp_path / "archive.sqlite"
    with Archive.open(db) as archive:
        for bundle in load_sample_bundles():
            archive.save_bundle(bundle)
        archive.set_setting("sample_offered", "yes")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"),
               PRESSESTELLE_DATA_DIR=str(tmp_path / "data"))
    result = subprocess.run(
        [sys.executable, "-c", probe, str(db), *args], capture_output=True, text=True,
        env=env, timeout=120, check=False, cwd=Path(__file__).resolve().parents[2])
    lines = [line for line in result.stdout.splitlines() if line.startswith("FOUND ")]
    assert lines, result.stdout + result.stderr
    found: dict[str, Any] = json.loads(lines[0][6:])
    return found
